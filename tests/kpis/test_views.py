"""The pages of the production figures per role (admin, controller, reporters, reader), the
forms (Swedish input, errors, htmx partial), refused writes, and pinned query counts."""

from __future__ import annotations

import json
from decimal import Decimal as D
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arshjul.audit.models import AuditEvent
from arshjul.kpis import services
from arshjul.kpis.models import Figure, FigureValue, KoladaValue
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board
from tests.conftest import client_for

BASE = "/servicenamnden/nyckeltal"
ROLES = ["admin", "controller", "rapportor-it", "rapportor-fastigheter", "lasare"]
PLANNERS = {"admin", "controller"}


@pytest.fixture
def figure(board: Board) -> Figure:
    return Figure.objects.get(board=board, key="medelsvarstid_i_telefonvaxeln_sekunder")


def urls(figure: Figure) -> dict[str, str]:
    return {
        "year": f"{BASE}/2021/",
        "create": f"{BASE}/2021/nytt/",
        "edit": f"{BASE}/2021/{figure.pk}/",
        "value": f"{BASE}/2021/{figure.pk}/utfall/",
        "kolada": f"{BASE}/kolada/",
    }


@pytest.mark.parametrize("role", ROLES)
def test_get_per_role(users: dict[str, Any], figure: Figure, role: str) -> None:
    client = client_for(users[role])
    for name, url in urls(figure).items():
        expected = 200 if name == "year" or role in PLANNERS else 403
        assert client.get(url).status_code == expected, (name, role)
    response = client.get(f"{BASE}/")
    assert response.status_code == 302 and response["Location"].endswith("/nyckeltal/2025/")


def test_anonymous_is_sent_to_login(db: Any) -> None:
    from django.test import Client

    response = Client().get(f"{BASE}/2021/")
    assert response.status_code == 302 and "/logga-in/" in response["Location"]


def test_not_found(users: dict[str, Any], figure: Figure) -> None:
    client = client_for(users["controller"])
    assert client.get(f"{BASE}/2019/").status_code == 404  # no plan that year
    assert client.get(f"{BASE}/2021/999999/").status_code == 404
    assert client.get("/ingen-namnd/nyckeltal/2021/").status_code == 404


def test_year_page_shows_figures(users: dict[str, Any]) -> None:
    html = client_for(users["lasare"]).get(f"{BASE}/2021/").content.decode()
    assert "Medelsvarstid i telefonväxeln, sekunder" in html
    assert "25,8\u00a0sek" in html and "+6,3\u00a0sek" in html
    assert "↘</span> Försämrats" in html and "saknar jämförelsetal" in html
    assert "Målvärde: 17 sekunder" in html
    assert "Lägg till nyckeltal" not in html  # a reader sees no write links


@pytest.mark.parametrize("role", ["rapportor-it", "rapportor-fastigheter", "lasare"])
def test_refused_writes_write_nothing(users: dict[str, Any], figure: Figure, role: str) -> None:
    client = client_for(users[role])
    before = (Figure.objects.count(), FigureValue.objects.count(), AuditEvent.objects.count())
    u = urls(figure)
    data = {"outcome": "30", "label": "Nytt"}
    assert client.post(u["create"], data).status_code == 403
    assert client.post(u["edit"], data).status_code == 403
    assert client.post(u["value"], data).status_code == 403
    upload = SimpleUploadedFile("a.json", b'{"values": []}')
    assert client.post(u["kolada"], {"file": upload}).status_code == 403
    after = (Figure.objects.count(), FigureValue.objects.count(), AuditEvent.objects.count())
    assert after == before
    figure.refresh_from_db()
    assert figure.label == "Medelsvarstid i telefonväxeln, sekunder"


FIGURE_POST = {
    "label": "Antal ärenden i kundtjänst",
    "unit": "st",
    "direction": "higher",
    "change_kind": "percent",
    "decimals": "0",
    "change_decimals": "1",
    "scope_note": "",
    "kolada_kpi": "",
    "source": "entered",
    "valid_from": "2021",
    "valid_to": "",
}


