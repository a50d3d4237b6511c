"""Intern styrning och kontroll: the report section ``internkontroll``.

Sub-sections as the seeds number them: ``internkontrollplan`` (002 §8.1, 003/004 §9.1) and, at
the year's last period, ``isk_bedomning`` (002 §8.2). For a follow-up (a period) the table
``internkontrollplan`` holds per action its status (shape and text), the answers of the
follow-up and the comment, after the legend. For a plan the same table key holds the plan as
003/004 §9.1 print it: process, risk, action, responsible and deadline. Row keys: see
``selectors.PlanRow``. Both end with the risk matrix of the plan's risks (chart ``riskmatris``).
"""

from __future__ import annotations

from decimal import Decimal

from arshjul.followup.models import Period
from arshjul.followup.report_sections import as_badge
from arshjul.internal_control import calculations as calc
from arshjul.internal_control import selectors, symbols, texts
from arshjul.internal_control.models import ControlPlan, Risk
from arshjul.internal_control.selectors import PlanRow
from arshjul.reports.cells import text_cell
from arshjul.reports.model import (
    Block,
    Cell,
    Chart,
    ChartSeries,
    Column,
    Legend,
    LegendEntry,
    Paragraph,
    Row,
    Section,
    Table,
)
from arshjul.reports.registry import BuildContext, section

TITLE = "Intern styrning och kontroll"
FOLLOWUP_COLUMNS = [
    Column("verksamhet", "Verksamhet", numeric=False),
    Column("risk", "Risk", numeric=False),
    Column("status", "Status", numeric=False),
    Column("effekt", "Har åtgärden bidragit till önskad effekt?", numeric=False),
    Column("effekt_motivering", "Motivering", numeric=False),
    Column("nasta_ar", "Ska risken ingå i nästkommande års riskanalys?", numeric=False),
    Column("nasta_ar_skal", "Skäl", numeric=False),
    Column("kommentar", "Kommentar", numeric=False),
]
PLAN_COLUMNS = [
    Column("verksamhet", "Verksamhet", numeric=False),
    Column("risk", "Risk", numeric=False),
    Column("ansvarig", "Ansvarig", numeric=False),
    Column("klart_senast", "Klart senast", numeric=False),
]


def legend() -> Legend:
    return Legend(
        key="internkontroll_status",
        title=symbols.LEGEND_TITLE,
        entries=[LegendEntry(as_badge(s), s.legend) for s in symbols.legend_symbols()],
    )


def followup_table(plan: ControlPlan, period: Period, plan_rows: list[PlanRow]) -> Table:
    rows = []
    for r in plan_rows:
        symbol, followup = r.symbol, r.followup
        cells = {
            "verksamhet": text_cell(r.risk.process),
            "risk": text_cell(texts.risk_text(r.risk)),
            "status": Cell(symbol.key or None, f"{symbol.shape} {symbol.text}"),
            "effekt": Cell(followup.effect or None, texts.effect_answer(followup))
            if followup
            else text_cell(""),
            "effekt_motivering": text_cell(followup.effect_text if followup else ""),
            "nasta_ar": Cell(followup.next_year or None, texts.next_year_answer(followup))
            if followup
            else text_cell(""),
            "nasta_ar_skal": text_cell(followup.next_year_reason if followup else ""),
            "kommentar": text_cell(followup.comment if followup else ""),
        }
        label = r.action.label if r.action else "Ingen åtgärd"
        rows.append(Row(key=r.key, label=label, cells=cells))
    year = plan.plan_year.year
    return Table(
        key="internkontrollplan",
        title=f"Internkontrollplan {year}, uppföljning {period.name.lower()}",
        columns=FOLLOWUP_COLUMNS,
        rows=rows,
        row_header="Åtgärd",
    )


