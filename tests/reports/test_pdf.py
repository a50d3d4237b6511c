"""The PDF renderer: tagged PDF/UA-1 (language, title, headings, bookmarks, one /Table per
logical table with scoped header cells, figures with alternative text), what the pages say
(running header, "Sida X av Y", badges, published figures) and the escaping of texts."""

from __future__ import annotations

import io
import itertools
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pikepdf
import pytest
import typst

from arshjul.reports.model import (
    Badge,
    Cell,
    Chart,
    ChartSeries,
    Column,
    Document,
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
from arshjul.reports.reconcile import tables_of
from arshjul.reports.renderers.pdf import markup, render_pdf, string
from arshjul.reports.renderers.typst.layout import table_layout
from tests.reports.helpers import demo_documents

NASTY = (
    "= Rubrik # * _ $x$ @ref <etikett> \\ \" [ ] ` ~ ' -- --- ... // /* 1. + - / "
    "https://example.se #let x = 1 \\u{41} *fet* _kursiv_ åäö − ● 1\u00a0234,5"
)


# --- reading a PDF --------------------------------------------------------------------------


def kids(element: Any) -> list[Any]:
    k = element.get("/K")
    k = k if isinstance(k, pikepdf.Array) else [k]
    return [e for e in k if isinstance(e, pikepdf.Dictionary) and "/S" in e]


def elements(pdf: pikepdf.Pdf) -> Iterator[Any]:
    stack = list(reversed(kids(pdf.Root.StructTreeRoot)))
    while stack:
        element = stack.pop()
        yield element
        stack.extend(reversed(kids(element)))


def of_type(pdf: pikepdf.Pdf, *kinds: str) -> list[Any]:
    return [e for e in elements(pdf) if str(e.S) in kinds]


def table_attribute(cell: Any) -> Any:
    found = cell.A if isinstance(cell.A, pikepdf.Array) else [cell.A]
    return next(a for a in found if a.get("/O") == "/Table")


def headings(pdf: pikepdf.Pdf) -> list[tuple[int, str]]:
    kinds = [f"/H{n}" for n in range(1, 7)]
    return [(int(str(h.S)[2]), str(h.T)) for h in of_type(pdf, *kinds)]


def bookmarks(pdf: pikepdf.Pdf) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            found.append((depth, item.title))
            walk(item.children, depth + 1)

    with pdf.open_outline() as outline:
        walk(outline.root, 0)
    return found


def _to_unicode(font: Any) -> dict[int, str]:
    data = font.ToUnicode.read_bytes().decode("latin-1")
    mapping = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, text in re.findall(r"<(\w+)>\s*<(\w+)>\s*<(\w+)>", block):
            for i, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                mapping[code] = chr(int(text, 16) + i)
    return mapping


def _show(resources: Any, stream: Any, out: list[str], maps: dict[Any, dict[int, str]]) -> None:
    font: dict[int, str] = {}
    for operands, operator in pikepdf.parse_content_stream(stream):
        op = str(operator)
        if op == "Tf":
            entry = resources.Font[str(operands[0])]
            font = maps.setdefault(entry.objgen, _to_unicode(entry))
        elif op in ("Tj", "TJ"):
            parts = operands[0] if op == "TJ" else [operands[0]]
            for part in parts:
                if isinstance(part, pikepdf.String):
                    raw = bytes(part)
                    codes = [int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw), 2)]
                    out.append("".join(font.get(c, "\ufffd") for c in codes))
        elif op == "Do":
            xobject = resources.XObject[str(operands[0])]
            if xobject.Subtype == "/Form":
                _show(xobject.get("/Resources", resources), xobject, out, maps)


def page_texts(pdf: pikepdf.Pdf) -> list[str]:
    """The text drawn on each page, read through the fonts' ToUnicode maps (Typst writes
    Identity-H fonts, two bytes a glyph)."""
    maps: dict[Any, dict[int, str]] = {}
    texts = []
    for page in pdf.pages:
        out: list[str] = []
        _show(page.Resources, page, out, maps)
        texts.append("".join(out))
    return texts


def expected_headings(document: Document) -> list[tuple[int, str]]:
    found = [(1, document.title), (2, "Innehållsförteckning")]
    if document.discrepancies:
        found.append((2, "⚠ Publicerade siffror som inte stämmer med beräkningen"))

    def walk(sections: list[Section], level: int) -> None:
        for section in sections:
            found.append((level, section.title))
            walk(section.sections, level + 1)

    walk([s for s in document.sections if not s.appendix], 2)
    if any(s.appendix for s in document.sections):
        found.append((2, "Bilagor"))
        walk([s for s in document.sections if s.appendix], 3)
    return found


