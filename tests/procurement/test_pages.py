"""The procurement pages per role, refused writes writing nothing, and pinned query counts."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arshjul.audit.models import AuditEvent
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board
from arshjul.procurement import services
from arshjul.procurement.models import Appeal, Procurement
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

BASE = "/servicenamnden/upphandling"
ROLES = ["admin", "controller", "rapportor-it", "rapportor-fastigheter", "lasare"]
PLANNERS = {"admin", "controller"}


def _pk(title: str) -> int:
    return Procurement.objects.get(title=title, state="avslutad").pk


@pytest.mark.parametrize("role", ROLES)
def test_year_page_is_read_by_every_member(users: dict[str, Any], role: str) -> None:
    response = client_for(users[role]).get(f"{BASE}/2021/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Bloddatasystem" in text and "KAMTechnology AB" in text
    assert "5,8" in text and "publicerat" in text  # the printed 5,7 is flagged
    assert ("Lägg till upphandling" in text) == (role in PLANNERS)


def test_filters_and_htmx_partial(users: dict[str, Any]) -> None:
    client = client_for(users["lasare"])
    response = client.get(
        f"{BASE}/2021/?state=avslutad&unit=medicinsk_teknik", headers={"HX-Request": "true"}
    )
    text = response.content.decode()
    assert response.status_code == 200 and "<html" not in text
    assert "29 upphandlingar visas." in text
    assert "Magnetkamera" in text and "Bloddatasystem" not in text


def test_index_redirects_to_the_latest_year(users: dict[str, Any]) -> None:
    response = client_for(users["lasare"]).get(f"{BASE}/")
    assert response.status_code == 302 and response["Location"] == f"{BASE}/2021/"


def test_unknown_board_year_and_object_are_404(users: dict[str, Any]) -> None:
    client = client_for(users["controller"])
    assert client.get("/okand/upphandling/2021/").status_code == 404
    assert client.get(f"{BASE}/1800/").status_code == 404
    assert client.get(f"{BASE}/upphandlingar/999999/").status_code == 404
    assert client.get(f"{BASE}/overprovningar/999999/").status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_forms_only_for_planners(users: dict[str, Any], role: str) -> None:
    client = client_for(users[role])
    pk, appeal = _pk("Licenspartner"), Appeal.objects.first()
    urls = [
        f"{BASE}/2021/ny/",
        f"{BASE}/2021/overprovningar/ny/",
        f"{BASE}/upphandlingar/{pk}/",
        f"{BASE}/overprovningar/{appeal.pk}/",  # type: ignore[union-attr]
    ]
    expected = 200 if role in PLANNERS else 403
    assert [client.get(url).status_code for url in urls] == [expected] * 4


@pytest.mark.parametrize("role", ["rapportor-it", "lasare"])
def test_refused_post_writes_nothing(users: dict[str, Any], role: str) -> None:
    before = (Procurement.objects.count(), AuditEvent.objects.count())
    data = {"unit": "upphandlingsavdelningen", "state": "kommande", "title": "Ny"}
    response = client_for(users[role]).post(f"{BASE}/2021/ny/", data)
    assert response.status_code == 403
    response = client_for(users[role]).post(f"{BASE}/upphandlingar/{_pk('Licenspartner')}/", data)
    assert response.status_code == 403
    assert (Procurement.objects.count(), AuditEvent.objects.count()) == before


def test_controller_creates_and_edits(users: dict[str, Any]) -> None:
    client = client_for(users["controller"])
    data = {
        "unit": "medicinsk_teknik",
        "state": "avslutad",
        "title": "Testutrustning",
        "value_mnkr": "2,5",
        "bids": "3",
        "miljokrav": "true",
        "end_date": "2021-03-15",
    }
    response = client.post(f"{BASE}/2021/ny/", data)
    assert response.status_code == 302
    p = Procurement.objects.get(title="Testutrustning")
    assert (p.value_kr, p.bids, p.miljokrav, p.uppforandekod) == (2_500_000, 3, True, None)
    response = client.post(f"{BASE}/upphandlingar/{p.pk}/", data | {"bids": "5"})
    assert response.status_code == 302
    p.refresh_from_db()
    assert p.bids == 5


def test_invalid_form_rerenders_with_swedish_errors(users: dict[str, Any]) -> None:
    before = (Procurement.objects.count(), AuditEvent.objects.count())
    data = {"unit": "medicinsk_teknik", "state": "pagaende", "title": "X", "bids": "4"}
    response = client_for(users["controller"]).post(f"{BASE}/2021/ny/", data)
    assert response.status_code == 422
    assert "Anges bara för avslutade upphandlingar." in response.content.decode()
    response = client_for(users["controller"]).post(
        f"{BASE}/2021/ny/", data | {"bids": "", "value_mnkr": "abc"}
    )
    assert response.status_code == 422
    assert (Procurement.objects.count(), AuditEvent.objects.count()) == before


def test_controller_adds_an_appeal(users: dict[str, Any]) -> None:
    p = Procurement.objects.get(title="Bloddatasystem")
    data = {
        "procurement": str(p.pk),
        "case_number": "21RS1234",
        "company": "Test AB",
        "state": "avslutad",
        "outcome": "dom",
        "decided_on": "2021-10-01",
    }
    response = client_for(users["controller"]).post(f"{BASE}/2021/overprovningar/ny/", data)
    assert response.status_code == 302
    assert Appeal.objects.get(company="Test AB").procurement_title == "Bloddatasystem"


PINNED = {"year": 11, "year_partial": 11, "form": 7}


def _count(client: Any, url: str, **headers: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url, headers=headers).status_code == 200
    return len(ctx.captured_queries)


def _grow(board: Board, n: int) -> None:
    for i in range(n):
        services.procurement_create(
            actor=SYSTEM,
            board=board,
            year=2021,
            unit="samverkan",
            state="avslutad",
            title=f"Extra {i}",
            bids=2,
            miljokrav=True,
        )
        services.appeal_create(
            actor=SYSTEM,
            board=board,
            year=2021,
            procurement=None,
            procurement_title=f"E {i}",
            case_number="21RS1",
            company=f"Bolag {i} AB",
            state="pagaende",
        )


def test_query_counts_are_pinned_and_do_not_grow(users: dict[str, Any], board: Board) -> None:
    client = client_for(users["controller"])
    counts = {
        "year": _count(client, f"{BASE}/2021/"),
        "year_partial": _count(client, f"{BASE}/2021/?state=avslutad", HX_Request="true"),
        "form": _count(client, f"{BASE}/upphandlingar/{_pk('Licenspartner')}/"),
    }
    assert counts == PINNED
    _grow(board, 5)
    assert _count(client, f"{BASE}/2021/") == PINNED["year"]


LIST = f"{BASE}/2021/listsiffror/"


@pytest.mark.parametrize("role", ROLES)
def test_list_figures_only_for_planners_and_refusals_write_nothing(
    users: dict[str, Any], role: str
) -> None:
    client = client_for(users[role])
    expected = 200 if role in PLANNERS else 403
    assert client.get(f"{LIST}?unit=upphandlingsavdelningen&state=avslutad").status_code == expected
    if role not in PLANNERS:
        events = AuditEvent.objects.count()
        response = client.post(
            LIST, {"unit": "upphandlingsavdelningen", "state": "avslutad", "bids": "1"}
        )
        assert response.status_code == 403 and AuditEvent.objects.count() == events


def test_controller_changes_a_list_figure_and_the_summary_follows(users: dict[str, Any]) -> None:
    client = client_for(users["controller"])
    page = client.get(f"{LIST}?unit=upphandlingsavdelningen&state=avslutad").content.decode()
    assert 'name="bids" value="329"' in page  # the recorded figure is where the form starts
    events = AuditEvent.objects.count()
    response = client.post(
        LIST,
        {
            "unit": "upphandlingsavdelningen",
            "state": "avslutad",
            "value_mnkr": "1 700",
            "bids": "342",
            "miljokrav": "49",
            "uppforandekod": "49",
            "social_hansyn": "0",
            "source": "rättad rapport",
        },
    )
    assert response.status_code == 302 and AuditEvent.objects.count() == events + 1
    year = client.get(f"{BASE}/2021/").content.decode()
    assert "342" in year and "6,0" in year  # 342 bids / 57 procurements


def test_bids_on_an_ongoing_list_are_refused_on_the_form(users: dict[str, Any]) -> None:
    client = client_for(users["controller"])
    events = AuditEvent.objects.count()
    response = client.post(
        LIST, {"unit": "upphandlingsavdelningen", "state": "pagaende", "bids": "5"}
    )
    assert response.status_code == 422 and AuditEvent.objects.count() == events
    assert "Anges bara för avslutade upphandlingar." in response.content.decode()