def plan_table(plan: ControlPlan, plan_rows: list[PlanRow]) -> Table:
    rows = []
    for r in plan_rows:
        action = r.action
        cells = {
            "verksamhet": text_cell(r.risk.process),
            "risk": text_cell(texts.risk_text(r.risk)),
            "ansvarig": text_cell(
                action.responsible.name if action and action.responsible else "–"
            ),
            "klart_senast": Cell(
                action.deadline.isoformat() if action and action.deadline else None,
                texts.deadline_text(action.deadline if action else None),
            ),
        }
        rows.append(Row(key=r.key, label=action.label if action else "Ingen åtgärd", cells=cells))
    return Table(
        key="internkontrollplan",
        title=f"Internkontrollplan {plan.plan_year.year}",
        columns=PLAN_COLUMNS,
        rows=rows,
        row_header="Åtgärd",
    )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def risk_matrix_chart(plan: ControlPlan, plan_rows: list[PlanRow]) -> Chart | None:
    """The plan's risks by probability (rows, 4 at the top) and consequence (columns): each
    cell counts its risks and names them (R1 … in plan order), with the cell's risk value and
    level in words, repeated by its pattern. Unassessed risks are listed as "ej bedömda"."""
    risks = list({r.risk.pk: r.risk for r in plan_rows}.values())
    if not risks:
        return None
    ids = {risk.pk: f"R{n}" for n, risk in enumerate(risks, start=1)}
    matrix = calc.risk_matrix((r.probability, r.consequence, r) for r in risks)
    levels = [key for _bound, key, _text in calc.LEVELS]
    series, texts, shades = [], [], []
    for probability, cells in matrix.rows:
        series.append(
            ChartSeries(
                f"sannolikhet_{probability}",
                str(probability),
                [Decimal(len(c.items)) for c in cells],
            )
        )
        texts.append([_cell_text(c, ids) for c in cells])
        shades.append([levels.index(c.level[0]) for c in cells])
    year = plan.plan_year.year
    return Chart(
        key="riskmatris",
        title=f"Riskmatris, internkontrollplanens risker {year}",
        chart_type="matrix",
        categories=[str(c.consequence) for c in matrix.rows[0][1]],
        series=series,
        unit="risker",
        description=_matrix_description(matrix, risks, ids),
        decimals=0,
        x_label="Konsekvens",
        y_label="Sannolikhet",
        cell_texts=texts,
        cell_levels=shades,
    )


def _cell_text(cell: calc.MatrixCell[Risk], ids: dict[int, str]) -> str:
    symbol = symbols.RISK_LEVEL[cell.level[0]]
    names = ", ".join(ids[r.pk] for r in cell.items)
    return f"{symbol.shape} {symbol.text} ({cell.value})" + (f"\n{names}" if names else "")


def _matrix_description(matrix: calc.Matrix[Risk], risks: list[Risk], ids: dict[int, str]) -> str:
    named = "; ".join(f"{ids[r.pk]} {r.process} (”{_short(r.text)}”)" for r in risks)
    parts = [f"Internkontrollplanens {len(risks)} risker: {named}."]
    placed = [
        f"sannolikhet {c.probability}, konsekvens {c.consequence} (riskvärde {c.value}, "
        f"{c.level[1].lower()}): {', '.join(ids[r.pk] for r in c.items)}"
        for _p, cells in matrix.rows
        for c in cells
        if c.items
    ]
    if placed:
        parts.append(f"Bedömda ({matrix.assessed_count}): {'; '.join(placed)}.")
    else:
        parts.append(
            "Ingen risk är bedömd för sannolikhet och konsekvens, så alla celler är tomma."
        )
    if matrix.unassessed:
        unassessed = ", ".join(ids[r.pk] for r in matrix.unassessed)
        parts.append(f"Ej bedömda ({len(matrix.unassessed)}): {unassessed}.")
    return " ".join(parts)


@section("internkontroll")
def build(context: BuildContext) -> Section | None:
    """002 §8 (8.1 Internkontrollplan with the legend, the follow-up and the risk matrix;
    8.2 ISK-bedömning at the year's last period) or 003/004 §9.1 (the plan and the matrix)."""
    plan = selectors.control_plan_of(plan_year=context.plan_year)
    if plan is None:
        return None
    period = context.period
    rows = selectors.plan_rows(plan=plan, period=period)
    if period is None:
        blocks: list[Block] = [plan_table(plan, rows)]
    else:
        blocks = [legend(), followup_table(plan, period, rows)]
    chart = risk_matrix_chart(plan, rows)
    blocks += [chart] if chart is not None else []
    sections = [Section(key="internkontrollplan", title="Internkontrollplan", blocks=blocks)]
    isk = selectors.isk_of(plan=plan) if period is not None else None
    if isk is not None and period is not None and selectors.is_last_period(period):
        sections.append(
            Section(
                key="isk_bedomning",
                title="ISK-bedömning",
                blocks=[Paragraph(html=texts.isk_html(isk))],
            )
        )
    return Section(key="internkontroll", title=TITLE, sections=sections)
