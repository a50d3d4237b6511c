"""Writes of the organisation: boards, units and memberships, each audited."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction

from arshjul.audit.services import audit_record, snapshot
from arshjul.organisations import access
from arshjul.organisations.models import Board, Membership, Organisation, Unit


@transaction.atomic
def organisation_create(*, actor: Any, slug: str, name: str) -> Organisation:
    access.require(getattr(actor, "is_superuser", False))
    organisation = Organisation(slug=slug, name=name)
    organisation.full_clean()
    organisation.save()
    audit_record(
        actor=actor,
        action="organisations.organisation.create",
        obj=organisation,
        organisation_id=organisation.pk,
        after=snapshot(organisation),
    )
    return organisation


@transaction.atomic
def board_create(
    *, actor: Any, organisation: Organisation, slug: str, name: str, administration_name: str = ""
) -> Board:
    access.require(getattr(actor, "is_superuser", False))
    board = Board(
        organisation=organisation,
        slug=slug,
        name=name,
        administration_name=administration_name,
    )
    board.full_clean()
    board.save()
    audit_record(
        actor=actor,
        action="organisations.board.create",
        obj=board,
        organisation_id=organisation.pk,
        after=snapshot(board),
    )
    return board


@transaction.atomic
def unit_create(
    *,
    actor: Any,
    board: Board,
    key: str,
    name: str,
    kind: str,
    valid_from: int,
    valid_to: int | None = None,
    parent: Unit | None = None,
    predecessors: Iterable[Unit] = (),
    order: int = 0,
) -> Unit:
    access.require(access.can_administer(actor, board))
    unit = Unit(
        organisation_id=board.organisation_id,
        board=board,
        key=key,
        name=name,
        kind=kind,
        valid_from=valid_from,
        valid_to=valid_to,
        parent=parent,
        order=order,
    )
    unit.full_clean()
    unit.save()
    unit.predecessors.set(list(predecessors))
    audit_record(
        actor=actor,
        action="organisations.unit.create",
        obj=unit,
        organisation_id=board.organisation_id,
        after=snapshot(unit),
    )
    return unit


@transaction.atomic
def membership_set(
    *, actor: Any, board: Board, user: Any, role: str, units: Iterable[Unit] = ()
) -> Membership:
    """Give ``user`` a role on ``board`` (replacing any earlier role there)."""
    access.require(access.can_administer(actor, board))
    membership = Membership.objects.filter(board=board, user=user).first()
    before = snapshot(membership) if membership else None
    if membership is None:
        membership = Membership(organisation_id=board.organisation_id, board=board, user=user)
    membership.role = role
    membership.full_clean()
    membership.save()
    membership.units.set(list(units) if role == Membership.Role.REPORTER else [])
    audit_record(
        actor=actor,
        action="organisations.membership.set",
        obj=membership,
        organisation_id=board.organisation_id,
        before=before,
        after=snapshot(membership),
    )
    return membership
