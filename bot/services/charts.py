"""The PNG that /stats attaches: requests per week by topic (stacked bars) over the last 12
weeks, and the median time to the first answer of each week's requests (a line).

matplotlib (Agg, no display) is imported inside the function: it costs ~0.5 s and ~30 MB, which
the bot pays at the first /stats rather than at every start. Its own DejaVu Sans draws Cyrillic,
Kyrgyz (ң, ө, ү) and Uzbek Latin; the topics' emoji are left out (the font has none). Rendering
is CPU work: callers run it in a thread (the object API, not pyplot, is safe there).
"""

from __future__ import annotations

import io
import textwrap

from bot.i18n import Translator
from bot.services.report import WeeklyFigures
from bot.services.report_workbook import category_labels

WIDTH_INCHES, HEIGHT_INCHES, DPI = 10.0, 7.5, 100
LEGEND_LINE = 24  # characters: longer topic names wrap, so the legend fits beside the bars


def render_weekly_png(weekly: WeeklyFigures, t: Translator) -> bytes:
    from matplotlib.figure import Figure  # noqa: PLC0415 - lazy: see the module's docstring

    figure = Figure(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=DPI)
    # Fixed margins (room on the right for the legend of topics): matplotlib's constrained
    # layout would draw everything twice, and the chart is drawn at every /stats.
    figure.subplots_adjust(left=0.07, right=0.74, top=0.95, bottom=0.08, hspace=0.25)
    counts_axes, times_axes = figure.subplots(
        2, 1, sharex=True, gridspec_kw={"height_ratios": [2, 1]}
    )
    positions = list(range(len(weekly.weeks)))
    bottoms = [0] * len(positions)
    for label, counts in zip(category_labels(t), weekly.by_category, strict=True):
        if not any(counts):
            continue
        shown = textwrap.fill(label, LEGEND_LINE)
        counts_axes.bar(positions, counts, bottom=bottoms, label=shown, width=0.8)
        bottoms = [below + count for below, count in zip(bottoms, counts, strict=True)]
    counts_axes.set_title(t("staff-chart-weekly-title"), fontsize=11)
    counts_axes.set_ylabel(t("staff-chart-requests"))
    counts_axes.yaxis.get_major_locator().set_params(integer=True)
    if any(bottoms):
        handles, labels = counts_axes.get_legend_handles_labels()  # top of the stack first
        counts_axes.legend(handles[::-1], labels[::-1], loc="upper left",
                           bbox_to_anchor=(1.01, 1.0), fontsize=8)  # fmt: skip
    else:
        counts_axes.text(0.5, 0.5, t("staff-chart-no-requests"), ha="center", va="center",
                         transform=counts_axes.transAxes)  # fmt: skip

    medians = [float("nan") if hours is None else hours for hours in weekly.median_hours]
    times_axes.plot(positions, medians, marker="o", color="#1f4e79")
    times_axes.set_title(t("staff-chart-median-title"), fontsize=11)
    times_axes.set_ylabel(t("staff-chart-hours"))
    times_axes.set_ylim(bottom=0)
    if all(hours is None for hours in weekly.median_hours):
        times_axes.text(0.5, 0.5, t("staff-chart-no-answers"), ha="center", va="center",
                        transform=times_axes.transAxes)  # fmt: skip
    times_axes.set_xticks(positions, [f"{week:%d.%m}" for week in weekly.weeks])
    times_axes.set_xlabel(t("staff-chart-week"))
    for axes in (counts_axes, times_axes):
        axes.grid(axis="y", alpha=0.3)
    binary = io.BytesIO()
    figure.savefig(binary, format="png")
    return binary.getvalue()
