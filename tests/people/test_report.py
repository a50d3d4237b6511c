"""The 2021 Verksamhetsberättelse reproduces every figure of seed 002 section 6 from the stored
rows, and lists where the seed printed something else (as published figures)."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest

from arshjul.reports.renderers.json import to_data
from arshjul.reports.services import build_document
from tests.conftest import demo_user
from tests.reports.helpers import cell_of, find_section, tables_by_key


@pytest.fixture
def document(db: Any) -> dict[str, Any]:
    doc = build_document(
        user=demo_user("lasare"),
        type_key="verksamhetsberattelse",
        board_slug="servicenamnden",
        year=2021,
        period_key="helar",
    )
    return to_data(doc)


def _section(document: dict[str, Any]) -> dict[str, Any]:
    return find_section(document, "personalekonomi")


def _tables(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return tables_by_key(_section(document))


def cell(document: dict[str, Any], table: str, row: str, column: str) -> dict[str, Any]:
    return cell_of(_tables(document)[table], row, column)


def test_section_and_tables(document: dict[str, Any]) -> None:
    section = _section(document)
    assert section["title"] == "Personalekonomi"
    # 002 §6.1-6.4, each table in its sub-section
    assert [
        (s["key"], s["title"], [b["key"] for b in s["blocks"] if b.get("key")])
        for s in section["sections"]
    ] == [
        ("personalkostnader", "Personalkostnader", ["personalkostnader"]),
        ("kostnadsanalys", "Kostnadsanalys", ["kostnadsanalys"]),
        ("arsarbetare", "Antal tillsvidareanställda årsarbetare", ["arsarbetare"]),
        (
            "sjukfranvaro",
            "Sjukfrånvaro",
            ["sjukfranvaro", "sjukfranvaro_per_kon", "frisktal", "avgangar"],
        ),
    ]
    assert section["blocks"] == []
    assert list(_tables(document)) == [
        "personalkostnader",
        "kostnadsanalys",
        "arsarbetare",
        "sjukfranvaro",
        "frisktal",
        "avgangar",
    ]


@pytest.mark.parametrize(
    ("table", "row", "column", "text"),
    [
        ("personalkostnader", "lonekostnadsokningstakt", "utfall_2021", "6,0\u00a0%"),
        ("personalkostnader", "lonekostnadsokningstakt", "utfall_2020", "4,4\u00a0%"),
        ("personalkostnader", "lonekostnad_40_41_mnkr", "utfall_2021", "388,5"),
        ("personalkostnader", "lonekostnad_40_41_mnkr", "utfall_2020", "366,5"),
        ("kostnadsanalys", "totalt_kontoklass_40_41", "utfall", "388,5"),
        ("kostnadsanalys", "totalt_kontoklass_40_41", "utfall_fg", "366,5"),
        ("kostnadsanalys", "totalt_kontoklass_40_41", "forandring_mnkr", "22,0"),
        ("kostnadsanalys", "totalt_kontoklass_40_41", "forandring_procent", "6,0"),
        ("kostnadsanalys", "manadsloner", "forandring_procent", "2,7"),
        ("kostnadsanalys", "jour_och_beredskap", "forandring_procent", "\u2212100,0"),
        (
            "kostnadsanalys",
            "forandring_skuld_jour_beredskap_och_overtid",
            "forandring_procent",
            "–",
        ),
        ("kostnadsanalys", "sjuklon", "forandring_mnkr", "\u22121,7"),
        ("arsarbetare", "summa", "kvinnor", "522,6"),
        ("arsarbetare", "summa", "man", "401,8"),
        ("arsarbetare", "summa", "totalt", "924,4"),
        ("arsarbetare", "summa", "totalt_fg", "877,9"),
        ("arsarbetare", "summa", "forandring_totalt", "46,5"),
        ("arsarbetare", "tradgardsarb_tradgardstekniker", "forandring_totalt", "0,2"),
        ("sjukfranvaro", "sjukfranvaro_totalt", "totalt", "6,22\u00a0%"),
        ("sjukfranvaro", "sjukfranvaro_totalt", "kvinnor", "7,43\u00a0%"),
        ("sjukfranvaro", "sjukfranvaro_totalt", "man", "4,63\u00a0%"),
        ("sjukfranvaro", "sjukfranvaro_totalt", "totalt_fg", "6,64\u00a0%"),
        ("sjukfranvaro", "sjukfranvaro_totalt", "forandring_totalt", "\u22120,42\u00a0%"),
        ("sjukfranvaro", "sjukfranvaro_korttidsfranvaro", "totalt", "2,81\u00a0%"),
        ("sjukfranvaro", "sjukfranvaro_langtidsfranvaro", "kvinnor", "4,28\u00a0%"),
        ("sjukfranvaro", "sjukfranvaro_totalt_tim", "totalt", "130\u00a0844"),
        ("sjukfranvaro", "schemalagda_timmar", "totalt", "2\u00a0103\u00a0643"),
        ("frisktal", "frisktal", "totalt", "53,85\u00a0%"),
        ("avgangar", "summa", "antal", "57"),
        ("avgangar", "summa", "antal_fg", "42"),
    ],
)
def test_figures_of_the_seed(
    document: dict[str, Any], table: str, row: str, column: str, text: str
) -> None:
    assert cell(document, table, row, column)["text"] == text


def test_values_are_raw_decimals(document: dict[str, Any]) -> None:
    assert D(cell(document, "arsarbetare", "summa", "totalt")["value"]) == D("924.4")
    assert (
        cell(
            document,
            "kostnadsanalys",
            "forandring_skuld_jour_beredskap_och_overtid",
            "forandring_procent",
        )["value"]
        is None
    )


def test_the_seeds_mistakes_are_discrepancies(document: dict[str, Any]) -> None:
    ours = {"personalkostnader", "kostnadsanalys", "arsarbetare", "sjukfranvaro", "avgangar"}
    found = {
        (d["table"], d["row"], d["column"]): (d["published"], d["computed"])
        for d in document["discrepancies"]
        if d["table"] in ours
    }
    assert found == {
        ("kostnadsanalys", "forandring_skuld_jour_beredskap_och_overtid", "forandring_procent"): (
            "#DIVISION/0!",
            None,
        ),
        ("arsarbetare", "tradgardsarb_tradgardstekniker", "forandring_totalt"): ("0.3", "0.2"),
        ("arsarbetare", "summa", "forandring_totalt"): ("46.6", "46.5"),
        ("sjukfranvaro", "schemalagda_timmar", "totalt"): ("2103642", "2103643"),
        ("sjukfranvaro", "schemalagda_timmar", "forandring_totalt"): ("106059", "106060"),
    }


def test_marked_cell_carries_the_published_figure(document: dict[str, Any]) -> None:
    assert cell(document, "arsarbetare", "summa", "forandring_totalt")["published"] == "46.6"
    assert cell(document, "arsarbetare", "summa", "totalt").get("published") is None


def test_no_section_in_an_interim_report(db: Any) -> None:
    doc = build_document(
        user=demo_user("lasare"),
        type_key="delarsrapport",
        board_slug="servicenamnden",
        year=2021,
        period_key="delar1",
    )
    assert "personalekonomi" not in {s.key for s in doc.sections}


def test_no_section_for_a_year_without_figures(db: Any) -> None:
    doc = build_document(
        user=demo_user("lasare"),
        type_key="verksamhetsberattelse",
        board_slug="servicenamnden",
        year=2024,
        period_key="helar",
    )
    assert "personalekonomi" not in {s.key for s in doc.sections}


def test_the_section_runs_five_queries_whatever_the_rows(db: Any) -> None:
    """Personnel years, their costs, FTE rows and leavers, and the ledger's GROUP BY."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from arshjul.organisations.access import SYSTEM
    from arshjul.people import services
    from arshjul.planning.models import PlanYear
    from arshjul.reports.registry import BuildContext, section_builder

    plan_year = PlanYear.objects.select_related("board").get(
        board__slug="servicenamnden", year=2021
    )
    context = BuildContext(user=None, plan_year=plan_year, period=None)

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert section_builder("personalekonomi")(context) is not None
        return len(ctx.captured_queries)

    assert queries() == 5
    for i in range(20):
        services.fte_row_save(
            actor=SYSTEM, board=plan_year.board, year=2021, group=f"G{i}", women=D(1), men=D(1)
        )
    assert queries() == 5


