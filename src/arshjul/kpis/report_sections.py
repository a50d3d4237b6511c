"""Produktions- och nyckeltal: the report section ``produktionstal``.

One table (key ``produktionstal``): a row per figure (key = slug of its label) with this year's
and last year's outcome, the change as the figure shows it and the trend arrow (shape + text:
better or worse in the figure's direction, not up or down), the target, and the Kolada value
of the organisation's area where one is imported. A legend explains the arrows. A plan (no
period) has no outcomes, so the section is left out; so is a year without any outcome.
"""

from __future__ import annotations

from arshjul.followup import symbols
from arshjul.followup.report_sections import as_badge
from arshjul.kpis.selectors import FigureLine, year_figures
from arshjul.reports.cells import clean
from arshjul.reports.model import Cell, Column, Legend, LegendEntry, Row, Section, Table
from arshjul.reports.registry import BuildContext, section

KEY = "produktionstal"
TITLE = "Produktions- och nyckeltal"
TREND_EXPLANATIONS = {
    "forbattrats": "resultatet har förbättrats jämfört med föregående år",
    "oforandrat": "resultatet är oförändrat jämfört med föregående år",
    "forsamrats": "resultatet har försämrats jämfört med föregående år",
}


def trend_cell(key: str | None) -> Cell:
    symbol = symbols.TREND.get(key or "")
    if symbol is None:
        return Cell(None, "")
    return Cell(symbol.key, f"{symbol.shape} {symbol.text.lower()}")


def row_label(line: FigureLine) -> str:
    note = f" ({line.note})" if line.note else ""
    return f"{line.label}{note}"


def figure_row(line: FigureLine, with_kolada: bool) -> Row:
    cells = {
        "utfall": Cell(clean(line.outcome), line.outcome_text()),
        "utfall_fg": Cell(clean(line.previous), line.previous_text()),
        "forandring": Cell(clean(line.change), line.change_text()),
        "trend": trend_cell(line.trend),
        "malvarde": Cell(clean(line.target), line.target_label()),
    }
    if with_kolada:
        cells["kolada"] = Cell(
            clean(line.kolada), line.kolada_text() if line.kolada is not None else ""
        )
    return Row(line.key, row_label(line), cells)


def figures_table(lines: list[FigureLine], year: int) -> Table:
    with_kolada = any(line.kolada is not None for line in lines)
    columns = [
        Column("utfall", f"Utfall {year}"),
        Column("utfall_fg", f"Utfall {year - 1}"),
        Column("forandring", "Förändring"),
        Column("trend", "Trend", numeric=False),
        Column("malvarde", "Målvärde", numeric=False),
    ]
    if with_kolada:
        columns.append(Column("kolada", f"Kolada {year}"))
    return Table(
        key=KEY,
        title=TITLE,
        columns=columns,
        rows=[figure_row(line, with_kolada) for line in lines],
        row_header="Produktionstal/Nyckeltal",
        caption=(
            "Trenden visar om resultatet blivit bättre eller sämre med hänsyn till om ett högre "
            "eller lägre värde är bättre. Utan värde för föregående år står det "
            "”saknar jämförelsetal”."
            + (
                " Kolada: värdet för organisationen i Kolada (Källa: Kolada)."
                if with_kolada
                else ""
            )
        ),
    )


def trend_legend() -> Legend:
    return Legend(
        key="produktionstal_trend",
        title="Trend för produktions- och nyckeltal",
        entries=[
            LegendEntry(as_badge(s), TREND_EXPLANATIONS.get(s.key, s.legend))
            for s in symbols.TREND.values()
        ],
    )


@section(KEY)
def build(context: BuildContext) -> Section | None:
    if context.period is None:
        return None
    plan_year = context.plan_year
    lines = year_figures(board=plan_year.board, year=plan_year.year, period=context.period.key)
    if not any(line.outcome is not None for line in lines):
        return None
    return Section(
        key=KEY, title=TITLE, blocks=[figures_table(lines, plan_year.year), trend_legend()]
    )
