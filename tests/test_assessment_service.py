"""assessment_save: access, validation, sanitising and exactly one audit event per write."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from arshjul.audit.models import AuditEvent
from arshjul.followup import services
from arshjul.followup.models import Assessment, Period
from arshjul.planning.models import Item


def helar(item: Item) -> Period:
    return Period.objects.get(plan_year=item.plan_year, key="helar")


def state() -> tuple[int, int, list[Any]]:
    return (
        Assessment.objects.count(),
        AuditEvent.objects.count(),
        list(Assessment.objects.order_by("pk").values()),
    )


def test_reporter_saves_own_unit_item_with_one_audit_event(
    users: dict[str, Any], it_indicator: Item
) -> None:
    before = AuditEvent.objects.count()
    assessment = services.assessment_save(
        actor=users["rapportor-it"],
        item=it_indicator,
        period=helar(it_indicator),
        status_override="helt",
        comment="<p>Klart <script>x</script></p>",
    )
    assert assessment.status_override == "helt"
    assert assessment.comment == "<p>Klart </p>"
    events = AuditEvent.objects.filter(pk__gt=0).order_by("-pk")
    assert AuditEvent.objects.count() == before + 1
    event = events.first()
    assert event is not None
    assert event.action == "followup.assessment.save"
    assert event.actor == users["rapportor-it"]
    assert event.before is not None and event.before["status_override"] == "delvis"
    assert event.after is not None and event.after["status_override"] == "helt"


@pytest.mark.parametrize("username", ["rapportor-it", "lasare"])
def test_refused_write_changes_nothing_and_logs_nothing(
    users: dict[str, Any], fastigheter_item: Item, username: str
) -> None:
    before = state()
    with pytest.raises(PermissionDenied):
        services.assessment_save(
            actor=users[username],
            item=fastigheter_item,
            period=helar(fastigheter_item),
            fulfilment="uppnatt",
        )
    assert state() == before


def test_fastigheter_reporter_may_report_on_fastigheter(
    users: dict[str, Any], fastigheter_item: Item
) -> None:
    saved = services.assessment_save(
        actor=users["rapportor-fastigheter"],
        item=fastigheter_item,
        period=helar(fastigheter_item),
        fulfilment="mindre_avvikelse",
    )
    assert saved.fulfilment == "mindre_avvikelse"


def test_locked_period_rejects_edit(users: dict[str, Any], numeric_indicator: Item) -> None:
    period = services.period_lock(actor=users["controller"], period=helar(numeric_indicator))
    before = state()
    with pytest.raises(ValidationError, match="låst"):
        services.assessment_save(
            actor=users["controller"], item=numeric_indicator, period=period, outcome=D(60)
        )
    assert state() == before


def test_reporter_cannot_lock_a_period(users: dict[str, Any], numeric_indicator: Item) -> None:
    before = state()
    with pytest.raises(PermissionDenied):
        services.period_lock(actor=users["rapportor-it"], period=helar(numeric_indicator))
    assert state() == before


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"status_override": "helt"}, "override_reason"),
        ({"outcome": D(50), "value_missing": True}, "value_missing"),
        ({"fulfilment": "uppnatt"}, "fulfilment"),
    ],
)
def test_invalid_indicator_assessment_is_refused(
    users: dict[str, Any], numeric_indicator: Item, values: dict[str, Any], field: str
) -> None:
    before = state()
    with pytest.raises(ValidationError) as info:
        services.assessment_save(
            actor=users["controller"],
            item=numeric_indicator,
            period=helar(numeric_indicator),
            **values,
        )
    assert field in info.value.message_dict
    assert state() == before


def test_goal_cannot_have_an_outcome(users: dict[str, Any], plan_2021: Any) -> None:
    goal = Item.objects.filter(plan_year=plan_2021, item_type__behaviour="goal").first()
    assert goal is not None
    with pytest.raises(ValidationError):
        services.assessment_save(
            actor=users["controller"], item=goal, period=helar(goal), outcome=D(1)
        )


def test_manual_override_with_reason_is_shown_as_overridden(
    users: dict[str, Any], numeric_indicator: Item
) -> None:
    from arshjul.followup.selectors import item_node

    services.assessment_save(
        actor=users["controller"],
        item=numeric_indicator,
        period=helar(numeric_indicator),
        outcome=D("53.85"),
        status_override="helt",
        override_reason="Målet justerat av nämnden.",
    )
    node = item_node(
        user=users["controller"], item=numeric_indicator, period=helar(numeric_indicator)
    )
    assert node.evaluation.status == "helt"
    assert node.evaluation.computed_status == "delvis"
    assert node.evaluation.overridden is True
    assert node.evaluation.override_reason == "Målet justerat av nämnden."
