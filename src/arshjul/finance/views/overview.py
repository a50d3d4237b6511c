"""The economy of a board's year: the same sections the documents show (result report,
operating report and chart or operating budget, key figures, investments, building projects,
the Handlingsplan), built by the registered section builders and rendered with the report
model's block templates, and for planners the published figures that disagree with them."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path, reverse
from django.views.decorators.http import require_GET

from arshjul.finance.config_selectors import savings_plans_of
from arshjul.followup.models import Period
from arshjul.followup.selectors import periods_of
from arshjul.organisations import access
from arshjul.planning.selectors import plan_years_of
from arshjul.reports.documents import Verksamhetsberattelse, Verksamhetsplan
from arshjul.reports.model import Section
from arshjul.reports.reconcile import describe, reconcile_published
from arshjul.reports.registry import BuildContext, section_builder

SECTIONS = ("ekonomi", "byggprojekt", "bilaga_investeringar", "handlingsplan")


def build_sections(user: Any, plan_year: Any, period: Period | None) -> list[Section]:
    context = BuildContext(user=user, plan_year=plan_year, period=period)
    return [s for key in SECTIONS if (s := section_builder(key)(context)) is not None]


def discrepancies_of(plan_year: Any, period: Period | None, sections: list[Section]) -> list:
    document = Verksamhetsberattelse if period else Verksamhetsplan
    found = reconcile_published(
        sections,
        board=plan_year.board,
        year=plan_year.year,
        document=document.key,
        period=period.key if period else "",
    )
    return describe(sections, found)


def _links(request: HttpRequest, plan_year: Any, period: Period | None) -> dict[str, Any]:
    board = plan_year.board
    can_plan = access.can_plan(request.user, board)
    plans = [p for p in savings_plans_of(board=board) if plan_year.year in p.plan_years]
    return {
        "can_plan": can_plan,
        "ledger_url": reverse("finance_ledger_list", args=[board.slug]),
        "budget_import_url": (
            reverse("finance_budget_import", args=[board.slug]) if can_plan else None
        ),
        "mapping_url": reverse("finance_mapping", args=[board.slug]) if can_plan else None,
        "frames_url": (
            reverse("finance_budget_frames", args=[board.slug, plan_year.year])
            if can_plan and not period
            else None
        ),
        "savings_plans": plans,
        "savings_period": f"{plan_year.year}-{period.key}" if period else "",
    }


@login_required
@require_GET
def finance_overview(request: HttpRequest, board: str, year: int) -> HttpResponse:
    plan_year = access.access_plan_year(request.user, board, year)
    periods = periods_of(plan_year=plan_year)
    period = access.chosen_period(periods, request.GET.get("period"))
    sections = build_sections(request.user, plan_year, period)
    links = _links(request, plan_year, period)
    context = {
        "board": plan_year.board,
        "plan_year": plan_year,
        "plan_years": plan_years_of(board=plan_year.board),
        "periods": periods,
        "period": period,
        "sections": sections,
        "discrepancies": discrepancies_of(plan_year, period, sections) if links["can_plan"] else [],
        **links,
    }
    return render(request, "finance/overview.html", context)


urlpatterns = [
    path("<int:year>/", finance_overview, name="finance_overview"),
]