def expected_bookmarks(document: Document) -> list[tuple[int, str]]:
    found = [(0, document.title)]
    if document.discrepancies:
        found.append((1, "⚠ Publicerade siffror som inte stämmer med beräkningen"))

    def walk(sections: list[Section], depth: int) -> None:
        for s in sections:
            found.append((depth, f"{s.number} {s.title}" if s.number else s.title))
            walk(s.sections, depth + 1)

    walk([s for s in document.sections if not s.appendix], 1)
    if any(s.appendix for s in document.sections):
        found.append((1, "Bilagor"))
        walk([s for s in document.sections if s.appendix], 2)
    return found


# --- the demo documents, built and rendered once per module ------------------------------


@pytest.fixture(scope="module")
def rendered(django_db_setup: Any, django_db_blocker: Any) -> dict[str, Any]:
    documents = demo_documents(django_db_blocker)
    out = {}
    for name, document in documents.items():
        pdf = pikepdf.open(io.BytesIO(render_pdf(document)))
        out[name] = (document, pdf, page_texts(pdf))
    return out


DOCUMENTS = ["vb2021", "vp2024"]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_pdf_is_tagged_pdf_ua_in_swedish_with_its_title(rendered: dict, name: str) -> None:
    document, pdf, _ = rendered[name]
    assert pdf.Root.MarkInfo.Marked is True
    assert "/StructTreeRoot" in pdf.Root
    assert str(pdf.Root.Lang) == "sv"
    assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
    assert str(pdf.docinfo.Title) == document.title
    with pdf.open_metadata() as xmp:
        assert xmp["pdfuaid:part"] == "1"
        assert xmp["dc:title"] == document.title


@pytest.mark.parametrize("name", DOCUMENTS)
def test_headings_follow_the_sections_without_skipping_a_level(rendered: dict, name: str) -> None:
    document, pdf, _ = rendered[name]
    found = headings(pdf)
    assert found == expected_headings(document)
    assert all(b <= a + 1 for (a, _), (b, _) in itertools.pairwise(found))


@pytest.mark.parametrize("name", DOCUMENTS)
def test_bookmarks_carry_the_section_numbers(rendered: dict, name: str) -> None:
    document, pdf, _ = rendered[name]
    assert bookmarks(pdf) == expected_bookmarks(document)
    assert any(s.number for s in document.sections)  # the outline numbers the demo documents


def test_contents_list_numbers_and_pages(rendered: dict) -> None:
    document, pdf, texts = rendered["vb2021"]
    assert len(of_type(pdf, "/TOC")) >= 1
    first = " ".join(texts[:2])
    economy = next(s for s in document.sections if s.key == "ekonomi")
    assert re.search(rf"{economy.number}\s*{economy.title}[ .]*\d+", first)
    appendix = next(s for s in document.sections if s.appendix)
    squeezed = first.replace(" ", "")
    assert "Bilagor" in first and f"{appendix.number}{appendix.title}".replace(" ", "") in squeezed


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_table_is_one_table_with_scoped_header_cells(rendered: dict, name: str) -> None:
    document, pdf, _ = rendered[name]
    tables = of_type(pdf, "/Table")
    model_tables = list(tables_of(document.sections))
    assert len(tables) == len(model_tables) + (1 if document.discrepancies else 0)
    header_cells = of_type(pdf, "/TH")
    assert header_cells and all("/Scope" in table_attribute(th) for th in header_cells)
    body_rows = sum(len(t.rows) for t in model_tables) + len(document.discrepancies)
    scopes = [str(table_attribute(th).Scope) for th in header_cells]
    assert scopes.count("/Row") == body_rows


def test_row_headers_label_the_cells_of_their_row(rendered: dict) -> None:
    _, pdf, _ = rendered["vb2021"]
    table = of_type(pdf, "/Table")[1]  # the first table of the model (after the discrepancies)
    body = next(k for k in kids(table) if k.S == "/TBody")
    row = kids(body)[0]
    head, *cells = kids(row)
    assert head.S == "/TH" and table_attribute(head).Scope == "/Row"
    for cell in cells:
        assert head.ID in list(table_attribute(cell).Headers)
    ids = dict(zip(*[iter(pdf.Root.StructTreeRoot.IDTree.Names)] * 2, strict=True))
    assert ids[head.ID].objgen == head.objgen


@pytest.mark.parametrize("name", DOCUMENTS)
def test_charts_are_figures_with_alternative_text(rendered: dict, name: str) -> None:
    document, pdf, _ = rendered[name]
    charts = [b for _, b in blocks_of(document.sections) if isinstance(b, Chart)]
    figures = of_type(pdf, "/Figure")
    assert len(figures) == len(charts)
    assert [str(f.Alt) for f in figures] == [
        f"{c.title.rstrip('.')}. {c.description}" for c in charts
    ]


