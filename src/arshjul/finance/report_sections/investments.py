"""Investment sections: the follow-up of larger building projects per owning board (follow-up
documents) and the appendix of requested investment objects (plans). Subtotals are computed;
the printed ones are reconciled by the document."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from itertools import groupby

from arshjul.core.calculations import mnkr
from arshjul.core.slugs import label_key
from arshjul.finance.models import BuildingProject, InvestmentCategory, InvestmentObject
from arshjul.reports.cells import clean, number_cell, text_cell
from arshjul.reports.model import Block, Column, Row, Section, Table
from arshjul.reports.registry import BuildContext, section

PROJECT_COLUMNS = [
    ("investeringskalkyl", "Total investeringskalkyl"),
    ("budget_tom", "Beslutad budget t.o.m. året"),
    ("utfall_tom", "Totalt utfall t.o.m. året"),
    ("utfall_ar", "Utfall under året"),
]


def _project_values(p: BuildingProject) -> dict[str, Decimal | None]:
    return {
        "investeringskalkyl": mnkr(p.total_calculation),
        "budget_tom": mnkr(p.budget_to_date),
        "utfall_tom": mnkr(p.outcome_to_date),
        "utfall_ar": mnkr(p.outcome_year),
    }


def project_table(
    owner: str, total_label: str, projects: list[BuildingProject], year: int
) -> Table:
    rows: list[Row] = []
    sums = {key: Decimal(0) for key, _ in PROJECT_COLUMNS}
    for project in projects:
        values = _project_values(project)
        for key in sums:
            sums[key] += values[key] or Decimal(0)
        cells = {key: number_cell(values[key]) for key, _ in PROJECT_COLUMNS}
        cells["status"] = text_cell(project.phase)
        rows.append(Row(label_key(project.name), project.name, cells))
    total_cells = {key: number_cell(sums[key]) for key, _ in PROJECT_COLUMNS}
    total_cells["status"] = text_cell("")
    rows.append(Row(label_key(total_label), total_label, total_cells, total=True))
    columns = [Column(k, label.replace("året", str(year))) for k, label in PROJECT_COLUMNS]
    return Table(
        key=f"byggprojekt_{label_key(owner)}",
        title=owner,
        columns=[*columns, Column("status", "Status", numeric=False)],
        rows=rows,
        row_header="(mnkr)",
    )


@section("byggprojekt")
def building_projects_section(context: BuildContext) -> Section | None:
    if context.period is None:
        return None
    plan_year = context.plan_year
    projects = BuildingProject.objects.filter(board=plan_year.board, year=plan_year.year).order_by(
        "order"
    )
    tables: list[Block] = [
        project_table(owner, group[0].owner_total_label, group, plan_year.year)
        for owner, items in groupby(projects, key=lambda p: p.owner)
        for group in [list(items)]
    ]
    if not tables:
        return None
    return Section(key="byggprojekt", title="Uppföljning större bygginvesteringar", blocks=tables)


APPENDIX_TITLES = {
    "byggnader": "Fastighetsinvesteringar",
    "it": "IT investeringar",
    "ovrig": "Övriga investeringar",
    "immateriella": "Immateriella investeringar",
    "medicinteknisk": "Medicintekniska investeringar",
}


def _object_rows(objects: Iterable[InvestmentObject]) -> tuple[list[Row], Decimal]:
    """Each group as a row with its computed subtotal, followed by its objects."""
    rows: list[Row] = []
    total = Decimal(0)
    for group, items in groupby(objects, key=lambda o: o.group):
        members = list(items)
        subtotal = sum((mnkr(o.amount) or Decimal(0) for o in members), Decimal(0))
        total += subtotal
        rows.append(Row(label_key(group), group, {"belopp": number_cell(subtotal)}, total=True))
        for obj in members:
            name = ": ".join(part for part in (obj.activity, obj.name) if part)
            rows.append(Row(f"objekt_{obj.order}", name, {"belopp": number_cell(mnkr(obj.amount))}))
    return rows, total


@section("bilaga_investeringar")
def investment_appendix(context: BuildContext) -> Section | None:
    """Bilaga: Investeringar, äskande <year>: one table per category with its objects grouped
    and the computed sum (whose printed heading is reconciled too)."""
    if context.period is not None:
        return None
    plan_year = context.plan_year
    objects = list(
        InvestmentObject.objects.filter(board=plan_year.board, year=plan_year.year).order_by(
            "order"
        )
    )
    tables: list[Block] = []
    for category in InvestmentCategory:
        chosen = [o for o in objects if o.category == category.value]
        if not chosen:
            continue
        rows, total = _object_rows(chosen)
        title = f"{APPENDIX_TITLES[category.value]} {plan_year.year}"
        label = (
            f"Summa {title[0].lower()}{title[1:]}" if category.value != "it" else f"Summa {title}"
        )
        rows.append(Row("summa", label, {"belopp": number_cell(clean(total))}, total=True))
        tables.append(
            Table(
                key=f"investeringsobjekt_{category.value}",
                title=title,
                columns=[Column("belopp", "Belopp, mnkr")],
                rows=rows,
                row_header="Objekt",
            )
        )
    if not tables:
        return None
    return Section(
        key="bilaga_investeringar",
        title=f"Investeringar, äskande {plan_year.year}",
        blocks=tables,
    )
