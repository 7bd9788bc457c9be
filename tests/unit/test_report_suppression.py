"""Small-cell suppression: no combination of a published table's cells, totals and marks pins
a count from 1 to 4. Checked by an exhaustive attacker (tests/disclosure.py) on hundreds of
seeded random tables and on the cases that break naive rules."""

from __future__ import annotations

import random

import pytest

from bot.services.report_suppression import (
    Mark,
    ProtectedList,
    ProtectedTable,
    Shown,
    protect_list,
    protect_table,
)
from tests.disclosure import (
    list_system,
    list_truth,
    revealed_small_counts,
    table_system,
    table_truth,
)

SMALL, HIDDEN = Mark.SMALL, Mark.HIDDEN
# Counts as a month of a helpdesk has them: many zeros and small cells, some large.
COUNTS = (0, 0, 0, 1, 1, 2, 3, 4, 4, 5, 6, 7, 9, 12, 20, 35)


def assert_table_safe(counts: list[list[int]]) -> ProtectedTable:
    table = protect_table(counts)
    truth = table_truth(counts)
    shown = _table_cells(table)
    for key, value in shown.items():
        if not isinstance(value, Mark):
            assert value == truth[key], "a shown number is the true count"
            assert not 0 < value < 5, f"{key}: a count below 5 is shown: {counts}"
        elif value is SMALL:
            assert 0 < truth[key] < 5, "only counts 1-4 show <5"
    if table.withheld:
        return table
    system, _ = table_system(table, cap=truth[("all",)])
    assert revealed_small_counts(system, truth) == [], f"pinned in {counts}: {table}"
    _assert_no_line_with_one_hidden(table)
    return table


def assert_list_safe(counts: list[int]) -> ProtectedList:
    listed = protect_list(counts)
    truth = list_truth(counts)
    for i, value in enumerate(listed.cells):
        if not isinstance(value, Mark):
            assert value == counts[i] and not 0 < value < 5
    if listed.withheld:
        return listed
    system, _ = list_system(listed, cap=sum(counts))
    assert revealed_small_counts(system, truth) == [], f"pinned in {counts}: {listed}"
    hidden = [value for value in listed.cells if isinstance(value, Mark)]
    assert len(hidden) != 1, "a total minus the others would reveal a lone hidden cell"
    return listed


def _table_cells(table: ProtectedTable) -> dict[tuple[str | int, ...], Shown]:
    cells: dict[tuple[str | int, ...], Shown] = {}
    for i, row in enumerate(table.cells):
        cells[("row", i)] = table.row_totals[i]
        for j, value in enumerate(row):
            cells[("in", i, j)] = value
    for j, value in enumerate(table.column_totals):
        cells[("col", j)] = value
    cells[("all",)] = table.total
    return cells


def _assert_no_line_with_one_hidden(table: ProtectedTable) -> None:
    """The rule as usually stated (a consequence of ours): no row, column, totals row or
    totals column has exactly one hidden cell."""
    rows = [[*row, table.row_totals[i]] for i, row in enumerate(table.cells)]
    rows.append([*table.column_totals, table.total])
    for line in [*rows, *zip(*rows, strict=True)]:
        assert sum(isinstance(value, Mark) for value in line) != 1, line


@pytest.mark.parametrize("seed", range(300))
def test_random_tables_reveal_no_count_below_5(seed: int) -> None:
    rng = random.Random(seed)
    rows, columns = rng.randint(1, 4), rng.randint(1, 4)
    counts = [[rng.choice(COUNTS) for _ in range(columns)] for _ in range(rows)]
    assert_table_safe(counts)


@pytest.mark.parametrize("seed", range(200))
def test_random_lists_reveal_no_count_below_5(seed: int) -> None:
    rng = random.Random(1000 + seed)
    assert_list_safe([rng.choice(COUNTS) for _ in range(rng.randint(1, 8))])


