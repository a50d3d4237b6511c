"""The DOCX renderer: Word structure (Title, numbered Heading 1..n in the outline's order, a TOC
field, Swedish), Word tables (one per model table, chart and discrepancy list; repeating bold
header rows, right-aligned figures, bold totals, published figures), pictures with alternative
text, goal lists, rich text, and texts Word cannot hold."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from arshjul.reports import richtext
from arshjul.reports.model import (
    Badge,
    Cell,
    Chart,
    ChartSeries,
    Column,
    Discrepancy,
    Document,
    Heading,
    Legend,
    LegendEntry,
    Paragraph,
    Row,
    Section,
    StatusEntry,
    StatusList,
    Table,
    blocks_of,
)
from arshjul.reports.reconcile import shown, tables_of
from arshjul.reports.renderers.docx import heading_text, render_docx
from tests.reports.helpers import demo_documents

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --- reading a Word file --------------------------------------------------------------------


def open_docx(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


def headings(word: Any) -> list[tuple[int, str]]:
    found = []
    for paragraph in word.paragraphs:
        name = paragraph.style.name
        if name.startswith("Heading "):
            found.append((int(name.split()[1]), paragraph.text))
    return found


def caption(table: Any) -> str:
    element = table._tbl.tblPr.find(qn("w:tblCaption"))
    return element.get(qn("w:val")) if element is not None else ""


def cell_texts(table: Any) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def word_table(word: Any, title: str) -> Any:
    return next(t for t in word.tables if caption(t) == title)


def runs_bold(cell: Any) -> bool:
    runs = [r for p in cell.paragraphs for r in p.runs if r.text]
    return bool(runs) and all(r.bold for r in runs)


def blocks(sections: list[Section]) -> list[Any]:
    return [block for _, block in blocks_of(sections)]


def expected_headings(document: Document) -> list[tuple[int, str]]:
    """Sections as Heading 1..n by depth with their numbers (appendices under "Bilagor"), and
    the h3/h4 of rich text one and two levels below their section."""
    found = [(1, "Publicerade siffror som inte stämmer med beräkningen")]
    found = found if document.discrepancies else []

    def walk(sections: list[Section], depth: int) -> None:
        for section in sections:
            found.append((depth, heading_text(section)))
            deepest = depth
            for block in section.blocks:
                if not isinstance(block, Paragraph):
                    continue
                for rich in richtext.parse(block.html):
                    if rich.kind in ("h3", "h4"):
                        deepest = min(depth + int(rich.kind[1]) - 2, deepest + 1)
                        found.append((deepest, richtext.plain_text(rich.runs)))
            walk(section.sections, depth + 1)

    walk([s for s in document.sections if not s.appendix], 1)
    if any(s.appendix for s in document.sections):
        found.append((1, "Bilagor"))
        walk([s for s in document.sections if s.appendix], 2)
    return found


def charts_with_values(document: Document) -> list[Chart]:
    return [b for b in blocks(document.sections) if isinstance(b, Chart) and b.categories]


# --- the demo documents, built and rendered once per module ------------------------------


@pytest.fixture(scope="module")
def rendered(django_db_setup: Any, django_db_blocker: Any) -> dict[str, Any]:
    documents = demo_documents(django_db_blocker)
    return {name: (doc, open_docx(render_docx(doc))) for name, doc in documents.items()}


DOCUMENTS = ["vb2021", "vp2024"]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_docx_has_title_swedish_language_and_organisation_as_author(
    rendered: dict[str, Any], name: str
) -> None:
    document, word = rendered[name]
    properties = word.core_properties
    assert properties.title == f"{document.title} – {document.subtitle}"
    assert properties.author == "Region Örebro län" == document.organisation
    assert properties.language == "sv-SE"
    lang = word.styles.element.find(f"{{{W}}}docDefaults").find(f".//{{{W}}}lang")
    assert lang.get(qn("w:val")) == "sv-SE"
    titles = [p.text for p in word.paragraphs if p.style.name == "Title"]
    assert titles == [document.title]
    assert word.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"


@pytest.mark.parametrize("name", DOCUMENTS)
def test_headings_are_the_outline_in_order_with_numbers(
    rendered: dict[str, Any], name: str
) -> None:
    document, word = rendered[name]
    assert headings(word) == expected_headings(document)
    numbered = [text for _, text in headings(word) if text[0].isdigit()]
    assert numbered, "the outline numbers the sections"


def test_appendices_come_last_under_bilagor_one_level_down() -> None:
    document = Document(
        "t",
        "Dokument",
        "Undertitel",
        "Org",
        "Nämnd",
        2021,
        None,
        [
            Section("a", "Ekonomi", number="1", sections=[Section("b", "Resultat", number="1.1")]),
            Section("c", "Upphandlingsrapport", number="Bilaga 1", appendix=True),
            Section("d", "Personal", number="2"),
        ],
    )
    word = open_docx(render_docx(document))
    assert headings(word) == [
        (1, "1 Ekonomi"),
        (2, "1.1 Resultat"),
        (1, "2 Personal"),
        (1, "Bilagor"),
        (2, "Bilaga 1 Upphandlingsrapport"),
    ]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_toc_field_follows_the_title_page_and_lists_the_headings(
    rendered: dict[str, Any], name: str
) -> None:
    document, word = rendered[name]
    body = word.element.body
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    assert ' TOC \\o "1-3" \\h \\z \\u ' in instructions
    paragraphs = word.paragraphs
    styles = [p.style.name for p in paragraphs]
    toc_at = next(
        i for i, p in enumerate(paragraphs) if "TOC" in p._p.xml and "instrText" in p._p.xml
    )
    assert styles.index("Title") < toc_at < styles.index("Heading 1")
    entries = [p.text for p in paragraphs if p.style.name.startswith("toc ")]
    assert entries == [text for level, text in expected_headings(document) if level <= 3]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_one_word_table_per_model_table_chart_and_discrepancy_list(
    rendered: dict[str, Any], name: str
) -> None:
    document, word = rendered[name]
    tables = list(tables_of(document.sections))
    charts = charts_with_values(document)
    expected = len(tables) + len(charts) + (1 if document.discrepancies else 0)
    assert len(word.tables) == expected
    titles = [caption(t) for t in word.tables]
    model_titles = [t.title for t in tables]
    assert [t for t in titles if t in model_titles] == model_titles
    captions = [p.text for p in word.paragraphs if p.style.name == "Caption"]
    for table in tables:
        assert f"Tabell: {table.title}" in captions


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_table_has_a_repeating_bold_header_row(rendered: dict[str, Any], name: str) -> None:
    _, word = rendered[name]
    for table in word.tables:
        rows = table._tbl.tr_lst
        header = rows[0].trPr.find(qn("w:tblHeader"))
        assert header is not None and header.get(qn("w:val")) == "true", caption(table)
        assert all(tr.trPr is None or tr.trPr.find(qn("w:tblHeader")) is None for tr in rows[1:])
        assert all(runs_bold(cell) for cell in table.rows[0].cells if cell.text), caption(table)
        assert table.style.name == "Table Grid"


@pytest.mark.parametrize("name", DOCUMENTS)
def test_model_tables_carry_every_cell_text(rendered: dict[str, Any], name: str) -> None:
    document, word = rendered[name]
    for table in tables_of(document.sections):
        texts = cell_texts(word_table(word, table.title))
        assert texts[0] == [table.row_header, *(c.label for c in table.columns)]
        assert len(texts) == len(table.rows) + 1
        for row, word_row in zip(table.rows, texts[1:], strict=True):
            assert word_row[0] == row.label
            for column, text in zip(table.columns, word_row[1:], strict=True):
                cell = row.cells.get(column.key)
                assert text.split("\n")[0] == (cell.text if cell else ""), (table.key, row.key)


def test_resultatrapport_figures_right_aligned_and_totals_bold(rendered: dict[str, Any]) -> None:
    _, word = rendered["vb2021"]
    table = word_table(word, "Resultatrapport")
    rows = {row.cells[0].text: row for row in table.rows[1:]}
    resultat = rows["Resultat"]
    assert [c.text for c in table.rows[0].cells] == [
        "Belopp i mnkr",
        "Utfall 2021",
        "Budget 2021",
        "Utfall 2020",
        "Budgetavvikelse",
        "Utfallsavvikelse",
    ]
    assert [c.text for c in rows["Övriga intäkter"].cells][1:3] == ["2\u00a0059,1", "2\u00a0058,3"]
    assert [c.text for c in rows["Summa kostnader"].cells][1] == "\u22121\u00a0907,7"
    assert all(runs_bold(c) for c in rows["Summa kostnader"].cells)
    assert not any(runs_bold(c) for c in rows["Personalkostnader"].cells)
    assert all(runs_bold(c) for c in resultat.cells)  # a total row
    right = [c.paragraphs[0].alignment for c in resultat.cells]
    assert right[0] is None and all(a == 2 for a in right[1:])  # WD_ALIGN_PARAGRAPH.RIGHT


def test_published_figure_shown_beside_the_computed_one(rendered: dict[str, Any]) -> None:
    document, word = rendered["vb2021"]
    table = word_table(word, "Servicenämnd")
    total = next(r for r in table.rows if r.cells[0].text == "Servicenämnden totalt")
    assert total.cells[1].text == "482,1\n⚠ publicerat: 149,0"
    marked = sum(
        1
        for t in tables_of(document.sections)
        for r in t.rows
        for c in r.cells.values()
        if c.published is not None
    )
    shown_in_word = sum(
        1 for t in word.tables for row in t.rows for c in row.cells if "⚠ publicerat:" in c.text
    )
    assert shown_in_word == marked > 0


def test_discrepancy_table_lists_each_and_links_to_its_table(rendered: dict[str, Any]) -> None:
    document, word = rendered["vb2021"]
    table = word_table(word, "Avvikelser mot publicerade siffror")
    texts = cell_texts(table)
    assert texts[0] == ["Tabell", "Rad", "Kolumn", "Publicerat", "Beräknat"]
    assert len(texts) - 1 == len(document.discrepancies) == 10
    assert texts[1] == [
        "Servicenämnd",
        "Servicenämnden totalt",
        "Total investeringskalkyl",
        "149,0",
        "482,1",
    ]
    bookmarks = {b.get(qn("w:name")) for b in word.element.body.iter(qn("w:bookmarkStart"))}
    anchors = [link.get(qn("w:anchor")) for link in table._tbl.iter(qn("w:hyperlink"))]
    assert len(anchors) == 10 and set(anchors) <= bookmarks
    # It comes before the first section.
    order = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert order[0] == "Publicerade siffror som inte stämmer med beräkningen"


def test_charts_are_pictures_with_alt_text_and_their_values(rendered: dict[str, Any]) -> None:
    document, word = rendered["vb2021"]
    charts = charts_with_values(document)
    pictures = list(word.element.body.iter(qn("wp:docPr")))
    assert len(pictures) == len(charts) > 0
    for chart, picture in zip(charts, pictures, strict=True):
        assert picture.get("title") == chart.title
        assert picture.get("descr") == f"{chart.title}. {chart.description}"
    bars = next(c for c in charts if c.key == "budgetavvikelse_per_omrade")
    values = cell_texts(word_table(word, f"{bars.title} (diagrammets värden)"))
    assert values[0] == ["", "Budgetavvikelse 2021 (mnkr)"]
    assert values[1:3] == [["Område fastigheter", "3,4"], ["Område försörjning", "\u22121,0"]]


def test_goal_entries_are_nested_list_items_with_badges(rendered: dict[str, Any]) -> None:
    document, word = rendered["vb2021"]
    lists = [b for b in blocks(document.sections) if isinstance(b, StatusList)]
    expected = []

    def walk(entries: list[StatusEntry], level: int) -> None:
        for e in entries:
            style = "List Bullet" if level == 1 else f"List Bullet {min(level, 3)}"
            expected.append((style, f"{e.name}: {e.title}"))
            walk(e.children, level + 1)

    for block in lists:
        walk(block.entries, 1)
    items = [
        (p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("List Bullet")
    ]
    assert [i for i in items if i in expected] == expected
    texts = [p.text for p in word.paragraphs]
    first = lists[0].entries[0]
    assert first.fulfilment is not None
    assert f"{first.fulfilment.shape} {first.fulfilment.text}" in texts  # ◆ Mindre avvikelse
    child = first.children[0]
    assert child.status is not None and child.trend is not None
    assert "● Status: Helt; → Oförändrat" in texts


def test_page_header_has_the_title_and_footer_the_page_numbers(rendered: dict[str, Any]) -> None:
    document, word = rendered["vb2021"]
    section = word.sections[0]
    assert section.header.paragraphs[0].text == f"{document.title} – {document.subtitle}"
    footer = section.footer.paragraphs[0]._p
    assert [t.text for t in footer.iter(qn("w:instrText"))] == [" PAGE ", " NUMPAGES "]
    assert round(section.page_width.cm, 1) == 21.0  # A4
    # Sections in landscape (for wide tables) keep the same header and footer.
    assert all(s.header.is_linked_to_previous for s in word.sections[1:])


# --- a synthetic document: rich text, awkward texts -----------------------------------------


def badge(shape: str, text: str) -> Badge:
    return Badge("k", shape, text, "ok")


def synthetic() -> Document:
    rich = (
        "<h4>Djupt först</h4><p>Text med <strong>fet</strong>, <em>kursiv</em> och "
        '<a href="https://example.se/a?b=1&amp;c=2">en länk</a>.</p>'
        "<h3>Underrubrik</h3><ul><li>ett</li><li>två</li></ul>"
        "<ol><li>första</li><li>andra</li></ol><ol><li>igen ett</li></ol>"
        '<p><a href="javascript:alert(1)">ingen länk</a></p>'
    )
    table = Table(
        "t1",
        "Tabell med \x0bstyrtecken",
        [Column("a", "Belopp"), Column("b", "Kommentar", numeric=False)],
        [
            Row("r1", 'Rad <1> & "citat"', {"a": Cell(Decimal("1.5"), "1,5", "2.0")}),
            Row("sum", "Summa", {"a": Cell(Decimal("1.5"), "1,5"), "b": Cell("x", "x")}, True),
        ],
        row_header="Post",
    )
    chart = Chart(
        "c1",
        "Diagram",
        "line",
        ["2020", "2021"],
        [ChartSeries("s", "Utfall", [Decimal("1.25"), None])],
        "%",
        "Utfall 1,3 % år 2020.",
    )
    status = StatusList(
        "g",
        "Mål",
        [
            StatusEntry(
                "m",
                "Mål",
                "1",
                "Ett mål",
                fulfilment=badge("●", "Uppnått"),
                outcome="5 %",
                target="4 %",
                note="Manuellt satt status: skäl",
                comment_html="<p>Kommentar</p><ul><li>punkt</li></ul>",
                children=[StatusEntry("i", "Indikator", "", "En indikator")],
            )
        ],
    )
    legend = Legend("l", "Symboler", [LegendEntry(badge("●", "Uppnått"), "målet nått")])
    section = Section(
        "s",
        "Avsnitt",
        [Heading("En etikett"), Paragraph(rich), table, chart, status, legend],
        number="1",
    )
    return Document(
        "t",
        "Titel \x00med nolltecken",
        "Undertitel",
        "Org",
        "Nämnd",
        2021,
        None,
        [section],
        [Discrepancy("t1", "r1", "a", "2.0", Decimal("1.5"))],
    )


def test_synthetic_document_rich_text_and_awkward_texts() -> None:
    word = open_docx(render_docx(synthetic()))
    assert [p.text for p in word.paragraphs if p.style.name == "Title"] == ["Titel med nolltecken"]
    # h4 straight after the section heading goes one level down, not two; the label block is
    # bold text, not a heading.
    assert headings(word) == [
        (1, "Publicerade siffror som inte stämmer med beräkningen"),
        (1, "1 Avsnitt"),
        (2, "Djupt först"),
        (2, "Underrubrik"),
    ]
    label = next(p for p in word.paragraphs if p.text == "En etikett")
    assert label.style.name == "Normal" and label.runs[0].bold
    text = next(p for p in word.paragraphs if p.text.startswith("Text med"))
    assert text.text == "Text med fet, kursiv och en länk."
    assert [r.text for r in text.runs if r.bold] == ["fet"]
    assert [r.text for r in text.runs if r.italic] == ["kursiv"]
    links = list(text._p.iter(qn("w:hyperlink")))
    assert len(links) == 1
    target = word.part.rels[links[0].get(qn("r:id"))].target_ref
    assert target == "https://example.se/a?b=1&c=2"
    unsafe = next(p for p in word.paragraphs if p.text == "ingen länk")
    assert not list(unsafe._p.iter(qn("w:hyperlink")))
    bullets = [p.text for p in word.paragraphs if p.style.name == "List Bullet"]
    assert bullets[:2] == ["ett", "två"]
    numbered = [p for p in word.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in numbered] == ["första", "andra", "igen ett"]
    num_ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert num_ids[0] == num_ids[1] != num_ids[2]  # the second list starts again at 1
    numbering = word.part.numbering_part.element
    for num_id in (num_ids[0], num_ids[2]):
        start = numbering.num_having_numId(num_id).find(f".//{{{W}}}startOverride")
        assert start.get(qn("w:val")) == "1"

    table = word_table(word, "Tabell med styrtecken")
    assert cell_texts(table) == [
        ["Post", "Belopp", "Kommentar"],
        ['Rad <1> & "citat"', "1,5\n⚠ publicerat: 2,0", ""],
        ["Summa", "1,5", "x"],
    ]
    assert all(runs_bold(c) for c in table.rows[2].cells)
    assert len(word.tables) == 3  # the table, the chart's values, the discrepancies
    values = cell_texts(word_table(word, "Diagram (diagrammets värden)"))
    assert values == [["", "Utfall (%)"], ["2020", "1,3"], ["2021", "–"]]
    pictures = list(word.element.body.iter(qn("wp:docPr")))
    assert [p.get("descr") for p in pictures] == ["Diagram. Utfall 1,3 % år 2020."]

    texts = [(p.style.name, p.text) for p in word.paragraphs]
    assert ("List Bullet", "Mål 1: Ett mål") in texts
    assert ("List Continue", "Utfall: 5 %. Målvärde: 4 %. ● Uppnått") in texts
    assert ("List Continue", "Manuellt satt status: skäl") in texts
    assert ("List Continue", "Kommentar") in texts
    assert ("List Bullet 2", "punkt") in texts
    assert ("List Bullet 2", "Indikator: En indikator") in texts
    assert ("List Continue", "● Uppnått = målet nått") in texts
    assert shown("2.0") == "2,0"
