"""The governance model is data: nesting, units per year and summary rows follow the rows."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from arshjul.audit.models import AuditEvent
from arshjul.followup import services as followup_services
from arshjul.followup.selectors import fulfilment_summary
from arshjul.organisations.access import SYSTEM
from arshjul.planning import services
from arshjul.planning.models import Item
from tests.factories import PeriodFactory, PlanYearFactory, UnitFactory


@pytest.fixture
def model(db: Any) -> dict[str, Any]:
    """A made-up governance model: Fokusområde ▸ Mål ▸ Nyckeltal, and Uppdrag under Mål."""
    plan_year = PlanYearFactory(year=2026)
    unit = UnitFactory(board=plan_year.board, valid_from=2025, valid_to=None)
    old_unit = UnitFactory(board=plan_year.board, valid_from=2020, valid_to=2024)
    make = services.item_type_create
    area = make(
        actor=SYSTEM,
        plan_year=plan_year,
        key="fokus",
        name="Fokusområde",
        name_plural="Fokusområden",
        behaviour="group",
    )
    goal = make(
        actor=SYSTEM,
        plan_year=plan_year,
        key="mal",
        name="Mål",
        name_plural="Mål",
        behaviour="goal",
        parents=[area],
        summary_key="mal",
        summary_label="Mål",
    )
    kpi = make(
        actor=SYSTEM,
        plan_year=plan_year,
        key="nyckeltal",
        name="Nyckeltal",
        name_plural="Nyckeltal",
        behaviour="indicator",
        parents=[goal],
    )
    task = make(
        actor=SYSTEM,
        plan_year=plan_year,
        key="uppdrag",
        name="Uppdrag",
        name_plural="Uppdrag",
        behaviour="assignment",
        parents=[goal],
        summary_key="uppdrag",
        summary_label="Uppdrag",
    )
    return {
        "plan_year": plan_year,
        "unit": unit,
        "old_unit": old_unit,
        "area": area,
        "goal": goal,
        "kpi": kpi,
        "task": task,
    }


def add(model: dict[str, Any], type_key: str, parent: Item | None = None, **kw: Any) -> Item:
    return services.item_create(
        actor=SYSTEM,
        plan_year=model["plan_year"],
        item_type=model[type_key],
        parent=parent,
        title=kw.pop("title", f"En {type_key}"),
        origin="namnd",
        units=kw.pop("units", [model["unit"]]),
        **kw,
    )


def test_a_new_governance_model_needs_no_code(model: dict[str, Any]) -> None:
    area = add(model, "area")
    goal = add(model, "goal", area)
    add(
        model,
        "kpi",
        goal,
        indicator={
            "measure": "numeric",
            "unit": "%",
            "target_comparator": ">=",
            "target_value": D(90),
        },
    )
    task = add(model, "task", goal, label="Nr", number=7, assignment={"state": "pagaende"})
    period = PeriodFactory(plan_year=model["plan_year"])
    followup_services.assessment_save(actor=SYSTEM, item=goal, period=period, fulfilment="uppnatt")
    followup_services.assessment_save(
        actor=SYSTEM, item=task, period=period, fulfilment="storre_avvikelse"
    )
    rows = fulfilment_summary(plan_year=model["plan_year"], period=period)
    assert [(r.key, r.counts) for r in rows] == [
        ("mal", {"uppnatt": 1, "mindre_avvikelse": 0, "storre_avvikelse": 0}),
        ("uppdrag", {"uppnatt": 0, "mindre_avvikelse": 0, "storre_avvikelse": 1}),
    ]


def test_nesting_follows_the_model(model: dict[str, Any]) -> None:
    area = add(model, "area")
    events = AuditEvent.objects.count()
    with pytest.raises(ValidationError, match="Nyckeltal kan inte ligga under Fokusområde"):
        add(model, "kpi", area, indicator={"measure": "qualitative"})
    with pytest.raises(ValidationError, match="Mål måste ligga under ett annat objekt"):
        add(model, "goal")
    assert AuditEvent.objects.count() == events
    assert Item.objects.filter(plan_year=model["plan_year"]).count() == 1


def test_units_must_exist_in_the_plan_year(model: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="finns inte år 2026"):
        add(model, "area", units=[model["old_unit"]])
    with pytest.raises(ValidationError, match="minst en ansvarig enhet"):
        add(model, "area", units=[])


def test_only_indicators_have_indicator_details(model: dict[str, Any]) -> None:
    area = add(model, "area")
    with pytest.raises(ValidationError):
        add(model, "goal", area, indicator={"measure": "numeric"})


def test_range_target_needs_its_high_end(model: dict[str, Any]) -> None:
    goal = add(model, "goal", add(model, "area"))
    with pytest.raises(ValidationError):
        add(
            model,
            "kpi",
            goal,
            indicator={"measure": "numeric", "target_comparator": "range", "target_value": D(77)},
        )


def test_each_plan_write_logs_one_event(model: dict[str, Any]) -> None:
    events = AuditEvent.objects.count()
    add(model, "area")
    assert AuditEvent.objects.count() == events + 1
    assert AuditEvent.objects.order_by("-pk").first().action == "planning.item.create"  # type: ignore[union-attr]


def test_only_planners_create_items(model: dict[str, Any], users: dict[str, Any]) -> None:
    with pytest.raises(PermissionDenied):
        services.item_create(
            actor=users["rapportor-it"],
            plan_year=model["plan_year"],
            item_type=model["area"],
            title="x",
            origin="namnd",
            units=[model["unit"]],
        )
