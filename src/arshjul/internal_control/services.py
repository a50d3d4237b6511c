"""Writes of internal control, each in a transaction with one audit event and a fresh
permission check (controllers and administrators: ``can_plan``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from arshjul.audit.services import audit_record, save_audited, snapshot
from arshjul.core.slugs import label_key
from arshjul.followup.models import Period
from arshjul.internal_control import calculations as calc
from arshjul.internal_control.models import (
    Action,
    ActionFollowup,
    ActionStatus,
    ControlPlan,
    Effect,
    IskAssessment,
    PlanRisk,
    Risk,
)
from arshjul.organisations import access
from arshjul.organisations.models import Board, Unit
from arshjul.planning.models import PlanYear


def _letters(text: str) -> str:
    try:
        return calc.normalise_letters(text)
    except ValidationError as exc:
        raise ValidationError({"requirements": exc.messages}) from exc


def _unique_key(board: Board, text: str) -> str:
    base = label_key(text)[:60].strip("_") or "risk"
    taken = set(
        Risk.objects.filter(board=board, key__startswith=base).values_list("key", flat=True)
    )
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


@transaction.atomic
def internal_control_plan_create(*, actor: Any, plan_year: PlanYear) -> ControlPlan:
    access.require(access.can_plan(actor, plan_year.board))
    if ControlPlan.objects.filter(plan_year=plan_year).exists():
        raise ValidationError(f"{plan_year.year} har redan en internkontrollplan.")
    plan = ControlPlan(organisation_id=plan_year.organisation_id, plan_year=plan_year)
    return save_audited(actor=actor, action="internal_control.plan.create", obj=plan)


@transaction.atomic
def risk_create(
    *,
    actor: Any,
    board: Board,
    process: str,
    text: str,
    scope: str,
    audit_report: str = "",
    probability: int | None = None,
    consequence: int | None = None,
    requirements: str = "",
    key: str = "",
    plan: ControlPlan | None = None,
) -> Risk:
    """A risk in the register; with ``plan`` it is also chosen for that year's plan (the same
    event records the plan)."""
    access.require(access.can_plan(actor, board))
    if plan is not None and plan.plan_year.board_id != board.pk:
        raise ValidationError("Planen hör till en annan nämnd.")
    risk = Risk(
        organisation_id=board.organisation_id,
        board=board,
        key=key or _unique_key(board, f"{process} {text}"),
        process=process.strip(),
        text=text.strip(),
        scope=scope,
        audit_report=audit_report.strip(),
        probability=probability,
        consequence=consequence,
        requirements=_letters(requirements),
    )
    risk.full_clean()
    risk.save()
    if plan is not None:
        _add_to_plan(plan, risk)
    after = snapshot(risk) | {"plan": plan.pk if plan else None}
    audit_record(
        actor=actor,
        action="internal_control.risk.create",
        obj=risk,
        organisation_id=risk.organisation_id,
        after=after,
    )
    return risk


@transaction.atomic
def risk_update(*, actor: Any, risk: Risk, **fields: Any) -> Risk:
    """Change a risk's text, process, scope, audit report, assessment or requirements."""
    access.require(access.can_plan(actor, risk.board))
    allowed = {"process", "text", "scope", "audit_report", "probability", "consequence"}
    unknown = set(fields) - allowed - {"requirements"}
    if unknown:
        raise ValidationError(f"Okända fält: {', '.join(sorted(unknown))}.")
    before = snapshot(risk)
    for name in allowed & set(fields):
        value = fields[name]
        setattr(risk, name, value.strip() if isinstance(value, str) else value)
    if "requirements" in fields:
        risk.requirements = _letters(fields["requirements"])
    return save_audited(actor=actor, action="internal_control.risk.update", obj=risk, before=before)


def _add_to_plan(plan: ControlPlan, risk: Risk) -> PlanRisk:
    if PlanRisk.objects.filter(plan=plan, risk=risk).exists():
        raise ValidationError("Risken finns redan i planen.")
    last = PlanRisk.objects.filter(plan=plan).aggregate(m=Max("order"))["m"]
    plan_risk = PlanRisk(
        organisation_id=plan.organisation_id,
        plan=plan,
        risk=risk,
        order=(last or 0) + 1,
    )
    plan_risk.full_clean()
    plan_risk.save()
    return plan_risk


@transaction.atomic
def plan_risk_add(*, actor: Any, plan: ControlPlan, risk: Risk) -> PlanRisk:
    """Choose a risk of the register for a year's plan."""
    access.require(access.can_plan(actor, plan.plan_year.board))
    if risk.board_id != plan.plan_year.board_id:
        raise ValidationError("Risken hör till en annan nämnd.")
    plan_risk = _add_to_plan(plan, risk)
    audit_record(
        actor=actor,
        action="internal_control.plan_risk.create",
        obj=plan_risk,
        organisation_id=plan_risk.organisation_id,
        after=snapshot(plan_risk),
    )
    return plan_risk


def _check_action(plan_risk: PlanRisk, responsible: Unit | None) -> None:
    year = plan_risk.plan.plan_year.year
    board_id = plan_risk.plan.plan_year.board_id
    if responsible is not None and (
        responsible.board_id != board_id or not responsible.is_valid_in(year)
    ):
        raise ValidationError({"responsible": f"Enheten finns inte i organisationen {year}."})


