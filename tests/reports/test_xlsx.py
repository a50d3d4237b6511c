"""The XLSX renderer: a contents sheet, a discrepancy sheet, one sheet per table and goal list;
every figure a number cell equal to the model's value with a format read from its Swedish
text; headers bold and frozen with a filter; totals bold; published figures as comments; and
valid, unique sheet names from any title."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import load_workbook

from arshjul.reports.model import (
    Badge,
    Cell,
    Column,
    Discrepancy,
    Document,
    Row,
    Section,
    StatusEntry,
    StatusList,
    Table,
    blocks_of,
)
from arshjul.reports.reconcile import tables_of
from arshjul.reports.renderers.xlsx import SheetNames, number_format, render_xlsx
from tests.reports.helpers import demo_documents

FORBIDDEN = set("[]:*?/\\")


def open_xlsx(data: bytes) -> Any:
    return load_workbook(io.BytesIO(data))


def blocks_in_order(sections: list[Section]) -> list[tuple[Section, Any]]:
    return [(s, b) for s, b in blocks_of(sections) if isinstance(b, Table | StatusList)]


def contents(workbook: Any) -> list[tuple[Any, ...]]:
    return list(workbook["Innehåll"].iter_rows(min_row=6, values_only=True))


def sheet_of(workbook: Any, document: Document) -> dict[str, Any]:
    """Each table's sheet (by table key), found through the contents sheet's links."""
    rows = workbook["Innehåll"].iter_rows(min_row=6)
    found = {}
    for (_, block), row in zip(blocks_in_order(document.sections), rows, strict=True):
        location = row[4].hyperlink.location
        found[block.key] = workbook[location.split("!")[0].strip("'").replace("''", "'")]
    return found


def is_number(value: Any) -> bool:
    return isinstance(value, int | Decimal) and not isinstance(value, bool)


@pytest.fixture(scope="module")
def rendered(django_db_setup: Any, django_db_blocker: Any) -> dict[str, Any]:
    documents = demo_documents(django_db_blocker)
    return {name: (doc, open_xlsx(render_xlsx(doc))) for name, doc in documents.items()}


DOCUMENTS = ["vb2021", "vp2024"]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_one_sheet_per_table_and_goal_list_after_contents_and_discrepancies(
    rendered: dict[str, Any], name: str
) -> None:
    document, workbook = rendered[name]
    listed = blocks_in_order(document.sections)
    tables = list(tables_of(document.sections))
    first = ["Innehåll", "Avvikelser"] if document.discrepancies else ["Innehåll"]
    assert workbook.sheetnames[: len(first)] == first
    assert len(workbook.sheetnames) == len(first) + len(listed)
    assert sum(1 for _, b in listed if isinstance(b, Table)) == len(tables) > 0
    for name_ in workbook.sheetnames:
        assert len(name_) <= 31 and not FORBIDDEN & set(name_)
    assert len({n.casefold() for n in workbook.sheetnames}) == len(workbook.sheetnames)
    assert workbook.properties.title == f"{document.title} – {document.subtitle}"
    assert workbook.properties.creator == document.organisation


@pytest.mark.parametrize("name", DOCUMENTS)
def test_contents_lists_each_sheet_with_section_and_link(
    rendered: dict[str, Any], name: str
) -> None:
    document, workbook = rendered[name]
    sheet = workbook["Innehåll"]
    assert [sheet["A1"].value, sheet["A2"].value] == [document.title, document.subtitle]
    rows = contents(workbook)
    listed = blocks_in_order(document.sections)
    assert len(rows) == len(listed)
    for (section, block), row, link in zip(listed, rows, sheet.iter_rows(min_row=6), strict=True):
        kind = "Tabell" if isinstance(block, Table) else "Mål och uppdrag"
        assert row[:4] == (
            section.number or None,
            section.title,
            block.title or section.title,
            kind,
        )
        assert link[4].hyperlink.location == f"'{row[4]}'!A1".replace("''!", "'!")
        assert row[4] in workbook.sheetnames


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_model_cell_is_written_numbers_as_numbers(
    rendered: dict[str, Any], name: str
) -> None:
    document, workbook = rendered[name]
    sheets = sheet_of(workbook, document)
    numbers = 0
    for table in tables_of(document.sections):
        sheet = sheets[table.key]
        header = [c.value for c in sheet[1]]
        assert header == [table.row_header or None, *(c.label for c in table.columns)]
        assert sheet.max_row == len(table.rows) + 1 or table.caption
        for r, row in enumerate(table.rows, start=2):
            assert sheet.cell(r, 1).value == row.label
            for c, column in enumerate(table.columns, start=2):
                model = row.cells.get(column.key)
                cell = sheet.cell(r, c)
                where = (table.key, row.key, column.key)
                if model is not None and is_number(model.value):
                    assert cell.data_type == "n", where
                    assert Decimal(str(cell.value)) == expected_number(model), where
                    numbers += 1
                else:
                    assert cell.value == ((model.text or None) if model else None), where
    assert numbers > 100


def test_known_figures_and_their_formats(rendered: dict[str, Any]) -> None:
    document, workbook = rendered["vb2021"]
    sheets = sheet_of(workbook, document)
    result = sheets["resultatrapport"]
    rows = {row[0].value: row for row in result.iter_rows(min_row=2)}
    income = rows["Övriga intäkter"]
    assert [c.value for c in income[1:4]] == [2059.1, 2058.3, 1990]
    assert income[3].number_format == "#,##0.0"  # 1 990,0 as printed, not 1 990
    assert all(c.font.b for c in rows["Summa kostnader"])
    assert not any(c.font.b for c in rows["Personalkostnader"])
    production = sheets["produktionstal"]
    meals = next(
        r for r in production.iter_rows(min_row=2) if r[0].value == "Antal personalmåltider"
    )
    assert meals[1].value == 138642 and meals[1].number_format == '#,##0" st"'
    assert meals[3].value == pytest.approx(-0.07099446)
    assert meals[3].number_format == "0.0%"


def test_headers_bold_frozen_filtered(rendered: dict[str, Any]) -> None:
    document, workbook = rendered["vb2021"]
    for table in tables_of(document.sections):
        sheet = sheet_of(workbook, document)[table.key]
        assert all(c.font.b for c in sheet[1] if c.value), table.key
        assert sheet.freeze_panes == "B2"
        last = sheet.cell(1, len(table.columns) + 1).column_letter
        assert sheet.auto_filter.ref == f"A1:{last}{len(table.rows) + 1}"
        assert sheet.column_dimensions["A"].width >= 8


def test_published_figures_are_cell_comments_and_listed(rendered: dict[str, Any]) -> None:
    document, workbook = rendered["vb2021"]
    sheet = sheet_of(workbook, document)["byggprojekt_servicenamnd"]
    total = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "Servicenämnden totalt")
    assert total[1].value == pytest.approx(482.1)
    assert total[1].comment.text == "Publicerat: 149,0"
    marked = sum(
        1
        for t in tables_of(document.sections)
        for r in t.rows
        for c in r.cells.values()
        if c.published is not None
    )
    comments = sum(
        1 for ws in workbook.worksheets for row in ws.iter_rows() for c in row if c.comment
    )
    assert comments == marked > 0
    listing = list(workbook["Avvikelser"].iter_rows(values_only=True))
    assert listing[0] == ("Tabell", "Rad", "Kolumn", "Publicerat", "Beräknat")
    assert len(listing) - 1 == len(document.discrepancies) == 10
    assert listing[1] == (
        "Servicenämnd",
        "Servicenämnden totalt",
        "Total investeringskalkyl",
        149,
        482.1,
    )
    division = next(r for r in listing if r[3] == "#DIVISION/0!")
    assert division[4] == "saknas"
    link = workbook["Avvikelser"]["A2"].hyperlink.location
    assert link == f"'{sheet.title}'!A1"


def test_goal_lists_one_row_per_entry_with_badges(rendered: dict[str, Any]) -> None:
    document, workbook = rendered["vb2021"]
    lists = [b for _, b in blocks_in_order(document.sections) if isinstance(b, StatusList)]
    sheets = sheet_of(workbook, document)
    for block in lists:
        flat: list[tuple[int, StatusEntry]] = []

        def walk(entries: list[StatusEntry], level: int, flat: list[Any] = flat) -> None:
            for e in entries:
                flat.append((level, e))
                walk(e.children, level + 1)

        walk(block.entries, 1)
        rows = list(sheets[block.key].iter_rows(min_row=2, values_only=True))
        assert [(r[0], r[1], r[3]) for r in rows] == [(lvl, e.kind, e.title) for lvl, e in flat]
    header = next(sheets[lists[0].key].iter_rows(max_row=1, values_only=True))
    assert header[:5] == ("Nivå", "Typ", "Beteckning", "Titel", "Måluppfyllelse")
    first = next(sheets[lists[0].key].iter_rows(min_row=2, max_row=3, values_only=True))
    assert first[4] == "◆ Mindre avvikelse"
    child = next(sheets[lists[0].key].iter_rows(min_row=3, max_row=3, values_only=True))
    assert (child[5], child[6]) == ("● Status: Helt", "→ Oförändrat")


@pytest.mark.parametrize(
    ("text", "value", "code", "percent"),
    [
        ("2\u00a0059,1", "2059.1", "#,##0.0", False),
        ("\u22121\u00a0907,7", "-1907.7", "#,##0.0", False),
        ("2", "2", "#,##0", False),
        ("1\u00a0990,0", "1990", "#,##0.0", False),  # decimals as shown, not as stored
        ("53,85\u00a0%", "53.85", "0.00%", True),
        ("\u22127,1\u00a0%", "-7.099446", "0.0%", True),
        ("+1,5\u00a0%", "1.46", "+0.0%;-0.0%;0.0%", True),
        ("+6,3\u00a0sek", "6.3", '+#,##0.0" sek";-#,##0.0" sek";#,##0.0" sek"', False),
        ("138\u00a0642\u00a0st", "138642", '#,##0" st"', False),
        ("Målvärde: minst 95\u00a0%", "95", '"Målvärde: minst "0%;"Målvärde: minst "-0%', True),
        ("saknar jämförelsetal", "3", "General", False),
        ("12", "13", "General", False),  # a text that shows another figure
        ("Målvärde 2: −3 %, basår: 2019", "-3", "General", False),
    ],
)
def test_number_format_follows_the_swedish_text(
    text: str, value: str, code: str, percent: bool
) -> None:
    form = number_format(text, Decimal(value))
    assert (form.code, form.percent) == (code, percent)


def expected_number(cell: Cell) -> Decimal:
    """The number a model cell is stored as: a percentage (as its format says) is a fraction."""
    value = Decimal(cell.value)
    return value / 100 if number_format(cell.text, cell.value).percent else value


# --- awkward titles ---------------------------------------------------------------------------


def table(key: str, title: str) -> Table:
    cells = {"v": Cell(Decimal("12.5"), "12,5 %"), "n": Cell(3, "3"), "t": Cell(True, "Ja")}
    columns = [Column("v", "Andel"), Column("n", "Antal"), Column("t", "Krav", numeric=False)]
    return Table(key, title, columns, [Row("r", "Rad", cells, total=True)], row_header="Post")


AWKWARD = [
    "Område IT",
    "område it",  # the same name to Excel
    "Område IT",
    "Innehåll",  # the contents sheet's name
    "Internkontrollplan 2021, uppföljning helår och mer text",
    "Internkontrollplan 2021, uppföljning helår och annan text",
    "Kvartal [1]: mål/utfall * risk? \\ del",
    "'Citerad'",
    "***",
    "Styr\x07tecken",
    "",
    "History",
]


def test_awkward_titles_give_valid_unique_sheet_names() -> None:
    tables = [table(f"t{i}", title) for i, title in enumerate(AWKWARD)]
    goals = StatusList("g", "", [StatusEntry("e", "Mål", "", "Titel\x0b", badge())])
    document = Document(
        "t",
        "Titel",
        "Undertitel",
        "Org",
        "Nämnd",
        2021,
        None,
        [Section("s", "Avsnitt: ett", [*tables, goals], number="1")],
        [Discrepancy("t0", "r", "n", "4", Decimal(3))],
    )
    workbook = open_xlsx(render_xlsx(document))
    names = workbook.sheetnames
    assert names[:2] == ["Innehåll", "Avvikelser"]
    assert names[2:] == [
        "Område IT",
        "område it (2)",
        "Område IT (3)",
        "Innehåll (2)",
        "Internkontrollplan 2021, uppfö…",
        "Internkontrollplan 2021, u… (2)",
        "Kvartal (1) mål-utfall risk -…",
        "Citerad",
        "Tabell",
        "Styrtecken",
        "Avsnitt ett",
        "History (2)",
        "Avsnitt ett (2)",
    ]
    for name in names:
        assert 0 < len(name) <= 31 and not FORBIDDEN & set(name)
        assert not name.startswith("'") and not name.endswith("'")
    links = [r[4].hyperlink.location for r in workbook["Innehåll"].iter_rows(min_row=6)]
    assert links == [f"'{n}'!A1" for n in names[2:]]
    sheet = workbook["Område IT"]
    assert [c.value for c in sheet[2]] == ["Rad", 0.125, 3, "Ja"]
    assert sheet["B2"].number_format == "0.0%" and sheet["B2"].font.b
    goal_row = [c.value for c in workbook["Avsnitt ett (2)"][2]]
    assert goal_row[:5] == [1, "Mål", None, "Titel", "● Uppnått"]


def badge() -> Badge:
    return Badge("uppnatt", "●", "Uppnått", "ok")


def test_sheet_names_are_unique_regardless_of_case() -> None:
    names = SheetNames({"Innehåll"})
    assert [names.take(t) for t in ["A", "a", "A (2)", "innehåll"]] == [
        "A",
        "a (2)",
        "A (2) (2)",
        "innehåll (2)",
    ]
