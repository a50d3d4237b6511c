"""The HR file import: a good CSV/XLSX file is stored through the services; every malformed
variant is refused naming file, line and column, and nothing is written."""

from __future__ import annotations

import io
from decimal import Decimal as D
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile

from arshjul.audit.models import AuditEvent
from arshjul.organisations.models import Board
from arshjul.people.hr_import import PersonnelImportError, personnel_import
from arshjul.people.hr_template import personnel_template
from arshjul.people.models import FteRow, Leavers, PersonnelCost, PersonnelYear, SickLeave
from arshjul.people.selectors import people_figures
from tests.conftest import client_for

HEADER = "År;Uppgift;Grupp;Kvinnor;Män;Värde"
GOOD_ROWS = [
    "2025;kostnad;manadsloner;;;298 200 000",
    "2025;kostnad;4120;;;6 400 000,50",
    "2025;okningstakt;;;;−1,5",
    "2025;arsarbetare;Städerska;157,7;37;",
    "2025;arsarbetare;Chef;37;38;",
    "2025;schemalagda_timmar;;1192778;910865;",
    "2025;korttidsfranvaro;;37564;21488;",
    "2025;langtidsfranvaro;;51097;20695;",
    "2025;frisktal;;46,93;62,62;53,85",
    "2025;anstallda;;300;250;",
    "2025;avgangar;pension;;;29",
]


def csv_file(*rows: str, header: str = HEADER) -> bytes:
    return "\r\n".join([header, *rows]).encode("utf-8")


def counts() -> tuple[int, ...]:
    models = (PersonnelYear, PersonnelCost, FteRow, SickLeave, Leavers, AuditEvent)
    return tuple(m.objects.count() for m in models)


def test_good_csv_is_stored(board: Board, users: dict[str, Any]) -> None:
    result = personnel_import(
        actor=users["controller"], board=board, file_name="hr.csv", data=csv_file(*GOOD_ROWS)
    )
    assert (result.rows, result.years) == (11, [2025])
    figures = people_figures(board=board, year=2025)
    assert figures.current.costs == {"manadsloner": D(298_200_000), "sjuklon": D("6400000.50")}
    assert figures.current.growth_rate_entered == D("-1.5")
    assert [(r.group, r.women, r.men) for r in figures.current.fte] == [
        ("Städerska", D("157.7"), D(37)),
        ("Chef", D(37), D(38)),
    ]
    hours = figures.current.sick_hours()
    assert hours is not None
    assert hours.percent("sick", "total") == D(130844) / D(2103643) * 100
    sick = figures.current.sick
    assert sick is not None and (sick.frisktal, sick.employees_men) == (D("53.85"), 250)
    assert figures.current.leavers == {"pension": 29}
    assert AuditEvent.objects.latest("pk").action == "people.import"


def test_a_second_file_replaces_the_parts_it_holds(board: Board, users: dict[str, Any]) -> None:
    actor = users["controller"]
    personnel_import(actor=actor, board=board, file_name="a.csv", data=csv_file(*GOOD_ROWS))
    personnel_import(
        actor=actor,
        board=board,
        file_name="b.csv",
        data=csv_file("2025;arsarbetare;Chef;1;2;"),
    )
    figures = people_figures(board=board, year=2025)
    assert [r.group for r in figures.current.fte] == ["Chef"]
    assert figures.current.costs["manadsloner"] == D(298_200_000)  # untouched


def test_good_xlsx_is_stored(board: Board, users: dict[str, Any]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER.split(";"))
    sheet.append([2025, "arsarbetare", "Chef", 37.5, 38, None])
    sheet.append([2025, "kostnad", "sjuklon", None, None, 6400000])
    out = io.BytesIO()
    book.save(out)
    personnel_import(actor=users["admin"], board=board, file_name="hr.xlsx", data=out.getvalue())
    figures = people_figures(board=board, year=2025)
    assert [(r.group, r.women) for r in figures.current.fte] == [("Chef", D("37.5"))]


def test_the_templates_example_rows_import(board: Board, users: dict[str, Any]) -> None:
    for fmt in ("csv", "xlsx"):
        result = personnel_import(
            actor=users["controller"],
            board=board,
            file_name=f"mall.{fmt}",
            data=personnel_template(fmt),  # type: ignore[arg-type]
        )
        assert (result.rows, result.years) == (8, [2021])