@transaction.atomic
def action_create(
    *,
    actor: Any,
    plan_risk: PlanRisk,
    text: str,
    region_wide: bool = False,
    responsible: Unit | None = None,
    deadline: dt.date | None = None,
) -> Action:
    access.require(access.can_plan(actor, plan_risk.plan.plan_year.board))
    _check_action(plan_risk, responsible)
    last = Action.objects.filter(plan_risk=plan_risk).aggregate(m=Max("order"))["m"]
    action = Action(
        organisation_id=plan_risk.organisation_id,
        plan_risk=plan_risk,
        text=text.strip(),
        region_wide=region_wide,
        responsible=responsible,
        deadline=deadline,
        order=(last or 0) + 1,
    )
    return save_audited(actor=actor, action="internal_control.action.create", obj=action)


@transaction.atomic
def action_update(
    *,
    actor: Any,
    action: Action,
    text: str,
    region_wide: bool,
    responsible: Unit | None,
    deadline: dt.date | None,
) -> Action:
    access.require(access.can_plan(actor, action.plan_risk.plan.plan_year.board))
    _check_action(action.plan_risk, responsible)
    before = snapshot(action)
    action.text, action.region_wide = text.strip(), region_wide
    action.responsible, action.deadline = responsible, deadline
    return save_audited(
        actor=actor, action="internal_control.action.update", obj=action, before=before
    )


def _check_followup(action: Action, period: Period, status: str, effect: str) -> None:
    if period.plan_year_id != action.plan_risk.plan.plan_year_id:
        raise ValidationError("Perioden hör inte till planens år.")
    if period.locked:
        raise ValidationError("Perioden är låst.")
    if effect == Effect.NOT_DONE and status != ActionStatus.NOT_DONE:
        raise ValidationError(
            {"effect": "Svaret ”Ej genomförd” passar bara en åtgärd som inte är genomförd."}
        )
    if status == ActionStatus.NOT_DONE and effect not in ("", Effect.NOT_DONE):
        raise ValidationError(
            {"effect": "En åtgärd som inte är genomförd kan inte ha bidragit till effekt."}
        )


@transaction.atomic
def action_followup_save(
    *,
    actor: Any,
    action: Action,
    period: Period,
    status: str,
    effect: str = "",
    effect_text: str = "",
    next_year: str = "",
    next_year_reason: str = "",
    comment: str = "",
) -> ActionFollowup:
    """The follow-up of an action in a period (one row per action and period)."""
    access.require(access.can_plan(actor, action.plan_risk.plan.plan_year.board))
    _check_followup(action, period, status, effect)
    if next_year_reason.strip() and not next_year:
        raise ValidationError({"next_year": "Svara ja eller nej innan du anger skälet."})
    existing = ActionFollowup.objects.filter(action=action, period=period).first()
    before = snapshot(existing, exclude=("updated_by",)) if existing else None
    followup = existing or ActionFollowup(
        organisation_id=action.organisation_id, action=action, period=period
    )
    followup.status, followup.effect, followup.effect_text = status, effect, effect_text.strip()
    followup.next_year, followup.next_year_reason = next_year, next_year_reason.strip()
    followup.comment = comment.strip()
    followup.updated_by = actor if getattr(actor, "pk", None) else None
    return save_audited(
        actor=actor,
        action="internal_control.followup.save",
        obj=followup,
        before=before,
        exclude=("updated_by",),
    )


@transaction.atomic
def isk_assessment_save(
    *, actor: Any, plan: ControlPlan, sufficient: bool, reasoning: str
) -> IskAssessment:
    """The year's ISK-bedömning; the reasoning is required either way."""
    access.require(access.can_plan(actor, plan.plan_year.board))
    if not reasoning.strip():
        raise ValidationError({"reasoning": "Motivera bedömningen."})
    existing = IskAssessment.objects.filter(plan=plan).first()
    before = snapshot(existing) if existing else None
    isk = existing or IskAssessment(organisation_id=plan.organisation_id, plan=plan)
    isk.sufficient, isk.reasoning = sufficient, reasoning.strip()
    return save_audited(
        actor=actor, action="internal_control.isk_assessment.save", obj=isk, before=before
    )


@transaction.atomic
def internal_control_plan_start_from(
    *, actor: Any, previous_plan: ControlPlan, plan_year: PlanYear
) -> ControlPlan:
    """Next year's plan, started with the risks whose follow-up in ``previous_plan`` said "ja"
    to "Ska risken ingå i nästkommande års riskanalys?" (the latest period's answer counts).
    Actions are not copied: next year's actions are decided anew. One audit event."""
    access.require(access.can_plan(actor, plan_year.board))
    previous_year = previous_plan.plan_year
    if plan_year.board_id != previous_year.board_id or plan_year.year <= previous_year.year:
        raise ValidationError("Planen kan bara startas från ett tidigare år på samma nämnd.")
    if ControlPlan.objects.filter(plan_year=plan_year).exists():
        raise ValidationError(f"{plan_year.year} har redan en internkontrollplan.")
    answers = [
        calc.Answer(risk_id, action_id, order, answer)
        for risk_id, action_id, order, answer in ActionFollowup.objects.filter(
            action__plan_risk__plan=previous_plan
        ).values_list("action__plan_risk__risk_id", "action_id", "period__order", "next_year")
    ]
    carried = calc.carried_risks(answers)
    plan = ControlPlan(
        organisation_id=plan_year.organisation_id, plan_year=plan_year, started_from=previous_plan
    )
    plan.full_clean()
    plan.save()
    previous = PlanRisk.objects.filter(plan=previous_plan, risk_id__in=carried).order_by("order")
    PlanRisk.objects.bulk_create(
        PlanRisk(organisation_id=plan.organisation_id, plan=plan, risk_id=p.risk_id, order=n)
        for n, p in enumerate(previous, start=1)
    )
    audit_record(
        actor=actor,
        action="internal_control.plan.start_from",
        obj=plan,
        organisation_id=plan.organisation_id,
        after=snapshot(plan) | {"risks": sorted(carried)},
    )
    return plan
