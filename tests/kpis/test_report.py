"""The section "Produktions- och nyckeltal" of Verksamhetsberättelse 2021 against seed 002
§5.5: every outcome, change and arrow, the targets, and the reconciliation with the printed
change and arrow (and the procurement shares the seed printed)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from arshjul.kpis import services
from arshjul.kpis.models import Figure
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board
from arshjul.reconciliation.services import published_figure_set
from arshjul.reports.renderers.json import render_json
from arshjul.reports.services import build_document
from tests.reports.helpers import find_table, iter_sections

MINUS, NBSP = "\u2212", "\u00a0"

# row key: (utfall, utfall_fg, forandring text, trend) as the seed prints them
SEED = {
    "antal_personalmaltider": ("138642", "149237", f"{MINUS}7,1{NBSP}%", "forsamrats"),
    "antal_patientmaltider": ("342254", "337586", f"+1,4{NBSP}%", "forbattrats"),
    "medelsvarstid_i_telefonvaxeln_sekunder": ("25.8", "19.5", f"+6,3{NBSP}sek", "forsamrats"),
    "medelsvarstid_i_servicecenter_1_a_linjens_support_sekunder": (
        "13",
        "13",
        f"0,0{NBSP}sek",
        "oforandrat",
    ),
    "andel_ekologiska_livsmedel": ("46", "45", "+1,0", "forbattrats"),
    "matsvinn_tillagad_mat": ("13.7", "15.7", f"{MINUS}2,0", "forbattrats"),
    "antal_skype_och_videomoten": ("140783", "83579", f"+68{NBSP}%", "forbattrats"),
    "andel_multifunktionskrivare_med_follow_print": ("31", None, "", None),
    "energianvandning_el_varme_kyla_per_kvadratmeter": ("-4.8", None, "", None),
}
MT = "andel_utforda_forebyggande_underhall_pa_medicinteknisk_utrustning"
PROCUREMENT = {
    "andel_upphandlingar_dar_miljokrav_stallts": ("94", "91", "-3.0"),
    "andel_upphandlingar_dar_uppforandekod_stallts": ("85", "91", "6.0"),
    "andel_upphandlingar_dar_socialt_hansynstagande_stallts": ("0", "0", "0.0"),
}


def document(year: int = 2021) -> dict[str, Any]:
    doc = build_document(
        user=SYSTEM,
        type_key="verksamhetsberattelse",
        board_slug="servicenamnden",
        year=year,
        period_key="helar",
    )
    return json.loads(render_json(doc))


def section_of(data: dict[str, Any]) -> dict[str, Any] | None:
    """The section wherever the outline placed it (002 prints it as 5.5, under Ekonomi)."""
    return next((s for s in iter_sections(data) if s["key"] == "produktionstal"), None)


def table_of(data: dict[str, Any]) -> dict[str, Any]:
    return find_table(data, "produktionstal")


@pytest.fixture
def doc(db: Any) -> dict[str, Any]:
    return document()


def test_section_shape(doc: dict[str, Any]) -> None:
    section = section_of(doc)
    assert section is not None and section["title"] == "Produktions- och nyckeltal"
    table = table_of(doc)
    assert table["key"] == "produktionstal"
    assert [c["key"] for c in table["columns"]] == [
        "utfall",
        "utfall_fg",
        "forandring",
        "trend",
        "malvarde",
    ]
    assert len(table["rows"]) == 14
    legend = next(b for b in section["blocks"] if b["type"] == "legend")
    assert [e["badge"]["shape"] for e in legend["entries"]] == ["↗", "→", "↘"]


@pytest.mark.parametrize(("key", "expected"), SEED.items())
def test_rows_against_seed(doc: dict[str, Any], key: str, expected: tuple[Any, ...]) -> None:
    rows = {r["key"]: r for r in table_of(doc)["rows"]}
    cells = rows[key]["cells"]
    outcome, previous, change, trend = expected
    assert cells["utfall"]["value"] == outcome
    assert cells["utfall_fg"]["value"] == previous
    assert cells["forandring"]["text"] == change
    assert cells["trend"]["value"] == trend
    if previous is None:
        assert cells["utfall_fg"]["text"] == "saknar jämförelsetal"


def test_mt_row_and_targets(doc: dict[str, Any]) -> None:
    rows = {r["key"]: r for r in table_of(doc)["rows"]}
    mt = next(r for k, r in rows.items() if k.startswith(MT))
    assert mt["cells"]["forandring"]["text"] == f"{MINUS}1,0"
    assert mt["cells"]["trend"]["text"] == "↘ försämrats"
    phone = rows["medelsvarstid_i_telefonvaxeln_sekunder"]["cells"]["malvarde"]
    assert phone == {"value": "17", "text": "Målvärde: 17 sekunder"}
    matsvinn = rows["matsvinn_tillagad_mat"]
    assert matsvinn["label"] == "Matsvinn, tillagad mat (Region Örebro län)"
    assert matsvinn["cells"]["malvarde"]["text"] == "Målvärde 2021: 15,5 %"
    avvikelse = next(r for k, r in rows.items() if k.startswith("avvikelsehantering"))
    assert avvikelse["label"].endswith("(avser januari–juni)")
    assert avvikelse["cells"]["utfall"]["value"] == "84"
    assert avvikelse["cells"]["trend"] == {"value": None, "text": ""}


def test_procurement_shares_are_computed_and_reconciled(doc: dict[str, Any]) -> None:
    rows = {r["key"]: r for r in table_of(doc)["rows"]}
    for key, (previous, printed, change) in PROCUREMENT.items():
        cells = rows[key]["cells"]
        assert cells["utfall_fg"]["value"] == previous
        if cells["utfall"]["value"] is not None:  # the procurement register has 2021 rows
            assert round(Decimal(cells["utfall"]["value"])) == Decimal(printed)
            assert Decimal(cells["forandring"]["value"]) == Decimal(change)
    ours = {d["row"] for d in doc["discrepancies"] if d["table"] == "produktionstal"}
    missing = {k for k in PROCUREMENT if rows[k]["cells"]["utfall"]["value"] is None}
    # every printed change and arrow agrees; a share the register cannot compute is listed
    assert ours == missing


def test_a_wrong_printed_change_is_a_discrepancy(db: Any, board: Board) -> None:
    """A printed change that disagrees with the values is listed, not reproduced."""
    published_figure_set(
        actor=SYSTEM,
        board=board,
        year=2021,
        document="verksamhetsberattelse",
        period="helar",
        table="produktionstal",
        row="antal_personalmaltider",
        column="forandring",
        value="-7.3",
    )
    found = [d for d in document()["discrepancies"] if d["table"] == "produktionstal"]
    assert found == [
        {
            "table": "produktionstal",
            "row": "antal_personalmaltider",
            "column": "forandring",
            "published": "-7.3",
            "computed": "-7.099446",
        }
    ]


def test_a_wrong_printed_arrow_is_a_discrepancy(db: Any, board: Board) -> None:
    figure = Figure.objects.get(board=board, key="matsvinn_tillagad_mat")
    services.figure_update(actor=SYSTEM, figure=figure, direction="higher")
    found = [d for d in document()["discrepancies"] if d["table"] == "produktionstal"]
    assert {(d["row"], d["column"], d["published"], d["computed"]) for d in found} == {
        ("matsvinn_tillagad_mat", "trend", "forbattrats", "forsamrats")
    }


def test_no_section_without_outcomes(db: Any) -> None:
    assert section_of(document(2024)) is None


def test_plan_has_no_section(db: Any) -> None:
    doc = build_document(
        user=SYSTEM,
        type_key="verksamhetsplan",
        board_slug="servicenamnden",
        year=2021,
        period_key=None,
    )
    assert all(s.key != "produktionstal" for s in doc.sections)
