"""Writes of the plan: plan years, the governance model of a year and its items. Each service
checks access, validates (``full_clean`` plus the model's nesting rules) and writes one audit
event in its transaction."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from arshjul.audit.services import audit_record, save_audited, snapshot
from arshjul.organisations import access
from arshjul.organisations.models import Board, Unit
from arshjul.planning.models import Assignment, Behaviour, Indicator, Item, ItemType, PlanYear


@transaction.atomic
def plan_year_create(
    *,
    actor: Any,
    board: Board,
    year: int,
    title: str,
    status_tolerance: Decimal = Decimal(10),
) -> PlanYear:
    access.require(access.can_plan(actor, board))
    plan_year = PlanYear(
        organisation_id=board.organisation_id,
        board=board,
        year=year,
        title=title,
        status_tolerance=status_tolerance,
    )
    return save_audited(actor=actor, action="planning.plan_year.create", obj=plan_year)


@transaction.atomic
def item_type_create(
    *,
    actor: Any,
    plan_year: PlanYear,
    key: str,
    name: str,
    name_plural: str,
    behaviour: str,
    parents: Iterable[ItemType] = (),
    summary_key: str = "",
    summary_label: str = "",
    order: int = 0,
) -> ItemType:
    """Add a kind of item to a year's governance model. No parents means it may be a root."""
    access.require(access.can_plan(actor, plan_year.board))
    parents = list(parents)
    item_type = ItemType(
        organisation_id=plan_year.organisation_id,
        plan_year=plan_year,
        key=key,
        name=name,
        name_plural=name_plural,
        behaviour=behaviour,
        may_be_root=not parents,
        summary_key=summary_key,
        summary_label=summary_label,
        order=order,
    )
    item_type.full_clean()
    if any(p.plan_year_id != plan_year.pk for p in parents):
        raise ValidationError("En överordnad typ hör till ett annat år.")
    item_type.save()
    item_type.allowed_parents.set(parents)
    audit_record(
        actor=actor,
        action="planning.item_type.create",
        obj=item_type,
        organisation_id=plan_year.organisation_id,
        after=snapshot(item_type),
    )
    return item_type


def _check_nesting(item_type: ItemType, parent: Item | None) -> None:
    if parent is None:
        if not item_type.may_be_root:
            raise ValidationError(
                {"parent": f"{item_type.name} måste ligga under ett annat objekt."}
            )
        return
    allowed = {t.pk for t in item_type.allowed_parents.all()}
    if parent.item_type_id not in allowed:
        raise ValidationError(
            {"parent": f"{item_type.name} kan inte ligga under {parent.item_type.name}."}
        )


def _check_units(units: list[Unit], plan_year: PlanYear) -> None:
    if not units:
        raise ValidationError({"responsible_units": "Ange minst en ansvarig enhet."})
    for unit in units:
        if unit.board_id != plan_year.board_id or not unit.is_valid_in(plan_year.year):
            raise ValidationError(
                {"responsible_units": f"{unit.name} finns inte år {plan_year.year}."}
            )


@transaction.atomic
def item_create(
    *,
    actor: Any,
    plan_year: PlanYear,
    item_type: ItemType,
    title: str,
    origin: str,
    units: Iterable[Unit],
    parent: Item | None = None,
    label: str = "",
    number: int | None = None,
    description: str = "",
    key: str = "",
    order: int = 0,
    continues: Item | None = None,
    indicator: dict[str, Any] | None = None,
    assignment: dict[str, Any] | None = None,
) -> Item:
    """Add an item to the plan, with its indicator or assignment details."""
    access.require(access.can_plan(actor, plan_year.board))
    units = list(units)
    if item_type.plan_year_id != plan_year.pk:
        raise ValidationError({"item_type": "Typen hör till ett annat år."})
    _check_nesting(item_type, parent)
    _check_units(units, plan_year)
    item = Item(
        organisation_id=plan_year.organisation_id,
        plan_year=plan_year,
        item_type=item_type,
        parent=parent,
        title=title,
        origin=origin,
        label=label,
        number=number,
        description=description,
        key=key,
        order=order,
        continues=continues,
    )
    item.full_clean()
    item.save()
    item.responsible_units.set(units)
    after = snapshot(item)
    after["indicator"] = _save_detail(item, Indicator, indicator, Behaviour.INDICATOR)
    after["assignment"] = _save_detail(item, Assignment, assignment, Behaviour.ASSIGNMENT)
    audit_record(
        actor=actor,
        action="planning.item.create",
        obj=item,
        organisation_id=plan_year.organisation_id,
        after=after,
    )
    return item


def _save_detail(
    item: Item,
    model: type[Indicator] | type[Assignment],
    values: dict[str, Any] | None,
    behaviour: str,
) -> dict[str, Any] | None:
    if item.item_type.behaviour != behaviour:
        if values:
            raise ValidationError(f"{item.item_type.name} kan inte ha {model._meta.verbose_name}.")
        return None
    detail = model(organisation_id=item.organisation_id, item=item, **(values or {}))
    detail.full_clean()
    detail.save()
    return snapshot(detail)


@transaction.atomic
def item_link_contributions(*, actor: Any, item: Item, targets: Iterable[Item]) -> Item:
    """Set what ``item`` contributes to (a board goal to a council goal, an activity to a
    board goal)."""
    access.require(access.can_plan(actor, item.plan_year.board))
    targets = list(targets)
    if any(t.organisation_id != item.organisation_id or t.pk == item.pk for t in targets):
        raise ValidationError({"contributes_to": "Ogiltig koppling."})
    before = snapshot(item)
    item.contributes_to.set(targets)
    audit_record(
        actor=actor,
        action="planning.item.link",
        obj=item,
        organisation_id=item.organisation_id,
        before=before,
        after=snapshot(item),
    )
    return item
