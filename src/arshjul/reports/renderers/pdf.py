"""PDF renderer: a tagged PDF/UA-1 file for any document, typeset by Typst.

The document becomes Typst source that calls the layout functions of ``typst/report.typ``
(page, running header, "Sida X av Y", headings, tables, badges, charts). Every text from the
model goes through ``markup`` (inside content) or ``string`` (inside code), so nothing a user
typed can become Typst syntax. Typst tags headings, lists, links, the table of contents, figures
with their alternative text, and each table as one /Table whose header row, repeated on later
pages, is an artifact there. Typst cannot yet mark a row label as a header cell from the Python
binding (``pdf.header-cell`` needs the ``a11y-extras`` feature flag), so ``typst.tags`` makes
the row-label cell of every body row a /TH with /Scope /Row after compiling (ADR 0009).
"""

from __future__ import annotations

import re
import string as ascii_sets
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

import typst

from arshjul.reports import richtext
from arshjul.reports.model import (
    Block,
    Cell,
    Chart,
    Document,
    Heading,
    Legend,
    Paragraph,
    Section,
    StatusEntry,
    StatusList,
    Table,
    tables_of,
)
from arshjul.reports.reconcile import describe, shown
from arshjul.reports.renderers.svg import render_chart_svg
from arshjul.reports.renderers.typst.layout import TableLayout, table_layout
from arshjul.reports.renderers.typst.tags import tag_row_headers

MAX_LEVEL = 6  # PDF/UA knows H1 to H6; the document title is H1, top sections H2
FONT = "DejaVu Sans"  # has every status shape (● ◆ ■ ○ ◐ ↗ → ↘ ⚠ ✓) and U+2212
REPLACEMENT = "\ufffd"  # shown for a character no available font can draw
FIRST_UNCERTAIN = 0x250  # DejaVu Sans draws all of Latin (up to Latin Extended-B)
DISCREPANCY_INTRO = (
    "Källan (en tidigare publicerad handling eller en importerad fil) anger en annan siffra än "
    "den som beräknas ur underlaget. Dokumentet visar den beräknade siffran; den publicerade "
    "står vid cellen."
)

_PUNCTUATION = re.compile("([" + re.escape(ascii_sets.punctuation) + "])")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_UNDRAWABLE = re.compile(r'the text `"(.+?)"` could not be displayed')


def markup(text: str) -> str:
    """Text for Typst markup (inside ``[...]``): every ASCII punctuation character is escaped
    with a backslash (so ``#``, ``*``, ``_``, ``$``, ``@``, ``<``, ``[``, ``]``, ``//``, ``=`` at a
    line start, ``1.``, "--" and URLs stay literal) and line breaks become spaces."""
    return _PUNCTUATION.sub(r"\\\1", _CONTROL.sub(" ", text))


