"""Reads of the plan."""

from __future__ import annotations

from arshjul.organisations.models import Board
from arshjul.planning.models import PlanYear


def latest_plan_year(*, board: Board) -> PlanYear | None:
    return PlanYear.objects.filter(board=board).order_by("-year").first()


def plan_years_of(*, board: Board) -> list[PlanYear]:
    return list(PlanYear.objects.filter(board=board).order_by("year"))
