"""Pages of the plan and its follow-up. Thin: access, one selector or service, render."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from arshjul.core.forms import attach_errors
from arshjul.core.htmx import render_page_or_partial
from arshjul.followup import selectors, services, symbols
from arshjul.followup.forms import AssessmentForm
from arshjul.followup.models import Period
from arshjul.organisations import access
from arshjul.planning.selectors import plan_years_of


def _period_or_default(request: HttpRequest, periods: list[Period]) -> Period | None:
    key = request.GET.get("period")
    if key is None:
        return periods[-1] if periods else None
    for period in periods:
        if period.key == key:
            return period
    raise Http404("Perioden finns inte.")


def _base_context(request: HttpRequest, plan_year: object) -> dict:
    board = plan_year.board  # type: ignore[attr-defined]
    return {
        "board": board,
        "plan_year": plan_year,
        "plan_years": plan_years_of(board=board),
        "legends": symbols.LEGENDS,
        "can_plan": access.can_plan(request.user, board),
    }


@login_required
def plan_tree(request: HttpRequest, board: str, year: int) -> HttpResponse:
    plan_year = access.access_plan_year(request.user, board, year)
    periods = selectors.periods_of(plan_year=plan_year)
    period = _period_or_default(request, periods)
    nodes = selectors.plan_tree(user=request.user, plan_year=plan_year, period=period)
    context = _base_context(request, plan_year) | {
        "periods": periods,
        "period": period,
        "rows": selectors.tree_rows(nodes),
    }
    return render(request, "followup/plan_tree.html", context)


@login_required
def summary(request: HttpRequest, board: str, year: int) -> HttpResponse:
    plan_year = access.access_plan_year(request.user, board, year)
    periods = selectors.periods_of(plan_year=plan_year)
    period = _period_or_default(request, periods)
    rows = selectors.fulfilment_summary(plan_year=plan_year, period=period) if period else []
    context = _base_context(request, plan_year) | {
        "periods": periods,
        "period": period,
        "rows": rows,
        "levels": list(symbols.FULFILMENT.values()),
    }
    return render(request, "followup/summary.html", context)


@login_required
def item_detail(request: HttpRequest, board: str, year: int, pk: int) -> HttpResponse:
    plan_year = access.access_plan_year(request.user, board, year)
    item = access.access_item(request.user, plan_year, pk)
    history = selectors.item_history(user=request.user, item=item)
    context = _base_context(request, plan_year) | {
        "item": item,
        "history": history,
        "chart": selectors.item_chart(item=item, history=history),
        "can_report": access.can_report_on(request.user, item),
    }
    return render(request, "followup/item_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def assessment_edit(
    request: HttpRequest, board: str, year: int, pk: int, period: str
) -> HttpResponse:
    plan_year = access.access_plan_year(request.user, board, year)
    item = access.access_item(request.user, plan_year, pk, write=True)
    the_period = access.access_period(plan_year, period)
    node = selectors.item_node(user=request.user, item=item, period=the_period)
    status = 200
    saved = False
    if request.method == "POST":
        form = AssessmentForm(request.POST, item=item)
        if form.is_valid():
            try:
                assessment = services.assessment_save(
                    actor=request.user, item=item, period=the_period, **form.cleaned_data
                )
                saved = True
                node = selectors.item_node(user=request.user, item=item, period=the_period)
                form = AssessmentForm(initial=AssessmentForm.initial_from(assessment), item=item)
            except ValidationError as exc:
                attach_errors(form, exc)
        if not saved:
            status = 422
    else:
        form = AssessmentForm(initial=AssessmentForm.initial_from(node.assessment), item=item)
    context = _base_context(request, plan_year) | {
        "item": item,
        "period": the_period,
        "form": form,
        "node": node,
        "saved": saved,
    }
    return render_page_or_partial(
        request,
        page="followup/assessment_edit.html",
        partial="followup/partials/_assessment_form.html",
        context=context,
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def period_list(request: HttpRequest, board: str, year: int) -> HttpResponse:
    """The periods of the year; a controller locks a reported period (and can reopen it)."""
    plan_year = access.access_plan_year(request.user, board, year)
    if request.method == "POST":
        period = access.access_period(plan_year, request.POST.get("period", ""))
        services.period_lock(
            actor=request.user, period=period, locked=request.POST.get("locked") == "1"
        )
    context = _base_context(request, plan_year) | {
        "periods": selectors.periods_of(plan_year=plan_year)
    }
    return render_page_or_partial(
        request,
        page="followup/period_list.html",
        partial="followup/partials/_period_table.html",
        context=context,
    )