def test_a_row_with_one_small_cell_hides_a_second_one_in_that_row() -> None:
    table = assert_table_safe([[3, 10, 20], [8, 9, 12]])
    assert table.cells[0][0] is SMALL
    assert HIDDEN in table.cells[0], "its row total minus the others would give 3"
    assert table.total == 62, "the grand total is always shown"


def test_a_2x2_table_with_one_small_cell() -> None:
    table = assert_table_safe([[2, 10], [7, 50]])
    assert table.cells == ((SMALL, HIDDEN), (HIDDEN, HIDDEN)), "inner cells, not the totals"
    assert table.row_totals == (12, 57) and table.column_totals == (9, 60)


def test_two_small_cells_that_a_total_would_pin() -> None:
    """1 + 1 = 2 and 4 + 4 = 8 pin both cells: each "<5" is at least 1 and at most 4."""
    for counts in ([[1, 1, 50]], [[4, 4, 30], [6, 7, 8]]):
        table = assert_table_safe(counts)
        assert HIDDEN in table.cells[0], f"a third cell of the row hidden: {table}"
    listed = assert_list_safe([1, 1, 50, 9])
    assert listed.cells.count(HIDDEN) == 1 and listed.cells[3] is HIDDEN, "the smallest"


def test_small_totals_are_hidden_and_protected_against_the_grand_total() -> None:
    """A row of total 3 (all its cells small) and the other rows' totals with the grand
    total: the grand total minus the other rows' totals would give 3."""
    table = assert_table_safe([[1, 2, 0], [10, 12, 9], [8, 0, 15]])
    assert table.row_totals[0] is SMALL
    assert HIDDEN in (table.row_totals[1], table.row_totals[2]) or all(
        isinstance(value, Mark) for value in table.cells[1] + table.cells[2]
    )


def test_a_lone_small_cell_in_a_list_takes_the_next_smallest_with_it() -> None:
    listed = assert_list_safe([3, 40, 0, 12])
    assert listed.cells == (SMALL, 40, 0, HIDDEN) and listed.total == 55


def test_tiny_periods_are_withheld() -> None:
    assert protect_table([[1, 2]]).withheld and protect_table([[1, 2]]).total is SMALL
    five_ones = protect_list([1, 1, 1, 1, 1])
    assert five_ones.withheld and five_ones.total == 5, "each would be pinned to 1"
    assert protect_list([0, 0]).total == 0 and not protect_list([0, 0]).withheld


def test_a_table_without_small_counts_is_shown_whole() -> None:
    table = protect_table([[5, 0], [6, 7]])
    assert table.cells == ((5, 0), (6, 7)) and table.row_totals == (5, 13) and table.total == 18


def test_the_attacker_finds_what_naive_rules_leave_open() -> None:
    """The check above can fail: primary suppression alone, and the "two hidden cells per
    line" rule alone, both leak counts below 5 to it."""
    primary_only = ProtectedTable(
        cells=((SMALL, 10, 20), (8, 9, 12)),
        row_totals=(33, 29),
        column_totals=(11, 19, 32),
        total=62,
    )
    system, _ = table_system(primary_only, cap=62)
    truth = table_truth([[3, 10, 20], [8, 9, 12]])
    assert revealed_small_counts(system, truth) == [(("in", 0, 0), 3)]

    two_per_line = ProtectedList(cells=(SMALL, SMALL, 50), total=52)
    system, _ = list_system(two_per_line, cap=52)
    assert revealed_small_counts(system, list_truth([1, 1, 50])) == [
        (("in", 0), 1),
        (("in", 1), 1),
    ], "1 + 1 = 2, and each is at least 1"

    # A "×" is 0 or at least 5: here it can only be 0... or 5+, which the total forbids.
    bridged = ProtectedList(cells=(SMALL, HIDDEN, 40), total=43)
    system, _ = list_system(bridged, cap=43)
    assert revealed_small_counts(system, list_truth([3, 0, 40])) == [(("in", 0), 3)]
