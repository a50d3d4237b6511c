"""Writes of the follow-up. Each runs in a transaction, checks access, validates and writes
exactly one audit event."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from arshjul.audit.services import audit_record, save_audited, snapshot
from arshjul.core.sanitising import sanitise_html
from arshjul.followup.models import Assessment, Period
from arshjul.organisations import access
from arshjul.planning.models import Behaviour, Item, PlanYear

_ASSESSMENT_FIELDS = ("updated_at", "updated_by")


def _validate_assessment(item: Item, values: dict[str, Any]) -> None:
    behaviour = item.item_type.behaviour
    errors: dict[str, str] = {}
    if behaviour == Behaviour.INDICATOR:
        indicator = item.indicator
        if values["fulfilment"]:
            errors["fulfilment"] = "En indikator bedöms med status, inte måluppfyllelse."
        has_value = any(values[k] is not None for k in ("outcome", "outcome_women", "outcome_men"))
        if values["value_missing"] and has_value:
            errors["value_missing"] = "Ange antingen ett utfall eller att värdet saknas, inte båda."
        if indicator.is_numeric and values["status_override"] and not values["override_reason"]:
            errors["override_reason"] = "Ange skälet till att statusen sätts för hand."
        if not indicator.is_numeric and has_value:
            errors["outcome"] = "En kvalitativ indikator har ingen siffra; ange status."
    else:
        for key in ("outcome", "outcome_women", "outcome_men"):
            if values[key] is not None:
                errors[key] = "Bara indikatorer har utfall."
        if values["status_override"] or values["value_missing"]:
            errors["status_override"] = "Bara indikatorer har status."
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def assessment_save(
    *,
    actor: Any,
    item: Item,
    period: Period,
    fulfilment: str = "",
    trend: str = "",
    comment: str = "",
    outcome: Decimal | None = None,
    outcome_women: Decimal | None = None,
    outcome_men: Decimal | None = None,
    value_missing: bool = False,
    status_override: str = "",
    override_reason: str = "",
) -> Assessment:
    """Create or change the assessment of ``item`` in ``period``."""
    access.require(access.can_report_on(actor, item), "Du kan bara rapportera för dina enheter.")
    if period.plan_year_id != item.plan_year_id:
        raise ValidationError({"period": "Perioden hör till ett annat år än objektet."})
    if period.locked:
        raise ValidationError({"period": f"{period.name} är låst och kan inte ändras."})
    values = {
        "fulfilment": fulfilment,
        "trend": trend,
        "comment": sanitise_html(comment),
        "outcome": outcome,
        "outcome_women": outcome_women,
        "outcome_men": outcome_men,
        "value_missing": value_missing,
        "status_override": status_override,
        "override_reason": override_reason.strip() if status_override else "",
    }
    _validate_assessment(item, values)
    assessment = Assessment.objects.select_for_update().filter(item=item, period=period).first()
    before = snapshot(assessment, exclude=_ASSESSMENT_FIELDS) if assessment else None
    if assessment is None:
        assessment = Assessment(organisation_id=item.organisation_id, item=item, period=period)
    for key, value in values.items():
        setattr(assessment, key, value)
    assessment.updated_by = actor if getattr(actor, "pk", None) else None
    return save_audited(
        actor=actor,
        action="followup.assessment.save",
        obj=assessment,
        before=before,
        exclude=_ASSESSMENT_FIELDS,
    )


@transaction.atomic
def period_create(
    *,
    actor: Any,
    plan_year: PlanYear,
    key: str,
    name: str,
    start: dt.date,
    end: dt.date,
    order: int,
) -> Period:
    access.require(access.can_plan(actor, plan_year.board))
    period = Period(
        organisation_id=plan_year.organisation_id,
        plan_year=plan_year,
        key=key,
        name=name,
        start=start,
        end=end,
        order=order,
    )
    return save_audited(actor=actor, action="followup.period.create", obj=period)


@transaction.atomic
def period_lock(*, actor: Any, period: Period, locked: bool = True) -> Period:
    """Lock (or reopen) a period: a locked period's assessments cannot change."""
    access.require(access.can_plan(actor, period.plan_year.board))
    period = Period.objects.select_for_update().get(pk=period.pk)
    before = snapshot(period)
    period.locked = locked
    period.save(update_fields=["locked"])
    audit_record(
        actor=actor,
        action="followup.period.lock" if locked else "followup.period.unlock",
        obj=period,
        organisation_id=period.organisation_id,
        before=before,
        after=snapshot(period),
    )
    return period
