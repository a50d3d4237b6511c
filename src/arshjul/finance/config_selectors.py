"""Reads of the economy's configuration pages: the account plans with their ranges, the lines
a range may go to, and a savings plan's measures and follow-up. Scoped by the board's
organisation (or the plan); each runs a fixed number of queries."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from arshjul.finance.models import (
    AccountPlan,
    LineMapping,
    ResultLine,
    SavingsFollowup,
    SavingsMeasure,
    SavingsPlan,
)
from arshjul.followup.models import Period
from arshjul.organisations.models import Board


def account_plans(*, organisation_id: int) -> QuerySet[AccountPlan]:
    """The organisation's charts of accounts, the default first."""
    return AccountPlan.objects.filter(organisation_id=organisation_id).order_by("-is_default", "pk")


def account_plans_with_ranges(*, organisation_id: int) -> list[AccountPlan]:
    """The charts with their account ranges and lines (two queries)."""
    ranges = LineMapping.objects.select_related("line").order_by("first")
    return list(
        account_plans(organisation_id=organisation_id).prefetch_related(
            Prefetch("mappings", queryset=ranges)
        )
    )


def detail_lines(*, organisation_id: int) -> QuerySet[ResultLine]:
    """The result-report lines that take accounts (sum lines add up the others)."""
    return ResultLine.objects.filter(organisation_id=organisation_id, is_sum=False).order_by(
        "order"
    )


def savings_plans_of(*, board: Board) -> list[SavingsPlan]:
    return list(SavingsPlan.objects.filter(board=board).order_by("first_year", "decided_on"))


def savings_measures(*, plan: SavingsPlan) -> list[SavingsMeasure]:
    """The plan's measures in order, with their area (unit) and plan."""
    return list(plan.measures.select_related("unit", "plan").order_by("order"))


def savings_followups(*, plan: SavingsPlan, period: Period) -> dict[int, SavingsFollowup]:
    """The realised effect of each measure in a period, by measure id."""
    rows = SavingsFollowup.objects.filter(measure__plan=plan, period=period)
    return {row.measure_id: row for row in rows}


def savings_periods(*, plan: SavingsPlan) -> list[Period]:
    """The follow-up periods of the plan's years that exist on the board, in time order."""
    return list(
        Period.objects.filter(
            plan_year__board_id=plan.board_id, plan_year__year__in=plan.plan_years
        )
        .select_related("plan_year")
        .order_by("plan_year__year", "order")
    )
