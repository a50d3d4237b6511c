"""Kolada import: the API v3 JSON and the flattened CSV of the test data are stored; a
malformed file is refused with its line or field path and nothing is written."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command

from arshjul.audit.models import AuditEvent
from arshjul.kpis import services
from arshjul.kpis.kolada import KoladaImportError, kolada_import
from arshjul.kpis.models import KoladaImport, KoladaValue
from arshjul.kpis.selectors import year_figures
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board

TESTDATA = Path("/work/shared/testdata/kolada")


def api_response(**changes: Any) -> dict[str, Any]:
    """A v3 response: Region Örebro län and Örebro kommun, one value suppressed (null), one
    marked deleted."""
    data: dict[str, Any] = {
        "values": [
            {
                "kpi": "N00945",
                "municipality": "0018",
                "period": 2021,
                "values": [
                    {"gender": "T", "count": 1, "status": "", "value": 12.3},
                    {"gender": "K", "count": 1, "status": "", "value": 10.1},
                    {"gender": "M", "count": 1, "status": "", "value": None},
                ],
            },
            {
                "kpi": "N00945",
                "municipality": "1880",
                "period": "2021",
                "values": [
                    {"gender": "T", "count": 1, "status": "", "value": 40.5},
                    {"gender": "K", "count": 1, "status": "", "value": 1.0, "isdeleted": True},
                ],
            },
        ],
        "count": 2,
        "next_url": None,
    }
    data.update(changes)
    return data


def encode(data: Any) -> bytes:
    return json.dumps(data, indent=2).encode()


def state() -> tuple[int, int, int]:
    return KoladaValue.objects.count(), KoladaImport.objects.count(), AuditEvent.objects.count()


def test_json_is_stored_with_one_event(board: Board, users: dict[str, Any]) -> None:
    values, batches, events = state()
    result = kolada_import(
        actor=users["controller"],
        organisation=board.organisation,
        file_name="n00945.json",
        data=encode(api_response()),
    )
    assert (result.created, result.updated, result.skipped) == (4, 0, 1)
    assert result.kpis == ["N00945"] and result.areas == ["0018", "1880"]
    assert state() == (values + 4, batches + 1, events + 1)
    men = KoladaValue.objects.get(kpi="N00945", area_id="0018", year=2021, gender="M")
    assert men.value is None  # missing stays missing, never 0
    total = KoladaValue.objects.get(kpi="N00945", area_id="0018", year=2021, gender="T")
    assert total.value == D("12.3")


def test_reimport_replaces_values(board: Board, users: dict[str, Any]) -> None:
    kolada_import(
        actor=SYSTEM,
        organisation=board.organisation,
        file_name="a.json",
        data=encode(api_response()),
    )
    changed = api_response()
    changed["values"][0]["values"][0]["value"] = 13.0
    result = kolada_import(
        actor=SYSTEM, organisation=board.organisation, file_name="b.json", data=encode(changed)
    )
    assert (result.created, result.updated) == (0, 4)
    row = KoladaValue.objects.get(kpi="N00945", area_id="0018", year=2021, gender="T")
    assert row.value == D(13)


def test_the_testdata_csv_files(board: Board) -> None:
    first = kolada_import(
        actor=SYSTEM,
        organisation=board.organisation,
        file_name="n00945.csv",
        data=(TESTDATA / "rkolada-sysdata__v3_values_n00945.csv").read_bytes(),
    )
    assert first.created == 63 and first.areas == ["0180", "1280", "1480"]
    assert first.years[0] == 2000 and first.years[-1] == 2020
    second = kolada_import(
        actor=SYSTEM,
        organisation=board.organisation,
        file_name="grp.csv",
        data=(TESTDATA / "rkolada-sysdata__v3_values_grp_data.csv").read_bytes(),
    )
    assert second.created == 192 and second.kpis == ["N03702", "N03703"]
    stockholm = KoladaValue.objects.get(kpi="N00945", area_id="0180", year=2020, gender="T")
    assert stockholm.value == D("40.8")


def test_kolada_value_beside_own_figure(board: Board, users: dict[str, Any]) -> None:
    figure = services.figure_create(
        actor=SYSTEM,
        board=board,
        label="Andel VAB-dagar som tas ut av män",
        unit="%",
        kolada_kpi="N00945",
        change_kind="points",
        valid_from=2020,
    )
    services.figure_value_set(actor=SYSTEM, figure=figure, year=2021, outcome=D(11))
    kolada_import(
        actor=SYSTEM,
        organisation=board.organisation,
        file_name="a.json",
        data=encode(api_response()),
    )
    line = next(x for x in year_figures(board=board, year=2021) if x.figure == figure)
    assert line.outcome == D(11) and line.kolada == D("12.3")  # 0018, not 1880
    assert line.kolada_text() == "12,3\u00a0%"


def test_refused_for_reader(board: Board, users: dict[str, Any]) -> None:
    before = state()
    with pytest.raises(PermissionDenied):
        kolada_import(
            actor=users["lasare"],
            organisation=board.organisation,
            file_name="a.json",
            data=encode(api_response()),
        )
    assert state() == before


def _with(path: tuple[Any, ...], value: Any) -> bytes:
    data = api_response()
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return encode(data)


def _deleted(path: tuple[Any, ...]) -> bytes:
    data = api_response()
    node = data
    for step in path[:-1]:
        node = node[step]
    del node[path[-1]]
    return encode(data)


CSV_HEADER = "gender,count,status,value,kpi,year,municipality_id,municipality,municipality_type\n"
CSV_GOOD = "T,1,,31.3,N00945,2020,0180,Stockholm,K\n"

MALFORMED = [
    ("syntax", encode(api_response())[:-5], "a.json, rad 50, kolumn 15: filen är inte giltig JSON"),
    ("no values", encode({"count": 0}), "fältet ”values” (en lista) saknas"),
    ("kpi", _with(("values", 0, "kpi"), "X945"), "fält values[0].kpi: ”X945”"),
    ("lost zero", _with(("values", 0, "municipality"), 18), "fält values[0].municipality"),
    ("gender F", _with(("values", 0, "values", 1, "gender"), "F"), "values[0].values[1].gender"),
    ("value text", _with(("values", 1, "values", 0, "value"), "abc"), "values[1].values[0].value"),
    ("period", _with(("values", 1, "period"), "20x1"), "fält values[1].period: ”20x1”"),
    ("no value", _deleted(("values", 0, "values", 2, "value")), "values[0].values[2].value"),
    (
        "duplicate",
        _with(("values", 0, "values", 1, "gender"), "T"),
        "fält values[0].values[1]: N00945 0018 2021 T finns redan (values[0].values[0])",
    ),
    ("csv column", b"kpi,year,gender,value\nN00945,2020,T,1\n", "a.json, rad 1, kolumn municip"),
    ("csv year", (CSV_HEADER + CSV_GOOD + "T,1,,2,N00945,tjugo,0180,S,K\n").encode(), "rad 3"),
    ("csv fields", (CSV_HEADER + CSV_GOOD + CSV_GOOD[:-1] + ",extra\n").encode(), "rad 3"),
    ("csv decimal comma", (CSV_HEADER + 'T,1,,"31,3",N00945,2020,0180,S,K\n').encode(), "rad 2"),
    ("empty", b"\n\n", "Filen är tom"),
    ("utf-16", "kpi,year".encode("utf-16"), "UTF-16"),
    ("only header", CSV_HEADER.encode(), "inga värden"),
    ("nested too deep", b"[" * 100_000, "för djupt nästlad eller ett för långt tal"),
    ("count too large", _with(("values", 0, "values", 0, "count"), 10**20), "för stort för ett"),
    ("year of many digits", _with(("values", 1, "period"), "9" * 5000), "values[1].period"),
]


@pytest.mark.parametrize(("case", "data", "message"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_file_is_refused_and_nothing_written(
    board: Board, users: dict[str, Any], case: str, data: bytes, message: str
) -> None:
    before = state()
    with pytest.raises(KoladaImportError) as info:
        kolada_import(
            actor=users["controller"],
            organisation=board.organisation,
            file_name="a.json",
            data=data,
        )
    text = str(info.value)
    assert message in text, text
    assert state() == before


def test_command_imports_and_refuses(board: Board, tmp_path: Path) -> None:
    good = tmp_path / "n00945.json"
    good.write_bytes(encode(api_response()))
    before = KoladaValue.objects.count()
    call_command("kolada", "import", str(good), "--organisation", board.organisation.slug)
    assert KoladaValue.objects.count() == before + 4
    bad = tmp_path / "bad.json"
    bad.write_bytes(_with(("values", 0, "kpi"), "X1"))
    with pytest.raises(CommandError, match=r"bad.json, fält values\[0\].kpi"):
        call_command("kolada", "import", str(bad))
    with pytest.raises(CommandError, match="finns inte"):
        call_command("kolada", "import", str(bad), "--organisation", "ingen")
