"""Handlingsplan för ekonomi i balans: the summary of all measures, one table per area (effect
per year in tkr, FTE, consequence grade) and, in a follow-up, the realised effect against the
plan. Every total is computed from the measures; the printed ones are reconciled."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from django.db.models import Sum

from arshjul.core.formatting import format_number
from arshjul.core.slugs import label_key
from arshjul.finance import calculations as calc
from arshjul.finance.models import SavingsCategory, SavingsFollowup, SavingsMeasure, SavingsPlan
from arshjul.followup.models import Period
from arshjul.reports.cells import number_cell, text_cell
from arshjul.reports.model import Block, Cell, Column, Paragraph, Row, Section, Table
from arshjul.reports.registry import BuildContext, section

TOTAL = ("totalsumma", "Totalsumma")


def _tkr(value: Decimal | None) -> Decimal | None:
    return calc.scaled(value, "tkr")


def _year_columns(plan: SavingsPlan) -> list[Column]:
    return [Column(f"ar_{year}", str(year)) for year in plan.plan_years]


def _figure_cells(
    plan: SavingsPlan, effects: Sequence[Decimal], fte: Decimal | None
) -> dict[str, Cell]:
    cells = {
        f"ar_{year}": number_cell(_tkr(effect), 0)
        for year, effect in zip(plan.plan_years, effects, strict=True)
    }
    cells["arsarbetare"] = number_cell(fte, 1) if fte is not None else Cell(None, "")
    return cells


def _sum(
    measures: Sequence[SavingsMeasure], plan: SavingsPlan, *, total: bool = False
) -> tuple[list[Decimal], Decimal | None]:
    """Effects per year and FTE of some measures; a total row counts missing FTE as 0."""
    effects = [
        sum((Decimal(m.effects[i]) for m in measures), Decimal(0))  # type: ignore[arg-type]
        for i in range(plan.years)
    ]
    ftes = [m.fte for m in measures if m.fte is not None]
    return effects, (sum(ftes, Decimal(0)) if ftes or total else None)


def summary_table(plan: SavingsPlan, measures: list[SavingsMeasure]) -> Table:
    rows = []
    for category in SavingsCategory:
        chosen = [m for m in measures if m.category == category.value]
        effects, fte = _sum(chosen, plan)
        rows.append(Row(category.value, str(category.label), _figure_cells(plan, effects, fte)))
    effects, fte = _sum(measures, plan, total=True)
    rows.append(Row(*TOTAL, _figure_cells(plan, effects, fte), total=True))
    return Table(
        key="handlingsplan_summering",
        title="Summering av samtliga åtgärder",
        columns=[
            *_year_columns(plan),
            Column("arsarbetare", f"Antal årsarbetare {plan.first_year}"),
        ],
        rows=rows,
        row_header="(Tkr)",
    )


def area_blocks(plan: SavingsPlan, unit_name: str, measures: list[SavingsMeasure]) -> list[Block]:
    rows = []
    for m in measures:
        cells = _figure_cells(plan, m.effects, m.fte)  # type: ignore[arg-type]
        cells["konsekvens"] = text_cell(str(m.get_consequence_display()) if m.consequence else "")
        rows.append(Row(m.category, m.label, cells))
    effects, fte = _sum(measures, plan, total=True)
    total = _figure_cells(plan, effects, fte)
    total["konsekvens"] = text_cell("")
    rows.append(Row(*TOTAL, total, total=True))
    table = Table(
        key=f"handlingsplan_{label_key(unit_name)}",
        title=unit_name,
        columns=[
            *_year_columns(plan),
            Column("arsarbetare", f"Antal åa {plan.first_year}"),
            Column("konsekvens", "Konsekvens", numeric=False),
        ],
        rows=rows,
        row_header="(Tkr)",
    )
    texts = [
        f"<p><strong>{m.label}:</strong> {m.description} {m.consequence_text}</p>"
        for m in measures
        if m.description or m.consequence_text
    ]
    return [table, Paragraph("".join(texts))] if texts else [table]


def followup_table(
    plan: SavingsPlan, measures: list[SavingsMeasure], period: Period
) -> Table | None:
    """Planned effect of the period's year against the realised effect, per area (tkr)."""
    year = period.plan_year.year
    if year not in plan.plan_years:
        return None
    index = plan.plan_years.index(year)
    realised: dict[int, Decimal] = dict(
        SavingsFollowup.objects.filter(measure__plan=plan, period=period)
        .values_list("measure__unit_id")
        .annotate(total=Sum("realised"))
    )
    rows, planned_sum, realised_sum = [], Decimal(0), Decimal(0)
    for unit_id, name in dict.fromkeys((m.unit_id, m.unit.name) for m in measures):
        planned = sum(
            (Decimal(m.effects[index]) for m in measures if m.unit_id == unit_id), Decimal(0)
        )
        done = realised.get(unit_id)
        planned_sum += planned
        realised_sum += done or Decimal(0)
        rows.append(_followup_row(label_key(name), name, planned, done))
    rows.append(_followup_row("totalsumma", "Totalsumma", planned_sum, realised_sum, total=True))
    return Table(
        key="handlingsplan_uppfoljning",
        title=f"Uppföljning av handlingsplanen {year}",
        columns=[
            Column("plan", "Planerad effekt"),
            Column("utfall", "Realiserad effekt"),
            Column("avvikelse", "Avvikelse"),
        ],
        rows=rows,
        row_header="(Tkr)",
    )


def _followup_row(
    key: str, label: str, planned: Decimal, done: Decimal | None, total: bool = False
) -> Row:
    return Row(
        key,
        label,
        {
            "plan": number_cell(_tkr(planned), 0),
            "utfall": number_cell(_tkr(done), 0),
            "avvikelse": number_cell(_tkr(calc.difference(done, planned)), 0),
        },
        total=total,
    )


@section("handlingsplan")
def savings_section(context: BuildContext) -> Section | None:
    plan_year = context.plan_year
    year = plan_year.year
    plan = (
        SavingsPlan.objects.filter(board=plan_year.board, first_year__lte=year)
        .order_by("-first_year", "-decided_on")
        .first()
    )
    if plan is None or year not in plan.plan_years:
        return None
    measures = list(plan.measures.select_related("unit", "plan").order_by("order"))
    if context.period is not None:
        table = followup_table(plan, measures, context.period)
        return Section("handlingsplan", plan.title, [table]) if table else None
    if plan.first_year != year:
        return None
    required = format_number(_tkr(plan.required_saving), 0, unit="tkr")
    effects, _ = _sum(measures, plan)
    first = format_number(_tkr(effects[0]), 0, unit="tkr")
    intro = Paragraph(
        f"<p>Åtgärdskrav: {required}. Åtgärdernas effekt {plan.first_year}: {first} "
        f"(beräknad ur åtgärderna). Handlingsplanen är daterad {plan.decided_on:%Y-%m-%d}.</p>"
    )
    sub = [
        Section(f"handlingsplan_{label_key(name)}", name, area_blocks(plan, name, chosen))
        for name in dict.fromkeys(m.unit.name for m in measures)
        for chosen in [[m for m in measures if m.unit.name == name]]
    ]
    return Section("handlingsplan", plan.title, [intro, summary_table(plan, measures)], sub)
