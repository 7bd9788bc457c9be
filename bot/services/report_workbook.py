"""The monitoring report as an XLSX workbook: one sheet per table, every label in the reader's
language, counts protected by bot/services/report_suppression.py, and two native charts.

Nothing here reads the database: it renders ``Figures`` (counts and durations only), so no
text, request number or person can reach a cell. The charts draw the sheets' own cells, so a
hidden count is not drawn either (Excel leaves a text cell out).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from bot.content.cities import CITIES
from bot.content.request_categories import CATEGORIES
from bot.i18n import LOCALES, Translator
from bot.local_time import moscow_minute
from bot.services.report_figures import RATINGS, STATUSES, Figures, nearest_rank
from bot.services.report_suppression import (
    SMALL_LIMIT,
    Mark,
    ProtectedList,
    Shown,
    protect_list,
    protect_table,
)

SHEET_NAME_LIMIT = 31  # Excel's
NO_FIGURE = "—"  # a time over fewer than SMALL_LIMIT requests, a share or mean not shown
BOLD = Font(bold=True)
_LEADING_SYMBOLS = re.compile(r"^\W+")
CellValue = int | float | str | None


def plain(label: str) -> str:
    """A button's label without its emoji ("💰 Невыплата зарплаты" → "Невыплата зарплаты")."""
    return _LEADING_SYMBOLS.sub("", label).strip() or label


def category_labels(t: Translator) -> list[str]:
    return [plain(t(f"request-category-{category}")) for category in CATEGORIES]


def render_workbook(figures: Figures, t: Translator, scope: str, made_at: datetime) -> bytes:
    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    _summary(summary, figures, t, scope, made_at)
    _categories(_sheet(workbook, t("report-sheet-categories")), figures, t)
    cities = [plain(t(f"city-{city}")) for city in CITIES]
    _listing(_sheet(workbook, t("report-sheet-cities")), t, t("report-column-city"), cities,
             figures.by_city)  # fmt: skip
    statuses = [plain(t(f"request-status-{status}")) for status in STATUSES]
    _listing(_sheet(workbook, t("report-sheet-statuses")), t, t("report-column-status"),
             statuses, figures.by_status)  # fmt: skip
    _urgent(_sheet(workbook, t("report-sheet-urgent")), figures, t)
    _times(_sheet(workbook, t("report-sheet-times")), figures, t)
    _ratings(_sheet(workbook, t("report-sheet-ratings")), figures, t)
    languages = [t(f"language-name-{locale}") for locale in LOCALES]
    languages.append(t("report-language-unknown"))
    _listing(_sheet(workbook, t("report-sheet-languages")), t, t("report-column-language"),
             languages, figures.languages)  # fmt: skip
    binary = io.BytesIO()
    workbook.save(binary)
    return binary.getvalue()


def _sheet(workbook: Workbook, title: str) -> Worksheet:
    sheet: Worksheet = workbook.create_sheet(_sheet_title(title))
    sheet.column_dimensions["A"].width = 38
    return sheet


def _sheet_title(title: str) -> str:
    """Excel refuses : \\ / ? * [ ] in a sheet's name and more than 31 characters."""
    return re.sub(r"[:\\/?*\[\]]", " ", title)[:SHEET_NAME_LIMIT]


def _shown(t: Translator, value: Shown) -> CellValue:
    if value is Mark.SMALL:
        return t("report-cell-small")
    if value is Mark.HIDDEN:
        return t("report-cell-hidden")
    return int(value)


def _header(sheet: Worksheet, values: Sequence[CellValue]) -> None:
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD


def _summary(
    sheet: Worksheet, figures: Figures, t: Translator, scope: str, made_at: datetime
) -> None:
    sheet.title = _sheet_title(t("report-sheet-summary"))
    sheet.column_dimensions["A"].width = 100
    period = figures.period
    total = t("report-cell-small") if 0 < figures.total < SMALL_LIMIT else str(figures.total)
    sheet.append([t("report-title")])
    sheet["A1"].font = Font(bold=True, size=14)
    lines = [
        "",
        t("report-period", to=f"{period.last:%Y-%m}", **{"from": f"{period.first:%Y-%m}"}),
        scope,
        t("report-made", time=moscow_minute(made_at)),
        t("report-total", count=total),
        "",
        t("report-anonymous"),
        t("report-legend-small"),
        t("report-legend-hidden"),
        t("report-legend-withheld"),
        t("report-legend-times"),
    ]
    for line in lines:
        sheet.append([line])


def _withheld(sheet: Worksheet, t: Translator, total: Shown) -> None:
    sheet.append([t("report-withheld")])
    sheet.append([t("report-total-label"), _shown(t, total)])
    sheet.cell(sheet.max_row, 1).font = BOLD


