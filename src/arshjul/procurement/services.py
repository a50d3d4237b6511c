"""Writes of the procurement report, each in a transaction with one audit event. Only planners
(controller, administrator) write; the rules that tie fields to the state live here."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from arshjul.audit.services import save_audited, snapshot
from arshjul.organisations import access
from arshjul.organisations.models import Board
from arshjul.procurement.calculations import REQUIREMENTS
from arshjul.procurement.models import REPORT_YEARS, Appeal, ListFigure, Procurement, State

FINISHED_ONLY = "Anges bara för avslutade upphandlingar."
PROCUREMENT_FIELDS = (
    "year",
    "unit",
    "state",
    "title",
    "customer",
    "period_text",
    "start_date",
    "end_date",
    "value_kr",
    "bids",
    "miljokrav",
    "uppforandekod",
    "social_hansyn",
    "case_number",
    "marked_appealed",
)


def _check_procurement(p: Procurement) -> None:
    errors: dict[str, str] = {}
    if p.year not in REPORT_YEARS:
        errors["year"] = "Året ska vara mellan 2000 och 2100."
    if p.start_date and p.end_date and p.end_date < p.start_date:
        errors["end_date"] = "Slutdatumet ligger före startdatumet."
    if p.state != State.AVSLUTAD:
        if p.bids is not None:
            errors["bids"] = FINISHED_ONLY
        for kind in REQUIREMENTS:
            if getattr(p, kind) is not None:
                errors[kind] = FINISHED_ONLY
        if p.end_date is not None:
            errors["end_date"] = "Avslutsdatum anges bara för avslutade upphandlingar."
    elif p.end_date is not None and p.end_date.year != p.year:
        errors["end_date"] = f"En upphandling som avslutades {p.year} ska ha ett datum det året."
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def procurement_create(
    *,
    actor: Any,
    board: Board,
    year: int,
    unit: str,
    state: str,
    title: str,
    customer: str = "",
    period_text: str = "",
    start_date: dt.date | None = None,
    end_date: dt.date | None = None,
    value_kr: Decimal | None = None,
    bids: int | None = None,
    miljokrav: bool | None = None,
    uppforandekod: bool | None = None,
    social_hansyn: bool | None = None,
    case_number: str = "",
    marked_appealed: bool = False,
    order: int = 0,
) -> Procurement:
    access.require(access.can_plan(actor, board))
    procurement = Procurement(organisation_id=board.organisation_id, board=board, order=order)
    fields = dict(locals())
    for name in PROCUREMENT_FIELDS:
        setattr(procurement, name, fields[name])
    _check_procurement(procurement)
    return save_audited(actor=actor, action="procurement.procurement.create", obj=procurement)


@transaction.atomic
def procurement_update(*, actor: Any, procurement: Procurement, **changes: Any) -> Procurement:
    """Change the named fields (only those of ``PROCUREMENT_FIELDS``)."""
    access.require(access.can_plan(actor, procurement.board))
    unknown = set(changes) - set(PROCUREMENT_FIELDS)
    if unknown:
        raise ValidationError(f"Okända fält: {', '.join(sorted(unknown))}.")
    before = snapshot(procurement)
    for name, value in changes.items():
        setattr(procurement, name, value)
    _check_procurement(procurement)
    return save_audited(
        actor=actor, action="procurement.procurement.update", obj=procurement, before=before
    )


@transaction.atomic
def list_figure_set(
    *,
    actor: Any,
    board: Board,
    year: int,
    unit: str,
    state: str,
    value_kr: Decimal | None = None,
    bids: int | None = None,
    miljokrav: int | None = None,
    uppforandekod: int | None = None,
    social_hansyn: int | None = None,
    source: str = "",
) -> ListFigure:
    """Record what a unit reported for a whole list. A requirement count may not exceed the
    procurements of the list whose own answer is not recorded, and bids and requirements are
    reported only for finished procurements."""
    access.require(access.can_plan(actor, board))
    figure = ListFigure.objects.filter(board=board, year=year, unit=unit, state=state).first()
    before = snapshot(figure) if figure else None
    if figure is None:
        figure = ListFigure(
            organisation_id=board.organisation_id, board=board, year=year, unit=unit, state=state
        )
    counts = {"miljokrav": miljokrav, "uppforandekod": uppforandekod}
    counts["social_hansyn"] = social_hansyn
    _check_list_counts(board, year, unit, state, bids, counts)
    figure.value_kr, figure.bids, figure.source = value_kr, bids, source
    for kind, count in counts.items():
        setattr(figure, kind, count)
    return save_audited(
        actor=actor, action="procurement.list_figure.set", obj=figure, before=before
    )


def _check_list_counts(
    board: Board, year: int, unit: str, state: str, bids: int | None, counts: dict[str, int | None]
) -> None:
    given = {kind: n for kind, n in counts.items() if n is not None}
    if state != State.AVSLUTAD and (given or bids is not None):
        raise ValidationError({"bids": FINISHED_ONLY})
    rows = Procurement.objects.filter(board=board, year=year, unit=unit, state=state)
    for kind, count in given.items():
        open_rows = rows.filter(**{f"{kind}__isnull": True}).count()
        if count > open_rows:
            raise ValidationError(
                {kind: f"{count} är fler än de {open_rows} upphandlingar som saknar eget svar."}
            )


def _check_appeal(appeal: Appeal) -> None:
    # the title is kept as the report printed it (a published text, not a copy of the linked
    # procurement's title); only an appeal entered without one takes the procurement's
    if not appeal.procurement_title and appeal.procurement is not None:
        appeal.procurement_title = appeal.procurement.title
    errors: dict[str, str] = {}
    if appeal.year not in REPORT_YEARS:
        errors["year"] = "Året ska vara mellan 2000 och 2100."
    if appeal.state == Appeal.AppealState.AVSLUTAD and not appeal.outcome:
        errors["outcome"] = "En avslutad överprövning ska ha ett utfall."
    if appeal.state == Appeal.AppealState.PAGAENDE and (appeal.outcome or appeal.decided_on):
        errors["outcome"] = "En pågående överprövning har inget utfall eller avgörandedatum."
    if appeal.procurement is not None and appeal.procurement.board_id != appeal.board_id:
        errors["procurement"] = "Upphandlingen hör till en annan nämnd."
    if errors:
        raise ValidationError(errors)


APPEAL_FIELDS = (
    "year",
    "procurement",
    "procurement_title",
    "case_number",
    "company",
    "claim",
    "state",
    "outcome",
    "decided_on",
    "reported_earlier",
)


@transaction.atomic
def appeal_create(
    *,
    actor: Any,
    board: Board,
    year: int,
    procurement: Procurement | None,
    procurement_title: str,
    case_number: str,
    company: str,
    claim: str = "",
    state: str,
    outcome: str = "",
    decided_on: dt.date | None = None,
    reported_earlier: bool = False,
    order: int = 0,
) -> Appeal:
    access.require(access.can_plan(actor, board))
    appeal = Appeal(organisation_id=board.organisation_id, board=board, order=order)
    fields = dict(locals())
    for name in APPEAL_FIELDS:
        setattr(appeal, name, fields[name])
    _check_appeal(appeal)
    return save_audited(actor=actor, action="procurement.appeal.create", obj=appeal)


@transaction.atomic
def appeal_update(*, actor: Any, appeal: Appeal, **changes: Any) -> Appeal:
    access.require(access.can_plan(actor, appeal.board))
    unknown = set(changes) - set(APPEAL_FIELDS)
    if unknown:
        raise ValidationError(f"Okända fält: {', '.join(sorted(unknown))}.")
    before = snapshot(appeal)
    for name, value in changes.items():
        setattr(appeal, name, value)
    _check_appeal(appeal)
    return save_audited(actor=actor, action="procurement.appeal.update", obj=appeal, before=before)
