"""Importing budget, forecast and outcome files (CSV/XLSX): good files land in the right version
with exact sums; every malformed file is refused with file, line and column named and nothing
written (rows and audit log unchanged); a file is imported once; the page as each role, its
query count, the template downloads and the command."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Sum
from django.test.utils import CaptureQueriesContext
from openpyxl import Workbook, load_workbook

from arshjul.audit.models import AuditEvent
from arshjul.finance import budget_import as module
from arshjul.finance import selectors
from arshjul.finance.budget_import import BudgetImportError, budget_import
from arshjul.finance.budget_template import budget_template
from arshjul.finance.models import FinanceVersion, FinancialEntry, ImportBatch
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board
from tests.conftest import client_for, demo_user

pytestmark = pytest.mark.django_db

HEADER = "Enhet;Konto;Rad;År;Månad;Belopp"
GOOD = [
    "it;3010;;2026;1;1 000,50",
    "it;4010;;2026;1;−400",
    "fastigheter;;ovriga_kostnader;2026;;-1234,5",
    ";8410;;2026;12;-100",
    "Gemensamt;3010;;2026;2;2.000,25",
]


def csv_file(
    *rows: str, header: str = HEADER, encoding: str = "utf-8", newline: str = "\n"
) -> bytes:
    return newline.join([header, *rows, ""]).encode(encoding)


def xlsx_file(rows: list[list[Any]], header: list[Any] | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header or ["Enhet", "Konto", "Rad", "År", "Månad", "Belopp"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def counts() -> tuple[int, int, int, int]:
    return (
        FinancialEntry.objects.count(),
        ImportBatch.objects.count(),
        FinanceVersion.objects.count(),
        AuditEvent.objects.count(),
    )


def run(
    board: Board,
    data: bytes,
    *,
    year: int = 2026,
    kind: str = "budget",
    file_name: str = "budget.csv",
    **extra: Any,
) -> module.ImportResult:
    return budget_import(
        actor=demo_user("controller"),
        board=board,
        year=year,
        kind=kind,
        file_name=file_name,
        data=data,
        **extra,
    )


def sums_by_unit(version: FinanceVersion) -> dict[str | None, Decimal]:
    rows = FinancialEntry.objects.filter(version=version).values("unit__key")
    return {r["unit__key"]: r["total"] for r in rows.annotate(total=Sum("amount")).order_by()}


# --- good files -------------------------------------------------------------------------------


def test_good_csv_creates_the_budget_version_with_exact_sums(board: Board) -> None:
    before = counts()
    result = run(board, csv_file(*GOOD))
    version = result.version
    assert (version.year, version.kind, version.revision, version.name) == (
        2026,
        "budget",
        1,
        "Budget 2026",
    )
    assert result.version_created and result.rows == 5 and result.batch.rows == 5
    assert sums_by_unit(version) == {
        "it": Decimal("600.50"),
        "fastigheter": Decimal("-1234.50"),
        None: Decimal("-100.00"),
        "gemensamt": Decimal("2000.25"),
    }
    assert result.total == Decimal("1266.25")
    assert (result.income, result.costs) == (Decimal("3000.75"), Decimal("-1734.50"))
    entry = FinancialEntry.objects.get(version=version, account="8410")
    assert (entry.month, entry.unit, entry.line, entry.batch) == (12, None, None, result.batch)
    assert FinancialEntry.objects.get(version=version, line__key="ovriga_kostnader").month is None
    assert counts() == (before[0] + 5, before[1] + 1, before[2] + 1, before[3] + 3)
    actions = AuditEvent.objects.order_by("-pk").values_list("action", flat=True)[:3]
    assert sorted(actions) == [
        "finance.budget.import",
        "finance.entries.add",
        "finance.version.create",
    ]


def test_imported_figures_show_in_the_result_report_lines(board: Board) -> None:
    version = run(board, csv_file(*GOOD)).version
    lines = selectors.result_lines(organisation_id=board.organisation_id, year=2026)
    sums = selectors.entry_sums(versions=[version], lines=lines)
    totals = lines.totals(sums.by_version[version.pk])
    assert totals["ovriga_intakter"] == Decimal("3000.75")
    assert totals["personalkostnader"] == Decimal("-400.00")
    assert totals["ovriga_kostnader"] == Decimal("-1234.50")
    assert totals["finansnetto"] == Decimal("-100.00")
    assert totals["resultat"] == Decimal("1266.25")


def test_good_xlsx_with_numbers_and_text_cells(board: Board) -> None:
    data = xlsx_file(
        [
            ["it", 3010, None, 2026, 1, 1500],
            ["it", "4010", None, "2026", "2", "−250,75"],
            ["mt", None, "personalkostnader", 2026.0, None, -99.1],
            [None, None, None, None, None, None],
            ["ssc", 5010, None, 2026, 12, 0.1 + 0.2],
        ]
    )
    result = run(board, data, kind="prognos", file_name="prognos.xlsx", name="Prognos mars")
    assert (result.version.kind, result.version.name, result.rows) == ("prognos", "Prognos mars", 4)
    assert sums_by_unit(result.version) == {
        "it": Decimal("1249.25"),
        "mt": Decimal("-99.10"),
        "ssc": Decimal("0.30"),
    }
    assert FinancialEntry.objects.filter(version=result.version, month=2).get().account == "4010"


def test_import_adds_to_the_latest_revision_unless_one_is_named(board: Board) -> None:
    demo = FinanceVersion.objects.get(board=board, year=2021, kind="budget", revision=1)
    before = FinancialEntry.objects.filter(version=demo).aggregate(s=Sum("amount"))["s"]
    first = run(board, csv_file("it;3010;;2021;;100"), year=2021)
    assert (first.version, first.version_created) == (demo, False)
    after = FinancialEntry.objects.filter(version=demo).aggregate(s=Sum("amount"))["s"]
    assert after - before == Decimal("100.00")
    second = run(board, csv_file("it;3010;;2021;;200"), year=2021, revision=2)
    assert (second.version.revision, second.version.name) == (2, "Budget 2021, version 2")
    third = run(board, csv_file("it;3010;;2021;;300"), year=2021)
    assert third.version == second.version


@pytest.mark.parametrize(
    ("encoding", "newline", "bom"),
    [("utf-8", "\r\n", True), ("cp1252", "\r\n", False), ("utf-8", "\n", False)],
)
def test_csv_encodings_and_line_endings(
    board: Board, encoding: str, newline: str, bom: bool
) -> None:
    data = csv_file(
        "it;3010;;2026;1;1 234,50",
        "IT;;ovriga_intakter;2026;;5",
        header="enhet;KONTO;Rad;år;månad;belopp;Kommentar",
        encoding=encoding,
        newline=newline,
    )
    result = run(board, (b"\xef\xbb\xbf" if bom else b"") + data)
    assert (result.rows, result.total) == (2, Decimal("1239.50"))


def test_comma_separated_file_without_decimal_commas(board: Board) -> None:
    data = csv_file(
        "it,3010,,2026,1,1500", "it,4010,,2026,1,-200.5", header="Enhet,Konto,Rad,År,Månad,Belopp"
    )
    assert run(board, data).total == Decimal("1299.50")


def test_the_documented_example_imports(board: Board) -> None:
    doc = (Path(__file__).parents[2] / "docs" / "import-budget.md").read_text(encoding="utf-8")
    example = doc.split("### Exempel\n\n```\n", 1)[1].split("```", 1)[0]
    result = run(board, example.encode())
    assert (result.rows, result.total) == (4, Decimal("1122899.50"))


# --- refused files ----------------------------------------------------------------------------

# (what is wrong, file lines after the header (or a whole file), message expected)
MALFORMED: list[tuple[str, list[str] | bytes, str]] = [
    (
        "bad amount",
        ["it;3010;;2026;1;10", "it;3010;;2026;1;12,3,4"],
        "budget.csv, rad 3, kolumn Belopp: ”12,3,4” är inte ett belopp.",
    ),
    ("amount missing", ["it;3010;;2026;1;"], "budget.csv, rad 2, kolumn Belopp: beloppet saknas."),
    (
        "three decimals",
        ["it;3010;;2026;1;1,234"],
        "budget.csv, rad 2, kolumn Belopp: ”1,234” har fler än två decimaler.",
    ),
    (
        "percent",
        ["it;3010;;2026;1;54 %"],
        "budget.csv, rad 2, kolumn Belopp: ”54 %” är inte ett belopp.",
    ),
    (
        "unknown unit",
        ["okand;3010;;2026;1;10"],
        "budget.csv, rad 2, kolumn Enhet: enheten ”okand” finns inte i Servicenämnden.",
    ),
    (
        "unit ended before the year",
        ["kundtjanst;3010;;2026;1;10"],
        "budget.csv, rad 2, kolumn Enhet: enheten ”kundtjanst” finns bara 2021–2023, inte 2026.",
    ),
    (
        "account with a letter",
        ["it;30A0;;2026;1;10"],
        "budget.csv, rad 2, kolumn Konto: ”30A0” är inte ett kontonummer (4–6 siffror).",
    ),
    (
        "account too short",
        ["it;301;;2026;1;10"],
        "budget.csv, rad 2, kolumn Konto: ”301” är inte ett kontonummer (4–6 siffror).",
    ),
    (
        "unknown line",
        ["it;;ovrigt;2026;1;10"],
        "budget.csv, rad 2, kolumn Rad: raden ”ovrigt” finns inte i resultatrapporten.",
    ),
    (
        "sum line",
        ["it;;summa_kostnader;2026;1;10"],
        "budget.csv, rad 2, kolumn Rad: ”summa_kostnader” är en summarad; ange en detaljrad.",
    ),
    (
        "both account and line",
        ["it;3010;ovriga_intakter;2026;1;10"],
        "budget.csv, rad 2, kolumn Konto/Rad: både Konto och Rad är ifyllda; ange en av dem.",
    ),
    (
        "neither account nor line",
        ["it;;;2026;1;10"],
        "budget.csv, rad 2, kolumn Konto/Rad: varken Konto eller Rad är ifylld; ange en av dem.",
    ),
    (
        "other year",
        ["it;3010;;2026;1;10", "", "it;3010;;2025;1;10"],
        "budget.csv, rad 4, kolumn År: året är 2025 men importen gäller 2026.",
    ),
    ("year missing", ["it;3010;;;1;10"], "budget.csv, rad 2, kolumn År: året saknas."),
    (
        "month 13",
        ["it;3010;;2026;13;10"],
        "budget.csv, rad 2, kolumn Månad: ”13” är inte en månad (1–12, tomt för hela året).",
    ),
    (
        "month 0",
        ["it;3010;;2026;0;10"],
        "budget.csv, rad 2, kolumn Månad: ”0” är inte en månad (1–12, tomt för hela året).",
    ),
    (
        "missing column",
        b"Enhet;Konto;Rad;\xc3\x85r;Belopp\nit;3010;;2026;10\n",
        "budget.csv, rad 1, kolumn Månad: kolumnen saknas i rubrikraden (avgränsa med semikolon).",
    ),
    (
        "neither Konto nor Rad column",
        b"Enhet;\xc3\x85r;M\xc3\xa5nad;Belopp\nit;2026;1;10\n",
        "budget.csv, rad 1, kolumn Konto/Rad: rubrikraden måste ha kolumnen Konto eller Rad.",
    ),
    (
        "duplicate column",
        HEADER.encode() + b";Belopp\nit;3010;;2026;1;10;10\n",
        "budget.csv, rad 1, kolumn Belopp: kolumnen finns två gånger i rubrikraden.",
    ),
    (
        "comma separator and decimal comma",
        b'Enhet,Konto,Rad,\xc3\x85r,M\xc3\xa5nad,Belopp\nit,3010,,2026,1,"12,5"\n',
        "budget.csv, rad 2, kolumn Belopp: ”12,5” har decimalkomma; "
        "då måste filen ha semikolon (;) som avgränsare.",
    ),
    (
        "comma separator splits a decimal comma",
        "Enhet,Konto,Rad,År,Månad,Belopp\nit,3010,,2026,1,12,5\n".encode(),
        "budget.csv, rad 2: raden har fler fält än rubrikraden (6). Ett belopp med decimalkomma "
        "kräver semikolon (;) som avgränsare.",
    ),
    (
        "unterminated quote",
        ["it;3010;;2026;1;10", 'it;3010;;2026;1;"10', "it;3010;;2026;1;10"],
        "budget.csv, rad 3: raden fortsätter på nästa rad; ett citattecken avslutas inte.",
    ),
    (
        "amount too large",
        ["it;3010;;2026;1;1" + "0" * 30],
        "budget.csv, rad 2, kolumn Belopp: ”1000000000000000000000000000000” är för stort.",
    ),
    (
        "field too long",
        ["it;3010;;2026;1;10", "it;3010;;2026;1;" + "1" * 200_000],
        "budget.csv, rad 3: raden kan inte läsas som CSV (ett fält är för långt).",
    ),
    ("empty file", b"", "budget.csv: Filen är tom."),
    ("only blank lines", b"\r\n\r\n", "budget.csv: Filen är tom."),
    ("header only", HEADER.encode() + b"\n", "budget.csv: Filen har en rubrikrad men inga belopp."),
    ("UTF-16", HEADER.encode("utf-16"), "budget.csv: Filen verkar vara sparad som UTF-16"),
    (
        "old Excel",
        b"\xd0\xcf\x11\xe0" + b"\x00" * 100,
        "budget.csv: Filen är i det gamla Excel-formatet (.xls).",
    ),
    ("broken zip", b"PK\x03\x04garbage", "budget.csv: Filen kan inte läsas som XLSX."),
]


@pytest.mark.parametrize(("case", "body", "message"), MALFORMED, ids=[c[0] for c in MALFORMED])
def test_malformed_file_is_refused_and_nothing_written(
    board: Board, case: str, body: list[str] | bytes, message: str
) -> None:
    data = body if isinstance(body, bytes) else csv_file(*body)
    before = counts()
    with pytest.raises(BudgetImportError) as refused:
        run(board, data)
    assert any(str(p).startswith(message) for p in refused.value.problems), refused.value
    assert counts() == before


def test_every_problem_is_listed_not_just_the_first(board: Board) -> None:
    data = csv_file("it;3010;;2026;1;x", "it;3010;;2026;1;10", "okand;30A0;;2025;13;10")
    with pytest.raises(BudgetImportError) as refused:
        run(board, data)
    assert [str(p) for p in refused.value.problems] == [
        "budget.csv, rad 2, kolumn Belopp: ”x” är inte ett belopp.",
        "budget.csv, rad 4, kolumn Enhet: enheten ”okand” finns inte i Servicenämnden.",
        "budget.csv, rad 4, kolumn År: året är 2025 men importen gäller 2026.",
        "budget.csv, rad 4, kolumn Månad: ”13” är inte en månad (1–12, tomt för hela året).",
        "budget.csv, rad 4, kolumn Konto: ”30A0” är inte ett kontonummer (4–6 siffror).",
    ]


def test_problems_stop_at_fifty(board: Board) -> None:
    data = csv_file(*["it;3010;;2026;1;x"] * 80)
    with pytest.raises(BudgetImportError) as refused:
        run(board, data)
    problems = refused.value.problems
    assert len(problems) == 51
    assert str(problems[49]).startswith("budget.csv, rad 51, kolumn Belopp")
    assert str(problems[50]) == "budget.csv: Importen avbröts efter 50 fel; fler fel kan finnas."


def test_xlsx_problems_name_the_sheet_row(board: Board) -> None:
    data = xlsx_file([["it", 3010, None, 2026, 1, 10], [], ["it", 3010, None, 2026, 1, "tio"]])
    before = counts()
    with pytest.raises(BudgetImportError) as refused:
        run(board, data, file_name="budget.xlsx")
    assert [str(p) for p in refused.value.problems] == [
        "budget.xlsx, rad 4, kolumn Belopp: ”tio” är inte ett belopp."
    ]
    assert counts() == before


def test_too_many_rows_refused(board: Board, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "MAX_ROWS", 3)
    before = counts()
    with pytest.raises(BudgetImportError, match="fler än 3 rader med belopp"):
        run(board, csv_file(*["it;3010;;2026;1;10"] * 4))
    assert counts() == before
    assert run(board, csv_file(*["it;3010;;2026;1;10"] * 3)).rows == 3


def test_the_same_file_is_imported_once(board: Board) -> None:
    data = csv_file(*GOOD)
    run(board, data)
    before = counts()
    with pytest.raises(BudgetImportError, match=r"budget-igen\.csv: Filen är redan importerad"):
        run(board, data, file_name="budget-igen.csv")
    assert counts() == before


def test_reader_and_reporter_may_not_import(board: Board) -> None:
    before = counts()
    for username in ("lasare", "rapportor-it"):
        with pytest.raises(PermissionDenied):
            budget_import(
                actor=demo_user(username),
                board=board,
                year=2026,
                kind="budget",
                file_name="budget.csv",
                data=csv_file(*GOOD),
            )
    assert counts() == before


# --- the template -----------------------------------------------------------------------------


def test_csv_template_decodes_and_imports_once_the_year_is_filled(board: Board) -> None:
    text = budget_template("csv", board=board).decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0] == HEADER
    assert lines[1].endswith(";;ovriga_intakter;;;1250000")
    assert lines[2].endswith(";;2;-85000,50".replace("2;", ";1;"))
    filled = text.replace(";;;1;", ";;2026;1;").replace(
        "ovriga_intakter;;", "ovriga_intakter;2026;"
    )
    result = run(board, filled.encode())
    assert (result.rows, result.total) == (2, Decimal("1164999.50"))


def test_xlsx_template_explains_columns_units_and_lines(board: Board) -> None:
    book = load_workbook(io.BytesIO(budget_template("xlsx", board=board)))
    assert book.sheetnames == ["Belopp", "Förklaring"]
    rows = list(book["Belopp"].iter_rows(values_only=True))
    assert rows[0] == ("Enhet", "Konto", "Rad", "År", "Månad", "Belopp")
    notes = [row[0] for row in book["Förklaring"].iter_rows(values_only=True)]
    assert {"Belopp", "it", "kundtjanst", "ovriga_intakter", "fastighetsfinansiering"} <= set(notes)
    assert "summa_kostnader" not in notes
    for row in book["Belopp"].iter_rows(min_row=2):
        row[3].value = 2026
    out = io.BytesIO()
    book.save(out)
    assert run(board, out.getvalue(), file_name="mall.xlsx").rows == 2


# --- the page ---------------------------------------------------------------------------------

URL = "/servicenamnden/ekonomi/budget/"


@pytest.mark.parametrize(
    ("username", "status"),
    [("admin", 200), ("controller", 200), ("rapportor-it", 403), ("lasare", 403)],
)
def test_page_as_each_role(username: str, status: int) -> None:
    response = client_for(demo_user(username)).get(URL)
    assert response.status_code == status
    if status == 200:
        html = response.content.decode()
        assert "<legend>Slag</legend>" in html and 'hx-encoding="multipart/form-data"' in html
        assert "/servicenamnden/ekonomi/budget/mall.xlsx" in html


def test_page_sends_anonymous_to_login(client: Any) -> None:
    response = client.get(URL)
    assert response.status_code == 302 and response.url.startswith("/logga-in/")


def test_reporter_cannot_post_a_file(board: Board) -> None:
    before = counts()
    upload = io.BytesIO(csv_file(*GOOD))
    upload.name = "budget.csv"
    response = client_for(demo_user("rapportor-it")).post(
        URL, {"file": upload, "year": 2026, "kind": "budget"}
    )
    assert response.status_code == 403 and counts() == before


def post(data: bytes, name: str = "budget.csv", htmx: bool = False, **fields: Any) -> Any:
    upload = io.BytesIO(data)
    upload.name = name
    headers = {"HX-Request": "true"} if htmx else {}
    return client_for(demo_user("controller")).post(
        URL, {"file": upload, "year": 2026, "kind": "budget", **fields}, headers=headers
    )


def test_post_imports_and_shows_the_sums() -> None:
    response = post(csv_file(*GOOD))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Importerad: budget.csv, 5 belopp till Budget 2026 (version 1, ny)" in html
    assert "1\u00a0266,25" in html and "\u22121\u00a0734,50" in html and "Område IT" in html


def test_htmx_post_gets_the_partial_with_every_problem_and_422() -> None:
    before = counts()
    response = post(csv_file("it;3010;;2026;1;12,3,4", "okand;3010;;2026;1;1"), htmx=True)
    html = response.content.decode()
    assert response.status_code == 422 and "<html" not in html
    assert "budget.csv, rad 2, kolumn Belopp: ”12,3,4” är inte ett belopp." in html
    assert "budget.csv, rad 3, kolumn Enhet: enheten ”okand” finns inte" in html
    assert 'aria-describedby="id_file_helptext budget-import-problems"' in html
    assert counts() == before


def test_form_errors_re_render_with_422() -> None:
    response = post(b"x", year="tjugo", kind="okänt")
    html = response.content.decode()
    assert response.status_code == 422 and "<html" in html
    assert 'id="id_year_error"' in html and 'aria-describedby="id_year_error"' in html
    assert 'id="id_kind_error"' in html
    response = client_for(demo_user("controller")).post(URL, {"year": 2026, "kind": "budget"})
    assert response.status_code == 422 and 'id="id_file_error"' in response.content.decode()


def test_template_downloads_for_board_readers() -> None:
    client = client_for(demo_user("lasare"))
    csv_response = client.get(URL + "mall.csv")
    assert csv_response.status_code == 200
    assert csv_response.content.decode("utf-8-sig").startswith(HEADER)
    xlsx_response = client.get(URL + "mall.xlsx")
    assert xlsx_response["Content-Disposition"].endswith('budgetmall-servicenamnden.xlsx"')
    assert load_workbook(io.BytesIO(xlsx_response.content)).sheetnames[0] == "Belopp"
    assert client.get(URL + "mall.pdf").status_code == 404


def query_count(client: Any, data: bytes) -> int:
    upload = io.BytesIO(data)
    upload.name = f"budget-{len(data)}.csv"
    with CaptureQueriesContext(connection) as imported:
        response = client.post(URL, {"file": upload, "year": 2026, "kind": "budget"})
    assert response.status_code == 200
    return len(imported.captured_queries)


def test_page_query_counts_are_pinned() -> None:
    client = client_for(demo_user("controller"))
    with CaptureQueriesContext(connection) as page:
        assert client.get(URL).status_code == 200
    # session, user, board, memberships, their units
    assert len(page.captured_queries) == 5
    # the request, the checks, the version, the batch, the rows in one insert and the audit
    assert query_count(client, csv_file(*GOOD)) == 27


def test_import_query_count_does_not_grow_with_the_rows() -> None:
    client = client_for(demo_user("controller"))
    query_count(client, csv_file(GOOD[0]))  # creates the version the two below add to
    # 100 rows still fit in one INSERT on SQLite (999 parameters); larger files add one a batch
    assert query_count(client, csv_file(*GOOD)) == query_count(client, csv_file(*GOOD * 20)) == 21


# --- the command ------------------------------------------------------------------------------


def test_command_imports_and_refuses(tmp_path: Path, board: Board) -> None:
    good = tmp_path / "budget.csv"
    good.write_bytes(csv_file(*GOOD))
    out = io.StringIO()
    call_command(
        "budget",
        "import",
        str(good),
        "--board",
        "servicenamnden",
        "--year",
        "2026",
        "--kind",
        "utfall",
        stdout=out,
    )
    assert out.getvalue().strip() == (
        "Importerad: budget.csv, 5 belopp till Utfall 2026 (version 1), netto 1\u00a0266,25 kr."
    )
    bad = tmp_path / "fel.csv"
    bad.write_bytes(csv_file("it;3010;;2026;1;12,3,4"))
    before = counts()
    with pytest.raises(CommandError, match=r"fel\.csv, rad 2, kolumn Belopp"):
        call_command(
            "budget",
            "import",
            str(bad),
            "--board",
            "servicenamnden",
            "--year",
            "2026",
            "--kind",
            "budget",
        )
    assert counts() == before


def test_command_writes_the_template(tmp_path: Path) -> None:
    target = tmp_path / "mall.xlsx"
    call_command(
        "budget",
        "template",
        "--format",
        "xlsx",
        "--output",
        str(target),
        "--board",
        "servicenamnden",
        stdout=io.StringIO(),
    )
    assert load_workbook(target).sheetnames == ["Belopp", "Förklaring"]
    with pytest.raises(CommandError, match="”ingen” finns inte"):
        call_command("budget", "template", "--output", str(target), "--board", "ingen")


def test_system_actor_import_has_no_importer(board: Board) -> None:
    result = budget_import(
        actor=SYSTEM, board=board, year=2026, kind="budget", file_name="b.csv", data=csv_file(*GOOD)
    )
    assert result.batch.imported_by is None