def test_pages_carry_running_header_and_page_numbers(rendered: dict) -> None:
    document, pdf, texts = rendered["vb2021"]
    total = len(pdf.pages)
    assert total > 10
    for number, text in enumerate(texts, start=1):
        assert f"Sida {number} av {total}" in text
        if number > 1:
            assert text.startswith(f"{document.title}{document.subtitle}")


def test_badges_show_shape_and_text_and_published_figures_are_marked(rendered: dict) -> None:
    _, _, texts = rendered["vb2021"]
    whole = "".join(texts)
    for badge in ["● Uppnått", "◆ Mindre avvikelse", "■ Större avvikelse", "↗ Förbättrats"]:
        assert badge in whole
    assert "◆ Status: Delvis" in whole
    assert "⚠ publicerat: 149,0" in whole  # the building-project subtotal of the seed
    assert "\ufffd" not in whole  # every glyph has its Unicode meaning


@pytest.mark.parametrize("name", DOCUMENTS)
def test_only_dejavu_sans_is_embedded(rendered: dict, name: str) -> None:
    _, pdf, _ = rendered[name]
    fonts = {
        str(font.BaseFont).split("+")[-1]
        for page in pdf.pages
        for font in page.Resources.get("/Font", {}).values()
    }
    assert fonts and all(f.startswith("DejaVuSans") for f in fonts)


# --- a synthetic document -------------------------------------------------------------------


def badge(shape: str, text: str) -> Badge:
    return Badge(key=text.lower(), shape=shape, text=text, css="ok")


def long_document() -> Document:
    columns = [Column("a", "Belopp, mnkr"), Column("b", "Text", numeric=False)]
    rows = [
        Row(
            f"r{i}",
            f"Rad {i} {NASTY if i == 7 else ''}",
            {"a": Cell(Decimal(i), f"{i},0"), "b": Cell("x", "Fritext")},
            total=i == 199,
        )
        for i in range(200)
    ]
    rows[3].cells["a"].published = "149.0"
    table = Table("lang", "Lång tabell", columns, rows, row_header="Rad")
    entry = StatusEntry(
        key="m",
        kind="Mål",
        label="",
        title="Målet",
        fulfilment=badge("●", "Uppnått"),
        outcome="12 %",
        target="≥ 10 %",
        comment_html="<p>Kommentar med <strong>fet</strong> text.</p>",
        children=[StatusEntry("i", "Indikator", "", "Barnet", status=badge("◆", "Delvis"))],
    )
    rich = (
        f"<h3>Underrubrik</h3><p>{NASTY.replace('<', '&lt;').replace('>', '&gt;')}</p>"
        '<h4>Djupare</h4><ul><li>ett <a href="https://example.se/a?b=1">länk</a></li>'
        "<li><em>två</em></li></ul><h4>Samma nivå</h4>"
    )
    chart = Chart(
        "diagram",
        "Ett diagram",
        "line",
        ["2020", "2021"],
        [ChartSeries("s", "Utfall", [Decimal(1), Decimal(2)])],
        "mnkr",
        "Utfall 2020: 1; 2021: 2",
    )
    return Document(
        type="test",
        title="Testdokument # [1]",
        subtitle="Nämnden, 2021",
        organisation="Region",
        board="Nämnden",
        year=2021,
        period=None,
        sections=[
            Section(
                "a",
                "Avsnitt *ett*",
                [Paragraph(rich), StatusList("st", "", [entry]), chart],
                [Section("a1", "Tabellen", [table], number="1.1")],
                number="1",
            ),
            Section(
                "b",
                "Bilagan",
                [Legend("l", "Förklaring", [LegendEntry(badge("○", "Saknas"), "värde saknas")])],
                number="Bilaga 1",
                appendix=True,
            ),
        ],
    )


@pytest.fixture(scope="module")
def long_pdf() -> tuple[Document, pikepdf.Pdf, list[str]]:
    document = long_document()
    pdf = pikepdf.open(io.BytesIO(render_pdf(document)))
    return document, pdf, page_texts(pdf)


