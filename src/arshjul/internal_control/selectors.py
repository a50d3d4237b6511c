"""Reads of internal control. Each runs a fixed number of queries however many risks and
actions the plan has (pinned in ``tests/internal_control/test_query_counts.py``)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from arshjul.core.slugs import label_key
from arshjul.followup.models import Period
from arshjul.followup.symbols import Symbol
from arshjul.internal_control import calculations as calc
from arshjul.internal_control import symbols
from arshjul.internal_control.models import (
    Action,
    ActionFollowup,
    ActionStatus,
    ControlPlan,
    IskAssessment,
    PlanRisk,
    Risk,
)
from arshjul.organisations.models import Board, Unit
from arshjul.planning.models import PlanYear


def control_plan_of(*, plan_year: PlanYear) -> ControlPlan | None:
    plan = ControlPlan.objects.filter(plan_year=plan_year).first()
    if plan is not None:
        plan.plan_year = plan_year
    return plan


def followup_of(*, action: Action, period: Period) -> ActionFollowup | None:
    return ActionFollowup.objects.filter(action=action, period=period).first()


def isk_of(*, plan: ControlPlan) -> IskAssessment | None:
    return IskAssessment.objects.filter(plan=plan).first()


@dataclass
class PlanRow:
    """One action of the plan (or a risk that has no action yet) with its follow-up.

    ``key`` is the report's row key: the slug of the process and the action's number within
    the process in plan order (``hr_1``, ``ekonomi_4``). Action texts are long and change
    between drafts; the process and position are short and stable within a decided plan.
    """

    key: str
    plan_risk: PlanRisk
    risk: Risk
    action: Action | None
    followup: ActionFollowup | None
    first_of_risk: bool
    first_of_process: bool

    @property
    def symbol(self) -> Symbol:
        return symbols.status_symbol(self.followup.status if self.followup else None)


def plan_rows(*, plan: ControlPlan, period: Period | None) -> list[PlanRow]:
    """The plan in order: per chosen risk its actions, with each action's follow-up in
    ``period`` (three queries, or two without a period)."""
    plan_risks = list(PlanRisk.objects.filter(plan=plan).select_related("risk").order_by("order"))
    # a process's risks together, in the order the process first appears (a risk added later
    # joins its process instead of opening a second heading)
    first_seen: dict[str, int] = {}
    for plan_risk in plan_risks:
        first_seen.setdefault(plan_risk.risk.process, len(first_seen))
    plan_risks.sort(key=lambda pr: first_seen[pr.risk.process])
    actions: dict[int, list[Action]] = defaultdict(list)
    for found in Action.objects.filter(plan_risk__plan=plan).select_related("responsible"):
        actions[found.plan_risk_id].append(found)
    followups: dict[int, ActionFollowup] = {}
    if period is not None:
        followups = {
            f.action_id: f
            for f in ActionFollowup.objects.filter(action__plan_risk__plan=plan, period=period)
        }
    rows: list[PlanRow] = []
    numbers: dict[str, int] = defaultdict(int)
    previous_process = None
    for plan_risk in plan_risks:
        risk = plan_risk.risk
        process_key = label_key(risk.process) or "verksamhet"
        chosen: list[Action | None] = [
            *sorted(actions[plan_risk.pk], key=lambda a: (a.order, a.pk))
        ] or [None]
        for index, action in enumerate(chosen):
            numbers[process_key] += 1
            rows.append(
                PlanRow(
                    key=f"{process_key}_{numbers[process_key]}",
                    plan_risk=plan_risk,
                    risk=risk,
                    action=action,
                    followup=followups.get(action.pk) if action else None,
                    first_of_risk=index == 0,
                    first_of_process=index == 0 and risk.process != previous_process,
                )
            )
        previous_process = risk.process
    return rows


def status_summary(rows: list[PlanRow]) -> list[tuple[Symbol, int]]:
    """Actions per follow-up status, as (symbol, count) in legend order."""
    counts = calc.status_counts(
        [r.followup.status if r.followup else None for r in rows if r.action],
        [s.value for s in ActionStatus],
    )
    return [(symbols.status_symbol(key), counts[key]) for key in (*symbols.ACTION_STATUS, "")]


@dataclass
class RegisterRow:
    risk: Risk
    in_plan: bool
    value: int | None
    level: tuple[str, str] | None


def risk_register(*, board: Board, plan: ControlPlan | None) -> list[RegisterRow]:
    """The board's risks by process, marked when they are in ``plan`` (two queries)."""
    chosen = (
        set(PlanRisk.objects.filter(plan=plan).values_list("risk_id", flat=True)) if plan else set()
    )
    rows = []
    for risk in Risk.objects.filter(board=board).order_by("process", "pk"):
        value = risk.value
        rows.append(RegisterRow(risk, risk.pk in chosen, value, calc.risk_level(value)))
    return rows


def plan_matrix(register: list[RegisterRow], *, only_plan: bool) -> calc.Matrix[Risk]:
    chosen = [r for r in register if r.in_plan or not only_plan]
    return calc.risk_matrix((r.risk.probability, r.risk.consequence, r.risk) for r in chosen)


def is_last_period(period: Period) -> bool:
    """The ISK-bedömning belongs to the year's last follow-up (helår)."""
    return not Period.objects.filter(
        plan_year_id=period.plan_year_id, order__gt=period.order
    ).exists()


def earlier_plan_years(*, plan_year: PlanYear) -> list[int]:
    """The years before ``plan_year`` on the same board that have a plan to start from."""
    return list(
        ControlPlan.objects.filter(
            plan_year__board_id=plan_year.board_id, plan_year__year__lt=plan_year.year
        )
        .order_by("-plan_year__year")
        .values_list("plan_year__year", flat=True)
    )


def units_of_year(*, board: Board, year: int) -> QuerySet[Unit]:
    """The units a responsible can be chosen from: those valid in the plan's year."""
    return (
        Unit.objects.filter(board=board, valid_from__lte=year)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=year))
        .order_by("order", "name")
    )
