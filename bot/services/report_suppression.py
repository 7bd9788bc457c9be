"""Small-cell suppression for the monitoring report: which counts a table may show.

The rule, for a table of counts with its row totals, column totals and grand total (a list of
counts is a table of one column whose total is the grand total):

1. Primary: every count from 1 to 4 — inner cell or total — is hidden and shows "<5". Zeros
   are shown.
2. Secondary: a reader knows every shown number, that the rows and columns add up to their
   totals and the totals to the grand total, that "<5" means 1 to 4, and that a cell hidden for
   another reason ("×") is 0 or at least 5. As long as that lets them work out the exact value
   of some "<5" cell, more cells are hidden: the cheapest set of shown cells (inner cells before
   totals, then the fewest requests) that gives the "<5" cell room to move — a cycle of hidden
   cells along which one can add 1 and take 1 away, row by row and column by column, without
   leaving what each label allows. In particular no row and no column is ever left with exactly
   one hidden cell (its total minus the others would reveal it): the usual "suppress the next
   smallest cell in that row or column, and again, until no line has a single hidden cell",
   done so that differences of totals and a "<5" known to be at least 1 cannot pin it either.
3. The grand total is never hidden for someone else's sake: every sheet of the report splits
   the same requests, so it is the same number on each and hiding it on one would protect
   nothing. If it is itself below 5, or no set of cells protects every "<5" (a tiny period),
   the table is withheld: nothing but the grand total is shown.

Why this is exact: written with the totals as cells of opposite sign, every row and column of
the table sums to zero, so the reader's equations are those of a network (each hidden cell is an
edge between its row and its column). Such a system is totally unimodular: a hidden cell can
take another integer value exactly when there is a cycle through it in the residual graph of
the hidden cells (each cell an arc in the direction it may still move), so ``_is_free`` is a
breadth-first search, not a guess. A "×" cell is taken to be at least 5 (not "0 or at least 5"),
which can only make the reader look better informed: a cell free under that assumption is free.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

SMALL_LIMIT = 5  # counts 1 .. SMALL_LIMIT - 1 are hidden


class Mark(StrEnum):
    """What a hidden cell shows instead of its count."""

    SMALL = "small"  # 1 to 4 requests: "<5"
    HIDDEN = "hidden"  # hidden so that a "<5" cannot be worked out: "×"


Shown = int | Mark


@dataclass(frozen=True)
class ProtectedTable:
    """A table as it may be published: each count or its mark. ``withheld``: nothing but the
    grand total may be shown (``total`` is then a count of at least 5, or Mark.SMALL)."""

    cells: tuple[tuple[Shown, ...], ...]
    row_totals: tuple[Shown, ...]
    column_totals: tuple[Shown, ...]
    total: Shown
    withheld: bool = False


@dataclass(frozen=True)
class ProtectedList:
    """A list of counts (one per label) and their total, as they may be published."""

    cells: tuple[Shown, ...]
    total: Shown
    withheld: bool = False


def is_small(count: int) -> bool:
    return 0 < count < SMALL_LIMIT


def protect_table(counts: Sequence[Sequence[int]]) -> ProtectedTable:
    """The table ``counts`` (rows of equal length, each count >= 0) with its totals, each
    count shown or marked by the rule above."""
    rows = len(counts)
    columns = len(counts[0]) if rows else 0
    if any(len(row) != columns for row in counts):
        raise ValueError("rows of different lengths")
    row_totals = [sum(row) for row in counts]
    column_totals = [sum(row[j] for row in counts) for j in range(columns)]
    total = sum(row_totals)
    # Vertices: rows 0..rows-1, the totals row, then columns 0..columns-1, the totals column.
    totals_row, first_column = rows, rows + 1
    totals_column = first_column + columns
    cells = [
        _Cell(("in", i, j), counts[i][j], i, first_column + j, 1)
        for i in range(rows)
        for j in range(columns)
    ]
    cells += [_Cell(("row", i), row_totals[i], i, totals_column, -1) for i in range(rows)]
    cells += [
        _Cell(("col", j), column_totals[j], totals_row, first_column + j, -1)
        for j in range(columns)
    ]
    cells.append(_Cell(GRAND, total, totals_row, totals_column, 1))
    hidden = _suppress(cells)
    if hidden is None:
        return ProtectedTable(
            cells=tuple(tuple(Mark.HIDDEN for _ in range(columns)) for _ in range(rows)),
            row_totals=tuple(Mark.HIDDEN for _ in range(rows)),
            column_totals=tuple(Mark.HIDDEN for _ in range(columns)),
            total=Mark.SMALL if is_small(total) else total,
            withheld=True,
        )
    return ProtectedTable(
        cells=tuple(
            tuple(_shown(("in", i, j), counts[i][j], hidden) for j in range(columns))
            for i in range(rows)
        ),
        row_totals=tuple(_shown(("row", i), row_totals[i], hidden) for i in range(rows)),
        column_totals=tuple(_shown(("col", j), column_totals[j], hidden) for j in range(columns)),
        total=total,
    )


def protect_list(counts: Sequence[int]) -> ProtectedList:
    """A list of counts with its total: the same rule, with one line (the total)."""
    total = sum(counts)
    cells = [_Cell(("in", i, 0), count, 0, 1, 1) for i, count in enumerate(counts)]
    cells.append(_Cell(GRAND, total, 0, 1, -1))
    hidden = _suppress(cells)
    if hidden is None:
        return ProtectedList(
            cells=tuple(Mark.HIDDEN for _ in counts),
            total=Mark.SMALL if is_small(total) else total,
            withheld=True,
        )
    shown = tuple(_shown(("in", i, 0), count, hidden) for i, count in enumerate(counts))
    return ProtectedList(cells=shown, total=total)


# --- the network of hidden cells ------------------------------------------------------

Key = tuple[str | int, ...]
GRAND: Key = ("all",)


@dataclass(frozen=True)
class _Cell:
    """A count as an edge from its row vertex (``tail``) to its column vertex (``head``);
    ``sign``: +1 for inner cells and the grand total, -1 for row and column totals (so each
    vertex's edges sum to zero). Adding 1 to sign × count goes from tail to head."""

    key: Key
    count: int
    tail: int
    head: int
    sign: int

    @property
    def is_total(self) -> bool:
        return self.key[0] in ("row", "col")

    def can_step(self, direction: int, small: bool) -> bool:
        """May sign × count change by ``direction`` (±1) and stay within what the cell's mark
        lets a reader assume: 1 to 4 for "<5", at least SMALL_LIMIT for "×"."""
        count = self.count + direction * self.sign
        return 0 < count < SMALL_LIMIT if small else count >= SMALL_LIMIT


def _shown(key: Key, count: int, hidden: dict[Key, bool]) -> Shown:
    if key not in hidden:
        return count
    return Mark.SMALL if hidden[key] else Mark.HIDDEN


def _suppress(cells: list[_Cell]) -> dict[Key, bool] | None:
    """The hidden cells (key -> is a "<5"), or None if the table must be withheld."""
    grand = next(cell for cell in cells if cell.key == GRAND)
    if is_small(grand.count):
        return None
    hidden = {cell.key: True for cell in cells if is_small(cell.count)}
    while True:
        pinned = next(
            (cell for cell in cells if hidden.get(cell.key) and not _is_free(cell, cells, hidden)),
            None,
        )
        if pinned is None:
            return hidden
        rescue = _cheapest_rescue(pinned, cells, hidden)
        if rescue is None:
            return None
        for cell in rescue:
            hidden[cell.key] = False


def _arcs(cell: _Cell, small: bool) -> Iterable[tuple[int, int]]:
    """The residual arcs of a hidden cell: (from, to) for each way it may move."""
    if cell.can_step(1, small):
        yield cell.tail, cell.head
    if cell.can_step(-1, small):
        yield cell.head, cell.tail


def _is_free(target: _Cell, cells: list[_Cell], hidden: dict[Key, bool]) -> bool:
    """Can the reader not pin ``target`` down: is there a cycle of hidden cells through it
    along which every cell may move by one?"""
    graph: dict[int, list[int]] = {}
    for cell in cells:
        if cell.key in hidden and cell.key != target.key:
            for start, end in _arcs(cell, hidden[cell.key]):
                graph.setdefault(start, []).append(end)
    small = hidden[target.key]
    if target.can_step(1, small) and _reaches(graph, target.head, target.tail):
        return True
    return target.can_step(-1, small) and _reaches(graph, target.tail, target.head)


def _reaches(graph: dict[int, list[int]], start: int, goal: int) -> bool:
    seen, frontier = {start}, [start]
    while frontier:
        vertex = frontier.pop()
        if vertex == goal:
            return True
        for following in graph.get(vertex, ()):
            if following not in seen:
                seen.add(following)
                frontier.append(following)
    return False


Cost = tuple[int, int]  # (totals hidden, requests hidden)


def _cheapest_rescue(
    target: _Cell, cells: list[_Cell], hidden: dict[Key, bool]
) -> list[_Cell] | None:
    """The shown cells to hide so that ``target`` gets a cycle: a cheapest path (Dijkstra)
    over the hidden cells' arcs (free) and the arcs shown cells would have once hidden as "×"
    (costing their count; totals first cost one more total hidden). Never the grand total,
    never a zero (a "×" is read as at least 5, so a zero could not move)."""
    graph: dict[int, list[tuple[int, Cost, _Cell | None]]] = {}
    for cell in cells:
        if cell.key == target.key:
            continue
        if cell.key in hidden:
            for start, end in _arcs(cell, hidden[cell.key]):
                graph.setdefault(start, []).append((end, (0, 0), None))
        elif cell.key != GRAND and cell.count >= SMALL_LIMIT:
            cost = (int(cell.is_total), cell.count)
            for start, end in _arcs(cell, small=False):
                graph.setdefault(start, []).append((end, cost, cell))
    small = hidden[target.key]
    paths = []
    if target.can_step(1, small):
        paths.append(_cheapest_path(graph, target.head, target.tail))
    if target.can_step(-1, small):
        paths.append(_cheapest_path(graph, target.tail, target.head))
    found = [path for path in paths if path is not None]
    if not found:
        return None
    return min(found, key=lambda path: path[0])[1]


def _cheapest_path(
    graph: dict[int, list[tuple[int, Cost, _Cell | None]]], start: int, goal: int
) -> tuple[Cost, list[_Cell]] | None:
    order = itertools.count()  # ties: first found, so the result never depends on hashing
    queue: list[tuple[Cost, int, int, list[_Cell]]] = [((0, 0), next(order), start, [])]
    done: set[int] = set()
    while queue:
        cost, _, vertex, taken = heapq.heappop(queue)
        if vertex == goal:
            return cost, taken
        if vertex in done:
            continue
        done.add(vertex)
        for following, step, cell in graph.get(vertex, ()):
            if following in done:
                continue
            total = (cost[0] + step[0], cost[1] + step[1])
            path = [*taken, cell] if cell is not None else taken
            heapq.heappush(queue, (total, next(order), following, path))
    return None
