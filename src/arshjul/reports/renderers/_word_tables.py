"""The Word tables of the DOCX renderer: the texts of a model table or a chart's figures,
column widths that fit the page (python-docx leaves every column equally wide), and the
table itself as WordprocessingML."""

from __future__ import annotations

import re
from typing import TypeVar
from xml.sax.saxutils import escape

from docx.shared import Cm

from arshjul.core.formatting import format_number
from arshjul.reports.model import Chart, ChartSeries, Table
from arshjul.reports.reconcile import shown

T = TypeVar("T")
QUOTE = {'"': "&quot;"}


def table_texts(table: Table) -> tuple[list[str], list[list[str]]]:
    """The header and rows of a model table as the texts of the Word table: each cell's
    Swedish text, and a published figure that disagrees under it."""
    rows = []
    for row in table.rows:
        texts = [row.label]
        for column in table.columns:
            cell = row.cells.get(column.key)
            text = cell.text if cell else ""
            if cell is not None and cell.published is not None:
                text = f"{text}\n⚠ publicerat: {shown(cell.published)}"
            texts.append(text)
        rows.append(texts)
    return [table.row_header, *(c.label for c in table.columns)], rows


def _at(values: list[T], index: int, default: T) -> T:
    return values[index] if 0 <= index < len(values) else default


def chart_values(chart: Chart) -> tuple[list[str], list[list[str]], list[bool]]:
    """A chart's figures as a table (header, rows, numeric columns): one row per category and
    a column per series; a matrix keeps its grid (a row per series, top first) with each
    cell's texts under its value."""

    def value(series: ChartSeries, index: int) -> str:
        return format_number(_at(series.values, index, None), chart.decimals)  # None: "–"

    if chart.chart_type == "matrix":
        corner = " / ".join(label for label in (chart.y_label, chart.x_label) if label)
        rows = []
        for r, series in enumerate(chart.series):
            texts = _at(chart.cell_texts, r, [])
            cells = [series.label]
            for c in range(len(chart.categories)):
                text = _at(texts, c, "")
                cells.append(f"{value(series, c)}\n{text}" if text else value(series, c))
            rows.append(cells)
        return [corner, *chart.categories], rows, [False] * (len(chart.categories) + 1)
    unit = f" ({chart.unit})" if chart.unit else ""
    header = [chart.x_label, *(f"{s.label}{unit}" for s in chart.series)]
    rows = [
        [category, *(value(s, i) for s in chart.series)]
        for i, category in enumerate(chart.categories)
    ]
    return header, rows, [False] + [True] * len(chart.series)


# A character of 9 pt table text (Calibri averages half an em) and a cell's two margins.
CHAR, PADDING = Cm(0.175), Cm(0.25)
BOLD = 1.1  # the header row is bold
BREAKS = re.compile(r"[ \n]+|(?<=[-/])")  # where lines wrap (never at the non-breaking space)


def _width(chars: float) -> int:
    return int(chars * CHAR + PADDING)


def _longest_word(label: str, texts: list[str]) -> float:
    words = [float(len(w)) for t in texts for w in BREAKS.split(t)]
    return max([BOLD * len(w) for w in BREAKS.split(label)] + words)


def column_widths(header: list[str], rows: list[list[str]], available: int) -> list[int] | None:
    """Column widths that fill ``available``: no column narrower than its longest word (so
    words and figures never break), and the room left shared in proportion to the columns'
    longest lines (capped, so long texts wrap). None when the words alone do not fit."""
    minimum, desired = [], []
    for index, label in enumerate(header):
        texts = [row[index] for row in rows]
        word = _longest_word(label, texts)
        line = max((len(line) for t in texts for line in t.split("\n")), default=0)
        minimum.append(_width(word))
        desired.append(_width(max(word, min(line, 45), min(len(label), 18))))
    if sum(minimum) > available:
        return None
    if sum(desired) <= available:
        return [int(available * d / sum(desired)) for d in desired]
    slack, spread = available - sum(minimum), sum(desired) - sum(minimum)
    return [m + int(slack * (d - m) / spread) for m, d in zip(minimum, desired, strict=True)]


