"""The HR import's template: the columns of ``hr_import`` with one example row per task, as
CSV (semicolons, decimal comma, UTF-8 with BOM for Excel) or XLSX with a sheet that explains
the columns, the tasks and the cost groups."""

from __future__ import annotations

import csv
import io
from typing import Literal

from arshjul.people import calculations as calc
from arshjul.people.hr_import import COLUMNS, TASKS
from arshjul.people.models import LeaverReason

EXAMPLE_ROWS: list[list[str]] = [
    ["2021", "kostnad", "manadsloner", "", "", "298200000"],
    ["2021", "kostnad", "4120", "", "", "6400000"],
    ["2021", "arsarbetare", "Städerska", "157,7", "37", ""],
    ["2021", "schemalagda_timmar", "", "1192778", "910865", ""],
    ["2021", "korttidsfranvaro", "", "37564", "21488", ""],
    ["2021", "langtidsfranvaro", "", "51097", "20695", ""],
    ["2021", "frisktal", "", "46,93", "62,62", "53,85"],
    ["2021", "avgangar", "pension", "", "", "29"],
]


def personnel_template(fmt: Literal["csv", "xlsx"]) -> bytes:
    header = [name for name, _help in COLUMNS]
    if fmt == "csv":
        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(EXAMPLE_ROWS)
        return out.getvalue().encode("utf-8-sig")
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Personal"
    sheet.append(header)
    for row in EXAMPLE_ROWS:
        sheet.append(row)
    notes = book.create_sheet("Förklaring")
    notes.append(["Kolumn", "Innehåll"])
    for name, text in COLUMNS:
        notes.append([name, text])
    notes.append([])
    notes.append(["Uppgift", "Innehåll", "Fyll i"])
    for task in TASKS:
        notes.append(list(task))
    notes.append([])
    notes.append(["Kontogrupp (Grupp för kostnad)", "Konton", "Kategori"])
    for group in calc.COST_GROUPS:
        notes.append([group.key, group.accounts or "övriga 40xx-41xx", group.label])
    notes.append([])
    notes.append(["Avgångsorsak (Grupp för avgangar)", "Rubrik"])
    for reason in LeaverReason:
        notes.append([reason.value, str(reason.label)])
    out_bytes = io.BytesIO()
    book.save(out_bytes)
    return out_bytes.getvalue()
