"""The section ``internkontroll`` against the seeds: 002 §8 (follow-up 2021 with the
ISK-bedömning), 003 §9.1 (plan 2024) and 004 §9.1 (plan 2025)."""

from __future__ import annotations

import json
from io import StringIO
from typing import Any

from django.core.management import call_command

from arshjul.internal_control.models import ControlPlan
from arshjul.internal_control.report_sections import build
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board
from arshjul.planning import services as plan_services
from arshjul.reports.registry import BuildContext
from tests.reports.helpers import find_section, iter_blocks


def report_json(*args: str) -> dict[str, Any]:
    out = StringIO()
    call_command("report", *args, stdout=out)
    return json.loads(out.getvalue())


def section_of(document: dict[str, Any]) -> dict[str, Any]:
    return find_section(document, "internkontroll")


def blocks(section: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """The section's blocks of a kind, in its sub-sections too."""
    return list(iter_blocks(section, kind))


# 002 §8.1: per action (row key) the status printed or read from the text, the effect answer
# and the next-year answer.
FOLLOWUP_2021 = {
    "hr_1": ("avslutad", "ja", "ja"),
    "ekonomi_1": ("avslutad", "ja", "nej"),
    "ekonomi_2": ("avslutad", "ja", "nej"),
    "ekonomi_3": ("avslutad", "ja", "nej"),
    "ekonomi_4": ("avslutad", "ja", "nej"),
    "informationssakerhet_1": ("avslutad", "ja", "ja"),
    "informationssakerhet_2": ("avslutad", "ja", "ja"),
    "informationssakerhet_3": ("avslutad", "ja", "ja"),
    "kvalitet_och_utveckling_1": ("avslutad", "ja", "nej"),
    "juridik_1": ("ej_genomford", "ej_genomford", "nej"),
    "juridik_2": ("ej_genomford", "ej_genomford", "nej"),
    "juridik_3": ("avslutad", "ja", "nej"),
    "kontinuitetshandling_1": ("delvis", "delvis", "ja"),
    "kontinuitetshandling_2": ("ej_genomford", "ej_genomford", "ja"),
    "kontinuitetshandling_3": ("delvis", "delvis", "ja"),
    "kontinuitetshandling_4": ("avslutad", None, "ja"),
    "medicinteknisk_sakerhet_1": ("avslutad", "ja", "ja"),
    "medicinteknisk_anskaffning_1": ("avslutad", None, "nej"),
}


def test_followup_2021_has_every_action_of_the_seed_with_its_answers(db: Any) -> None:
    document = report_json("verksamhetsberattelse", "--year", "2021", "--period", "helar")
    section = section_of(document)
    assert section["title"] == "Intern styrning och kontroll"
    [table] = blocks(section, "table")
    assert table["key"] == "internkontrollplan"
    assert [c["key"] for c in table["columns"]] == [
        "verksamhet",
        "risk",
        "status",
        "effekt",
        "effekt_motivering",
        "nasta_ar",
        "nasta_ar_skal",
        "kommentar",
    ]
    found = {
        r["key"]: (
            r["cells"]["status"]["value"],
            r["cells"]["effekt"]["value"],
            r["cells"]["nasta_ar"]["value"],
        )
        for r in table["rows"]
    }
    assert found == FOLLOWUP_2021
    assert list(found) == list(FOLLOWUP_2021)  # the seed's order
    rows = {r["key"]: r for r in table["rows"]}
    assert rows["hr_1"]["cells"]["status"]["text"] == "✓ Avslutad"
    assert rows["juridik_1"]["cells"]["status"]["text"] == "⚠ Ej genomförd"
    assert rows["kontinuitetshandling_1"]["cells"]["status"]["text"] == "◐ Delvis"
    assert rows["kontinuitetshandling_4"]["cells"]["effekt"]["text"] == "Ej angivet"
    assert rows["juridik_1"]["label"] == (
        "Regionövergripande åtgärd: Implementera ny riktlinje när denna är framtagen och beslutad."
    )
    assert rows["medicinteknisk_anskaffning_1"]["cells"]["risk"]["text"].endswith(
        "redovisning av medicinsk teknik. (Revisionsrapport 19RS3049)"
    )
    assert rows["medicinteknisk_sakerhet_1"]["cells"]["nasta_ar_skal"]["value"] == (
        "men då rörande egentillverkning av medicintekniska produkter"
    )
    assert (
        "17 vårdsystem är informationsklassade, 0 återstår; 55 stödsystem"
        in (rows["informationssakerhet_2"]["cells"]["effekt_motivering"]["text"])
    )


def test_followup_2021_has_the_seeds_subsections(db: Any) -> None:
    section = section_of(
        report_json("verksamhetsberattelse", "--year", "2021", "--period", "helar")
    )
    assert section["blocks"] == []
    assert [
        (s["key"], s["title"], [(b["type"], b.get("key")) for b in s["blocks"]])
        for s in section["sections"]
    ] == [
        (
            "internkontrollplan",
            "Internkontrollplan",
            [
                ("legend", "internkontroll_status"),
                ("table", "internkontrollplan"),
                ("chart", "riskmatris"),
            ],
        ),
        ("isk_bedomning", "ISK-bedömning", [("paragraph", None)]),
    ]


def test_plan_2024_has_the_plan_and_matrix_in_one_subsection(db: Any) -> None:
    section = section_of(report_json("verksamhetsplan", "--year", "2024"))
    assert [(s["key"], [b.get("key") for b in s["blocks"]]) for s in section["sections"]] == [
        ("internkontrollplan", ["internkontrollplan", "riskmatris"])
    ]


def test_followup_2021_has_legend_and_isk_paragraph(db: Any) -> None:
    section = section_of(
        report_json("verksamhetsberattelse", "--year", "2021", "--period", "helar")
    )
    [legend] = blocks(section, "legend")
    assert legend["key"] == "internkontroll_status"
    assert [(e["badge"]["shape"], e["badge"]["text"]) for e in legend["entries"]] == [
        ("✓", "Avslutad"),
        ("◐", "Delvis"),
        ("⚠", "Ej genomförd"),
        ("○", "Ej uppföljd"),
    ]
    [paragraph] = blocks(section, "paragraph")
    assert "bedöms som tillräcklig." in paragraph["html"]
    assert paragraph["html"].startswith("<p><strong>ISK-bedömning:</strong>")


def test_interim_period_shows_unreported_actions_and_no_isk(db: Any) -> None:
    section = section_of(report_json("delarsrapport", "--year", "2021", "--period", "delar2"))
    [table] = blocks(section, "table")
    assert {r["cells"]["status"]["text"] for r in table["rows"]} == {"○ Ej uppföljd"}
    assert blocks(section, "paragraph") == []


PLAN_2024 = [
    ("hr_1", "HR"),
    ("hr_2", "HR"),
    ("hr_3", "HR"),
    ("informationssakerhet_1", "Informationssäkerhet"),
    ("informationssakerhet_2", "Informationssäkerhet"),
    ("informationssakerhet_3", "Informationssäkerhet"),
    ("kontinuitetshantering_1", "Kontinuitetshantering"),
    ("kontinuitetshantering_2", "Kontinuitetshantering"),
    ("kontinuitetshantering_3", "Kontinuitetshantering"),
    ("fastighetsunderhall_1", "Fastighetsunderhåll"),
    ("fastighetsunderhall_2", "Fastighetsunderhåll"),
]


def test_plan_2024_as_003_prints_it(db: Any) -> None:
    section = section_of(report_json("verksamhetsplan", "--year", "2024"))
    [table] = blocks(section, "table")
    assert table["key"] == "internkontrollplan"
    assert [c["key"] for c in table["columns"]] == [
        "verksamhet",
        "risk",
        "ansvarig",
        "klart_senast",
    ]
    assert [(r["key"], r["cells"]["verksamhet"]["value"]) for r in table["rows"]] == PLAN_2024
    rows = {r["key"]: r for r in table["rows"]}
    assert rows["hr_1"]["cells"]["risk"]["text"].startswith("Regionövergripande: Risk för ohälsa")
    assert rows["hr_3"]["label"].startswith("Regionövergripande åtgärd: Fördelande chef")
    assert rows["kontinuitetshantering_1"]["label"] == (
        "Ta fram kontinuitetsplan för verksamheten, enligt MSB:s modell."
    )
    assert rows["fastighetsunderhall_1"]["cells"]["risk"]["text"].endswith("(Revisionsrapport)")
    assert rows["fastighetsunderhall_2"]["cells"]["klart_senast"] == {"value": None, "text": "–"}
    assert blocks(section, "legend") == [] and blocks(section, "paragraph") == []


def test_plan_2025_as_004_prints_it(db: Any) -> None:
    [table] = blocks(section_of(report_json("verksamhetsplan", "--year", "2025")), "table")
    processes = [r["cells"]["verksamhet"]["value"] for r in table["rows"]]
    assert len(table["rows"]) == 12
    assert processes.count("HR") == 3 and processes.count("Informationssäkerhet") == 3
    assert processes.count("Kontinuitetshandling") == 3
    assert processes.count("Fastighetsunderhåll") == 1 and processes.count("Ekonomi") == 2
    rows = {r["key"]: r for r in table["rows"]}
    assert rows["ekonomi_2"]["label"] == (
        "Kontroll av andelen inköp i marknadsplats har ökat mot 2023."
    )
    assert rows["hr_1"]["cells"]["risk"]["text"] == (
        "Regionövergripande: Risk att systematiskt arbetsmiljöarbete (SAM) inte är "
        "välfungerande i vardagen."
    )


def test_no_section_for_a_year_without_plan(board: Board) -> None:
    plan_year = plan_services.plan_year_create(
        actor=SYSTEM, board=board, year=2022, title="Verksamhetsplan med budget 2022"
    )
    assert not ControlPlan.objects.filter(plan_year=plan_year).exists()
    assert build(BuildContext(user=SYSTEM, plan_year=plan_year, period=None)) is None


def test_the_section_adds_no_discrepancy(db: Any) -> None:
    """002 §8 prints no totals; the document's only discrepancies stay the economy's."""
    document = report_json("verksamhetsberattelse", "--year", "2021", "--period", "helar")
    assert not [d for d in document["discrepancies"] if d["table"] == "internkontrollplan"]
