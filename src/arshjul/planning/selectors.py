"""Reads of the plan."""

from __future__ import annotations

from arshjul.organisations.models import Board
from arshjul.planning.models import PlanYear


def latest_plan_year(*, board: Board) -> PlanYear | None:
    return PlanYear.objects.filter(board=board).order_by("-year").first()


def plan_year_or_latest(*, board: Board, year: int) -> PlanYear | None:
    """The plan year ``year`` of the board, else its latest (for the navigation of pages that
    are about a year without a plan, such as last year's figures)."""
    years = PlanYear.objects.filter(board=board).order_by("-year")
    return years.filter(year=year).first() or years.first()


def plan_years_of(*, board: Board) -> list[PlanYear]:
    return list(PlanYear.objects.filter(board=board).order_by("year"))