MALFORMED = [
    # (name, file, line, column, words in the message)
    ("empty", b"", None, None, "Filen är tom"),
    ("header only", csv_file(), None, None, "inga rader"),
    (
        "missing column",
        csv_file("2025;kostnad;sjuklon;;", header="År;Uppgift;Grupp;Kvinnor;Män"),
        1,
        "Värde",
        "saknas i rubrikraden",
    ),
    ("unknown task", csv_file("2025;loner;;;;5"), 2, "Uppgift", "finns inte"),
    ("bad year", csv_file("20x5;kostnad;sjuklon;;;5"), 2, "År", "inte ett år"),
    ("year of many digits", csv_file("9" * 5000 + ";kostnad;sjuklon;;;5"), 2, "År", "inte ett år"),
    ("unknown cost group", csv_file("2025;kostnad;4999;;;5"), 2, "Grupp", "finns inte"),
    ("not a number", csv_file("2025;kostnad;sjuklon;;;fem"), 2, "Värde", "inte ett tal"),
    ("negative", csv_file("2025;arsarbetare;Chef;-1;2;"), 2, "Kvinnor", "negativt"),
    ("missing men", csv_file("2025;arsarbetare;Chef;1;;"), 2, "Män", "saknas"),
    ("no occupational group", csv_file("2025;arsarbetare;;1;2;"), 2, "Grupp", "saknas"),
    (
        "duplicate",
        csv_file("2025;kostnad;sjuklon;;;5", "2025;kostnad;SJUKLON;;;6"),
        3,
        "Grupp",
        "rad 2",
    ),
    ("value where none belongs", csv_file("2025;arsarbetare;Chef;1;2;3"), 2, "Värde", "tom"),
    ("unknown leaver reason", csv_file("2025;avgangar;flytt;;;2"), 2, "Grupp", "finns inte"),
    ("leavers not whole", csv_file("2025;avgangar;extern;;;2,5"), 2, "Värde", "heltal"),
    ("frisktal over 100", csv_file("2025;frisktal;;;;123"), 2, "Värde", "100 procent"),
    ("too many decimals", csv_file("2025;kostnad;sjuklon;;;1,234"), 2, "Värde", "två decimaler"),
    ("too many fields", csv_file("2025;kostnad;sjuklon;;;5;7"), 2, None, "fler fält"),
    ("incomplete hours", csv_file("2025;schemalagda_timmar;;10;10;"), 2, "Uppgift", "saknas"),
    (
        "sick more than scheduled",
        csv_file(
            "2025;schemalagda_timmar;;10;10;",
            "2025;korttidsfranvaro;;8;1;",
            "2025;langtidsfranvaro;;8;1;",
        ),
        2,
        "Kvinnor",
        "schemalagd tid",
    ),
    ("utf-16", "År;Uppgift".encode("utf-16"), None, None, "UTF-16"),
    ("old excel", b"\xd0\xcf\x11\xe0" + b"\x00" * 50, None, None, ".xls"),
]


@pytest.mark.parametrize(
    ("name", "data", "line", "column", "words"), MALFORMED, ids=[m[0] for m in MALFORMED]
)
def test_malformed_files_are_refused_and_nothing_is_written(
    board: Board,
    users: dict[str, Any],
    name: str,
    data: bytes,
    line: int | None,
    column: str | None,
    words: str,
) -> None:
    good = [row for row in GOOD_ROWS if "kostnad" in row]  # good rows before the bad one
    if data.startswith(HEADER.encode()) and name not in ("header only", "duplicate"):
        data = csv_file(*good) + b"\r\n" + data.split(b"\r\n", 1)[1]
        line = line + len(good) if line else line
    before = counts()
    with pytest.raises(PersonnelImportError) as refused:
        personnel_import(actor=users["controller"], board=board, file_name="hr.csv", data=data)
    problem = refused.value.problems[0]
    assert problem.file_name == "hr.csv"
    assert (problem.line, problem.column) == (line, column), str(problem)
    assert words in problem.message, str(problem)
    assert counts() == before


def test_import_refused_for_a_reader(board: Board, users: dict[str, Any]) -> None:
    before = counts()
    with pytest.raises(PermissionDenied):
        personnel_import(
            actor=users["lasare"], board=board, file_name="a.csv", data=csv_file(*GOOD_ROWS)
        )
    assert counts() == before


def test_import_page(users: dict[str, Any]) -> None:
    client = client_for(users["controller"])
    url = "/servicenamnden/personal/import/"
    page = client.get(url).content.decode()
    assert "personal/import/mall.xlsx" in page and "arsarbetare" in page
    bad = SimpleUploadedFile("hr.csv", csv_file("2025;kostnad;4999;;;5"))
    before = counts()
    response = client.post(url, {"file": bad}, HTTP_HX_REQUEST="true")
    assert response.status_code == 422
    assert (
        "hr.csv, rad 2, kolumn Grupp: kontogruppen ”4999” finns inte." in response.content.decode()
    )
    assert counts() == before
    good = SimpleUploadedFile("hr.csv", csv_file(*GOOD_ROWS))
    response = client.post(url, {"file": good})
    assert response.status_code == 200
    assert "Importerad: hr.csv, 11 rader för 2025." in response.content.decode()


def test_import_page_refused_for_reader_writes_nothing(users: dict[str, Any]) -> None:
    before = counts()
    good = SimpleUploadedFile("hr.csv", csv_file(*GOOD_ROWS))
    response = client_for(users["lasare"]).post("/servicenamnden/personal/import/", {"file": good})
    assert response.status_code == 403
    assert counts() == before


def test_templates_download(users: dict[str, Any]) -> None:
    client = client_for(users["lasare"])
    csv = client.get("/servicenamnden/personal/import/mall.csv")
    assert csv["Content-Type"].startswith("text/csv")
    assert csv.content.decode("utf-8-sig").startswith(HEADER)
    xlsx = client.get("/servicenamnden/personal/import/mall.xlsx")
    assert xlsx.content.startswith(b"PK")
