"""The doors to the procurement report: each returns
the object or raises 404 (not there for this user) or 403 (there, but the action is refused),
built only on the access module's rules. Every member reads; planners write."""

from __future__ import annotations

from typing import Any

from django.http import Http404

from arshjul.organisations import access
from arshjul.organisations.models import Board
from arshjul.procurement.models import REPORT_YEARS, Appeal, Procurement

PROCUREMENT_REFUSED = "Bara controller och administratör kan ändra upphandlingsrapporten."


def access_procurement_year(user: Any, board_slug: str, year: int, *, write: bool = False) -> Board:
    """A readable board and a plausible report year; with ``write`` also 403 unless the user
    plans the board."""
    board = access.access_board(user, board_slug)
    if year not in REPORT_YEARS:
        raise Http404("Året finns inte.")
    if write:
        access.require(access.can_plan(user, board), PROCUREMENT_REFUSED)
    return board


def access_procurement(user: Any, board: Board, pk: int, *, write: bool = False) -> Procurement:
    procurement = Procurement.objects.select_related("board").filter(board=board, pk=pk).first()
    if procurement is None:
        raise Http404("Upphandlingen finns inte.")
    if write:
        access.require(access.can_plan(user, board), PROCUREMENT_REFUSED)
    return procurement


def access_appeal(user: Any, board: Board, pk: int, *, write: bool = False) -> Appeal:
    appeal = (
        Appeal.objects.select_related("board", "procurement").filter(board=board, pk=pk).first()
    )
    if appeal is None:
        raise Http404("Överprövningen finns inte.")
    if write:
        access.require(access.can_plan(user, board), PROCUREMENT_REFUSED)
    return appeal