def test_create_and_set_value(users: dict[str, Any], board: Board) -> None:
    client = client_for(users["controller"])
    response = client.post(f"{BASE}/2021/nytt/", FIGURE_POST)
    assert response.status_code == 302
    created = Figure.objects.get(board=board, key="antal_arenden_i_kundtjanst")
    response = client.post(
        f"{BASE}/2021/{created.pk}/utfall/",
        {"outcome": "1 234", "target": "1 500", "target_text": "", "note": ""},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert 'id="value-form"' in response.content.decode()
    assert "<html" not in response.content.decode()  # the htmx partial only
    value = FigureValue.objects.get(figure=created, year=2021)
    assert (value.outcome, value.target) == (D(1234), D(1500))


def test_create_errors_rerender(users: dict[str, Any]) -> None:
    client = client_for(users["controller"])
    events = AuditEvent.objects.count()
    response = client.post(f"{BASE}/2021/nytt/", FIGURE_POST | {"label": "Antal personalmåltider"})
    assert response.status_code == 422
    assert "Nämnden har redan ett nyckeltal med den benämningen." in response.content.decode()
    response = client.post(f"{BASE}/2021/nytt/", FIGURE_POST | {"kolada_kpi": "X1"})
    assert response.status_code == 422 and "N00945" in response.content.decode()
    assert AuditEvent.objects.count() == events


def test_value_errors_rerender(users: dict[str, Any], figure: Figure) -> None:
    client = client_for(users["controller"])
    before = FigureValue.objects.get(figure=figure, year=2021).outcome
    response = client.post(f"{BASE}/2021/{figure.pk}/utfall/", {"outcome": "abc"})
    assert response.status_code == 422
    assert "”abc” är inte ett tal." in response.content.decode()
    response = client.post(f"{BASE}/2021/{figure.pk}/utfall/", {"outcome": ""})
    assert response.status_code == 422 and "Ange ett utfall eller ett målvärde." in (
        response.content.decode()
    )
    assert FigureValue.objects.get(figure=figure, year=2021).outcome == before


def test_edit_figure(users: dict[str, Any], figure: Figure) -> None:
    client = client_for(users["admin"])
    data = FIGURE_POST | {
        "label": figure.label,
        "unit": "sek",
        "direction": "lower",
        "change_kind": "absolute",
        "decimals": "1",
        "valid_from": "2020",
    }
    response = client.post(f"{BASE}/2021/{figure.pk}/", data | {"scope_note": "(Regionen)"})
    assert response.status_code == 200 and "är sparat" in response.content.decode()
    figure.refresh_from_db()
    assert figure.scope_note == "(Regionen)"


def test_kolada_upload(users: dict[str, Any], board: Board) -> None:
    client = client_for(users["controller"])
    good = {
        "values": [
            {
                "kpi": "N00945",
                "municipality": "0018",
                "period": 2021,
                "values": [{"gender": "T", "count": 1, "status": "", "value": 12.3}],
            }
        ]
    }
    upload = SimpleUploadedFile("n.json", json.dumps(good).encode())
    response = client.post(f"{BASE}/kolada/", {"file": upload}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "Importerad: n.json, 1 värden" in (
        response.content.decode()
    )
    count = KoladaValue.objects.count()
    bad = SimpleUploadedFile("bad.json", b'{"values": [{"kpi": "X"}]}')
    response = client.post(f"{BASE}/kolada/", {"file": bad})
    html = response.content.decode()
    assert response.status_code == 422 and "bad.json, fält values[0].kpi" in html
    assert "Ingenting sparades" in html
    assert KoladaValue.objects.count() == count


def _count(client: Any, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


PINNED = {
    # page: {role: queries}
    "year": {"controller": 12, "lasare": 11},  # 2 of them the procurement shares (both years)
    "edit": {"controller": 8},
    "kolada": {"controller": 7},
}


def test_query_counts_are_pinned(users: dict[str, Any], figure: Figure) -> None:
    u = urls(figure)
    counted = {
        page: {role: _count(client_for(users[role]), u[page]) for role in roles}
        for page, roles in PINNED.items()
    }
    assert counted == PINNED


def test_year_page_queries_do_not_grow_with_figures(users: dict[str, Any], board: Board) -> None:
    client = client_for(users["controller"])
    before = _count(client, f"{BASE}/2021/")
    for i in range(15):
        extra = services.figure_create(
            actor=SYSTEM,
            board=board,
            label=f"Extra nyckeltal {i}",
            unit="st",
            kolada_kpi="N00945",
            valid_from=2020,
        )
        services.figure_value_set(actor=SYSTEM, figure=extra, year=2021, outcome=D(i))
        services.figure_value_set(actor=SYSTEM, figure=extra, year=2020, outcome=D(i + 1))
    assert _count(client, f"{BASE}/2021/") == before + 1  # + the Kolada values, once