def fitted_widths(header: list[str], rows: list[list[str]], available: int) -> list[int]:
    """``column_widths``, or ``squeezed_widths`` when the words do not fit."""
    return column_widths(header, rows, available) or squeezed_widths(header, rows, available)


def squeezed_widths(header: list[str], rows: list[list[str]], available: int) -> list[int]:
    """Widths for a table whose words do not fit even on a landscape page: every column in
    proportion to its longest word (Word then breaks the longest words)."""
    words = [_longest_word(label, [r[i] for r in rows]) for i, label in enumerate(header)]
    return [int(available * w / sum(words)) for w in words]


# -- the table as WordprocessingML ------------------------------------------------------------
# Written as one string and parsed once: python-docx's cell-by-cell API spent seconds on the
# annual report's 2 600 cells.

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEADER_FILL = "E7E6E6"
CELL_MARGIN = 71  # twentieths of a point (1,25 mm) on the left and right of each cell
KEEP_TOGETHER, ONE_LINE = 15, 60  # rows, characters


def _twips(emu: int) -> int:
    return round(emu / 635)


def _paragraph(text: str, *, style: str, bold: bool, right: bool, keep: bool) -> str:
    properties = f'<w:pStyle w:val="{style}"/>' + ("<w:keepNext/>" if keep else "")
    properties += '<w:jc w:val="right"/>' if right else ""
    run_properties = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    lines = [f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in text.split("\n")]
    return (
        f"<w:p><w:pPr>{properties}</w:pPr><w:r>{run_properties}{'<w:br/>'.join(lines)}</w:r></w:p>"
    )


def _row(
    texts: list[str],
    widths: list[int],
    *,
    header: bool,
    bold: bool,
    keep: bool,
    numeric: list[bool],
    style: str,
) -> str:
    cells = []
    for text, width, right in zip(texts, widths, numeric, strict=True):
        shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/>' if header else ""
        properties = f'<w:tcPr><w:tcW w:w="{_twips(width)}" w:type="dxa"/>{shading}</w:tcPr>'
        body = _paragraph(text, style=style, bold=bold, right=right, keep=keep)
        cells.append(f"<w:tc>{properties}{body}</w:tc>")
    row_properties = '<w:trPr><w:tblHeader w:val="true"/></w:trPr>' if header else ""
    return f"<w:tr>{row_properties}{''.join(cells)}</w:tr>"


def short(rows: list[list[str]]) -> bool:
    """A table of a few one-line rows, kept on one page (with its caption)."""
    return len(rows) <= KEEP_TOGETHER and all(len(t) <= ONE_LINE for row in rows for t in row)


def table_xml(
    title: str,
    header: list[str],
    rows: list[list[str]],
    *,
    widths: list[int],
    numeric: list[bool],
    totals: list[bool],
    table_style: str,
    text_style: str,
) -> str:
    """A ``w:tbl``: fixed column widths, the header row bold, shaded and repeated on every
    page (``w:tblHeader``), numeric columns right-aligned, total rows bold, the title as the
    table's alternative-text caption; a short table is kept on one page."""
    together = short(rows)
    grid = "".join(f'<w:gridCol w:w="{_twips(w)}"/>' for w in widths)
    margins = "".join(f'<w:{side} w:w="{CELL_MARGIN}" w:type="dxa"/>' for side in ("left", "right"))
    properties = (
        f'<w:tblPr><w:tblStyle w:val="{table_style}"/>'
        f'<w:tblW w:w="{sum(_twips(w) for w in widths)}" w:type="dxa"/>'
        f'<w:tblLayout w:type="fixed"/><w:tblCellMar>{margins}</w:tblCellMar>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        f'<w:tblCaption w:val="{escape(title, QUOTE)}"/></w:tblPr>'
    )
    body = [
        _row(header, widths, header=True, bold=True, keep=True, numeric=numeric, style=text_style)
    ]
    for number, (texts, total) in enumerate(zip(rows, totals, strict=True)):
        keep = together and number < len(rows) - 1
        body.append(
            _row(
                texts,
                widths,
                header=False,
                bold=total,
                keep=keep,
                numeric=numeric,
                style=text_style,
            )
        )
    return (
        f'<w:tbl xmlns:w="{W_NS}">{properties}<w:tblGrid>{grid}</w:tblGrid>{"".join(body)}</w:tbl>'
    )
