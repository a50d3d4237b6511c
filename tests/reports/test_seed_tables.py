"""Every table the three seeds print is regenerated with the same figures.

``INVENTORY`` lists each table of the seeds (002 Verksamhetsberättelse 2021 with its appendix
Upphandlingsrapport, 003 Verksamhetsplan 2024 with its appendix and the Handlingsplan, 004
Verksamhetsplan 2025 with its appendix): where the seed prints it, which document and table of
ours holds it, and which test compares it. What the seeds print is transcribed in
``tests/reports/seed_printed.py``; a cell agrees when the texts are the same after removing
whitespace (NBSP included) and unifying the minus and dash signs (- − –). Two more readings
are allowed, and only these: an empty printed cell where we print "–" (no figure), and a whole
number where we print the same number with zero decimals ("2 380" for "2 380,0"). Any other
difference is listed below by address with its reason (``OTHERWISE``, ``LABELS``); the seeds'
mistakes are ``DISCREPANT``: our cell shows the computed figure and carries the printed one as
``published``. The figures printed beside a goal's status (outcome, baseline, long-term
target) are ``ENTRY_FIGURES``, compared by their number.
docs/seed-tables.md is this inventory as a table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest

from arshjul.organisations.access import SYSTEM
from arshjul.reports.renderers.json import to_data
from arshjul.reports.services import build_document
from tests.reports import seed_printed as seed
from tests.reports.helpers import find_table, iter_blocks
from tests.reports.seed_printed import Printed

Doc = tuple[str, int, str | None]  # document type, year, period
VB: Doc = ("verksamhetsberattelse", 2021, "helar")
UP: Doc = ("upphandlingsrapport", 2021, "helar")
VP24: Doc = ("verksamhetsplan", 2024, None)
HP: Doc = ("handlingsplan", 2024, None)
VP25: Doc = ("verksamhetsplan", 2025, None)
REPO = Path(__file__).resolve().parents[2]
HERE = "tests/reports/test_seed_tables.py"


@dataclass(frozen=True)
class SeedTable:
    table: str  # the seed's name for it
    seed: str  # seed and section
    documents: tuple[Doc, ...]  # where we hold it (empty: not held)
    key: str  # our table key, or the status list's key for a goal follow-up
    tested_in: str  # the test that compares it
    printed: Printed | None = None  # transcribed here; None: another test compares it
    entries: tuple[str, ...] = ()  # a goal follow-up: the entries (indicators, styrtal)
    note: str = ""  # why it is not held, or what differs


def _here(test: str) -> str:
    return f"{HERE}::{test}"


CELLS = _here("test_seed_table_has_the_printed_figures")
GOALS = _here("test_goal_followup_2021_as_printed")
STYRTAL = _here("test_styrtal_2025_as_printed")
FINANCE = "tests/test_finance_reports.py"
IK = "tests/internal_control/test_report.py"


def _goal(name: str, section: str, key: str, *entries: str) -> SeedTable:
    return SeedTable(f"Indikatorer: {name}", f"002 §{section}", (VB,), key, GOALS, None, entries)


INVENTORY: tuple[SeedTable, ...] = (
    # ── 002 Verksamhetsberättelse helår 2021 ──
    SeedTable(
        "Sammanfattning resultat av mål och uppdrag",
        "002 §4.1",
        (VB,),
        "maluppfyllelse",
        "tests/test_demo_and_reports.py::"
        "test_verksamhetsberattelse_2021_summary_is_computed_as_published",
        note="the seed leaves a count of 0 empty; we print 0",
    ),
    _goal(
        "Mål: Vi gör rätt saker på rätt sätt …",
        "4.3",
        "s_kvalitet",
        "samverkansforum",
        "forandringsledning",
        "produktivitetsnyckeltal",
    ),
    _goal(
        "Mål: Vi arbetar ständigt med att förnya och förbättra våra processer.",
        "4.3",
        "s_kvalitet",
        "avvikelsehantering",
        "kundinvolvering",
        "sammanhallna_leveranser",
    ),
    _goal("Mål: Vi digitaliserar …", "4.3", "s_digitalisering", "digitala_losningar"),
    _goal("Mål: Vi arbetar aktivt för att minska …", "4.3", "s_hallbar", "hallbarhetsprogram"),
    _goal(
        "Effektmål 10",
        "4.4",
        "p_resurs",
        "hme",
        "avi",
        "jamix",
        "frisktal",
        "personalomsattning",
        "vardegrund",
        "digital_kompetens",
        "sjukfranvaro",
    ),
    SeedTable(
        "Frisktal (År 2021 / År 2020, kvinnor, män)",
        "002 §4.4",
        (VB,),
        "frisktal",
        CELLS,
        seed.FRISKTAL_2021,
    ),
    SeedTable(
        "Regionservice 2021: Avgångsorsak, antal (jämförelse med 2020)",
        "002 §4.4",
        (VB,),
        "avgangar",
        CELLS,
        seed.AVGANGAR_2021,
    ),
    _goal("Mål: Våra chefer ska vara ledande kulturbärare …", "4.4", "p_resurs", "hme_ledning"),
    _goal(
        "Mål: Vi bidrar alla till att utveckla vår arbetsmiljö.",
        "4.4",
        "p_resurs",
        "hme_motivation",
    ),
    _goal("Effektmål 11", "4.4", "p_resurs", "resultat_i_balans"),
    _goal(
        "Mål: Regionservice ska ha ett årligt resultat på 2 %.",
        "4.4",
        "p_resurs",
        "resultat_procent",
    ),
    SeedTable(
        "Resultatrapport",
        "002 §5.1",
        (VB,),
        "resultatrapport",
        f"{FINANCE}::test_result_report_2021_has_every_figure_of_the_seed_with_deviations_computed",
    ),
    SeedTable(
        "Driftredovisning servicenämnden",
        "002 §5.2",
        (VB,),
        "driftredovisning",
        CELLS,
        seed.DRIFTREDOVISNING_2021,
        note="rows in our unit order (medicinsk teknik before AUS and kundtjänst)",
    ),
    SeedTable(
        "Sammanställning av bruttoinvesteringar",
        "002 §5.4",
        (VB,),
        "investeringar",
        CELLS,
        seed.INVESTERINGAR_2021,
    ),
    *(
        SeedTable(
            f"Uppföljning större bygginvesteringar: {name}",
            "002 §5.4",
            (VB,),
            key,
            CELLS,
            seed.BYGGPROJEKT_2021[key],
        )
        for name, key in (
            ("Hälso- och sjukvårdsnämnd", "byggprojekt_halso_och_sjukvardsnamnd"),
            ("Folkhovårdsnämnd", "byggprojekt_folkhovardsnamnd"),
            ("Regional tillväxtnämnd", "byggprojekt_regional_tillvaxtnamnd"),
            ("Servicenämnd", "byggprojekt_servicenamnd"),
            ("Regionstyrelsen", "byggprojekt_regionstyrelsen"),
            ("Externa hyresgäster", "byggprojekt_externa_hyresgaster"),
        )
    ),
    SeedTable(
        "Produktions- och nyckeltal",
        "002 §5.5",
        (VB,),
        "produktionstal",
        CELLS,
        seed.PRODUKTIONSTAL_2021,
    ),
    SeedTable(
        "Personalkostnader",
        "002 §6.1",
        (VB,),
        "personalkostnader",
        "tests/people/test_report.py::test_figures_of_the_seed",
    ),
    SeedTable(
        "Kostnadsanalys", "002 §6.2", (VB,), "kostnadsanalys", CELLS, seed.KOSTNADSANALYS_2021
    ),
    SeedTable(
        "Antal tillsvidareanställda årsarbetare",
        "002 §6.3",
        (VB,),
        "arsarbetare",
        CELLS,
        seed.ARSARBETARE_2021,
    ),
    SeedTable("Sjukfrånvaro", "002 §6.4", (VB,), "sjukfranvaro", CELLS, seed.SJUKFRANVARO_2021),
    SeedTable(
        "Internkontrollplan (status och åtgärd per risk)",
        "002 §8.1",
        (VB,),
        "internkontrollplan",
        f"{IK}::test_followup_2021_has_every_action_of_the_seed_with_its_answers",
    ),
    SeedTable(
        'Upphandlingsrapport: antal och värde per lista (prose, "Sammanställning")',
        "002 Bilaga 1",
        (VB, UP),
        "upphandlingar_per_lista",
        CELLS,
        seed.UPPHANDLINGAR_PER_LISTA_2021,
    ),
    SeedTable(
        "Upphandlingsrapport: avslutade upphandlingar, anbud och krav (prose)",
        "002 Bilaga 1",
        (VB, UP),
        "upphandlingar_sammanstallning",
        CELLS,
        seed.UPPHANDLINGAR_SAMMANSTALLNING_2021,
    ),
    *(
        SeedTable(
            f"Upphandlingsrapport: {name} (lists per unit)",
            "002 Bilaga 1",
            (VB, UP),
            key,
            _here("test_procurement_lists_as_printed"),
        )
        for name, key in (
            ("kommande upphandlingar", "upphandlingar_kommande"),
            ("pågående upphandlingar", "upphandlingar_pagaende"),
            ("avslutade upphandlingar", "upphandlingar_avslutade"),
        )
    ),
    SeedTable(
        "Upphandlingsrapport: Överprövningar 2021",
        "002 Bilaga 1",
        (VB, UP),
        "overprovningar",
        _here("test_appeals_as_printed"),
    ),
    # ── 003 Verksamhetsplan med budget 2024 ──
    SeedTable(
        "Ekonomiska nyckeltal",
        "003 §6.2",
        (VP24,),
        "ekonomiska_nyckeltal",
        f"{FINANCE}::test_plan_2024_lists_the_handlingsplan_summary_discrepancies",
        note="the seed prints 3,0% in one cell; we print no unit in the cells",
    ),
    SeedTable(
        "Resultatbudget servicenämnd",
        "003 §6.3",
        (VP24,),
        "resultatrapport",
        CELLS,
        seed.RESULTATBUDGET_2024,
    ),
    SeedTable(
        "Driftbudget servicenämnd",
        "003 §6.4",
        (VP24,),
        "driftbudget",
        CELLS,
        seed.DRIFTBUDGET_2024,
        note="rows in our unit order (IT and medicinsk teknik before inköp och upphandling)",
    ),
    SeedTable(
        "Investeringsbudget",
        "003 §6.5",
        (VP24,),
        "investeringar",
        CELLS,
        seed.INVESTERINGSBUDGET_2024,
    ),
    SeedTable(
        "Internkontrollplan (verksamhet, risk, åtgärd)",
        "003 §9.1",
        (VP24,),
        "internkontrollplan",
        f"{IK}::test_plan_2024_as_003_prints_it",
    ),
    SeedTable(
        "Bilaga: Fastighetsinvesteringar 2024",
        "003 Bilaga",
        (VP24,),
        "investeringsobjekt_byggnader",
        CELLS,
        seed.BILAGA_BYGGNADER_2024,
        note='"Servicenämnden totalt: 188,8" has no row of its own (see NOT_HELD_ROWS)',
    ),
    SeedTable(
        "Bilaga: IT investeringar 2024",
        "003 Bilaga",
        (VP24,),
        "investeringsobjekt_it",
        CELLS,
        seed.BILAGA_IT_2024,
    ),
    SeedTable(
        "Bilaga: Övriga investeringar 2024",
        "003 Bilaga",
        (VP24,),
        "investeringsobjekt_ovrig",
        CELLS,
        seed.BILAGA_OVRIG_2024,
    ),
    SeedTable(
        "Handlingsplan: letterhead (Tjänsteställe, handläggare; Datum; Beteckning)",
        "003 Handlingsplan",
        (),
        "",
        "",
        note="not held: the original's letterhead (Ekonomistaben Regionservice, Lisa Persson, "
        "2023-10-19, Handlingsplan), not data of the plan",
    ),
    *(
        SeedTable(
            f"Handlingsplan: {name}",
            f"003 Handlingsplan {section}",
            (VP24, HP),
            key,
            CELLS,
            seed.HANDLINGSPLAN_2024[key],
        )
        for name, section, key in (
            ("Summering av samtliga åtgärder", "2", "handlingsplan_summering"),
            ("Område stab och kansli", "2.1", "handlingsplan_regionservice_stab"),
            ("Område Fastigheter", "2.1", "handlingsplan_omrade_fastigheter"),
            ("Område Försörjning", "2.1", "handlingsplan_omrade_forsorjning"),
            ("Område inköp och upphandling", "2.1", "handlingsplan_omrade_inkop_och_upphandling"),
            ("Område IT", "2.1", "handlingsplan_omrade_it"),
            ("Område Medicinsk Teknik", "2.1", "handlingsplan_omrade_medicinsk_teknik"),
            ("Område Shared Service Center", "2.1", "handlingsplan_shared_service_center"),
        )
    ),
    # ── 004 Verksamhetsplan med budget 2025 ──
    SeedTable(
        "Program för hållbar utveckling: Övergripande mål and Inriktningsmål",
        "004 §5 (Målsättning nr 7)",
        (),
        "",
        "",
        note="not held: the region's sustainability programme quoted as text; the plan has no "
        "data for it (no item, no figure)",
    ),
    SeedTable(
        "Styrtal (Målsättning nr 8)",
        "004 §5",
        (VP25,),
        "ms8_2025",
        STYRTAL,
        entries=("hme_2025", "sam_2025", "sjukfranvaro_2025"),
        note="utfall senast kända värde and långsiktigt målvärde compared in ENTRY_FIGURES",
    ),
    SeedTable(
        "Styrtal (Målsättning nr 9)",
        "004 §5",
        (VP25,),
        "ms9_2025",
        STYRTAL,
        entries=("budgetunderskott_2025",),
        note="utfall senast kända värde and långsiktigt målvärde compared in ENTRY_FIGURES",
    ),
    SeedTable(
        "Ekonomiska nyckeltal",
        "004 §6.2",
        (VP25,),
        "ekonomiska_nyckeltal",
        CELLS,
        seed.EKONOMISKA_NYCKELTAL_2025,
    ),
    SeedTable(
        "Resultatbudget servicenämnd",
        "004 §6.3",
        (VP25,),
        "resultatrapport",
        CELLS,
        seed.RESULTATBUDGET_2025,
    ),
    SeedTable(
        "Driftbudget servicenämnd",
        "004 §6.4",
        (VP25,),
        "driftbudget",
        CELLS,
        seed.DRIFTBUDGET_2025,
        note="rows in our unit order (IT and medicinsk teknik before inköp och upphandling)",
    ),
    SeedTable(
        "Investeringsbudget",
        "004 §6.5",
        (VP25,),
        "investeringar",
        CELLS,
        seed.INVESTERINGSBUDGET_2025,
    ),
    SeedTable(
        "Internkontrollplan (verksamhet, risk, åtgärd)",
        "004 §9.1",
        (VP25,),
        "internkontrollplan",
        f"{IK}::test_plan_2025_as_004_prints_it",
    ),
    SeedTable(
        "Bilaga 1: Fastighetsinvesteringar 2025",
        "004 Bilaga 1",
        (VP25,),
        "investeringsobjekt_byggnader",
        CELLS,
        seed.BILAGA_BYGGNADER_2025,
    ),
    SeedTable(
        "Bilaga 1: IT investeringar 2025",
        "004 Bilaga 1",
        (VP25,),
        "investeringsobjekt_it",
        CELLS,
        seed.BILAGA_IT_2025,
    ),
    SeedTable(
        "Bilaga 1: Övriga investeringar 2025",
        "004 Bilaga 1",
        (VP25,),
        "investeringsobjekt_ovrig",
        CELLS,
        seed.BILAGA_OVRIG_2025,
    ),
)

# ── how our documents show what the seeds print otherwise ────────────────────────────────────

BETTER, WORSE = "↗ förbättrats", "↘ försämrats"

# a printed sign that we show as another: (year, table) -> column -> printed -> ours
TRANSLATED: dict[tuple[int, str], dict[str, dict[str, str]]] = {
    # 5.5 prints ↑/↓ for better/worse (a shorter answer time is ↑); we print the trend symbols
    # of followup/symbols.py with their word
    (2021, "produktionstal"): {"trend": {"↑": BETTER, "↓": WORSE, "→": "→ oförändrat", "": ""}},
}

# Address (year, table or status list, row or entry, column or field) -> (printed, ours, why)
OTHERWISE: dict[tuple[int, str, str, str], tuple[str, str | None, str]] = {
    **{
        (2021, "investeringar", row, column): (
            "ingår i ovan",
            "–",
            "the seed says the carried-over outcome is included in the line above; we print "
            "no figure",
        )
        for row in ("byggnader_overfort", "it_overfort", "ovrig_overfort")
        for column in ("utfall", "utfall_fg")
    },
    (
        2021,
        "produktionstal",
        "medelsvarstid_i_servicecenter_1_a_linjens_support_sekunder",
        "forandring",
    ): (
        "0,0",
        "0,0\u00a0sek",
        "we print the unit with every change of an answer time",
    ),
    (2021, "upphandlingar_sammanstallning", "upphandlingsavdelningen_helar", "social_hansyn"): (
        "Inga",
        "0",
        '"Inga krav på Social hänsyn har ställts": none of 57',
    ),
    (2021, "upphandlingar_sammanstallning", "medicinsk_teknik_helar", "miljokrav"): (
        "samtliga",
        "29",
        '"I samtliga annonserade upphandlingar": all 29',
    ),
    (2021, "upphandlingar_sammanstallning", "medicinsk_teknik_helar", "uppforandekod"): (
        "samtliga",
        "29",
        '"… möjlig att ställa i samtliga upphandlingar": all 29',
    ),
    (2021, "upphandlingar_sammanstallning", "medicinsk_teknik_helar", "social_hansyn"): (
        "någon",
        "0",
        '"har inte kunnat ställas i någon annonserad upphandling": none of 29',
    ),
    (2021, "mal", "frisktal", "outcome"): (
        "54%",
        "53,85\u00a0% (kvinnor 46,93\u00a0%, män 62,62\u00a0%)",
        "the seed rounds its own table's 53,85 % to 54 % in the indicator row; we print the "
        "table's figure with the women's and men's",
    ),
    **{
        (2021, "mal", key, "target"): (
            printed,
            ours,
            'the seed leaves the comparator implicit ("ska öka"); docs/demo-data-2021.md',
        )
        for key, printed, ours in (
            ("avi", "108", "≥\u00a0108"),
            ("jamix", "120", "≥\u00a0120"),
            ("frisktal", "55%", "≥\u00a055\u00a0%"),
            ("hme_ledning", "81", "≥\u00a081"),
            ("hme_motivation", "76", "≥\u00a076"),
            ("resultat_procent", "2%", "≥\u00a02\u00a0%"),
        )
    },
    (2021, "mal", "sjukfranvaro", "trend"): (
        "↘",
        "↗",
        "the seed's arrow shows that sick leave fell; we show the trend as improved "
        "(docs/demo-data-2021.md)",
    ),
    **{
        (2021, "mal", key, "trend"): ("—", None, "the seed prints a dash, not an arrow")
        for key in ("personalomsattning", "digital_kompetens")
    },
    **{
        (2025, "styrtal", key, "target"): (
            printed,
            ours,
            "the seed leaves the comparator implicit; demo/data/plan_2025.py",
        )
        for key, printed, ours in (
            ("hme_2025", "80", "≥\u00a080"),
            ("sjukfranvaro_2025", "5,5 %", "≤\u00a05,5\u00a0%"),
            ("budgetunderskott_2025", "0 mnkr", "≤\u00a00\u00a0mnkr"),
        )
    },
    (2025, "styrtal", "sam_2025", "target"): (
        "90 %",
        "90–100\u00a0%",
        'the column prints 90 %, the styrtal\'s own text "Mål: 90–100 %"; we show the range',
    ),
}

# (year, table, row) -> (printed label, our label, why)
LABELS: dict[tuple[int, str, str], tuple[str, str, str]] = {
    (2021, "investeringar", "investeringsbidrag"): (
        "Investeringsbidrag (konto 2322, minus-belopp)",
        "Investeringsbidrag (konto 2322, minus-belopp) innevarande års budget",
        "we split every category into this year's budget and the carried-over budget",
    ),
    **{
        (year, "resultatrapport", "verksamhetens_nettokostnad"): (
            "Verksamhetens nettokostnader",
            "Verksamhetens nettokostnad",
            "the plans say nettokostnader, the annual report nettokostnad; one line of the chart",
        )
        for year in (2024, 2025)
    },
    **{
        (year, "driftbudget", "shared_service_center"): (
            "Område shared service center",
            "Shared Service Center",
            "the unit's name in our unit tree",
        )
        for year in (2024, 2025)
    },
    (2025, "investeringar", "it"): (
        "IT-utrustning",
        "It-utrustning",
        "one name for the category in every year",
    ),
}

# The seeds' mistakes: (year, table, row, column) -> (printed, our text). Our cell shows the
# computed figure and carries the printed one as "published"; the document lists it.
DISCREPANT: dict[tuple[int, str, str, str], tuple[str, str]] = {
    **{
        (2021, "byggprojekt_servicenamnd", "servicenamnden_totalt", column): (printed, ours)
        for column, printed, ours in (
            ("investeringskalkyl", "149,0", "482,1"),
            ("budget_tom", "119,0", "359,4"),
            ("utfall_tom", "26,8", "226,4"),
            ("utfall_ar", "1,3", "136,4"),
        )
    },
    (2021, "kostnadsanalys", "forandring_skuld_jour_beredskap_och_overtid", "forandring_procent"): (
        "#DIVISION/0!",
        "–",
    ),
    (2021, "arsarbetare", "tradgardsarb_tradgardstekniker", "forandring_totalt"): ("0,3", "0,2"),
    (2021, "arsarbetare", "summa", "forandring_totalt"): ("46,6", "46,5"),
    (2021, "sjukfranvaro", "schemalagda_timmar", "totalt"): ("2 103 642", "2\u00a0103\u00a0643"),
    (2021, "sjukfranvaro", "schemalagda_timmar", "forandring_totalt"): ("106 059", "106\u00a0060"),
    (2021, "upphandlingar_sammanstallning", "upphandlingsavdelningen_helar", "snitt_anbud"): (
        "5,7",
        "5,8",
    ),
    (2024, "handlingsplan_summering", "personal", "ar_2024"): ("27 039", "27\u00a0579"),
    (2024, "handlingsplan_summering", "personal", "arsarbetare"): ("49", "47,5"),
    (2024, "handlingsplan_summering", "ovriga", "ar_2024"): ("53 801", "55\u00a0856"),
    (2024, "handlingsplan_summering", "totalsumma", "ar_2024"): ("84 754", "87\u00a0349"),
    (2024, "handlingsplan_summering", "totalsumma", "arsarbetare"): ("49", "47,5"),
    (2025, "investeringsobjekt_byggnader", "summa", "rubrik"): (
        "Summa fastighetsinvesteringar 2024",
        "Summa fastighetsinvesteringar 2025",
    ),
}

# Figures of goal entries the seeds print beside a status: (document, list, entry, field) ->
# printed. Ours may add what the seed left out (the comparator, the year of a baseline, the
# gender split), so the figure itself is compared.
ENTRY_FIGURES: dict[tuple[Doc, str, str, str], str] = {
    **{
        (VB, "p_resurs", key, "outcome"): printed
        for key, printed in (("personalomsattning", "4,8%"), ("sjukfranvaro", "6,22%"))
    },
    **{
        (VP25, list_key, key, field): printed
        for list_key, key, baseline, long_term in (
            ("ms8_2025", "hme_2025", "79", "80"),
            ("ms8_2025", "sam_2025", "", "100 %"),
            ("ms8_2025", "sjukfranvaro_2025", "6,1 %", "4,9 %"),
            ("ms9_2025", "budgetunderskott_2025", "0 mnkr", "0 mnkr"),
        )
        for field, printed in (("baseline", baseline), ("long_term_target", long_term))
        if printed
    },
}

# A printed line with no row of its own: (document, table, printed label, printed figure, the
# rows whose sum it is)
NOT_HELD_ROWS = [
    (
        VP24,
        "investeringsobjekt_byggnader",
        "Servicenämnden totalt:",
        "188,8",
        ("servicenamnden_ovriga_omraden", "servicenamnden_fastigheter"),
    ),
]

# ── comparing ─────────────────────────────────────────────────────────────────────────────

DASHES = str.maketrans({"−": "-", "–": "-", "\u2011": "-"})
NUMBER_AND_UNIT = re.compile(r"([-+]?\d+)(\D*)")


def squeeze(text: str) -> str:
    """The text without whitespace (NBSP too) and with one dash for - − –."""
    return "".join(text.split()).translate(DASHES)


def agrees(printed: str, ours: str) -> bool:
    if printed == "":
        return ours in ("", "–")
    p, o = squeeze(printed), squeeze(ours)
    if p == o:
        return True
    whole = NUMBER_AND_UNIT.fullmatch(p)  # "2 380" printed where we show "2 380,0"
    if whole is None:
        return False
    return re.fullmatch(re.escape(whole[1]) + r",0+" + re.escape(whole[2]), o) is not None


def label_agrees(printed: str, ours: str) -> bool:
    return squeeze(printed).rstrip(":") == squeeze(ours).rstrip(":")


def as_number(text: str) -> Decimal | str:
    try:
        return Decimal(squeeze(text).replace(",", "."))
    except InvalidOperation:
        return text


def year_of(doc: Doc) -> int:
    return doc[1]


def compare(doc: Doc, key: str, printed: Printed, table: dict[str, Any]) -> list[str]:
    """Every difference between the printed table and ours that is not accounted for."""
    year, rows = year_of(doc), {row["key"]: row for row in table["rows"]}
    translated = TRANSLATED.get((year, key), {})
    problems = []
    for row_key, (label, *cells) in printed.rows.items():
        row = rows.get(row_key)
        if row is None:
            if any(cells):  # a printed row without figures may be left out
                problems.append(f"{row_key}: no such row")
            continue
        problems += _label_problems(year, key, row_key, label, row["label"])
        for column, text in zip(printed.columns, cells, strict=True):
            if text is None:
                continue
            ours = row["cells"][column]["text"]
            address = (year, key, row_key, column)
            expected = _expected(address, text, translated.get(column))
            if expected is None and not agrees(text, ours):
                problems.append(f"{row_key}/{column}: printed {text!r}, ours {ours!r}")
            elif expected is not None and ours != expected:
                problems.append(f"{row_key}/{column}: expected {expected!r}, ours {ours!r}")
    return problems


def _label_problems(year: int, key: str, row_key: str, printed: str | None, ours: str) -> list[str]:
    if printed is None:
        return []
    if (year, key, row_key, "rubrik") in DISCREPANT:
        printed_there, computed = DISCREPANT[(year, key, row_key, "rubrik")]
        ok = printed == printed_there and ours == computed
    elif (year, key, row_key) in LABELS:
        printed_there, expected, _ = LABELS[(year, key, row_key)]
        ok = printed == printed_there and ours == expected
    else:
        ok = label_agrees(printed, ours)
    return [] if ok else [f"{row_key}: label printed {printed!r}, ours {ours!r}"]


def _expected(
    address: tuple[int, str, str, str], text: str, signs: dict[str, str] | None
) -> str | None:
    """Our text where it is not the printed one read plainly; None: compare with agrees()."""
    if address in DISCREPANT:
        printed, computed = DISCREPANT[address]
        assert printed == text, f"{address}: transcribed {text!r}, listed as {printed!r}"
        return computed
    if address in OTHERWISE:
        printed, ours, _ = OTHERWISE[address]
        assert printed == text, f"{address}: transcribed {text!r}, listed as {printed!r}"
        return ours
    if signs is not None:
        return signs[text]
    return None


@pytest.mark.parametrize(
    ("printed", "ours", "same"),
    [
        ("2 059,1", "2\u00a0059,1", True),  # spaces and NBSP
        ("-13,6", "\u221213,6", True),  # hyphen for the minus sign
        ("91%", "91\u00a0%", True),
        ("2 380", "2\u00a0380,0", True),  # a whole number: the zero decimals left out
        ("-100", "\u2212100,0", True),
        ("", "–", True),  # an empty cell: no figure
        ("", "0,0", False),
        ("20", "20,5", False),
        ("2,7", "2,70", False),
        ("5,7", "5,8", False),
        ("ingår i ovan", "–", False),
        ("0,0", "0,0\u00a0sek", False),
    ],
)
def test_a_cell_agrees_only_in_the_stated_readings(printed: str, ours: str, same: bool) -> None:
    assert agrees(printed, ours) is same


def test_a_label_agrees_without_spaces_and_a_closing_colon() -> None:
    assert label_agrees("Vårdsystem:", "Vårdsystem")
    assert label_agrees("4011+ 4081 Månadslöner", "4011+4081 Månadslöner")
    assert not label_agrees("WiFi nät", "WiFi-nät")


# ── the documents, built once ────────────────────────────────────────────────────────────

DOCUMENTS = sorted({doc for entry in INVENTORY for doc in entry.documents}, key=str)


@pytest.fixture(scope="module")
def documents(django_db_setup: Any, django_db_blocker: Any) -> dict[Doc, dict[str, Any]]:
    with django_db_blocker.unblock():
        return {
            doc: to_data(
                build_document(
                    user=SYSTEM,
                    type_key=doc[0],
                    board_slug="servicenamnden",
                    year=doc[1],
                    period_key=doc[2],
                )
            )
            for doc in DOCUMENTS
        }


def entries_of(data: dict[str, Any], list_key: str) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}

    def walk(entries: list[dict[str, Any]]) -> None:
        for entry in entries:
            found[entry["key"]] = entry
            walk(entry["children"])

    for block in iter_blocks(data, "status_list"):
        if block["key"] == list_key:
            walk(block["entries"])
    return found


def table_ids(entry: SeedTable, doc: Doc) -> str:
    return f"{doc[0]}-{doc[1]}-{entry.key}-{entry.seed.split()[-1]}"


HELD = [(entry, doc) for entry in INVENTORY for doc in entry.documents]


# ── the tests ─────────────────────────────────────────────────────────────────────────────


def test_every_table_of_our_seed_documents_is_in_the_inventory(
    documents: dict[Doc, dict[str, Any]],
) -> None:
    """The inventory is complete both ways: each table of these documents maps to a seed
    table, and each held seed table is found (in any section)."""
    for doc, data in documents.items():
        ours = {block["key"] for block in iter_blocks(data, "table")}
        listed = {e.key for e in INVENTORY if doc in e.documents and not e.entries}
        assert ours == listed, doc


@pytest.mark.parametrize(("entry", "doc"), HELD, ids=[table_ids(entry, doc) for entry, doc in HELD])
def test_seed_table_has_the_printed_figures(
    documents: dict[Doc, dict[str, Any]], entry: SeedTable, doc: Doc
) -> None:
    data = documents[doc]
    if entry.entries:
        assert set(entry.entries) <= set(entries_of(data, entry.key)), entry.key
        return
    table = find_table(data, entry.key)
    assert table["rows"], entry.key
    if entry.printed is None:  # compared cell by cell elsewhere: that test must exist
        path, name = entry.tested_in.split("::")
        assert f"def {name}(" in (REPO / path).read_text(), entry.tested_in
        return
    assert compare(doc, entry.key, entry.printed, table) == []


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[f"{d[0]}-{d[1]}" for d in DOCUMENTS])
def test_the_seeds_mistakes_show_the_computed_figure_and_the_printed_one(
    documents: dict[Doc, dict[str, Any]], doc: Doc
) -> None:
    data = documents[doc]
    held = {e.key for e in INVENTORY if doc in e.documents}
    expected = {(t, r, c) for (y, t, r, c) in DISCREPANT if y == year_of(doc) and t in held}
    assert {(d["table"], d["row"], d["column"]) for d in data["discrepancies"]} == expected
    for table_key, row_key, column in expected:
        printed, _ = DISCREPANT[(year_of(doc), table_key, row_key, column)]
        if column == "rubrik":
            listed = next(d for d in data["discrepancies"] if d["column"] == "rubrik")
            assert listed["published"] == printed
            continue
        row = next(r for r in find_table(data, table_key)["rows"] if r["key"] == row_key)
        assert as_number(row["cells"][column]["published"]) == as_number(printed)


# entry key -> the status list that holds it
LIST_OF = {key: entry.key for entry in INVENTORY for key in entry.entries}


def _status_agrees(printed: str, badge: dict[str, Any] | None) -> bool:
    """ "● Helt", "Helt" (the shape was lost) or "■" (the word was lost)."""
    shape, _, word = printed.partition(" ") if printed[0] in "●◆■○" else ("", "", printed)
    return badge is not None and shape in ("", badge["shape"]) and word in ("", badge["text"])


@pytest.mark.parametrize("key", list(seed.GOALS_2021))
def test_goal_followup_2021_as_printed(documents: dict[Doc, dict[str, Any]], key: str) -> None:
    ours = entries_of(documents[VB], LIST_OF[key])[key]
    title, status, trend, outcome, target = seed.GOALS_2021[key]
    assert squeeze(ours["title"]) == squeeze(title)
    if status is not None:
        assert _status_agrees(status, ours["status"]), (status, ours["status"])
    if trend is not None:
        expected = OTHERWISE.get((2021, "mal", key, "trend"), (trend, trend, ""))[1]
        assert (ours["trend"] or {}).get("shape") == expected
    for field, printed in (("outcome", outcome), ("target", target)):
        if printed is None or (VB, LIST_OF[key], key, field) in ENTRY_FIGURES:
            continue
        if (2021, "mal", key, field) in OTHERWISE:
            listed, expected, _ = OTHERWISE[(2021, "mal", key, field)]
            assert (listed, ours[field]) == (printed, expected)
        else:
            assert agrees(printed, ours[field]), (field, printed, ours[field])


@pytest.mark.parametrize("key", list(seed.STYRTAL_2025))
def test_styrtal_2025_as_printed(documents: dict[Doc, dict[str, Any]], key: str) -> None:
    ours = entries_of(documents[VP25], LIST_OF[key])[key]
    title, _baseline, target, _long_term = seed.STYRTAL_2025[key]
    assert (ours["kind"], squeeze(ours["title"])) == ("Styrtal", squeeze(title))
    listed, expected, _ = OTHERWISE[(2025, "styrtal", key, "target")]
    assert (listed, ours["target"]) == (target, expected)


FIGURE = re.compile(r"\d[\d\s\u00a0]*(?:,\d+)?")


def first_figure(text: str) -> Decimal | None:
    """The first number of a text as a Decimal ("≥ 80" → 80, "6,1 % (2023)" → 6.1)."""
    found = FIGURE.search(text or "")
    return Decimal("".join(found.group().split()).replace(",", ".")) if found else None


@pytest.mark.parametrize(
    "address",
    list(ENTRY_FIGURES),
    ids=[f"{a[0][0]}-{a[0][1]}-{a[2]}-{a[3]}" for a in ENTRY_FIGURES],
)
def test_printed_entry_figure_is_shown(
    documents: dict[Doc, dict[str, Any]], address: tuple[Doc, str, str, str]
) -> None:
    doc, list_key, key, field = address
    entry = entries_of(documents[doc], list_key)[key]
    assert first_figure(entry[field]) == first_figure(ENTRY_FIGURES[address]), entry[field]


@pytest.mark.parametrize("doc", [VB, UP], ids=["verksamhetsberattelse", "upphandlingsrapport"])
@pytest.mark.parametrize("key", list(seed.PROCUREMENT_LISTS_2021))
def test_procurement_lists_as_printed(
    documents: dict[Doc, dict[str, Any]], key: str, doc: Doc
) -> None:
    rows = find_table(documents[doc], key)["rows"]
    appealed = []
    for unit, bullets in seed.PROCUREMENT_LISTS_2021[key]:
        ours = [
            r for r in rows if squeeze(r["cells"]["enhet"]["text"]).lower() == squeeze(unit).lower()
        ]
        shown = [", ".join(filter(None, (r["label"], r["cells"]["kund"]["text"]))) for r in ours]
        printed = [b.removesuffix("**") for b in bullets]
        assert [PROCUREMENT_NAMES.get(p, p) for p in map(squeeze, printed)] == list(
            map(squeeze, shown)
        ), unit
        appealed += [s for s, b in zip(shown, bullets, strict=True) if b.endswith("**")]
    with_dnr = [
        ", ".join(filter(None, (r["label"], r["cells"]["kund"]["text"])))
        for r in rows
        if r["cells"]["dnr"]["text"]
    ]
    assert set(with_dnr) <= set(appealed)


# printed bullet (squeezed) -> our name and customer (squeezed), where they differ
PROCUREMENT_NAMES = {
    squeeze("Fotokoagulator Ögonkliniken, Område specialiserad vård"): squeeze(
        "Fotokoagulator, Ögonkliniken, Område specialiserad vård"
    ),
}

APPEAL_OUTCOMES = {
    "Bolaget har återkallat överprövningen": "Återkallad",
    "Regionen har avbrutit upphandlingen": "Upphandlingen avbruten",
    None: "–",
}


@pytest.mark.parametrize("doc", [VB, UP], ids=["verksamhetsberattelse", "upphandlingsrapport"])
def test_appeals_as_printed(documents: dict[Doc, dict[str, Any]], doc: Doc) -> None:
    rows = {r["label"]: r["cells"] for r in find_table(documents[doc], "overprovningar")["rows"]}
    assert list(rows) == list(seed.APPEALS_2021)
    for company, (procurement, dnr, state, outcome) in seed.APPEALS_2021.items():
        cells = rows[company]
        assert squeeze(cells["upphandling"]["text"]) == squeeze(procurement), company
        assert cells["dnr"]["text"] == dnr
        assert cells["lage"]["text"].lower() == state
        assert cells["utfall"]["text"] == APPEAL_OUTCOMES[outcome]


@pytest.mark.parametrize("row", NOT_HELD_ROWS, ids=[r[2] for r in NOT_HELD_ROWS])
def test_a_printed_subtotal_without_a_row_is_the_sum_of_ours(
    documents: dict[Doc, dict[str, Any]], row: tuple[Any, ...]
) -> None:
    doc, table_key, _label, printed, parts = row
    rows = {r["key"]: r for r in find_table(documents[doc], table_key)["rows"]}
    total = sum(Decimal(rows[key]["cells"]["belopp"]["value"]) for key in parts)
    assert total == as_number(printed)
