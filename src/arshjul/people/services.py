"""Writes of the personnel economy. Each service re-checks that the actor plans the board
(controller or administrator), runs in a transaction, validates and writes exactly one audit
event. A service that saves a set of rows (a year's cost groups, leavers) writes one event
with the whole set before and after."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from arshjul.audit.services import audit_record, save_audited, snapshot
from arshjul.organisations import access
from arshjul.organisations.models import Board
from arshjul.people import calculations as calc
from arshjul.people.models import (
    FteRow,
    LeaverReason,
    Leavers,
    PersonnelCost,
    PersonnelYear,
    SickLeave,
)

SICK_FIELDS = (
    "scheduled_women",
    "scheduled_men",
    "short_women",
    "short_men",
    "long_women",
    "long_men",
)
PER_PERSON_FIELDS = (
    "frisktal",
    "frisktal_women",
    "frisktal_men",
    "employees_women",
    "employees_men",
)


def _year(board: Board, year: int) -> PersonnelYear:
    """The board's personnel year, created (without an event of its own) on first write."""
    if not 1990 <= year <= 2100:
        raise ValidationError({"year": f"Året {year} är orimligt."})
    row, _created = PersonnelYear.objects.get_or_create(
        board=board, year=year, defaults={"organisation_id": board.organisation_id}
    )
    return row


def _plain(amounts: Mapping[str, Decimal]) -> dict[str, str]:
    return {key: str(value) for key, value in sorted(amounts.items())}


@transaction.atomic
def personnel_costs_save(
    *,
    actor: Any,
    board: Board,
    year: int,
    amounts: Mapping[str, Decimal | None],
    growth_rate_entered: Decimal | None = None,
) -> PersonnelYear:
    """A year's cost per account group (kronor; a group given as None is removed) and the
    growth rate as entered (used only while the previous year has no costs)."""
    access.require(access.can_plan(actor, board))
    unknown = sorted(set(amounts) - set(calc.GROUP_KEYS))
    if unknown:
        raise ValidationError(f"Okänd kontogrupp: {', '.join(unknown)}.")
    personnel_year = _year(board, year)
    existing = {c.group: c for c in personnel_year.costs.all()}
    before = {
        "costs": _plain({g: c.amount for g, c in existing.items()}),
        "growth_rate_entered": str(personnel_year.growth_rate_entered),
    }
    for group, amount in amounts.items():
        row = existing.get(group)
        if amount is None:
            if row is not None:
                row.delete()
            continue
        row = row or PersonnelCost(
            organisation_id=board.organisation_id, personnel_year=personnel_year, group=group
        )
        row.amount = amount
        row.full_clean(exclude=["personnel_year"])
        row.save()
    personnel_year.growth_rate_entered = growth_rate_entered
    personnel_year.full_clean()
    personnel_year.save()
    after = {
        "costs": _plain({c.group: c.amount for c in personnel_year.costs.all()}),
        "growth_rate_entered": str(growth_rate_entered),
    }
    audit_record(
        actor=actor,
        action="people.costs.save",
        obj=personnel_year,
        organisation_id=board.organisation_id,
        before=before,
        after=after,
    )
    return personnel_year


@transaction.atomic
def fte_row_save(
    *,
    actor: Any,
    board: Board,
    year: int,
    group: str,
    women: Decimal,
    men: Decimal,
    order: int | None = None,
) -> FteRow:
    """Women and men of an occupational group (created, or updated by its name)."""
    access.require(access.can_plan(actor, board))
    group = " ".join(group.split())
    if not group:
        raise ValidationError({"group": "Ange yrkesgrupp."})
    personnel_year = _year(board, year)
    row = personnel_year.fte_rows.filter(group__iexact=group).first()
    before = snapshot(row) if row else None
    if row is None:
        last = personnel_year.fte_rows.order_by("-order").values_list("order", flat=True).first()
        row = FteRow(
            organisation_id=board.organisation_id,
            personnel_year=personnel_year,
            order=(last or 0) + 1,
        )
    row.group, row.women, row.men = group, women, men
    if order is not None:
        row.order = order
    return save_audited(actor=actor, action="people.fte_row.save", obj=row, before=before)


@transaction.atomic
def fte_row_delete(*, actor: Any, row: FteRow) -> None:
    access.require(access.can_plan(actor, row.personnel_year.board))
    audit_record(
        actor=actor,
        action="people.fte_row.delete",
        obj=row,
        organisation_id=row.organisation_id,
        before=snapshot(row),
    )
    row.delete()


@transaction.atomic
def sick_leave_save(
    *, actor: Any, board: Board, year: int, **figures: Decimal | int | None
) -> SickLeave:
    """A year's scheduled and sick hours per gender (all six, or none), and the figures
    counted per person (frisktal as entered, headcounts for the small-group rule)."""
    access.require(access.can_plan(actor, board))
    unknown = sorted(set(figures) - set(SICK_FIELDS) - set(PER_PERSON_FIELDS))
    if unknown:
        raise ValidationError(f"Okänt fält: {', '.join(unknown)}.")
    given = [name for name in SICK_FIELDS if figures.get(name) is not None]
    if given and len(given) != len(SICK_FIELDS):
        missing = [n for n in SICK_FIELDS if n not in given]
        raise ValidationError({n: "Ange alla timmar för kvinnor och män." for n in missing})
    for gender in ("women", "men"):
        scheduled = figures.get(f"scheduled_{gender}")
        short, long = figures.get(f"short_{gender}"), figures.get(f"long_{gender}")
        if scheduled is None or short is None or long is None:
            continue
        if Decimal(short) + Decimal(long) > Decimal(scheduled):
            message = "Sjukfrånvaron kan inte vara fler timmar än schemalagd tid."
            raise ValidationError({f"long_{gender}": message})
    personnel_year = _year(board, year)
    sick = SickLeave.objects.filter(personnel_year=personnel_year).first()
    before = snapshot(sick) if sick else None
    sick = sick or SickLeave(organisation_id=board.organisation_id, personnel_year=personnel_year)
    for name in (*SICK_FIELDS, *PER_PERSON_FIELDS):
        setattr(sick, name, figures.get(name))
    return save_audited(actor=actor, action="people.sick_leave.save", obj=sick, before=before)


@transaction.atomic
def leavers_save(
    *, actor: Any, board: Board, year: int, counts: Mapping[str, int | None]
) -> PersonnelYear:
    """Leavers of the year per reason (a reason given as None is removed)."""
    access.require(access.can_plan(actor, board))
    unknown = sorted(set(counts) - set(LeaverReason.values))
    if unknown:
        raise ValidationError(f"Okänd avgångsorsak: {', '.join(unknown)}.")
    personnel_year = _year(board, year)
    existing = {r.reason: r for r in personnel_year.leavers.all()}
    before = {reason: row.count for reason, row in sorted(existing.items())}
    for reason, count in counts.items():
        row = existing.get(reason)
        if count is None:
            if row is not None:
                row.delete()
            continue
        row = row or Leavers(
            organisation_id=board.organisation_id, personnel_year=personnel_year, reason=reason
        )
        row.count = count
        row.full_clean(exclude=["personnel_year"])
        row.save()
    after = {r.reason: r.count for r in personnel_year.leavers.order_by("reason")}
    audit_record(
        actor=actor,
        action="people.leavers.save",
        obj=personnel_year,
        organisation_id=board.organisation_id,
        before=before,
        after=after,
    )
    return personnel_year
