"""The pages that read: the year's internkontrollplan with its follow-up per period, and the
risk register with the 4×4 risk matrix. Readers, reporters, controllers and administrators of
the board read them; the write links show only for those who plan."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from arshjul.followup.selectors import periods_of
from arshjul.internal_control import selectors, symbols
from arshjul.internal_control.forms import StartPlanForm
from arshjul.organisations import access
from arshjul.organisations.access import internal_control as doors
from arshjul.planning.selectors import plan_years_of


def base_context(request: HttpRequest, plan_year: Any) -> dict[str, Any]:
    board = plan_year.board
    return {
        "board": board,
        "plan_year": plan_year,
        "plan_years": plan_years_of(board=board),
        "can_plan": access.can_plan(request.user, board),
    }


@login_required
@require_GET
def plan_page(request: HttpRequest, board: str, year: int) -> HttpResponse:
    plan_year = doors.access_ic_plan_year(request.user, board, year)
    periods = periods_of(plan_year=plan_year)
    period = access.chosen_period(periods, request.GET.get("period"))
    plan = selectors.control_plan_of(plan_year=plan_year)
    rows = selectors.plan_rows(plan=plan, period=period) if plan else []
    context = base_context(request, plan_year) | {
        "periods": periods,
        "period": period,
        "plan": plan,
        "rows": rows,
        "isk": selectors.isk_of(plan=plan) if plan else None,
        "summary": selectors.status_summary(rows) if period else [],
        "legend": symbols.legend_symbols(),
    }
    if plan is None and context["can_plan"]:
        years = selectors.earlier_plan_years(plan_year=plan_year)
        context["start_form"] = StartPlanForm(years=years)
    return render(request, "internal_control/plan.html", context)


@login_required
@require_GET
def risk_register(request: HttpRequest, board: str, year: int) -> HttpResponse:
    plan_year = doors.access_ic_plan_year(request.user, board, year)
    plan = selectors.control_plan_of(plan_year=plan_year)
    register = selectors.risk_register(board=plan_year.board, plan=plan)
    context = base_context(request, plan_year) | {
        "plan": plan,
        "register": register,
        "matrix": selectors.plan_matrix(register, only_plan=plan is not None),
    }
    return render(request, "internal_control/risks.html", context)