def string(text: str) -> str:
    """A Typst string literal: backslash and quote escaped, control characters as escapes."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + _CONTROL.sub(lambda m: "".join(f"\\u{{{ord(c):x}}}" for c in m[0]), escaped) + '"'


def _array(items: list[str]) -> str:
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


@dataclass
class _Source:
    """The Typst body being written, and for each table (in document order) the column that
    holds its row labels, which ``tag_row_headers`` needs."""

    parts: list[str] = field(default_factory=list)
    row_header_columns: list[int] = field(default_factory=list)
    labels: set[str] = field(default_factory=set)
    heading: str = ""  # a section heading not yet written: it goes with its first block

    def add(self, text: str) -> None:
        self.parts.extend((self.heading, text))
        self.heading = ""

    def add_heading(self, text: str) -> None:
        self.add("")
        self.heading = text

    def add_landscape(self, text: str) -> None:
        """A landscape page; a heading just before it goes on the page with it."""
        self.parts.append(f"#page(flipped: true)[{self.heading}{text}]\n\n")
        self.heading = ""


def typst_source(document: Document) -> tuple[str, list[int]]:
    """The whole Typst source of ``document`` and the row-label column of each table."""
    out = _Source()
    running = document.subtitle or f"{document.board} {document.year}"
    out.add(
        f"#show: report.with(title: {string(document.title)}, "
        f"organisation: {string(document.organisation)}, subtitle: {string(document.subtitle)}, "
        f"running: {string(running)})\n#contents()\n"
    )
    if document.discrepancies:
        _discrepancies(out, document)
    main = [s for s in document.sections if not s.appendix]
    appendices = [s for s in document.sections if s.appendix]
    for index, section in enumerate(main):  # chapters flow on; the first leaves the contents
        _section(out, section, 2, new_page=index == 0)
    if appendices:
        out.add('#section-heading(2, "", "Bilagor", new-page: true)\n')
        for index, section in enumerate(appendices):
            _section(out, section, 3, new_page=index > 0)
    out.add("")
    return _template() + "\n" + "".join(out.parts), out.row_header_columns


@cache
def _template() -> str:
    return (files("arshjul.reports.renderers.typst") / "report.typ").read_text("utf-8")


def _section(out: _Source, section: Section, level: int, *, new_page: bool = False) -> None:
    page = ", new-page: true" if new_page else ""
    out.add_heading(
        f"#section-heading({level}, {string(section.number)}, {string(section.title)}{page})\n"
    )
    for block in section.blocks:
        _block(out, block, level)
    for sub in section.sections:
        _section(out, sub, min(level + 1, MAX_LEVEL))


def _block(out: _Source, block: Block, level: int) -> None:
    if isinstance(block, Heading):  # a label inside a section, not part of the outline
        out.add(f"#block(sticky: true)[#strong[{markup(block.text)}]]\n\n")
    elif isinstance(block, Paragraph):
        out.add(rich_text(block.html, level) + "\n")
    elif isinstance(block, Table):
        _table(out, block)
    elif isinstance(block, StatusList):
        if block.title:
            out.add(f"#block(sticky: true)[#strong[{markup(block.title)}]]\n\n")
        if block.entries:
            out.add(_status_list(block.entries, level) + "\n\n")
    elif isinstance(block, Chart):
        _chart(out, block)
    elif isinstance(block, Legend):
        entries = [
            f"[{_badge(e.badge.shape, e.badge.text, e.badge.css)} \\= {markup(e.explanation)}]"
            for e in block.entries
        ]
        out.add(f"#legend({string(block.title)}, {_array(entries)})\n\n")


def rich_text(html: str, level: int) -> str:
    """Sanitised HTML as Typst markup: paragraphs, lists, and h3/h4 as headings one and two
    levels below the section's (never skipping a level, as PDF/UA requires)."""
    parts = []
    deepest = level
    for block in richtext.parse(html):
        if block.kind in ("ul", "ol"):
            items = [f"[{_runs(item)}]" for item in block.items]
            parts.append(f"#{'list' if block.kind == 'ul' else 'enum'}{_array(items)}")
        elif block.kind in ("h3", "h4"):
            wanted = level + (1 if block.kind == "h3" else 2)
            deepest = min(wanted, deepest + 1, MAX_LEVEL)
            parts.append(
                f"#heading(level: {deepest}, outlined: false, bookmarked: false)"
                f"[{_runs(block.runs)}]"
            )
        else:
            parts.append(_runs(block.runs))
    return "\n\n".join(parts) + "\n"


def _runs(runs: list[richtext.Run]) -> str:
    out = []
    for run in runs:
        if run.text == "\n":
            out.append("#linebreak()")
            continue
        text = markup(run.text)
        if run.bold:
            text = f"#strong[{text}]"
        if run.italic:
            text = f"#emph[{text}]"
        if run.href:
            text = f"#link({string(run.href)})[{text}]"
        out.append(text)
    return "".join(out)


def _badge(shape: str, text: str, tone: str) -> str:
    return f"#badge({string(shape)}, {string(text)}, {string(tone)})"


def _status_list(entries: list[StatusEntry], level: int) -> str:
    return "#status-list" + _array([f"[{_status_entry(e, level)}]" for e in entries])


def _status_entry(entry: StatusEntry, level: int) -> str:
    parts = [f"{markup(entry.name)}: #strong[{markup(entry.title)}]"]
    status = [f"{markup(label)}: {markup(text)}\\." for label, text in entry.figures]
    for badge, prefix in entry.badges:
        status.append(_badge(badge.shape, prefix + badge.text, badge.css))
    if status:
        parts.append(" ".join(status))
    if entry.note:
        parts.append(f"#emph[{markup(entry.note)}]")
    if entry.comment_html:
        parts.append(rich_text(entry.comment_html, level))
    if entry.children:
        parts.append(f"#sub-entries[{_status_list(entry.children, level)}]")
    return "\n\n".join(parts)


def _chart(out: _Source, chart: Chart) -> None:
    title = chart.title.rstrip(".")
    text = f"{title}. {chart.description}" if chart.description else title
    caption = f"#strong[{markup(title)}\\.] {markup(chart.description)}"
    svg = render_chart_svg(chart)
    if not svg:  # nothing to draw: the text alternative is all there is
        out.add(f"{caption}\n\n")
        return
    out.add(f"#chart({string(_with_font(svg))}, {string(text)}, [{caption}])\n\n")


def _with_font(svg: str) -> str:
    """The chart's text in the document's font (first in the root's font-family list)."""
    root_end = svg.index(">")
    root, rest = svg[:root_end], svg[root_end:]
    if 'font-family="' in root:
        return root.replace('font-family="', f'font-family="{FONT}, ', 1) + rest
    return root.replace("<svg ", f'<svg font-family="{FONT}" ', 1) + rest


def _cell_text(cell: Cell | None) -> str:
    """What a cell shows, for measuring: its text and the published figure under it."""
    if cell is None:
        return ""
    return cell.text if cell.published is None else f"{cell.text} publicerat: {cell.published}"