def test_a_table_over_several_pages_is_one_table_with_one_header_row(long_pdf: tuple) -> None:
    _, pdf, texts = long_pdf
    assert len(pdf.pages) >= 4
    tables = of_type(pdf, "/Table")
    assert len(tables) == 1
    parts = {str(k.S): k for k in kids(tables[0])}
    assert list(parts) == ["/Caption", "/THead", "/TBody"]
    assert len(kids(parts["/THead"])) == 1  # the header repeated on later pages is an artifact
    rows = kids(parts["/TBody"])
    assert len(rows) == 200
    pages = {cell.Pg.objgen for row in rows for cell in kids(row) if "/Pg" in cell}
    assert len(pages) >= 3
    assert sum("Belopp, mnkr" in text for text in texts) >= 3  # shown again on every page
    heads = [kids(row)[0] for row in rows]
    assert all(h.S == "/TH" and table_attribute(h).Scope == "/Row" for h in heads)
    column_heads = kids(kids(parts["/THead"])[0])
    assert [str(table_attribute(h).Scope) for h in column_heads] == ["/Column"] * 3


def test_nasty_texts_are_shown_literally(long_pdf: tuple) -> None:
    _, pdf, texts = long_pdf
    whole = "".join(texts)
    assert NASTY.replace(" ", "") in whole.replace(" ", "")
    assert str(pdf.docinfo.Title) == "Testdokument # [1]"
    assert "Avsnitt *ett*" in whole
    assert "⚠ publicerat: 149,0" in whole
    assert "● Uppnått" in whole and "◆ Status: Delvis" in whole and "○ Saknas" in whole
    assert "Utfall: 12 %. Målvärde: ≥ 10 %." in whole


def test_rich_text_headings_nest_below_their_section(long_pdf: tuple) -> None:
    _, pdf, _ = long_pdf
    assert headings(pdf) == [
        (1, "Testdokument # [1]"),
        (2, "Innehållsförteckning"),
        (2, "Avsnitt *ett*"),
        (3, "Underrubrik"),
        (4, "Djupare"),
        (4, "Samma nivå"),
        (3, "Tabellen"),
        (2, "Bilagor"),
        (3, "Bilagan"),
    ]
    assert bookmarks(pdf) == [
        (0, "Testdokument # [1]"),
        (1, "1 Avsnitt *ett*"),
        (2, "1.1 Tabellen"),
        (1, "Bilagor"),
        (2, "Bilaga 1 Bilagan"),
    ]
    links = of_type(pdf, "/Link")
    assert any(
        a.get("/A", {}).get("/URI") == "https://example.se/a?b=1"
        for link in links
        for a in link.K
        if isinstance(a, pikepdf.Dictionary) and "/Obj" in a
        for a in [a.Obj]
    )


def test_wide_tables_get_a_smaller_font_or_a_landscape_page() -> None:
    numbers = [f"{n} 234,5" for n in range(9)]
    header = ["Yrkesgrupp", *[f"Förändring {n}" for n in range(9)]]
    numeric = [False, *[True] * 9]
    narrow = table_layout(header[:4], numeric[:4], [["Städerska", *numbers[:3]]])
    assert (narrow.size, narrow.landscape) == (Decimal("8.5"), False)
    wide = table_layout(header, numeric, [["Städerska", *numbers]])
    assert wide.landscape
    assert float(sum(wide.widths)) == pytest.approx(float(Decimal(740) / wide.size), abs=0.1)
    kept = table_layout(header, numeric, [["Städerska", *numbers]], portrait=True)
    assert not kept.landscape


def test_characters_no_font_has_are_replaced_not_fatal() -> None:
    document = long_document()
    document.sections = [Section("x", "Avsnitt", [Paragraph("<p>Hej 中文 och 漢字, ● kvar</p>")])]
    texts = page_texts(pikepdf.open(io.BytesIO(render_pdf(document))))
    assert "Hej \ufffd\ufffd och \ufffd\ufffd, ● kvar" in "".join(texts)


# --- escaping -------------------------------------------------------------------------------

FLATTEN = """
#let flat(c) = {
  if type(c) == str { c }
  else if c.func() == text or repr(c.func()) == "symbol" { c.text }
  else if repr(c.func()) == "space" { " " }
  else if c.has("children") { c.children.map(flat).join() }
  else { "<" + repr(c.func()) + ">" }
}
"""


def typst_value(source: str) -> Any:
    found = typst.query(source.encode("utf-8"), "<out>", field="value", one=True, format="json")
    return json.loads(found)


@pytest.mark.parametrize(
    "text", [NASTY, "#", "*", "_", "$", "@", "<", "\\", '"', "[", "]", "= x", "1. x", "a\nb"]
)
def test_markup_shows_every_character_as_itself(text: str) -> None:
    source = f"{FLATTEN}#metadata(flat([{markup(text)}])) <out>"
    assert typst_value(source) == " ".join(text.split("\n"))


@pytest.mark.parametrize("text", [NASTY, '"', "\\", '\\"', "a\nb\tc", "\x00\x1f", "}{"])
def test_string_literal_is_the_text(text: str) -> None:
    assert typst_value(f"#metadata({string(text)}) <out>") == text
