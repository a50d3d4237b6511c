"""Intern styrning och kontroll: the report section ``internkontroll``.

For a follow-up (a period) the table ``internkontrollplan`` holds per action its status (shape
and text), the answers of the follow-up and the comment, followed by the legend and, at the
year's last period, the ISK-bedömning. For a plan the same table key holds the plan as 003/004
§9.1 print it: process, risk, action, responsible and deadline. Row keys: see
``selectors.PlanRow``.
"""

from __future__ import annotations

from arshjul.followup.models import Period
from arshjul.followup.report_sections import as_badge
from arshjul.internal_control import selectors, symbols, texts
from arshjul.internal_control.models import ControlPlan
from arshjul.reports.cells import text_cell
from arshjul.reports.model import (
    Block,
    Cell,
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


def followup_table(plan: ControlPlan, period: Period) -> Table:
    rows = []
    for r in selectors.plan_rows(plan=plan, period=period):
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


def plan_table(plan: ControlPlan) -> Table:
    rows = []
    for r in selectors.plan_rows(plan=plan, period=None):
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


@section("internkontroll")
def build(context: BuildContext) -> Section | None:
    plan = selectors.control_plan_of(plan_year=context.plan_year)
    if plan is None:
        return None
    blocks: list[Block] = []
    if context.period is None:
        blocks.append(plan_table(plan))
    else:
        blocks.extend([legend(), followup_table(plan, context.period)])
        isk = selectors.isk_of(plan=plan)
        if isk is not None and selectors.is_last_period(context.period):
            blocks.append(Paragraph(html=texts.isk_html(isk)))
    return Section(key="internkontroll", title=TITLE, blocks=blocks)