def _table(out: _Source, table: Table) -> None:
    header = [table.row_header, *(c.label for c in table.columns)]
    numeric = [False, *(c.numeric for c in table.columns)]
    rows = []
    for row in table.rows:
        cells = [string(row.label)]
        for column in table.columns:
            cell = row.cells.get(column.key)
            if cell is None:
                cells.append('""')
            elif cell.published is not None:
                cells.append(_array([string(cell.text), string(shown(cell.published))]))
            else:
                cells.append(string(cell.text))
        rows.append(_array([_array(cells), "true" if row.total else "false"]))
    texts = [
        [row.label, *(_cell_text(row.cells.get(c.key)) for c in table.columns)]
        for row in table.rows
    ]
    _write_table(
        out,
        table_id=f"t-{table.key}",
        caption=table.title,
        header=header,
        numeric=numeric,
        rows=rows,
        layout=table_layout(header, numeric, texts),
        note=table.caption,
        row_header_column=0,
    )


def _write_table(
    out: _Source,
    *,
    table_id: str,
    caption: str,
    header: list[str],
    numeric: list[bool],
    rows: list[str],
    layout: TableLayout,
    note: str = "",
    row_header_column: int,
) -> None:
    if table_id in out.labels:
        table_id = ""  # a key used twice: the first table keeps the link target
    out.labels.add(table_id)
    call = (
        f"#data-table(id: {string(table_id)}, caption: {string(caption)}, "
        f"widths: {_array([str(w) for w in layout.widths])}, "
        f"numeric: {_array(['true' if n else 'false' for n in numeric])}, "
        f"header: {_array([string(h) for h in header])}, "
        f"rows: {_array(rows)}, note: {string(note)}, size: {layout.size}pt)"
    )
    if layout.landscape:
        out.add_landscape(call)
    else:
        out.add(f"{call}\n\n")
    out.row_header_columns.append(row_header_column)


def _discrepancies(out: _Source, document: Document) -> None:
    keys = {t.key for t in tables_of(document.sections)}
    rows = []
    described = describe(document.sections, document.discrepancies)
    for d in described:
        target = d["anchor"]
        title = string(d["table"])
        link = f"link(label({string(target)}), {title})" if target[2:] in keys else title
        cells = [link, string(d["row"]), string(d["column"])]
        cells += [string(d["published"]), string(d["computed"])]
        rows.append(_array([_array(cells), "false"]))
    header = ["Tabell", "Rad", "Kolumn", "Publicerat", "Beräknat"]
    numeric = [False, False, False, True, True]
    texts = [[d["table"], d["row"], d["column"], d["published"], d["computed"]] for d in described]
    out.add(
        "#discrepancy-box[\n#heading(level: 2)[⚠ Publicerade siffror som inte stämmer med "
        f"beräkningen]\n\n{markup(DISCREPANCY_INTRO)}\n\n"
    )
    _write_table(
        out,
        table_id="",
        caption="Avvikelser mot publicerade siffror",
        header=header,
        numeric=numeric,
        rows=rows,
        layout=table_layout(header, numeric, texts, portrait=True),
        row_header_column=1,
    )
    out.add("]\n\n")


@cache
def _fonts() -> typst.Fonts:
    """The fonts Typst may use, found once per process (the system's and Typst's own)."""
    return typst.Fonts(include_system_fonts=True, include_embedded_fonts=True)


def compile_pdf(source: str) -> bytes:
    """Typst source → PDF/UA-1 bytes. PDF/UA forbids a glyph no font has, so a character no
    available font can draw (Chinese, say) is replaced by U+FFFD, together with the other
    letters of its script, and the source compiled again."""
    for _ in range(8):
        try:
            return typst.compile(
                source.encode("utf-8"),
                format="pdf",
                pdf_standards=["ua-1"],
                pdf_tags=True,
                font_paths=_fonts(),
            )
        except typst.TypstError as error:
            found = _UNDRAWABLE.search(error.message)
            replaced = _replace_undrawable(source, found[1]) if found else source
            if replaced == source:
                raise
            source = replaced
    raise ValueError("Dokumentet innehåller tecken som inget typsnitt kan visa.")


def _script(char: str) -> str:
    """The script of a letter by its Unicode name ("CJK", "HIRAGANA", "THAI"); "" otherwise."""
    letter = unicodedata.category(char).startswith("L")
    return unicodedata.name(char, "").split(" ")[0] if letter else ""


def _replace_undrawable(source: str, text: str) -> str:
    bad = {c for c in text if ord(c) >= FIRST_UNCERTAIN}
    scripts = {_script(c) for c in bad} - {""}
    bad |= {c for c in set(source) if ord(c) >= FIRST_UNCERTAIN and _script(c) in scripts}
    return source.translate({ord(c): REPLACEMENT for c in bad})


def render_pdf(document: Document) -> bytes:
    source, row_header_columns = typst_source(document)
    return tag_row_headers(compile_pdf(source), row_header_columns)