def test_mandatory_key_figures_hide_a_small_group(db: Any) -> None:
    from arshjul.organisations.access import SYSTEM
    from arshjul.organisations.models import Board
    from arshjul.people import services
    from arshjul.people.models import SickLeave

    board = Board.objects.get(slug="servicenamnden")
    sick = SickLeave.objects.get(personnel_year__board=board, personnel_year__year=2021)
    figures = {name: getattr(sick, name) for name in services.SICK_FIELDS}
    services.sick_leave_save(
        actor=SYSTEM, board=board, year=2021, employees_women=300, employees_men=8, **figures
    )
    doc = to_data(
        build_document(
            user=demo_user("lasare"),
            type_key="verksamhetsberattelse",
            board_slug="servicenamnden",
            year=2021,
            period_key="helar",
        )
    )
    table = _tables(doc)["sjukfranvaro_nyckeltal"]
    rows = {r["key"]: r["cells"] for r in table["rows"]}
    assert rows["kvinnor"]["utfall"]["text"] == "7,43\u00a0%"
    assert rows["man"]["utfall"]["text"] == "–"  # 8 men: fewer than 10
    assert rows["sjukfranvaro_totalt"]["utfall"]["text"] == "6,22\u00a0%"
    assert rows["andel_langtidsfranvaro"]["utfall"]["text"] == "54,87\u00a0%"
    assert rows["kvinnor"]["utfall_fg"]["text"] == "–"  # 2020 has no headcount
    assert "färre än 10 anställda" in table["caption"]
