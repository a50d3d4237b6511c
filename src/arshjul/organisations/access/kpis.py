"""The doors to the production figures: each returns the object or raises 404 (it does not
exist for this user) or 403 (it exists, the action is refused). Built only on the rules of
``organisations.access``.

Readers and reporters read the figures; controllers and administrators (``can_plan``) keep the
register and import Kolada files."""

from __future__ import annotations

from typing import Any

from django.http import Http404

from arshjul.organisations import access
from arshjul.organisations.models import Board

KPIS_REFUSED = "Bara controller och administratör kan ändra produktions- och nyckeltalen."


def access_kpis_board(user: Any, board_slug: str, *, write: bool = False) -> Board:
    """A readable board; with ``write`` also 403 unless the user keeps its figures."""
    board = access.access_board(user, board_slug)
    if write:
        access.require(access.can_plan(user, board), KPIS_REFUSED)
    return board


def access_kpi_year(user: Any, board_slug: str, year: int, *, write: bool = False) -> Any:
    """The plan year of a readable board (404 when the year has no plan); with ``write`` also
    403 unless the user keeps the figures."""
    plan_year = access.access_plan_year(user, board_slug, year)
    if write:
        access.require(access.can_plan(user, plan_year.board), KPIS_REFUSED)
    return plan_year


def access_figure(user: Any, board: Board, pk: int, *, write: bool = False) -> Any:
    """A figure of the board (404 otherwise); with ``write`` also 403 unless the user keeps
    the figures."""
    from arshjul.kpis.models import Figure

    access.require(access.can_read_board(user, board))
    figure = Figure.objects.select_related("board").filter(board=board, pk=pk).first()
    if figure is None:
        raise Http404("Nyckeltalet finns inte.")
    if write:
        access.require(access.can_plan(user, board), KPIS_REFUSED)
    return figure


def access_kolada_import(user: Any, board_slug: str) -> Board:
    """A readable board whose organisation's Kolada values the user may import (403 else)."""
    board = access.access_board(user, board_slug)
    access.require(
        access.can_plan(user, board) and access.can_import_ledger(user, board.organisation_id),
        "Bara controller och administratör kan importera från Kolada.",
    )
    return board
