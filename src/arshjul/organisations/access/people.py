"""The doors to the personnel pages, built only on the rules of ``organisations.access``.
Each returns the object or
raises 404 (does not exist for this user) or 403 (exists, the action is refused).

Readers and reporters read a year's figures; controllers and administrators (``can_plan``)
enter them and import files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import Http404

from arshjul.organisations import access
from arshjul.organisations.models import Board

PEOPLE_REFUSED = "Bara controller och administratör kan ändra personaluppgifterna."
FIRST_YEAR, LAST_YEAR = 1990, 2100


@dataclass(frozen=True)
class PeopleYear:
    """A board and a year of personnel figures. The year need not have a plan: last year's
    figures are entered before (or without) a plan for that year. ``plan_year`` is the plan
    of that year, or the latest, for the menu; ``plan_years`` all of the board's plans."""

    board: Board
    year: int
    plan_year: Any | None
    plan_years: list[Any]


def access_people_year(user: Any, board_slug: str, year: int) -> PeopleYear:
    """A year (1990–2100) of a readable board, whose personnel figures the user reads."""
    from arshjul.planning.models import PlanYear

    board = access.access_board(user, board_slug)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404("Året finns inte.")
    plan_years = list(PlanYear.objects.filter(board=board).order_by("year"))
    exact = next((p for p in plan_years if p.year == year), None)
    plan_year = exact or (plan_years[-1] if plan_years else None)
    return PeopleYear(board=board, year=year, plan_year=plan_year, plan_years=plan_years)


def access_people_register(user: Any, board_slug: str, year: int) -> PeopleYear:
    """A year whose personnel figures the user may enter (403 unless a planner)."""
    scope = access_people_year(user, board_slug, year)
    access.require(access.can_plan(user, scope.board), PEOPLE_REFUSED)
    return scope


def access_people_import(user: Any, board_slug: str) -> Board:
    """A readable board into which the user may import an HR file."""
    board = access.access_board(user, board_slug)
    access.require(access.can_plan(user, board), PEOPLE_REFUSED)
    return board


def access_fte_row(user: Any, plan_year: Any, pk: int) -> Any:
    """An FTE row of the plan year's board and year, for a planner (the caller has passed
    ``access_people_register``)."""
    from arshjul.people.models import FteRow

    access.require(access.can_plan(user, plan_year.board), PEOPLE_REFUSED)
    row = (
        FteRow.objects.select_related("personnel_year__board")
        .filter(personnel_year__board=plan_year.board, personnel_year__year=plan_year.year, pk=pk)
        .first()
    )
    if row is None:
        raise Http404("Raden finns inte.")
    return row
