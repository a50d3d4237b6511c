"""The services of internal control: each rule, one audit event per write, refused writes
write nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from arshjul.audit.models import AuditEvent
from arshjul.followup.models import Period
from arshjul.internal_control import services
from arshjul.internal_control.models import (
    Action,
    ActionFollowup,
    ControlPlan,
    IskAssessment,
    PlanRisk,
    Risk,
)
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board, Unit
from arshjul.planning import services as plan_services
from arshjul.planning.models import PlanYear


@pytest.fixture
def plan(board: Board) -> ControlPlan:
    return ControlPlan.objects.select_related("plan_year__board").get(
        plan_year__board=board, plan_year__year=2021
    )


@pytest.fixture
def helar(plan: ControlPlan) -> Period:
    return Period.objects.get(plan_year=plan.plan_year, key="helar")


@pytest.fixture
def action(plan: ControlPlan) -> Action:
    return (
        Action.objects.select_related("plan_risk__plan__plan_year__board")
        .filter(plan_risk__plan=plan)
        .order_by("plan_risk__order", "order")
        .first()
    )  # type: ignore[return-value]


@pytest.fixture
def plan_2022(board: Board) -> PlanYear:
    return plan_services.plan_year_create(
        actor=SYSTEM, board=board, year=2022, title="Verksamhetsplan med budget 2022"
    )


def counts() -> tuple[int, ...]:
    models = (Risk, ControlPlan, PlanRisk, Action, ActionFollowup, IskAssessment, AuditEvent)
    return tuple(m.objects.count() for m in models)


def events_since(before: int) -> list[AuditEvent]:
    return list(AuditEvent.objects.order_by("pk")[before:])


def test_risk_create_with_plan_writes_risk_plan_risk_and_one_event(
    users: dict[str, Any], board: Board, plan: ControlPlan
) -> None:
    before = AuditEvent.objects.count()
    risk = services.risk_create(
        actor=users["controller"],
        board=board,
        process="Juridik",
        text="Risken att avtal inte följs.",
        scope="namndspecifik",
        probability=3,
        consequence=4,
        requirements="e, c",
        plan=plan,
    )
    assert risk.value == 12 and risk.requirements == "ce"
    assert risk.key == "juridik_risken_att_avtal_inte_foljs"
    assert PlanRisk.objects.filter(plan=plan, risk=risk).exists()
    [event] = events_since(before)
    assert event.action == "internal_control.risk.create"
    assert event.after["plan"] == plan.pk and event.actor == users["controller"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"probability": 5}, "probability"),
        ({"consequence": 0}, "consequence"),
        ({"requirements": "f"}, "requirements"),
        ({"scope": "annat"}, "scope"),
        ({"text": ""}, "text"),
        ({"process": ""}, "process"),
    ],
)
def test_risk_create_refuses_invalid_values(
    users: dict[str, Any], board: Board, fields: dict[str, Any], field: str
) -> None:
    before = counts()
    data = {"process": "HR", "text": "En risk.", "scope": "namndspecifik"} | fields
    with pytest.raises(ValidationError) as exc:
        services.risk_create(actor=users["controller"], board=board, **data)
    assert field in exc.value.message_dict
    assert counts() == before


@pytest.mark.parametrize("role", ["lasare", "rapportor-it", "rapportor-fastigheter"])
def test_only_planners_write(
    users: dict[str, Any], board: Board, plan: ControlPlan, role: str
) -> None:
    before = counts()
    user = users[role]
    with pytest.raises(PermissionDenied):
        services.risk_create(
            actor=user, board=board, process="HR", text="En risk.", scope="namndspecifik"
        )
    with pytest.raises(PermissionDenied):
        services.isk_assessment_save(actor=user, plan=plan, sufficient=False, reasoning="Nej.")
    assert counts() == before


def test_risk_update_records_before_and_after(users: dict[str, Any], board: Board) -> None:
    risk = Risk.objects.get(board=board, key="informationssakerhet")
    before = AuditEvent.objects.count()
    services.risk_update(actor=users["admin"], risk=risk, probability=2, consequence=4)
    [event] = events_since(before)
    assert event.action == "internal_control.risk.update"
    assert event.before["probability"] is None and event.after["probability"] == 2
    risk.refresh_from_db()
    assert risk.value == 8


def test_plan_risk_add_refuses_a_risk_already_in_the_plan(
    users: dict[str, Any], board: Board, plan: ControlPlan
) -> None:
    risk = Risk.objects.get(board=board, key="informationssakerhet")
    before = counts()
    with pytest.raises(ValidationError, match="redan"):
        services.plan_risk_add(actor=users["controller"], plan=plan, risk=risk)
    assert counts() == before


def test_action_create_and_its_responsible_unit_must_exist_that_year(
    users: dict[str, Any], board: Board, plan: ControlPlan
) -> None:
    plan_risk = PlanRisk.objects.filter(plan=plan).first()
    assert plan_risk is not None
    ssc = Unit.objects.get(board=board, key="ssc")  # from 2024
    before = counts()
    with pytest.raises(ValidationError) as exc:
        services.action_create(
            actor=users["controller"], plan_risk=plan_risk, text="Gör något.", responsible=ssc
        )
    assert "responsible" in exc.value.message_dict
    assert counts() == before
    it = Unit.objects.get(board=board, key="it")
    events = AuditEvent.objects.count()
    action = services.action_create(
        actor=users["controller"],
        plan_risk=plan_risk,
        text="Gör något.",
        region_wide=True,
        responsible=it,
        deadline=dt.date(2021, 6, 30),
    )
    assert action.label == "Regionövergripande åtgärd: Gör något."
    assert AuditEvent.objects.count() == events + 1


def test_followup_save_creates_then_updates_one_row(
    users: dict[str, Any], action: Action, helar: Period
) -> None:
    before = AuditEvent.objects.count()
    saved = services.action_followup_save(
        actor=users["controller"],
        action=action,
        period=helar,
        status="delvis",
        effect="delvis",
        next_year="ja",
        next_year_reason="Arbetet fortsätter.",
    )
    assert ActionFollowup.objects.filter(action=action, period=helar).count() == 1
    assert saved.updated_by == users["controller"]
    [event] = events_since(before)
    assert event.action == "internal_control.followup.save"
    assert event.before["status"] == "avslutad" and event.after["status"] == "delvis"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"status": "avslutad", "effect": "ej_genomford"}, "passar bara"),
        ({"status": "ej_genomford", "effect": "ja"}, "inte är genomförd"),
        ({"status": "avslutad", "next_year_reason": "Skäl utan svar."}, "ja eller nej"),
        ({"status": "klar"}, "status"),
        ({"status": "avslutad", "effect": "kanske"}, "effect"),
    ],
)
def test_followup_rules(
    users: dict[str, Any], action: Action, helar: Period, fields: dict[str, Any], message: str
) -> None:
    before = counts()
    with pytest.raises(ValidationError) as exc:
        services.action_followup_save(
            actor=users["controller"], action=action, period=helar, **fields
        )
    assert message in str(exc.value)
    assert counts() == before


def test_followup_refused_in_a_locked_period_or_another_year(
    users: dict[str, Any], action: Action, helar: Period, board: Board
) -> None:
    before = counts()
    helar.locked = True
    with pytest.raises(ValidationError, match="låst"):
        services.action_followup_save(
            actor=users["controller"], action=action, period=helar, status="avslutad"
        )
    other = Period.objects.get(plan_year__board=board, plan_year__year=2024, key="helar")
    with pytest.raises(ValidationError, match="planens år"):
        services.action_followup_save(
            actor=users["controller"], action=action, period=other, status="avslutad"
        )
    assert counts() == before


def test_isk_assessment_needs_reasoning_and_updates_with_one_event(
    users: dict[str, Any], plan: ControlPlan
) -> None:
    before = counts()
    with pytest.raises(ValidationError):
        services.isk_assessment_save(
            actor=users["controller"], plan=plan, sufficient=False, reasoning="  "
        )
    assert counts() == before
    events = AuditEvent.objects.count()
    isk = services.isk_assessment_save(
        actor=users["controller"], plan=plan, sufficient=False, reasoning="Brister i uppföljning."
    )
    assert IskAssessment.objects.filter(plan=plan).count() == 1 and not isk.sufficient
    [event] = events_since(events)
    assert event.before["sufficient"] is True and event.after["sufficient"] is False


def test_plan_start_from_takes_the_risks_whose_follow_up_said_ja(
    users: dict[str, Any], plan: ControlPlan, plan_2022: PlanYear
) -> None:
    events = AuditEvent.objects.count()
    new = services.internal_control_plan_start_from(
        actor=users["controller"], previous_plan=plan, plan_year=plan_2022
    )
    keys = list(
        PlanRisk.objects.filter(plan=new).order_by("order").values_list("risk__key", flat=True)
    )
    # 002 §8.1: ja for HR, Informationssäkerhet, Kontinuitetshandling, Medicinteknisk säkerhet
    assert keys == ["hr_sam_2021", "informationssakerhet", "kontinuitet_2021", "mt_sakerhet"]
    assert new.started_from == plan
    assert not Action.objects.filter(plan_risk__plan=new).exists()
    [event] = events_since(events)
    assert event.action == "internal_control.plan.start_from"


def test_plan_start_from_follows_a_changed_answer(
    users: dict[str, Any], plan: ControlPlan, plan_2022: PlanYear, helar: Period
) -> None:
    mt = Action.objects.get(plan_risk__plan=plan, plan_risk__risk__key="mt_sakerhet")
    services.action_followup_save(
        actor=users["controller"], action=mt, period=helar, status="avslutad", next_year="nej"
    )
    new = services.internal_control_plan_start_from(
        actor=users["controller"], previous_plan=plan, plan_year=plan_2022
    )
    assert "mt_sakerhet" not in set(
        PlanRisk.objects.filter(plan=new).values_list("risk__key", flat=True)
    )


def test_plan_start_from_refuses_an_earlier_year_or_an_existing_plan(
    users: dict[str, Any], board: Board, plan: ControlPlan
) -> None:
    plan_2024 = ControlPlan.objects.get(plan_year__board=board, plan_year__year=2024)
    before = counts()
    with pytest.raises(ValidationError, match="tidigare år"):
        services.internal_control_plan_start_from(
            actor=users["controller"], previous_plan=plan_2024, plan_year=plan.plan_year
        )
    with pytest.raises(ValidationError, match="redan"):
        services.internal_control_plan_start_from(
            actor=users["controller"], previous_plan=plan, plan_year=plan_2024.plan_year
        )
    with pytest.raises(PermissionDenied):
        services.internal_control_plan_start_from(
            actor=users["lasare"], previous_plan=plan, plan_year=plan_2024.plan_year
        )
    assert counts() == before


def test_plan_create_once_per_year(users: dict[str, Any], plan_2022: PlanYear) -> None:
    services.internal_control_plan_create(actor=users["admin"], plan_year=plan_2022)
    with pytest.raises(ValidationError, match="redan"):
        services.internal_control_plan_create(actor=users["admin"], plan_year=plan_2022)


def test_a_risk_added_later_joins_its_process_in_the_plan(
    users: dict[str, Any], board: Board, plan: ControlPlan
) -> None:
    from arshjul.internal_control import selectors

    services.risk_create(
        actor=users["controller"],
        board=board,
        process="HR",
        text="Risken att kompetensförsörjningen brister.",
        scope="namndspecifik",
        plan=plan,
    )
    processes = [row.risk.process for row in selectors.plan_rows(plan=plan, period=None)]
    hr = [i for i, process in enumerate(processes) if process == "HR"]
    assert len(hr) >= 2 and hr == list(range(hr[0], hr[-1] + 1))  # one HR block, not two
