"""DOCX renderer: any document as a Word file for the board's case-management system.

Real structure rather than look-alike formatting: the title in ``Title``, sections in
``Heading 1..n`` by depth with their outline numbers (appendices under "Bilagor"), a table of
contents field that Word fills when the file is opened (pre-filled with the headings, without
page numbers, for viewers that do not update fields), Word tables with a repeating header row,
charts as pictures with alt text followed by their values as a table, and Swedish as the
language of every style. Like the HTML renderer it walks any tree and knows no document type.
"""

from __future__ import annotations

import io
import re

from docx import Document as new_word_document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Emu, Pt
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph as WordParagraph

from arshjul.reports import richtext
from arshjul.reports.model import (
    Block,
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
from arshjul.reports.reconcile import describe
from arshjul.reports.renderers import _ooxml as ox
from arshjul.reports.renderers._raster import chart_png, png_width_inches
from arshjul.reports.renderers._word_tables import (
    chart_values,
    column_widths,
    fitted_widths,
    table_texts,
    table_xml,
)

LANGUAGE = "sv-SE"
FONT = "Calibri"  # Carlito, metrically the same, where Calibri is missing
TEXT_WIDTH = Cm(16)  # A4 with 2,5 cm margins
LANDSCAPE_WIDTH = Cm(24.7)
PICTURE_WIDTH = Cm(14)  # at most: a chart is read beside its table, not as a poster
TABLE_STYLE = "Table Grid"
TABLE_TEXT = "Tabelltext"
DISCREPANCY_HEADING = "Publicerade siffror som inte stämmer med beräkningen"
DISCREPANCY_INTRO = (
    "Källan (en tidigare publicerad handling eller en importerad fil) anger en annan siffra än "
    "den som beräknas ur underlaget. Dokumentet visar den beräknade siffran; den publicerade står "
    "vid cellen."
)
TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'
LINK_SCHEMES = ("http://", "https://", "mailto:")


def render_docx(document: Document) -> bytes:
    return _Writer(ox.xml_safe(document)).render()


def heading_text(section: Section) -> str:
    """A section's heading with its outline number: "5.1 Resultatrapport", "Bilaga 1
    Upphandlingsrapport" (as the PDF numbers them)."""
    return f"{section.number} {section.title}" if section.number else section.title


class _Writer:
    def __init__(self, document: Document) -> None:
        self.source = document
        self.doc = new_word_document()
        tables = tables_of(document.sections)
        self.bookmarks = {t.key: f"tabell_{i}" for i, t in enumerate(tables, start=1)}
        self.next_id = 0
        self.style_ids: dict[str, str] = {}
        self.landscape = False
        self.width = TEXT_WIDTH

    def para(self, text: str = "", style: str | None = None) -> WordParagraph:
        """A body paragraph; the style is set by id (python-docx's lookup by name walks every
        style each time, which made large documents slow)."""
        paragraph = self.doc.add_paragraph(text)
        if style:
            paragraph._p.get_or_add_pPr().style = self.style_id(style)
        return paragraph

    def style_id(self, name: str) -> str:
        if name not in self.style_ids:
            self.style_ids[name] = self.doc.styles[name].style_id
        return self.style_ids[name]

    def render(self) -> bytes:
        ox.setup_document(self.doc, self.source, language=LANGUAGE, font=FONT)
        ox.add_styles(self.doc, table_text=TABLE_TEXT)
        self.title_page()
        toc_marker = self.para()
        toc_marker.add_run().add_break(WD_BREAK.PAGE)
        if self.source.discrepancies:
            self.discrepancies()
        for section in (s for s in self.source.sections if not s.appendix):
            self.section(section, 1)
        appendices = [s for s in self.source.sections if s.appendix]
        if appendices:
            self.orient(self.wants_landscape(appendices[0]))
            self.heading("Bilagor", 1, page_break=True)
            for index, section in enumerate(appendices):
                self.section(section, 2, page_break=index > 0)
        ox.table_of_contents(self.doc, toc_marker, TOC_INSTRUCTION, levels=3)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

    # -- structure ---------------------------------------------------------------------------

    def title_page(self) -> None:
        self.para(self.source.organisation, style="Subtitle")
        self.para(self.source.title, style="Title")
        self.para(self.source.subtitle, style="Subtitle")
        self.para().add_run().add_break(WD_BREAK.PAGE)
        self.para("Innehållsförteckning", style="TOC Heading")

    def heading(self, text: str, level: int, *, page_break: bool = False) -> WordParagraph:
        paragraph = self.doc.add_heading(text, min(level, 9))
        if page_break:
            paragraph.paragraph_format.page_break_before = True
        return paragraph

    def orient(self, landscape: bool) -> None:
        """Go on in a new page section in landscape (for tables too wide for A4 portrait) or
        back in portrait; the page header and footer carry over."""
        if landscape == self.landscape:
            return
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        short, long = Cm(21), Cm(29.7)
        section.page_width, section.page_height = (long, short) if landscape else (short, long)
        self.landscape = landscape
        self.width = LANDSCAPE_WIDTH if landscape else TEXT_WIDTH

    def wants_landscape(self, section: Section) -> bool:
        """A section is laid out in landscape when one of its tables does not fit in portrait
        (a section with nothing of its own before its first sub-section follows that one, so
        its heading is not left alone on a page)."""
        if not section.blocks and section.sections:
            return self.wants_landscape(section.sections[0])
        return any(
            column_widths(*table_texts(block), TEXT_WIDTH) is None
            for block in section.blocks
            if isinstance(block, Table)
        )

    def section(self, section: Section, depth: int, *, page_break: bool = False) -> None:
        self.orient(self.wants_landscape(section))
        self.heading(heading_text(section), depth, page_break=page_break)
        for block in section.blocks:
            self.block(block, depth)
        for sub in section.sections:
            self.section(sub, depth + 1)

    def block(self, block: Block, depth: int) -> None:
        if isinstance(block, Heading):  # a label inside a section, not part of the outline
            label = self.para()
            label.paragraph_format.keep_with_next = True
            label.add_run(block.text).bold = True
        elif isinstance(block, Paragraph):
            self.rich(block.html, depth)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, StatusList):
            self.status_list(block)
        elif isinstance(block, Chart):
            self.chart(block)
        elif isinstance(block, Legend):
            self.legend(block)

    # -- tables ------------------------------------------------------------------------------

    def caption(self, text: str, bookmark: str = "") -> WordParagraph:
        paragraph = self.para(text, style="Caption")
        paragraph.paragraph_format.keep_with_next = True
        if bookmark:
            self.next_id += 1
            ox.bookmark(paragraph, bookmark, self.next_id)
        return paragraph

    def word_table(
        self,
        title: str,
        header: list[str],
        rows: list[list[str]],
        *,
        numeric: list[bool],
        totals: list[bool] | None = None,
        bookmark: str = "",
    ) -> WordTable:
        """A captioned Word table: header row repeated on every page and bold, numeric columns
        right-aligned, total rows bold."""
        self.caption(f"Tabell: {title}", bookmark)
        xml = table_xml(
            title,
            header,
            rows,
            widths=fitted_widths(header, rows, self.width),
            numeric=numeric,
            totals=totals or [False] * len(rows),
            table_style=self.style_id(TABLE_STYLE),
            text_style=self.style_id(TABLE_TEXT),
        )
        # Before the body's own section properties, which stay its last child.
        self.doc.element.body.sectPr.addprevious(parse_xml(xml))
        table: WordTable = self.doc.tables[-1]
        return table

    def table(self, table: Table) -> None:
        header, rows = table_texts(table)
        self.word_table(
            table.title,
            header,
            rows,
            numeric=[False, *(c.numeric for c in table.columns)],
            totals=[row.total for row in table.rows],
            bookmark=self.bookmarks.get(table.key, ""),
        )
        if table.caption:
            self.para().add_run(table.caption).italic = True

    def discrepancies(self) -> None:
        self.heading(DISCREPANCY_HEADING, 1)
        self.para(DISCREPANCY_INTRO)
        described = describe(self.source.sections, self.source.discrepancies)
        table = self.word_table(
            "Avvikelser mot publicerade siffror",
            ["Tabell", "Rad", "Kolumn", "Publicerat", "Beräknat"],
            [[d["table"], d["row"], d["column"], d["published"], d["computed"]] for d in described],
            numeric=[False, False, False, True, True],
        )
        for row, found in zip(table.rows[1:], self.source.discrepancies, strict=True):
            anchor = self.bookmarks.get(found.table)
            if anchor:
                ox.link_run(row.cells[0].paragraphs[0].runs[0], anchor=anchor)

    # -- other blocks ------------------------------------------------------------------------

    def chart(self, chart: Chart) -> None:
        png = chart_png(chart)
        if png is not None:
            paragraph = self.para()
            paragraph.paragraph_format.keep_with_next = True
            paragraph.paragraph_format.space_before = Pt(12)
            width = min(Emu(int(png_width_inches(png) * 914400)), PICTURE_WIDTH)
            run = paragraph.add_run()
            run.add_picture(io.BytesIO(png), width=width)
            ox.alt_text(run, title=chart.title, description=chart.description)
            self.caption(f"Diagram: {chart.title}")
        header, rows, numeric = chart_values(chart)
        if rows:
            self.word_table(f"{chart.title} (diagrammets värden)", header, rows, numeric=numeric)

    def legend(self, legend: Legend) -> None:
        title = self.para()
        title.paragraph_format.keep_with_next = True
        title.add_run(legend.title).bold = True
        for entry in legend.entries:
            text = f"{entry.badge.shown()} = {entry.explanation}"
            self.para(text, style="List Continue")

    def status_list(self, block: StatusList) -> None:
        if block.title:
            self.para().add_run(block.title).bold = True
        for entry in block.entries:
            self.entry(entry, 1)

    def entry(self, entry: StatusEntry, level: int) -> None:
        """One goal, indicator or assignment as a list item, its status and comment indented
        under it and its children one list level deeper (Word has three)."""
        n = min(level, 3)
        item = self.para(style=_level_style("List Bullet", n))
        item.add_run(f"{entry.name}:").bold = True
        item.add_run(f" {entry.title}")
        status = status_text(entry)
        if status:
            self.para(status, style=_level_style("List Continue", n))
        if entry.note:
            note = self.para(style=_level_style("List Continue", n))
            note.add_run(entry.note).italic = True
        if entry.comment_html:
            self.rich(entry.comment_html, 0, indent=n)
        for child in entry.children:
            self.entry(child, level + 1)

    def rich(self, html: str, depth: int, *, indent: int = 0) -> None:
        """Sanitised rich text: paragraphs, h3/h4 as headings one and two levels below the
        section's (never skipping a level; indented bold paragraphs inside a list), bullet and
        numbered lists, bold, italic and links."""
        deepest = depth
        for block in richtext.parse(html):
            if block.kind in ("h3", "h4") and not indent:
                wanted = depth + (1 if block.kind == "h3" else 2)
                deepest = min(wanted, deepest + 1, 9)
                self.heading(richtext.plain_text(block.runs), deepest)
            elif block.kind in ("ul", "ol"):
                base = "List Bullet" if block.kind == "ul" else "List Number"
                style = _level_style(base, min(indent + 1, 3))
                num_id = ox.restart_numbering(self.doc, style) if block.kind == "ol" else None
                for runs in block.items:
                    item = self.para(style=style)
                    if num_id is not None:
                        ox.set_numbering(item, num_id)
                    _runs(item, runs)
            else:
                continued = _level_style("List Continue", indent) if indent else None
                paragraph = self.para(style=continued)
                _runs(paragraph, block.runs, bold=block.kind != "p")


def status_text(entry: StatusEntry) -> str:
    """Outcome, target and the badges as shape + text: "Utfall: 5,2 %. ◆ Mindre avvikelse"."""
    parts = [f"{label}: {text}." for label, text in entry.figures]
    badges = [badge.shown(prefix) for badge, prefix in entry.badges]
    if badges:
        parts.append("; ".join(badges))
    return " ".join(parts)


# -- helpers -------------------------------------------------------------------------------


def _level_style(base: str, level: int) -> str:
    return base if level <= 1 else f"{base} {level}"


WHITESPACE = re.compile(r"[ \t\r\n]+")  # not \s: the non-breaking space in figures stays


def _runs(paragraph: WordParagraph, runs: list[richtext.Run], *, bold: bool = False) -> None:
    for index, source in enumerate(runs):
        text = source.text if source.text == "\n" else WHITESPACE.sub(" ", source.text)
        if index == 0:
            text = text.lstrip(" ")
        if index == len(runs) - 1:
            text = text.rstrip(" ")
        run = paragraph.add_run(text)
        if bold or source.bold:
            run.bold = True
        if source.italic:
            run.italic = True
        if source.href.startswith(LINK_SCHEMES):
            ox.link_run(run, url=source.href)
