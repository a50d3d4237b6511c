"""The budget import's template: a CSV or XLSX file with the columns of ``budget_import``,
two example rows with the board's own unit keys and, in the XLSX, a sheet that explains the
columns and lists the board's units and result lines (dates as ÅÅÅÅ-MM-DD)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from typing import Any, Literal

from arshjul.finance import presets
from arshjul.finance.budget_import import COLUMNS
from arshjul.finance.models import LineMapping, ResultLine
from arshjul.organisations.models import Board, Unit


def budget_template(fmt: Literal["csv", "xlsx"], *, board: Board, year: int | None = None) -> bytes:
    """A file to fill in: the header and two example rows with the board's unit keys (År is
    left empty unless ``year`` is given); the XLSX adds a sheet explaining the columns, the
    board's units and the result lines."""
    header = [name for name, _help in COLUMNS]
    rows = _example_rows(board, year)
    if fmt == "csv":
        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else str(v).replace(".", ",") for v in row])
        return out.getvalue().encode("utf-8-sig")
    return _xlsx_template(board, header, rows)


def _example_rows(board: Board, year: int | None) -> list[list[Any]]:
    when = year or dt.date.today().year
    units = [u for u in Unit.objects.filter(board=board) if u.is_valid_in(when)]
    units.sort(key=lambda u: (u.kind != Unit.Kind.AREA, u.order, u.name))
    keys = [u.key for u in units[:2]] + ["", ""]
    income = ResultLine.objects.filter(
        organisation_id=board.organisation_id, is_sum=False, parent__key=presets.INCOME_PARENT
    ).first()
    cost = (
        LineMapping.objects.filter(organisation_id=board.organisation_id, plan__is_default=True)
        .exclude(line__parent__key=presets.INCOME_PARENT)
        .order_by("first")
        .first()
    )
    return [
        [keys[0], "", income.key if income else "", year, None, Decimal("1250000")],
        [keys[1], str(cost.first if cost else 4010), "", year, 1, Decimal("-85000.50")],
    ]


def _xlsx_template(board: Board, header: list[str], rows: list[list[Any]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Belopp"
    sheet.append(header)
    for row in rows:
        sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
        sheet.cell(sheet.max_row, len(row)).number_format = "#,##0.00"
    notes = book.create_sheet("Förklaring")
    notes.append(["Kolumn", "Innehåll"])
    for name, text in COLUMNS:
        notes.append([name, text])
    notes.append([])
    notes.append([f"Enheter i {board.name} (kolumnen Enhet)", "Namn", "Giltig från", "Till"])
    for unit in Unit.objects.filter(board=board):
        notes.append([unit.key, unit.name, unit.valid_from, unit.valid_to])
        for cell in notes[notes.max_row][2:4]:
            cell.number_format = "yyyy-mm-dd"
    notes.append([])
    notes.append(["Resultatrader (kolumnen Rad)", "Rubrik", "Från år", "Till år"])
    for line in ResultLine.objects.filter(organisation_id=board.organisation_id, is_sum=False):
        notes.append([line.key, line.label, line.first_year, line.last_year])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
