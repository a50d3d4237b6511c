"""The doors to internal control's objects: each returns the object or raises 404 (not there for
this user) or 403 (there, but the write is refused). Built only on the rules of
``organisations.access``."""

from __future__ import annotations

from typing import Any

from django.http import Http404

from arshjul.internal_control.models import Action, ControlPlan, Risk
from arshjul.organisations import access
from arshjul.organisations.models import Board

WRITE_REFUSED = "Bara controller och administratör kan ändra internkontrollen."


def access_ic_plan_year(user: Any, board_slug: str, year: int, *, write: bool = False) -> Any:
    """The plan year of a readable board (404 otherwise); with ``write`` also 403 unless the user
    plans the board."""
    plan_year = access.access_plan_year(user, board_slug, year)
    if write:
        access.require(access.can_plan(user, plan_year.board), WRITE_REFUSED)
    return plan_year


def access_control_plan(user: Any, plan_year: Any, *, write: bool = False) -> ControlPlan:
    """The internkontrollplan of a readable plan year, or 404 when the year has none."""
    access.require(access.can_read_board(user, plan_year.board))
    plan = ControlPlan.objects.filter(plan_year=plan_year).first()
    if plan is None:
        raise Http404("Året har ingen internkontrollplan.")
    plan.plan_year = plan_year
    if write:
        access.require(access.can_plan(user, plan_year.board), WRITE_REFUSED)
    return plan


def access_risk(user: Any, board: Board, pk: int, *, write: bool = False) -> Risk:
    """A risk of the board's register."""
    access.require(access.can_read_board(user, board))
    risk = Risk.objects.filter(board=board, pk=pk).first()
    if risk is None:
        raise Http404("Risken finns inte.")
    if write:
        access.require(access.can_plan(user, board), WRITE_REFUSED)
    return risk


def access_action(user: Any, plan: ControlPlan, pk: int, *, write: bool = False) -> Action:
    """An action of the plan (404 for an action of another year's or board's plan)."""
    action = (
        Action.objects.select_related("plan_risk__risk", "responsible")
        .filter(plan_risk__plan=plan, pk=pk)
        .first()
    )
    if action is None:
        raise Http404("Åtgärden finns inte.")
    if write:
        access.require(access.can_plan(user, plan.plan_year.board), WRITE_REFUSED)
    return action


def access_plan_risk(user: Any, plan: ControlPlan, risk_pk: int, *, write: bool = False) -> Any:
    """A risk as chosen for the plan (404 when the risk is not in this year's plan)."""
    from arshjul.internal_control.models import PlanRisk

    plan_risk = PlanRisk.objects.select_related("risk").filter(plan=plan, risk_id=risk_pk).first()
    if plan_risk is None:
        raise Http404("Risken finns inte i årets plan.")
    plan_risk.plan = plan
    if write:
        access.require(access.can_plan(user, plan.plan_year.board), WRITE_REFUSED)
    return plan_risk
