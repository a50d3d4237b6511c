"""Loads the demo's economy (data/economy_*.py) through the finance services.

The seeds print board totals per result line and, per area, only the operating report (2021:
budget deviation and turnover) or the operating budget (plans: turnover and budget frame). The
loader writes entries from which the system computes those tables again:

- plans: each area's turnover is its budgeted income; the other lines stay with the board;
- 2021: an area's outcome income is its turnover and its budgeted income is turnover minus its
  deviation; Förvaltningsgemensamt carries the remaining income and every cost and financial
  line, so each area's deviation and the board's totals come out as published;
- last year's per-area deviations (2020) exist only as printed in the 2021 report, so they are
  stored as the figures the 2020 annual report published.

Every printed total is stored as a published figure, so the documents list where the seeds
were wrong instead of repeating it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from arshjul.core.calculations import SCALES
from arshjul.core.slugs import label_key
from arshjul.demo.data import economy_2021, economy_2024, economy_2025
from arshjul.finance import services as fin
from arshjul.finance.models import FinanceVersion, InvestmentCategory
from arshjul.finance.services import EntryInput
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board, Unit
from arshjul.reconciliation.services import published_figure_set

MODULES = (economy_2021, economy_2024, economy_2025)
MILLION, THOUSAND = SCALES["mnkr"], SCALES["tkr"]
KEY_FIGURE_LABELS = {"lonekostnadsokningstakt": "Lönekostnadsökningstakt"}


def mnkr(text: str | None) -> Decimal:
    return Decimal(text or "0") * MILLION


def load_economy(board: Board) -> None:
    fin.finance_setup(actor=SYSTEM, organisation=board.organisation)
    units = {u.key: u for u in Unit.objects.filter(board=board)}
    for module in MODULES:
        data: dict[str, Any] = module.ECONOMY
        for version_data in data["versions"]:
            _load_version(board, units, data, version_data)
        _load_published(board, units, data)
        _load_projects(board, data)
        _load_objects(board, data)
    _load_savings_plan(board, units, economy_2024.SAVINGS_PLAN)


def _load_version(
    board: Board, units: dict[str, Unit], data: dict[str, Any], v: dict[str, Any]
) -> None:
    if FinanceVersion.objects.filter(
        board=board, year=v["year"], kind=v["kind"], revision=v["revision"]
    ).exists():
        return
    version = fin.finance_version_create(
        actor=SYSTEM,
        board=board,
        year=v["year"],
        kind=v["kind"],
        name=v["name"],
        revision=v["revision"],
    )
    fin.financial_entries_add(actor=SYSTEM, version=version, entries=_entries(units, data, v))
    for area, figures in v["areas"].items():
        if figures.get("budgetram") is not None:
            fin.budget_frame_set(
                actor=SYSTEM, version=version, unit=units[area], amount=mnkr(figures["budgetram"])
            )
    for key, value in v["key_figures"].items():
        fin.key_figure_set(
            actor=SYSTEM,
            version=version,
            key=key,
            label=KEY_FIGURE_LABELS[key],
            value=Decimal(value),
        )
    for carried, amounts in ((False, v["investments"]), (True, v["investments_carried_over"])):
        for category, amount in amounts.items():
            fin.investment_set(
                actor=SYSTEM,
                version=version,
                category=category,
                amount=mnkr(amount),
                carried_over=carried,
            )


def _entries(units: dict[str, Unit], data: dict[str, Any], v: dict[str, Any]) -> list[EntryInput]:
    lines = {key: mnkr(amount) for key, amount in v["lines"].items()}
    if v["areas"]:
        income = {area: mnkr(f["omsattning"]) for area, f in v["areas"].items()}
        return _split_income(units, lines, income, rest=None)
    if data["operating_report"] and v["year"] == data["year"]:
        outcome = v["kind"] == "utfall"
        income = {
            unit: mnkr(turnover) - (Decimal(0) if outcome else mnkr(deviation))
            for unit, deviation, turnover, *_ in data["operating_report"]
            if unit != "gemensamt"
        }
        return _split_income(units, lines, income, rest=units["gemensamt"])
    return [EntryInput(amount=a, line=key) for key, a in lines.items()]


def _split_income(
    units: dict[str, Unit], lines: dict[str, Decimal], income: dict[str, Decimal], rest: Unit | None
) -> list[EntryInput]:
    """Income per area as given; the remainder of the income and every other line go to
    ``rest`` (a unit, or the board as a whole)."""
    entries = [
        EntryInput(amount=a, unit=units[area], line="ovriga_intakter") for area, a in income.items()
    ]
    remainder = lines.pop("ovriga_intakter", Decimal(0)) - sum(income.values(), Decimal(0))
    if remainder:
        entries.append(EntryInput(amount=remainder, unit=rest, line="ovriga_intakter"))
    entries += [EntryInput(amount=a, unit=rest, line=key) for key, a in lines.items()]
    return entries


def _row_key(units: dict[str, Unit], key: str) -> str:
    return label_key(units[key].name) if key in units else key


def _publish(
    board: Board,
    year: int,
    document: str,
    address: tuple[str, str, str],
    value: str,
    source: str,
    period: str = "",
) -> None:
    table, row, column = address
    published_figure_set(
        actor=SYSTEM,
        board=board,
        year=year,
        document=document,
        period=period,
        table=table,
        row=row,
        column=column,
        value=value,
        source=source,
    )


def _load_published(board: Board, units: dict[str, Unit], data: dict[str, Any]) -> None:
    year, document = data["year"], data["document"]
    period = "helar" if document == "verksamhetsberattelse" else ""
    source = f"{'Verksamhetsberättelse' if period else 'Verksamhetsplan'} {year}"
    for table, row, column, value in data["published"]:
        _publish(
            board, year, document, (table, _row_key(units, row), column), value, source, period
        )
    for unit, *_figures, previous in data["operating_report"]:
        _publish(
            board,
            year - 1,
            "verksamhetsberattelse",
            ("driftredovisning", _row_key(units, unit), "budgetavvikelse"),
            previous,
            f"Verksamhetsberättelse {year}, kolumnen Budgetavvikelse {year - 1}",
            "helar",
        )


PROJECT_FIELDS = ("total_calculation", "budget_to_date", "outcome_to_date", "outcome_year")
PROJECT_COLUMNS = ("investeringskalkyl", "budget_tom", "utfall_tom", "utfall_ar")


def _load_projects(board: Board, data: dict[str, Any]) -> None:
    order = 0
    for group in data["building_projects"]:
        for name, *amounts, phase in group["projects"]:
            order += 1
            values = {
                f: (mnkr(a) if a is not None else None)
                for f, a in zip(PROJECT_FIELDS, amounts, strict=True)
            }
            fin.building_project_create(
                actor=SYSTEM,
                board=board,
                year=data["year"],
                owner=group["group"],
                owner_total_label=group["total_label"],
                name=name,
                phase=phase,
                order=order,
                **values,
            )
        for column, value in zip(PROJECT_COLUMNS, group["published_total"], strict=True):
            address = (
                f"byggprojekt_{label_key(group['group'])}",
                label_key(group["total_label"]),
                column,
            )
            _publish(
                board,
                data["year"],
                "verksamhetsberattelse",
                address,
                value,
                f"Verksamhetsberättelse {data['year']}, 5.4",
                "helar",
            )


def _load_objects(board: Board, data: dict[str, Any]) -> None:
    order = 0
    for table in data["investment_objects"]:
        for group in table["groups"]:
            for activity, name, amount in group["objects"]:
                order += 1
                fin.investment_object_create(
                    actor=SYSTEM,
                    board=board,
                    year=data["year"],
                    category=table["category"],
                    group=group["name"],
                    activity=activity,
                    name=name,
                    amount=mnkr(amount),
                    order=order,
                )
        key = f"investeringsobjekt_{table['category']}"
        for label, amount in table["published"]:
            if label.startswith("Summa"):
                source = f"Verksamhetsplan {data['year']}, bilaga investeringar"
                _publish(
                    board, data["year"], "verksamhetsplan", (key, "summa", "belopp"), amount, source
                )
                _publish(
                    board, data["year"], "verksamhetsplan", (key, "summa", "rubrik"), label, source
                )
    assert all(t["category"] in InvestmentCategory.values for t in data["investment_objects"])


def _load_savings_plan(board: Board, units: dict[str, Unit], data: dict[str, Any]) -> None:
    plan = fin.savings_plan_create(
        actor=SYSTEM,
        board=board,
        title=data["title"],
        decided_on=dt.date.fromisoformat(data["decided_on"]),
        first_year=data["first_year"],
        years=len(data["years"]),
        required_saving=Decimal(data["required_saving_tkr"]) * THOUSAND,
    )
    year, order = data["first_year"], 0
    source = f"Handlingsplan {data['decided_on']}"
    columns = [f"ar_{y}" for y in data["years"]]
    for area in data["areas"]:
        unit = units[area["unit"]]
        for m in area["measures"]:
            order += 1
            fin.savings_measure_create(
                actor=SYSTEM,
                plan=plan,
                unit=unit,
                effects=[Decimal(e) * THOUSAND for e in m["effects"]],
                category=m["category"],
                label=m["label"],
                fte=Decimal(m["fte"]) if m["fte"] else None,
                description=m["description"],
                consequence=m["consequence"] or "",
                consequence_text=m["consequence_text"],
                order=order,
            )
        table = f"handlingsplan_{label_key(unit.name)}"
        total = area["published_total"]
        for column, value in [
            *zip(columns, total["effects"], strict=True),
            ("arsarbetare", total["fte"]),
        ]:
            if value is not None:
                _publish(board, year, "", (table, "totalsumma", column), value, source)
    for row, effects, fte in data["published_summary"]:
        for column, value in [*zip(columns, effects, strict=True), ("arsarbetare", fte)]:
            if value is not None:
                _publish(board, year, "", ("handlingsplan_summering", row, column), value, source)
