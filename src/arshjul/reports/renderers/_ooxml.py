"""The WordprocessingML that python-docx has no API for, used by the DOCX renderer: fields
(table of contents, page numbers), hyperlinks and bookmarks, picture alt text, restarted
numbered lists, the styles the template lacks, and Swedish as the document's language."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run as WordRun

from arshjul.reports.model import Document

T = TypeVar("T")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML


def xml_safe(value: T) -> T:
    """A copy of a report tree (or any text in it) without the control characters XML cannot
    hold, which python-docx refuses."""
    if isinstance(value, str):
        return CONTROL.sub("", value)  # type: ignore[return-value]
    if isinstance(value, list):
        return [xml_safe(item) for item in value]  # type: ignore[return-value]
    if isinstance(value, dict):
        return {key: xml_safe(item) for key, item in value.items()}  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: xml_safe(getattr(value, f.name)) for f in fields(value) if f.init}
        return replace(value, **changes)  # type: ignore[return-value]
    return value


def setup_document(doc: Any, source: Document, *, language: str, font: str) -> None:
    """A4 with 2,5 cm margins, the title in the page header, "Sida n av m" in the footer,
    Swedish and ``font`` in the styles' defaults, and the core properties."""
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    header = section.header.paragraphs[0]
    header.text = f"{source.title} – {source.subtitle}"
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Sida ")
    field(footer, "PAGE", "1")
    footer.add_run(" av ")
    field(footer, "NUMPAGES", "1")
    _language(doc, language)
    _font(doc, font)
    properties = doc.core_properties
    properties.title = f"{source.title} – {source.subtitle}"
    properties.subject = source.board
    properties.author = properties.last_modified_by = source.organisation
    properties.language = language
    properties.created = properties.modified = dt.datetime.now(dt.UTC).replace(microsecond=0)
    properties.revision = 1


def add_styles(doc: Any, *, table_text: str) -> None:
    """The styles the default template lacks: 9 pt table text, Hyperlink, and the table of
    contents' levels (Word's built-in "toc n", which it uses when it updates the field)."""
    styles = doc.styles
    text = styles.add_style(table_text, WD_STYLE_TYPE.PARAGRAPH)
    text.base_style = styles["Normal"]
    text.font.size = Pt(9)
    text.paragraph_format.space_after = Pt(0)
    text.paragraph_format.line_spacing = 1.0
    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = True
    for level in (1, 2, 3):
        toc = styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        toc.style_id = f"TOC{level}"
        toc.base_style = styles["Normal"]
        toc.paragraph_format.left_indent = Cm(0.5 * (level - 1))
        toc.paragraph_format.space_after = Pt(3)


def _font(doc: Any, font: str) -> None:
    """One font for body text and headings (the template's theme gives the body Cambria and
    the headings Calibri; a theme font would win over a named one, so those go)."""
    for fonts in doc.styles.element.iter(qn("w:rFonts")):
        themed = [a for a in fonts.attrib if a.lower().endswith("theme")]
        for attribute in themed:
            del fonts.attrib[attribute]
        if themed:
            for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                fonts.set(qn(attribute), font)


def _language(doc: Any, language: str) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = run_defaults.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_defaults.append(lang)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attribute), language)
    settings = doc.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), language)
    for name, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        element = settings.find(qn(name))
        if element is not None:
            element.set(qn("w:val"), value)
    # Word asks to update the fields (the table of contents) when the file is opened.
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    following = [qn(n) for n in ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat")]
    anchor = next((child for child in settings if child.tag in following), None)
    if anchor is not None:
        anchor.addprevious(update)
    else:
        settings.append(update)


def _field_char(kind: str, *, dirty: bool = False) -> Any:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    run.append(char)
    return run


def _instruction(text: str) -> Any:
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {text} "
    run.append(instr)
    return run


def field(paragraph: WordParagraph, instruction: str, result: str) -> None:
    """A field (PAGE, NUMPAGES …) with ``result`` as its text until Word computes it."""
    paragraph._p.append(_field_char("begin"))
    paragraph._p.append(_instruction(instruction))
    paragraph._p.append(_field_char("separate"))
    paragraph.add_run(result)
    paragraph._p.append(_field_char("end"))


def table_of_contents(doc: Any, marker: WordParagraph, instruction: str, *, levels: int) -> None:
    """A TOC field before ``marker``, its result pre-filled with the document's headings down
    to ``levels`` (no page numbers: Word computes those when it updates the field)."""
    entries = []
    for paragraph in doc.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if name.startswith("Heading ") and int(name.rsplit(" ", 1)[1]) <= levels:
            entries.append((int(name.rsplit(" ", 1)[1]), paragraph.text))
    if not entries:
        entries = [(1, "Högerklicka och välj Uppdatera fält för att skapa innehållsförteckningen.")]
    filled = [marker.insert_paragraph_before(text, style=f"toc {lvl}") for lvl, text in entries]
    first, last = filled[0]._p, filled[-1]._p
    start = first.pPr if first.pPr is not None else None
    begin = [_field_char("begin", dirty=True), _instruction(instruction), _field_char("separate")]
    for element in reversed(begin):
        if start is not None:
            start.addnext(element)
        else:
            first.insert(0, element)
    last.append(_field_char("end"))


def bookmark(paragraph: WordParagraph, name: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    p = paragraph._p
    if p.pPr is not None:
        p.pPr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def link_run(run: WordRun, *, url: str = "", anchor: str = "") -> None:
    """Wrap ``run`` in a hyperlink to ``url`` (external) or to the bookmark ``anchor``."""
    link = OxmlElement("w:hyperlink")
    if url:
        rel_id = run.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link.set(qn("r:id"), rel_id)
    else:
        link.set(qn("w:anchor"), anchor)
    run.style = "Hyperlink"
    run._r.addprevious(link)
    link.append(run._r)


def alt_text(run: WordRun, *, title: str, description: str) -> None:
    """The picture's alternative text: ``docPr`` title and description."""
    for properties in run._r.iter(qn("wp:docPr")):
        properties.set("title", title)
        properties.set("descr", f"{title}. {description}" if description else title)


def restart_numbering(doc: Any, style: str) -> int:
    """A new numbering instance for a numbered-list style that starts again at 1 (otherwise
    every list in the document continues the previous one's numbers)."""
    numbering = doc.part.numbering_part.element
    style_num = doc.styles[style].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return int(num.numId)


def set_numbering(paragraph: WordParagraph, num_id: int) -> None:
    numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numbering.get_or_add_ilvl().val = 0
    numbering.get_or_add_numId().val = num_id
