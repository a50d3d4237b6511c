"""Reconciliation of a built document: every figure a source published for a cell of one of
the document's tables is compared with the computed cell at the precision it was printed with.
A disagreement marks the cell (``Cell.published``) and is listed at document level. A published
figure for the column ``rubrik`` is compared with the row's label (a total printed under the
wrong heading), and one whose row does not exist is listed with computed ``None``."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from arshjul.core.formatting import format_number
from arshjul.reconciliation.calculations import agrees, as_published_decimal
from arshjul.reports.model import Discrepancy, Section, tables_of

LABEL_COLUMN = "rubrik"


def reconcile(
    sections: list[Section], published: Mapping[tuple[str, str, str], Any]
) -> list[Discrepancy]:
    """The disagreements in document order (table, row, column)."""
    found: list[Discrepancy] = []
    checked: set[tuple[str, str, str]] = set()
    for table in tables_of(sections):
        for row in table.rows:
            for column in [LABEL_COLUMN, *row.cells]:
                address = (table.key, row.key, column)
                figure = published.get(address)
                if figure is None:
                    continue
                checked.add(address)
                cell = row.cells.get(column)
                computed = row.label if column == LABEL_COLUMN else (cell.value if cell else None)
                if not agrees(figure.value, computed):
                    if cell is not None:
                        cell.published = figure.value
                    found.append(Discrepancy(*address, figure.value, computed))
    shown = {table.key for table in tables_of(sections)}
    for address, figure in published.items():
        if address[0] in shown and address not in checked:  # a printed row we do not compute
            found.append(Discrepancy(*address, figure.value, None))
    return found


def reconcile_published(
    sections: list[Section], *, board: Any, year: int, document: str, period: str = ""
) -> list[Discrepancy]:
    """``reconcile`` against what the board published for (year, document, period): the one
    way a document or a page compares its tables with the printed figures."""
    from arshjul.reconciliation.selectors import published_for_document

    published = published_for_document(board=board, year=year, document=document, period=period)
    return reconcile(sections, published)


def annual_report_discrepancies(sections: list[Section], *, board: Any, year: int) -> list[dict]:
    """For a register page: its tables reconciled with the year's full-year annual report, as
    ``describe`` rows for the shared discrepancy box."""
    found = reconcile_published(
        sections, board=board, year=year, document="verksamhetsberattelse", period="helar"
    )
    return describe(sections, found)


def shown(value: Any) -> str:
    """A published or computed figure in Swedish at the precision it carries, at most two
    decimals ("149.0" → "149,0", "27039" → "27 039"); a printed label stays as it is."""
    if value is None:
        return "saknas"
    number = as_published_decimal(value) if isinstance(value, str) else Decimal(value)
    if number is None:
        return str(value)
    decimals = max(0, -int(number.as_tuple().exponent))
    return format_number(number, min(decimals, 2))


def describe(sections: list[Section], discrepancies: list[Discrepancy]) -> list[dict[str, str]]:
    """Each discrepancy with the table's title, the row's and column's labels, and both
    figures as Swedish text (for the HTML renderer and the pages)."""
    tables = {table.key: table for table in tables_of(sections)}
    described = []
    for d in discrepancies:
        table = tables.get(d.table)
        row = next((r for r in table.rows if r.key == d.row), None) if table else None
        column = next((c for c in table.columns if c.key == d.column), None) if table else None
        described.append(
            {
                "anchor": f"t-{d.table}",
                "table": table.title if table else d.table,
                "row": row.label if row else d.row,
                "column": "Rubrik"
                if d.column == LABEL_COLUMN
                else (column.label if column else d.column),
                "published": shown(d.published),
                "computed": shown(d.computed),
            }
        )
    return described
