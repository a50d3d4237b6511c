"""XLSX renderer: the figures of any document as a workbook to calculate on.

Sheets: "Innehåll" (every table and goal list with its section and a link to its sheet),
"Avvikelser" when published figures disagree with the computed ones, then one sheet per
``Table`` and per ``StatusList`` block in document order (sheet names from the titles, made
valid: at most 31 characters, none of ``[]:*?/\\``, unique).

Numbers are numbers. An int or Decimal cell value is written as a number cell whose format
is read from the cell's Swedish text: the decimals shown, thousands grouped, a "+" where the
text shows one and a unit such as "st" as a literal suffix. The codes are Excel's standard
ones (``#,##0.0``), which Excel shows with the reader's separators (1 234,5 in Swedish).
Percentages: a cell whose text ends in "%" is stored as a fraction (the value / 100) with a
percent format (``0.0%``), so it is a real percentage in formulas and charts and Excel shows
"7,1 %" — rather than the bare 7.1 with a literal " %", which would be wrong in every formula.
Texts (and the truth values of ja/nej columns) are written as their Swedish text.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from arshjul.core.formatting import quantize
from arshjul.reconciliation.calculations import as_published_decimal
from arshjul.reports import richtext
from arshjul.reports.model import (
    Document,
    Section,
    StatusEntry,
    StatusList,
    Table,
    blocks_of,
)
from arshjul.reports.reconcile import describe, shown

CONTENTS, DISCREPANCIES = "Innehåll", "Avvikelser"
AUTHOR = "Årshjul"
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="top")
MIN_WIDTH, MAX_WIDTH = 8, 60  # characters
Listed = tuple[Section, str, str, str]  # a sheet in the contents: section, title, kind, name
TITLE_COLUMN = 4  # of STATUS_COLUMNS, indented by the entry's level
STATUS_COLUMNS = [
    ("Nivå", 6),
    ("Typ", 14),
    ("Beteckning", 14),
    ("Titel", 60),
    ("Måluppfyllelse", 20),
    ("Status", 16),
    ("Trend", 16),
    ("Utfall, senast kända värde", 20),
    ("Utfall", 20),
    ("Målvärde", 20),
    ("Långsiktigt målvärde", 20),
    ("Notering", 30),
    ("Kommentar", 80),
]


def render_xlsx(document: Document) -> bytes:
    workbook = Workbook()
    contents = workbook.active
    assert contents is not None  # a new workbook has one sheet
    contents.title = CONTENTS
    names = SheetNames({CONTENTS, DISCREPANCIES})
    sheets: dict[str, str] = {}  # table key → sheet name, for the discrepancies' links
    listed: list[Listed] = []
    if document.discrepancies:
        workbook.create_sheet(DISCREPANCIES)
    for section, block in blocks_of(document.sections):
        if isinstance(block, Table):
            title = block.title or section.title
            sheet = workbook.create_sheet(names.take(title))
            write_table(sheet, block)
            sheets[block.key] = sheet.title
            listed.append((section, title, "Tabell", sheet.title))
        elif isinstance(block, StatusList):
            title = block.title or section.title
            sheet = workbook.create_sheet(names.take(title))
            write_status_list(sheet, block)
            listed.append((section, title, "Mål och uppdrag", sheet.title))
    write_contents(contents, document, listed)
    if document.discrepancies:
        write_discrepancies(workbook[DISCREPANCIES], document, sheets)
    properties = workbook.properties
    properties.title = f"{document.title} – {document.subtitle}"
    properties.subject = document.board
    properties.creator = properties.lastModifiedBy = document.organisation
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


# -- sheet names ---------------------------------------------------------------------------

FORBIDDEN = str.maketrans({"[": "(", "]": ")", ":": " ", "*": " ", "?": " ", "/": "-", "\\": "-"})
MAX_NAME = 31


class SheetNames:
    """Valid, unique sheet names from titles ("Internkontrollplan 2021, uppföljning helår" →
    "Internkontrollplan 2021, uppfö…"; a second "Område IT" → "Område IT (2)"). Excel
    compares sheet names without regard to case and reserves "History"."""

    def __init__(self, reserved: set[str]) -> None:
        self.taken = {name.casefold() for name in reserved | {"History"}}

    def take(self, title: str) -> str:
        clean = " ".join(ILLEGAL_CHARACTERS_RE.sub("", title).translate(FORBIDDEN).split())
        clean = clean.strip("'") or "Tabell"
        number = 1
        while True:
            suffix = f" ({number})" if number > 1 else ""
            name = _shorten(clean, MAX_NAME - len(suffix)).strip("'") + suffix
            if name.casefold() not in self.taken:
                self.taken.add(name.casefold())
                return name
            number += 1


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


# -- numbers -------------------------------------------------------------------------------

# The last figure of a text, with what comes before and after it ("Målvärde: minst 95 %").
NUMBER_TEXT = re.compile(
    r"^(?P<prefix>.*?)(?P<sign>[+\u2212-]?)(?P<whole>\d+(?:[\u00a0\u202f]\d{3})*)"
    r"(?:,(?P<decimals>\d+))?(?P<suffix>\D*)$",
    re.DOTALL,
)
MAX_LITERAL = 40  # characters of text kept in a format around the figure


@dataclass(frozen=True)
class NumberFormat:
    code: str
    percent: bool = False


def _literal(text: str) -> str:
    text = text.replace('"', "")
    return f'"{text}"' if text else ""


def number_format(text: str, value: Decimal | int) -> NumberFormat:
    """The Excel format that shows ``value`` as its Swedish text does: "2 059,1" →
    ``#,##0.0``; "−7,1 %" → ``0.0%`` (a percentage: the cell holds value / 100); "+1,5" →
    ``+#,##0.0;-#,##0.0;#,##0.0``; "138 642 st" → ``#,##0" st"``; "Målvärde: minst 95 %" →
    ``"Målvärde: minst "0%``. "General" when the text shows no figure, or another one."""
    match = NUMBER_TEXT.match(text.strip())
    if match is None or len(match["prefix"]) + len(match["suffix"]) > MAX_LITERAL:
        return NumberFormat("General")
    decimals = len(match["decimals"] or "")
    whole = re.sub(r"\D", "", match["whole"])
    shown = Decimal(f"{whole}.{match['decimals'] or '0'}")
    if shown != abs(quantize(Decimal(value), decimals)):
        return NumberFormat("General")
    suffix = match["suffix"].strip()
    percent = suffix == "%"
    fraction = "." + "0" * decimals if decimals else ""
    unit = "%" if percent else _literal(f" {suffix}" if suffix else "")
    body = f"{'0' if percent else '#,##0'}{fraction}{unit}"
    before = _literal(match["prefix"])
    if match["sign"] == "+":
        return NumberFormat(f"{before}+{body};{before}-{body};{before}{body}", percent)
    code = f"{before}{body};{before}-{body}" if before else body  # the sign after the text
    return NumberFormat(code, percent)


def is_number(value: Any) -> bool:
    return isinstance(value, int | Decimal) and not isinstance(value, bool)


def _clean(value: Any) -> Any:
    """A text without the control characters a workbook cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def write_value(sheet: Worksheet, row: int, column: int, value: Any, text: str) -> Any:
    """A model cell: a number with its format when the value is one, else its text."""
    cell = sheet.cell(row=row, column=column)
    if is_number(value):
        form = number_format(text, value)
        cell.value = Decimal(value) / 100 if form.percent else value
        cell.number_format = form.code
    elif text:
        cell.value = _clean(text)
        cell.alignment = WRAP
    return cell


