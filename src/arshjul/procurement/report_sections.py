"""Upphandlingsrapport: the report section ``upphandlingsrapport`` of the full-year
Verksamhetsberättelse.

Tables (one each, with a unit column rather than one sub-section per unit, so every key is
found once): ``upphandlingar_kommande``, ``upphandlingar_pagaende``, ``upphandlingar_avslutade``
(row key: the case number's slug, else the slug of title and customer), ``overprovningar`` (row
key: slug of case number and company), ``upphandlingar_per_lista`` (count and value per unit and
list) and ``upphandlingar_sammanstallning`` (finished per unit and half-year, then "Totalt").
The report is a full-year appendix: for a delårsrapport and for a plan the builder returns None.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from arshjul.core.formatting import DASH
from arshjul.core.slugs import label_key
from arshjul.organisations.models import Board
from arshjul.procurement import calculations as calc
from arshjul.procurement import selectors
from arshjul.procurement.models import Appeal, Procurement, ProcuringUnit, State
from arshjul.reports.cells import FigureRow, figure_table, number_cell, text_cell
from arshjul.reports.model import Block, Cell, Column, Row, Section, Table
from arshjul.reports.registry import BuildContext, section

LIST_TABLES = {
    State.KOMMANDE: ("upphandlingar_kommande", "Kommande upphandlingar"),
    State.PAGAENDE: ("upphandlingar_pagaende", "Pågående upphandlingar"),
    State.AVSLUTAD: ("upphandlingar_avslutade", "Avslutade upphandlingar"),
}
REQUIREMENT_LABELS = {
    "miljokrav": "Miljökrav",
    "uppforandekod": "Uppförandekod",
    "social_hansyn": "Social hänsyn",
}
SUMMARY_COLUMNS = [
    ("antal", "Antal"),
    ("varde_mnkr", "Värde inkl. optionsår (mnkr)"),
    ("anbud", "Anbud"),
    ("snitt_anbud", "Anbud per upphandling"),
    *REQUIREMENT_LABELS.items(),
]
UNIT_LABELS = dict(ProcuringUnit.choices)


def yes_no(flag: bool | None) -> Cell:
    return Cell(flag, DASH if flag is None else ("Ja" if flag else "Nej"))


def row_key(p: Procurement, taken: set[str]) -> str:
    """The case number's slug, else the title's (with the customer, then the unit, when the
    title alone is not unique in the table). Each candidate is made only when needed."""
    candidates = (
        *([p.case_number] if p.case_number else []),
        p.title,
        f"{p.title} {p.customer}",
        f"{p.title} {p.customer} {p.unit}",
    )
    key = ""
    for text in candidates:
        key = label_key(text)
        if key and key not in taken:
            taken.add(key)
            return key
    key = f"{key}_{p.pk}"
    taken.add(key)
    return key


def list_table(state: str, rows: Iterable[Procurement]) -> Table:
    key, title = LIST_TABLES[state]  # type: ignore[index]
    columns = [Column("enhet", "Upphandlande enhet", False), Column("kund", "Kund", False)]
    if state == State.KOMMANDE:
        columns.append(Column("period", "Period", False))
    columns += [Column("varde_mnkr", "Värde (mnkr)"), Column("dnr", "Dnr", False)]
    if state == State.AVSLUTAD:
        columns.append(Column("anbud", "Anbud"))
        columns += [Column(k, label, False) for k, label in REQUIREMENT_LABELS.items()]
    taken: set[str] = set()
    table_rows = []
    unit_names = {value: str(label) for value, label in UNIT_LABELS.items()}  # gettext once
    for p in rows:
        cells = {
            "enhet": text_cell(unit_names.get(p.unit, p.unit)),
            "kund": text_cell(p.customer),
            "period": text_cell(p.period_text),
            "varde_mnkr": number_cell(calc.mnkr(p.value_kr), 1),
            "dnr": text_cell(p.case_number),
            "anbud": number_cell(Decimal(p.bids) if p.bids is not None else None, 0),
        }
        cells |= {k: yes_no(getattr(p, k)) for k in REQUIREMENT_LABELS}
        chosen = {c.key: cells[c.key] for c in columns}
        table_rows.append(Row(row_key(p, taken), p.title, chosen))
    return Table(key=key, title=title, columns=columns, rows=table_rows, row_header="Upphandling")


def appeals_table(appeals: list[Appeal]) -> Table:
    columns = [
        Column("upphandling", "Upphandling", False),
        Column("dnr", "Dnr", False),
        Column("yrkande", "Yrkande", False),
        Column("lage", "Läge", False),
        Column("utfall", "Utfall", False),
    ]
    rows = [
        Row(
            label_key(f"{a.case_number} {a.company}"),
            a.company,
            {
                "upphandling": text_cell(a.procurement_title),
                "dnr": text_cell(a.case_number),
                "yrkande": text_cell(a.claim),
                "lage": text_cell(a.get_state_display()),
                "utfall": text_cell(a.get_outcome_display() if a.outcome else DASH),
            },
        )
        for a in appeals
    ]
    return Table(
        key="overprovningar", title="Överprövningar", columns=columns, rows=rows, row_header="Bolag"
    )


def summary_values(summary: calc.Summary) -> dict[str, Decimal | None]:
    values: dict[str, Decimal | None] = {
        "antal": Decimal(summary.count),
        "varde_mnkr": calc.mnkr(summary.value_kr),
        "anbud": None if summary.bids is None else Decimal(summary.bids),
        "snitt_anbud": summary.average_bids,
    }
    for kind in calc.REQUIREMENTS:
        count = summary.requirement_count(kind)
        values[kind] = None if count is None else Decimal(count)
    return values


def per_list_table(year_summary: selectors.YearSummary) -> Table:
    rows = []
    for (unit, state), summary in year_summary.by_list.items():
        label = f"{UNIT_LABELS[unit]}, {State(state).label.lower()}"
        values = {"antal": Decimal(summary.count), "varde_mnkr": calc.mnkr(summary.value_kr)}
        rows.append(FigureRow(label_key(label), label, values))
    return figure_table(
        key="upphandlingar_per_lista",
        title="Antal och värde per lista",
        columns=[("antal", "Antal"), ("varde_mnkr", "Värde inkl. optionsår (mnkr)")],
        rows=rows,
        decimals=0,
        row_header="Enhet och lista",
    )


def summary_table(year_summary: selectors.YearSummary) -> Table:
    rows = [
        FigureRow(label_key(r.label), r.label, summary_values(r.summary), total=not r.unit)
        for r in year_summary.finished
    ]
    table = figure_table(
        key="upphandlingar_sammanstallning",
        title="Avslutade upphandlingar per enhet och halvår",
        columns=SUMMARY_COLUMNS,
        rows=rows,
        decimals=0,
        row_header="Enhet och period",
        caption="Halvår efter avslutsdatum; helår tar med upphandlingar utan datum.",
    )
    for row, source in zip(table.rows, rows, strict=True):
        row.cells["snitt_anbud"] = number_cell(source.values["snitt_anbud"], 1)
    return table


def build_section(*, board: Board, year: int) -> Section | None:
    rows = list(selectors.procurements(board=board, year=year))
    appeals = selectors.appeals(board=board, year=year)
    if not rows and not appeals:
        return None
    year_summary = selectors.year_summary(board=board, year=year)
    blocks: list[Block] = [per_list_table(year_summary), summary_table(year_summary)]
    for state in LIST_TABLES:
        blocks.append(list_table(state, [p for p in rows if p.state == state]))
    blocks.append(appeals_table(appeals))
    return Section(key="upphandlingsrapport", title="Upphandlingsrapport", blocks=blocks)


@section("upphandlingsrapport")
def build(context: BuildContext) -> Section | None:
    """The full year's report only (the seed's report is an appendix to the annual report)."""
    if context.period is None or context.period.key != "helar":
        return None
    return build_section(board=context.plan_year.board, year=context.plan_year.year)
