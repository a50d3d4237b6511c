"""The economy of the demo documents: every figure of the seeds' tables, computed from the
entries, and the seeds' mistakes listed as discrepancies (002 §5, 003 §6 + Handlingsplan,
004 §6 + appendix)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reports.helpers import find_chart, find_table, tables_by_key
from tests.test_demo_and_reports import report_json

pytestmark = pytest.mark.django_db


def values(table: dict[str, Any], *columns: str) -> dict[str, list[str | None]]:
    return {row["key"]: [row["cells"][c]["value"] for c in columns] for row in table["rows"]}


RESULT_2021 = {
    # utfall, budget, utfall_fg, budgetavvikelse, utfallsavvikelse (002 §5.1, mnkr)
    "ovriga_intakter": ["2059.1", "2058.3", "1990", "0.8", "69.1"],
    "summa_intakter": ["2059.1", "2058.3", "1990", "0.8", "69.1"],
    "personalkostnader": ["-576.3", "-582.9", "-542.8", "6.6", "-33.5"],
    "ovriga_kostnader": ["-1051.2", "-1072.5", "-984.9", "21.3", "-66.3"],
    "avskrivningar_inventarier": ["-47.8", "-48.6", "-41.1", "0.8", "-6.7"],
    "avskrivningar_fastigheter": ["-232.4", "-237.2", "-189.1", "4.8", "-43.3"],
    "summa_kostnader": ["-1907.7", "-1941.2", "-1757.9", "33.5", "-149.8"],
    "verksamhetens_nettokostnad": ["151.4", "117.1", "232.1", "34.3", "-80.7"],
    "finansnetto": ["-165", "-164.2", "-265.3", "-0.8", "100.3"],
    "resultat": ["-13.6", "-47.1", "-33.2", "33.5", "19.6"],
}


def test_result_report_2021_has_every_figure_of_the_seed_with_deviations_computed() -> None:
    document = report_json("verksamhetsberattelse", "--year", "2021", "--period", "helar")
    table = find_table(document, "resultatrapport")
    columns = ["utfall", "budget", "utfall_fg", "budgetavvikelse", "utfallsavvikelse"]
    assert [c["key"] for c in table["columns"]] == columns
    got = values(table, *columns)
    assert {k: v for k, v in got.items() if k != "fastighetsfinansiering"} == RESULT_2021
    row = next(r for r in table["rows"] if r["key"] == "resultat")
    assert row["cells"]["utfall"]["text"] == "\u221213,6"


def test_operating_report_2021_per_area_is_computed_and_last_year_as_reported() -> None:
    document = report_json("verksamhetsberattelse", "--year", "2021", "--period", "helar")
    got = values(
        find_table(document, "driftredovisning"),
        "budgetavvikelse",
        "omsattning",
        "budgetavvikelse_fg",
    )
    assert got["omrade_fastigheter"] == ["3.4", "939.4", "7.5"]
    assert got["omrade_forsorjning"] == ["-1", "378.8", "-6.5"]
    assert got["forvaltningsgemensamt"] == ["16.6", "92.9", "15.3"]
    assert got["resultat"] == ["33.5", "2059.1", "29.8"]
    relation = {
        r["key"]: r["cells"]["relation"]["text"]
        for r in find_table(document, "driftredovisning")["rows"]
    }
    assert relation["omrade_administrativ_utveckling_och_service"] == "9,4"
    assert relation["resultat"] == "1,6"
    chart = find_chart(document, "budgetavvikelse_per_omrade")
    assert len(chart["categories"]) == 7


def test_investments_and_building_projects_2021() -> None:
    document = report_json("verksamhetsberattelse", "--year", "2021", "--period", "helar")
    found = tables_by_key(document)
    assert values(found["investeringar"], "utfall", "budget", "utfall_fg")["summa"] == [
        "602.1",
        "1554.8",
        "483.6",
    ]
    projects = values(
        found["byggprojekt_servicenamnd"],
        "investeringskalkyl",
        "budget_tom",
        "utfall_tom",
        "utfall_ar",
    )
    assert projects["servicenamnden_totalt"] == ["482.1", "359.4", "226.4", "136.4"]
    hsn = values(found["byggprojekt_halso_och_sjukvardsnamnd"], "investeringskalkyl")
    assert hsn["halso_och_sjukvardsnamnden_totalt"] == ["2610.6"]


def test_the_2021_building_subtotal_is_the_economys_only_discrepancy() -> None:
    document = report_json("verksamhetsberattelse", "--year", "2021", "--period", "helar")
    economy = ("resultatrapport", "driftredovisning", "investeringar", "ekonomiska_nyckeltal")
    assert [
        d for d in document["discrepancies"] if d["table"].startswith(("byggprojekt", *economy))
    ] == [
        {
            "table": "byggprojekt_servicenamnd",
            "row": "servicenamnden_totalt",
            "column": c,
            "published": p,
            "computed": v,
        }
        for c, p, v in [
            ("investeringskalkyl", "149.0", "482.1"),
            ("budget_tom", "119.0", "359.4"),
            ("utfall_tom", "26.8", "226.4"),
            ("utfall_ar", "1.3", "136.4"),
        ]
    ]
    cell = find_table(document, "byggprojekt_servicenamnd")["rows"][-1]["cells"][
        "investeringskalkyl"
    ]
    assert cell == {"value": "482.1", "text": "482,1", "published": "149.0"}


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (
            2024,
            {
                "summa_intakter": ["2380", "2394.5", "2381.4"],
                "summa_kostnader": ["-2199", "-2276.1", "-2278.4"],
                "verksamhetens_nettokostnad": ["181", "118.4", "103"],
                "fastighetsfinansiering": ["-7.8", "-88.3", "-88.3"],
                "resultat": ["23.2", "-38.4", "-51.7"],
            },
        ),
        (
            2025,
            {
                "summa_intakter": ["2528.8", "2535.3", "2629.9"],
                "summa_kostnader": ["-2257", "-2302.2", "-2365"],
                "verksamhetens_nettokostnad": ["271.8", "233.1", "264.9"],
                "fastighetsfinansiering": ["-120", "-115.9", "-115.9"],
                "resultat": ["1.8", "-30.8", "1.8"],
            },
        ),
    ],
)
def test_plan_result_budget_is_computed_from_the_lines(
    year: int, expected: dict[str, list[str]]
) -> None:
    document = report_json("verksamhetsplan", "--year", str(year))
    got = values(find_table(document, "resultatrapport"), "budget", "prognos", "budget_fg")
    assert {k: got[k] for k in expected} == expected


def test_operating_budget_2025_per_area_with_budget_frames() -> None:
    document = report_json("verksamhetsplan", "--year", "2025")
    got = values(
        find_table(document, "driftbudget"),
        "omsattning",
        "budgetram",
        "omsattning_prognos",
        "budgetram_prognos",
    )
    assert got["omrade_fastigheter"] == ["1261.8", "21", "1265", "21"]
    assert got["forvaltningsgemensamt"] == ["105.1", "-66", "105.4", "-66"]
    assert got["summa"] == ["2528.8", "1.8", "2535.3", "1.8"]


def test_plan_2024_lists_the_handlingsplan_summary_discrepancies() -> None:
    document = report_json("verksamhetsplan", "--year", "2024")
    assert [
        (d["row"], d["column"], d["published"], d["computed"]) for d in document["discrepancies"]
    ] == [
        ("personal", "ar_2024", "27039", "27579"),
        ("personal", "arsarbetare", "49", "47.5"),
        ("ovriga", "ar_2024", "53801", "55856"),
        ("totalsumma", "ar_2024", "84754", "87349"),
        ("totalsumma", "arsarbetare", "49", "47.5"),
    ]
    summary = values(
        find_table(document, "handlingsplan_summering"), "ar_2024", "ar_2025", "ar_2026"
    )
    assert summary["totalsumma"] == ["87349", "97317", "110387"]
    assert values(
        find_table(document, "ekonomiska_nyckeltal"), "budget", "prognos", "budget_fg"
    ) == {"lonekostnadsokningstakt": ["-3", "7.8", "3"]}


def test_plan_2025_flags_the_appendix_total_printed_under_the_wrong_year() -> None:
    document = report_json("verksamhetsplan", "--year", "2025")
    assert document["discrepancies"] == [
        {
            "table": "investeringsobjekt_byggnader",
            "row": "summa",
            "column": "rubrik",
            "published": "Summa fastighetsinvesteringar 2024",
            "computed": "Summa fastighetsinvesteringar 2025",
        }
    ]
    assert values(find_table(document, "investeringsobjekt_byggnader"), "belopp")["summa"] == [
        "361.2"
    ]