# -- sheets --------------------------------------------------------------------------------


def _header(sheet: Worksheet, labels: list[str], *, row: int = 1) -> None:
    for column, label in enumerate(labels, start=1):
        cell = sheet.cell(row=row, column=column, value=_clean(label))
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = WRAP


def _finish(sheet: Worksheet, widths: list[int], last_row: int, *, header_row: int = 1) -> None:
    """Column widths, the header frozen (with the first column), a filter on the table and
    the header repeated on printed pages."""
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=2)
    last = get_column_letter(len(widths))
    sheet.auto_filter.ref = f"A{header_row}:{last}{max(last_row, header_row)}"
    sheet.print_title_rows = f"{header_row}:{header_row}"


def _width(texts: list[str]) -> int:
    longest = max((len(line) for t in texts for line in t.split("\n")), default=0)
    return max(MIN_WIDTH, min(longest + 2, MAX_WIDTH))


def write_table(sheet: Worksheet, table: Table) -> None:
    """One model table: the header row, a row per model row (totals bold), each cell a number
    or a text, a published figure that disagrees as the cell's comment."""
    sheet.oddHeader.center.text = _clean(table.title)
    header = [table.row_header, *(c.label for c in table.columns)]
    _header(sheet, header)
    texts = [header]
    for number, row in enumerate(table.rows, start=2):
        label = sheet.cell(row=number, column=1, value=_clean(row.label))
        label.alignment = WRAP
        if row.total:
            label.font = BOLD
        texts.append([row.label])
        for index, column in enumerate(table.columns, start=2):
            source = row.cells.get(column.key)
            texts[-1].append(source.text if source else "")
            if source is None:
                continue
            cell = write_value(sheet, number, index, source.value, source.text)
            if source.published is not None:
                cell.comment = Comment(f"Publicerat: {shown(source.published)}", AUTHOR)
            if row.total:
                cell.font = BOLD
    _finish(sheet, [_width(list(c)) for c in zip(*texts, strict=True)], len(table.rows) + 1)
    if table.caption:
        note = sheet.cell(row=len(table.rows) + 3, column=1, value=_clean(table.caption))
        note.font = Font(italic=True)


