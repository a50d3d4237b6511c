"""Internal control's pages per role: who reads (200), who may write (403 for the others), what
does not exist (404), and that a refused or invalid write writes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model

from arshjul.audit.models import AuditEvent
from arshjul.internal_control.models import (
    Action,
    ActionFollowup,
    ControlPlan,
    IskAssessment,
    PlanRisk,
    Risk,
)
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board
from arshjul.planning import services as plan_services
from tests.conftest import client_for

BASE = "/servicenamnden/internkontroll"
ROLES = ["admin", "controller", "rapportor-it", "rapportor-fastigheter", "lasare"]
PLANNERS = {"admin", "controller"}


def counts() -> tuple[int, ...]:
    models = (Risk, ControlPlan, PlanRisk, Action, ActionFollowup, IskAssessment, AuditEvent)
    return tuple(m.objects.count() for m in models)


@pytest.fixture
def ids(board: Board) -> dict[str, int]:
    action = Action.objects.filter(
        plan_risk__plan__plan_year__year=2021, plan_risk__risk__key="juridik_korruption"
    ).first()
    action_2024 = Action.objects.filter(plan_risk__plan__plan_year__year=2024).first()
    assert action is not None and action_2024 is not None
    return {
        "action": action.pk,
        "action_2024": action_2024.pk,
        "risk": Risk.objects.get(board=board, key="juridik_korruption").pk,
        "risk_2024": Risk.objects.get(board=board, key="fastighetsunderhall").pk,
    }


READ_PAGES = ["/2021/", "/2021/?period=helar", "/2024/", "/2025/?period=delar1", "/2021/risker/"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("path", READ_PAGES)
def test_every_role_reads(users: dict[str, Any], role: str, path: str) -> None:
    response = client_for(users[role]).get(BASE + path)
    assert response.status_code == 200
    html = response.content.decode()
    assert ("Följ upp" in html or "Ändra" in html) == (role in PLANNERS)


def test_plan_page_shows_statuses_as_shape_and_text(users: dict[str, Any]) -> None:
    html = client_for(users["lasare"]).get(BASE + "/2021/?period=helar").content.decode()
    assert '<span class="shape" aria-hidden="true">⚠</span> Ej genomförd</span> 3' in html
    assert '<span class="shape" aria-hidden="true">✓</span> Avslutad</span> 13' in html
    assert "Den interna styrningen och kontrollen bedöms som tillräcklig." in html


WRITE_PAGES = [
    "/2021/risker/ny/",
    "/2021/risker/{risk}/",
    "/2021/risker/{risk}/atgarder/ny/",
    "/2021/atgarder/{action}/",
    "/2021/atgarder/{action}/uppfoljning/helar/",
    "/2021/isk/",
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("path", WRITE_PAGES)
def test_write_pages_for_planners_only(
    users: dict[str, Any], ids: dict[str, int], role: str, path: str
) -> None:
    response = client_for(users[role]).get(BASE + path.format(**ids))
    assert response.status_code == (200 if role in PLANNERS else 403)


@pytest.mark.parametrize(
    "path",
    [
        "/2030/",
        "/2030/risker/",
        "/2021/?period=kvartal",
        "/2021/risker/999999/",
        "/2021/risker/{risk_2024}/atgarder/ny/",  # in the register, not in the 2021 plan
        "/2021/atgarder/{action_2024}/",  # an action of another year's plan
        "/2021/atgarder/{action}/uppfoljning/kvartal/",
    ],
)
def test_what_does_not_exist_is_404(users: dict[str, Any], ids: dict[str, int], path: str) -> None:
    assert client_for(users["controller"]).get(BASE + path.format(**ids)).status_code == 404


def test_outsider_gets_404(db: Any) -> None:
    outsider = get_user_model().objects.create_user("utomstaende", password="x")
    assert client_for(outsider).get(BASE + "/2021/").status_code == 404
    assert client_for(outsider).get(BASE + "/2021/isk/").status_code == 404


def test_anonymous_is_sent_to_login(db: Any) -> None:
    from django.test import Client

    response = Client().get(BASE + "/2021/")
    assert response.status_code == 302 and "/logga-in/" in response["Location"]


RISK_POST = {"process": "Juridik", "text": "Risken att avtal inte följs.", "scope": "namndspecifik"}


@pytest.mark.parametrize("role", ["rapportor-it", "rapportor-fastigheter", "lasare"])
def test_refused_writes_write_nothing(
    users: dict[str, Any], ids: dict[str, int], role: str
) -> None:
    client = client_for(users[role])
    before = counts()
    posts = [
        ("/2021/risker/ny/", RISK_POST),
        (f"/2021/risker/{ids['risk']}/", RISK_POST),
        (f"/2021/risker/{ids['risk']}/atgarder/ny/", {"text": "Gör något."}),
        (f"/2021/atgarder/{ids['action']}/", {"text": "Gör något."}),
        (f"/2021/atgarder/{ids['action']}/uppfoljning/helar/", {"status": "avslutad"}),
        ("/2021/isk/", {"sufficient": "nej", "reasoning": "Nej."}),
        (f"/2025/risker/{ids['risk']}/till-planen/", {}),
        ("/2025/skapa/", {}),
    ]
    for path, data in posts:
        assert client.post(BASE + path, data).status_code == 403, path
    assert counts() == before


def test_controller_creates_a_risk_in_the_register_and_the_plan(
    users: dict[str, Any], board: Board
) -> None:
    events = AuditEvent.objects.count()
    data = RISK_POST | {"probability": "3", "consequence": "2", "requirements": ["e", "c"]}
    response = client_for(users["controller"]).post(BASE + "/2025/risker/ny/", data)
    assert response.status_code == 302 and response["Location"] == BASE + "/2025/risker/"
    risk = Risk.objects.get(board=board, text="Risken att avtal inte följs.")
    assert (risk.value, risk.requirements) == (6, "ce")
    assert PlanRisk.objects.filter(risk=risk, plan__plan_year__year=2025).exists()
    assert AuditEvent.objects.count() == events + 1
    html = client_for(users["lasare"]).get(BASE + "/2025/risker/").content.decode()
    assert "Riskvärde 6" in html and "1 risk\n" in html


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (RISK_POST | {"probability": "9"}, "Välj ett giltigt alternativ"),
        (RISK_POST | {"requirements": ["f"]}, "Välj ett giltigt alternativ"),
        (RISK_POST | {"text": ""}, "Beskriv risken."),
        ({}, "Ange verksamhet."),
    ],
)
def test_invalid_risk_is_shown_again_with_errors(
    users: dict[str, Any], data: dict[str, Any], message: str
) -> None:
    before = counts()
    response = client_for(users["controller"]).post(BASE + "/2021/risker/ny/", data)
    assert response.status_code == 422
    assert message in response.content.decode()
    assert counts() == before


def test_followup_form_posts_with_htmx(users: dict[str, Any], ids: dict[str, int]) -> None:
    client = client_for(users["controller"])
    url = f"{BASE}/2021/atgarder/{ids['action']}/uppfoljning/helar/"
    response = client.post(
        url,
        {"status": "avslutad", "effect": "ja", "next_year": "nej", "comment": "Klart."},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Sparat." in html and "<html" not in html
    followup = ActionFollowup.objects.get(action_id=ids["action"], period__key="helar")
    assert (followup.status, followup.effect, followup.comment) == ("avslutad", "ja", "Klart.")
    before = counts()
    response = client.post(
        url, {"status": "avslutad", "effect": "ej_genomford"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 422
    assert "passar bara en åtgärd som inte är genomförd" in response.content.decode()
    assert counts() == before


def test_action_edit_and_isk_edit_redirect_to_the_plan(
    users: dict[str, Any], ids: dict[str, int]
) -> None:
    client = client_for(users["admin"])
    response = client.post(
        f"{BASE}/2021/atgarder/{ids['action']}/",
        {"text": "Ny text.", "region_wide": "on", "deadline": "2021-12-31"},
    )
    assert response.status_code == 302
    action = Action.objects.get(pk=ids["action"])
    assert action.label == "Regionövergripande åtgärd: Ny text." and str(action.deadline) == (
        "2021-12-31"
    )
    response = client.post(
        f"{BASE}/2021/atgarder/{ids['action']}/", {"text": "X", "deadline": "31/12"}
    )
    assert response.status_code == 422 and "ÅÅÅÅ-MM-DD" in response.content.decode()
    response = client.post(f"{BASE}/2021/isk/", {"sufficient": "nej", "reasoning": "Brister."})
    assert response.status_code == 302
    assert IskAssessment.objects.get(plan__plan_year__year=2021).sufficient is False


def test_new_year_plan_started_from_2021(users: dict[str, Any], board: Board) -> None:
    plan_services.plan_year_create(actor=SYSTEM, board=board, year=2022, title="Plan 2022")
    client = client_for(users["controller"])
    html = client.get(BASE + "/2022/").content.decode()
    assert "2022 har ingen internkontrollplan." in html and "Internkontrollplan 2021" in html
    response = client.post(BASE + "/2022/skapa/", {"start_from": "2021"})
    assert response.status_code == 302
    plan = ControlPlan.objects.get(plan_year__year=2022)
    assert plan.plan_risks.count() == 4
    html = client.get(BASE + "/2022/").content.decode()
    assert html.count("Ingen åtgärd ännu") == 4


def test_plan_risk_add_from_the_register(users: dict[str, Any], ids: dict[str, int]) -> None:
    client = client_for(users["controller"])
    response = client.post(f"{BASE}/2025/risker/{ids['risk']}/till-planen/")
    assert response.status_code == 302
    assert PlanRisk.objects.filter(plan__plan_year__year=2025, risk_id=ids["risk"]).exists()
    before = counts()
    assert client.post(f"{BASE}/2025/risker/{ids['risk']}/till-planen/").status_code == 302
    assert counts() == before
