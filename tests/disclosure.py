"""An attacker for the report's published tables: from the shown counts, the marks and the
totals, which values can each hidden cell still take? An exhaustive search over non-negative
integers (no linear programming, nothing shared with bot/services/report_suppression.py), so a
test can prove that no combination of the published cells pins a count below 5.

A reader knows: every shown number; each row sums to its row total, each column to its column
total, the row totals and the column totals each to the grand total; "<5" is 1 to 4; "×" is a
cell hidden for another reason, so 0 or at least 5 (never 1 to 4: those show "<5"). Nothing is
larger than the grand total when it is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.services.report_suppression import Mark, ProtectedList, ProtectedTable, Shown

Var = tuple[str | int, ...]


@dataclass
class Line:
    """sum(plus) - sum(minus) + constant == 0 over the hidden cells."""

    plus: list[Var]
    minus: list[Var]
    constant: int


class System:
    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.domains: dict[Var, list[int]] = {}
        self.lines: list[Line] = []

    def cell(self, var: Var, shown: Shown) -> tuple[Var | None, int]:
        """(the variable, 0) for a hidden cell, (None, its count) for a shown one."""
        if isinstance(shown, Mark):
            if shown is Mark.SMALL:
                self.domains[var] = [1, 2, 3, 4]
            else:
                self.domains[var] = [0, *range(5, self.cap + 1)]
            return var, 0
        return None, shown

    def line(self, members: list[tuple[Var | None, int]], total: tuple[Var | None, int]) -> None:
        plus = [var for var, _ in members if var is not None]
        constant = sum(count for var, count in members if var is None)
        minus = [total[0]] if total[0] is not None else []
        self.lines.append(Line(plus, minus, constant - (total[1] if total[0] is None else 0)))

    def values_of(self, var: Var, limit: int = 2) -> set[int]:
        """Values ``var`` can take in some solution (stops after ``limit`` different ones)."""
        found: set[int] = set()
        for value in self.domains[var]:
            if self._solvable({var: value}):
                found.add(value)
                if len(found) >= limit:
                    break
        return found

    def feasible_with(self, var: Var, value: int) -> bool:
        return self._solvable({var: value})

    def _solvable(self, assigned: dict[Var, int]) -> bool:
        if not self._consistent(assigned):
            return False
        free = [var for var in self.domains if var not in assigned]
        if not free:
            return True
        forced = self._forced(assigned)
        if forced is not None:
            var, value = forced
            if value not in self.domains[var]:
                return False
            return self._solvable({**assigned, var: value})
        var = min(free, key=lambda v: len(self.domains[v]))
        return any(self._solvable({**assigned, var: value}) for value in self.domains[var])

    def _forced(self, assigned: dict[Var, int]) -> tuple[Var, int] | None:
        """A line with one unknown left fixes it."""
        for line in self.lines:
            unknown_plus = [v for v in line.plus if v not in assigned]
            unknown_minus = [v for v in line.minus if v not in assigned]
            if len(unknown_plus) + len(unknown_minus) != 1:
                continue
            rest = (
                sum(assigned[v] for v in line.plus if v in assigned)
                - sum(assigned[v] for v in line.minus if v in assigned)
                + line.constant
            )
            if unknown_plus:
                return unknown_plus[0], -rest
            return unknown_minus[0], rest
        return None

    def _consistent(self, assigned: dict[Var, int]) -> bool:
        """Each line can still reach zero with the unknowns within their domains' bounds."""
        for line in self.lines:
            low = high = line.constant
            for var in line.plus:
                if var in assigned:
                    low += assigned[var]
                    high += assigned[var]
                else:
                    low += self.domains[var][0]
                    high += self.domains[var][-1]
            for var in line.minus:
                if var in assigned:
                    low -= assigned[var]
                    high -= assigned[var]
                else:
                    low -= self.domains[var][-1]
                    high -= self.domains[var][0]
            if low > 0 or high < 0:
                return False
        return True


def table_system(table: ProtectedTable, cap: int) -> tuple[System, dict[Var, Shown]]:
    system = System(cap)
    rows, columns = len(table.cells), len(table.cells[0]) if table.cells else 0
    inner = {
        (i, j): system.cell(("in", i, j), table.cells[i][j])
        for i in range(rows)
        for j in range(columns)
    }
    row_totals = [system.cell(("row", i), table.row_totals[i]) for i in range(rows)]
    column_totals = [system.cell(("col", j), table.column_totals[j]) for j in range(columns)]
    grand = system.cell(("all",), table.total)
    for i in range(rows):
        system.line([inner[i, j] for j in range(columns)], row_totals[i])
    for j in range(columns):
        system.line([inner[i, j] for i in range(rows)], column_totals[j])
    system.line(row_totals, grand)
    system.line(column_totals, grand)
    shown: dict[Var, Shown] = {("in", i, j): table.cells[i][j] for i, j in inner}
    shown |= {("row", i): table.row_totals[i] for i in range(rows)}
    shown |= {("col", j): table.column_totals[j] for j in range(columns)}
    shown[("all",)] = table.total
    return system, shown


def list_system(listed: ProtectedList, cap: int) -> tuple[System, dict[Var, Shown]]:
    system = System(cap)
    cells = [system.cell(("in", i), shown) for i, shown in enumerate(listed.cells)]
    system.line(cells, system.cell(("all",), listed.total))
    shown: dict[Var, Shown] = {("in", i): value for i, value in enumerate(listed.cells)}
    shown[("all",)] = listed.total
    return system, shown


def revealed_small_counts(system: System, truth: dict[Var, int]) -> list[tuple[Var, int]]:
    """Hidden cells whose one possible value is a count from 1 to 4."""
    leaks = []
    for var in system.domains:
        assert system.feasible_with(var, truth[var]), f"the true value of {var} is feasible"
        values = system.values_of(var)
        if len(values) == 1 and 0 < truth[var] < 5:
            leaks.append((var, truth[var]))
    return leaks


def table_truth(counts: Sequence[Sequence[int]]) -> dict[Var, int]:
    truth: dict[Var, int] = {}
    for i, row in enumerate(counts):
        truth[("row", i)] = sum(row)
        for j, count in enumerate(row):
            truth[("in", i, j)] = count
    for j in range(len(counts[0])):
        truth[("col", j)] = sum(row[j] for row in counts)
    truth[("all",)] = sum(map(sum, counts))
    return truth


def list_truth(counts: Sequence[int]) -> dict[Var, int]:
    truth: dict[Var, int] = {("in", i): count for i, count in enumerate(counts)}
    truth[("all",)] = sum(counts)
    return truth