def _badge(badge: Any, prefix: str = "") -> str:
    return badge.shown(prefix) if badge is not None else ""


def _comment(html: str) -> str:
    lines = []
    for block in richtext.parse(html):
        if block.kind in ("ul", "ol"):
            for number, runs in enumerate(block.items, start=1):
                mark = "•" if block.kind == "ul" else f"{number}."
                lines.append(f"{mark} {richtext.plain_text(runs)}")
        else:
            lines.append(richtext.plain_text(block.runs))
    return "\n".join(lines)


def _entries(entries: list[StatusEntry], level: int = 1) -> Iterator[tuple[int, StatusEntry]]:
    for entry in entries:
        yield level, entry
        yield from _entries(entry.children, level + 1)


def status_values(level: int, entry: StatusEntry) -> list[Any]:
    """A row of a goal follow-up sheet, in the order of ``STATUS_COLUMNS``."""
    return [
        level,
        entry.kind,
        entry.label,
        entry.title,
        _badge(entry.fulfilment),
        _badge(entry.status, "Status: "),
        _badge(entry.trend),
        entry.baseline,
        entry.outcome,
        entry.target,
        entry.long_term_target,
        entry.note,
        _comment(entry.comment_html),
    ]


def write_status_list(sheet: Worksheet, block: StatusList) -> None:
    """A goal follow-up: one row per goal, indicator or assignment (children under their
    parent, their titles indented), statuses as shape + text."""
    sheet.oddHeader.center.text = _clean(block.title) or sheet.title
    _header(sheet, [label for label, _ in STATUS_COLUMNS])
    row = 1
    for row, (level, entry) in enumerate(_entries(block.entries), start=2):
        for column, value in enumerate(status_values(level, entry), start=1):
            if value != "":
                cell = sheet.cell(row=row, column=column, value=_clean(value))
                indent = level - 1 if column == TITLE_COLUMN else 0
                cell.alignment = Alignment(wrap_text=True, vertical="top", indent=indent)
    _finish(sheet, [width for _, width in STATUS_COLUMNS], row)


def _link(cell: Any, sheet: str) -> None:
    quoted = sheet.replace("'", "''")
    cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{quoted}'!A1", display=sheet)
    cell.style = "Hyperlink"


def write_contents(sheet: Worksheet, document: Document, listed: list[Listed]) -> None:
    """The first sheet: the document's title, then each sheet with its section and a link."""
    sheet.cell(row=1, column=1, value=_clean(document.title)).font = Font(bold=True, size=14)
    sheet.cell(row=2, column=1, value=_clean(document.subtitle))
    sheet.cell(row=3, column=1, value=_clean(document.organisation))
    _header(sheet, ["Avsnitt", "Avsnittets rubrik", "Tabell", "Typ", "Blad"], row=5)
    for row, (section, title, kind, name) in enumerate(listed, start=6):
        for column, value in enumerate([section.number, section.title, title, kind], start=1):
            sheet.cell(row=row, column=column, value=_clean(value)).alignment = WRAP
        _link(sheet.cell(row=row, column=5, value=name), name)
    _finish(sheet, [10, 40, 50, 16, 34], len(listed) + 5, header_row=5)


def _figure(value: Any) -> tuple[Any, str]:
    """A published or computed figure as a number with its format where it is one."""
    number = as_published_decimal(value) if isinstance(value, str) else value
    if number is None or not is_number(number):
        return shown(value), "General"
    decimals = min(max(0, -int(Decimal(number).as_tuple().exponent)), 2)
    return number, "#,##0" + ("." + "0" * decimals if decimals else "")


def write_discrepancies(sheet: Worksheet, document: Document, sheets: dict[str, str]) -> None:
    """Each published figure that disagrees: where it is (linked to its table's sheet) and
    both figures, as numbers where they are numbers."""
    sheet.oddHeader.center.text = "Publicerade siffror som inte stämmer med beräkningen"
    _header(sheet, ["Tabell", "Rad", "Kolumn", "Publicerat", "Beräknat"])
    described = describe(document.sections, document.discrepancies)
    pairs = zip(document.discrepancies, described, strict=True)
    for row, (found, text) in enumerate(pairs, start=2):
        for column, key in enumerate(("table", "row", "column"), start=1):
            sheet.cell(row=row, column=column, value=_clean(text[key])).alignment = WRAP
        if found.table in sheets:
            _link(sheet.cell(row=row, column=1), sheets[found.table])
        for column, figure in ((4, found.published), (5, found.computed)):
            value, code = _figure(figure)
            sheet.cell(row=row, column=column, value=_clean(value)).number_format = code
    _finish(sheet, [34, 34, 28, 14, 14], len(document.discrepancies) + 1)