def _categories(sheet: Worksheet, figures: Figures, t: Translator) -> None:
    months = [f"{month:%Y-%m}" for month in figures.period.months]
    table = protect_table(figures.by_category)
    _header(sheet, [t("report-column-topic"), *months, t("report-total-label")])
    if table.withheld:
        _withheld(sheet, t, table.total)
        return
    for label, cells, row_total in zip(
        category_labels(t), table.cells, table.row_totals, strict=True
    ):
        sheet.append([label, *(_shown(t, cell) for cell in cells), _shown(t, row_total)])
    totals = [_shown(t, cell) for cell in table.column_totals]
    sheet.append([t("report-total-label"), *totals, _shown(t, table.total)])
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "col", "stacked", 100
    chart.title = t("report-chart-categories")
    chart.y_axis.title = t("report-chart-requests")
    chart.x_axis.title = t("report-chart-month")
    chart.x_axis.delete = chart.y_axis.delete = False
    data = Reference(sheet, min_col=1, max_col=1 + len(months), min_row=2,
                     max_row=1 + len(CATEGORIES))  # fmt: skip
    chart.add_data(data, from_rows=True, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=2, max_col=1 + len(months), min_row=1))
    chart.width, chart.height = 24, 12
    sheet.add_chart(chart, f"A{sheet.max_row + 3}")


def _listing(
    sheet: Worksheet, t: Translator, heading: str, labels: list[str], counts: list[int]
) -> ProtectedList:
    listed = protect_list(counts)
    _header(sheet, [heading, t("report-column-count")])
    if listed.withheld:
        _withheld(sheet, t, listed.total)
        return listed
    for label, cell in zip(labels, listed.cells, strict=True):
        sheet.append([label, _shown(t, cell)])
    sheet.append([t("report-total-label"), _shown(t, listed.total)])
    sheet.cell(sheet.max_row, 1).font = BOLD
    return listed


def _urgent(sheet: Worksheet, figures: Figures, t: Translator) -> None:
    labels = [t("report-urgent-yes"), t("report-urgent-no")]
    listed = _listing(sheet, t, t("report-column-urgency"), labels, figures.urgent)
    urgent, total = listed.cells[0], listed.total
    # The share times the total is the count: shown only when the count is.
    if not listed.withheld and isinstance(urgent, int) and isinstance(total, int) and total:
        sheet.append([t("report-urgent-share"), round(urgent / total, 3)])
        sheet.cell(sheet.max_row, 2).number_format = "0.0%"
    else:
        sheet.append([t("report-urgent-share"), NO_FIGURE])


def _ratings(sheet: Worksheet, figures: Figures, t: Translator) -> None:
    labels = [t("report-rating-stars", stars=stars) for stars in RATINGS]
    labels.append(t("report-rating-none"))
    listed = _listing(sheet, t, t("report-column-rating"), labels, figures.ratings)
    rated = sum(figures.ratings[: len(RATINGS)])
    # A mean times the number rated is the sum of the stars: with any count hidden, that
    # second equation could pin it. Shown only when every count is.
    if rated and not any(isinstance(cell, Mark) for cell in listed.cells):
        stars = sum(s * n for s, n in zip(RATINGS, figures.ratings, strict=False))
        sheet.append([t("report-rating-mean"), round(stars / rated, 2)])
    else:
        sheet.append([t("report-rating-mean"), NO_FIGURE])


def _times(sheet: Worksheet, figures: Figures, t: Translator) -> None:
    def hours(seconds: list[int], share: float) -> CellValue:
        if len(seconds) < SMALL_LIMIT:
            return NO_FIGURE
        return round(nearest_rank(sorted(seconds), share) / 3600, 1)

    first = [s for month in figures.first_answer for s in month]
    closing = [s for month in figures.closing for s in month]
    _header(sheet, ["", t("report-times-median"), t("report-times-p90")])
    sheet.append([t("report-times-first"), hours(first, 0.5), hours(first, 0.9)])
    sheet.append([t("report-times-closing"), hours(closing, 0.5), hours(closing, 0.9)])
    sheet.append([])
    top = sheet.max_row + 1
    _header(
        sheet,
        [
            t("report-chart-month"),
            t("report-times-first-median"),
            t("report-times-first-p90"),
            t("report-times-closing-median"),
            t("report-times-closing-p90"),
        ],
    )
    months = figures.period.months
    for month, answered, closed in zip(months, figures.first_answer, figures.closing, strict=True):
        sheet.append(
            [
                f"{month:%Y-%m}",
                hours(answered, 0.5),
                hours(answered, 0.9),
                hours(closed, 0.5),
                hours(closed, 0.9),
            ]
        )
    for column in "BCDE":
        sheet.column_dimensions[column].width = 22
    chart = LineChart()
    chart.title = t("report-chart-median")
    chart.y_axis.title = t("report-chart-hours")
    chart.x_axis.title = t("report-chart-month")
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.add_data(
        Reference(sheet, min_col=2, min_row=top, max_row=top + len(months)), titles_from_data=True
    )
    chart.set_categories(Reference(sheet, min_col=1, min_row=top + 1, max_row=top + len(months)))
    chart.width, chart.height = 24, 10
    sheet.add_chart(chart, f"A{sheet.max_row + 3}")
