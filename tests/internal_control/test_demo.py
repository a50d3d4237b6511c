"""The demo carries the seeds' internal control: 002 §8 (2021 plan, follow-up, ISK), 003 §9.1
(2024) and 004 §9.1 (2025)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from arshjul.audit.models import AuditEvent
from arshjul.internal_control import demo
from arshjul.internal_control.models import (
    Action,
    ActionFollowup,
    ControlPlan,
    IskAssessment,
    PlanRisk,
    Risk,
)
from arshjul.internal_control.symbols import ACTION_STATUS, NOT_REPORTED, RISK_LEVEL
from arshjul.organisations.models import Board
from tests.conftest import client_for


def test_plans_risks_and_actions_per_year(board: Board) -> None:
    sizes = {
        plan.plan_year.year: (
            PlanRisk.objects.filter(plan=plan).count(),
            Action.objects.filter(plan_risk__plan=plan).count(),
        )
        for plan in ControlPlan.objects.filter(plan_year__board=board).select_related("plan_year")
    }
    assert sizes == {2021: (8, 18), 2024: (5, 11), 2025: (7, 12)}
    # shared across years: the same risk text stands in several plans
    shared = Risk.objects.get(board=board, key="informationssakerhet")
    assert sorted(shared.plan_risks.values_list("plan__plan_year__year", flat=True)) == [
        2021,
        2024,
        2025,
    ]
    assert Risk.objects.filter(board=board).count() == 17


def test_followup_2021_statuses_and_answers(board: Board) -> None:
    followups = ActionFollowup.objects.filter(period__plan_year__year=2021, period__key="helar")
    assert Counter(followups.values_list("status", flat=True)) == {
        "avslutad": 13,
        "delvis": 2,
        "ej_genomford": 3,
    }
    assert Counter(followups.values_list("next_year", flat=True)) == {"ja": 9, "nej": 9}
    assert Counter(followups.values_list("effect", flat=True)) == {
        "ja": 11,
        "delvis": 2,
        "ej_genomford": 3,
        "": 2,
    }
    region_wide = Action.objects.filter(plan_risk__plan__plan_year__year=2021, region_wide=True)
    assert region_wide.count() == 6
    responsible = Action.objects.filter(
        plan_risk__plan__plan_year__year=2021, responsible__isnull=False
    ).values_list("responsible__key", flat=True)
    assert Counter(responsible) == {"mt": 2, "fastigheter": 1}


def test_isk_2021_sufficient_and_only_2021(board: Board) -> None:
    [isk] = IskAssessment.objects.filter(plan__plan_year__board=board)
    assert isk.plan.plan_year.year == 2021 and isk.sufficient is True
    assert isk.reasoning


def test_audit_report_and_requirements(board: Board) -> None:
    anskaffning = Risk.objects.get(board=board, key="mt_anskaffning")
    assert anskaffning.audit_report == "Revisionsrapport 19RS3049"
    assert Risk.objects.get(board=board, key="informationssakerhet").requirements == "ce"
    assert not Risk.objects.filter(board=board, probability__isnull=False).exists()


def test_load_again_changes_nothing(board: Board) -> None:
    events = AuditEvent.objects.count()
    demo.load(board)
    assert AuditEvent.objects.count() == events


def test_symbols_differ_in_shape_and_text() -> None:
    statuses = [*ACTION_STATUS.values(), NOT_REPORTED]
    assert len({s.shape for s in statuses}) == len({s.text for s in statuses}) == 4
    assert [s.shape for s in ACTION_STATUS.values()] == ["✓", "◐", "⚠"]
    assert len({s.shape for s in RISK_LEVEL.values()}) == 4


def test_html_document_shows_the_section(users: dict[str, Any]) -> None:
    client = client_for(users["lasare"])
    response = client.get(
        "/servicenamnden/2021/rapporter/verksamhetsberattelse/?period=helar&format=html"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Intern styrning och kontroll" in html and "⚠ Ej genomförd" in html
    assert "ISK-bedömning:" in html
