"""The economy's configuration and the savings plan's follow-up.

- ``kontoplan/``: the organisation's charts of accounts with their ranges → result lines;
  controllers and administrators add and remove ranges (configuration: 403 for the others).
- ``handlingsplan/<pk>/``: the savings plan's measures per area with the planned effect per
  year and, for a period, the realised effect against the plan; controllers and administrators
  report each measure's realised effect (``…/uppfoljning/<year>-<period>/<measure>/``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.views.decorators.http import require_http_methods

from arshjul.core.formatting import format_number
from arshjul.core.forms import attach_errors
from arshjul.core.htmx import is_htmx, render_page_or_partial
from arshjul.finance import calculations as calc
from arshjul.finance import config_selectors as selectors
from arshjul.finance import services
from arshjul.finance.forms import LineMappingForm, SavingsFollowupForm
from arshjul.finance.models import SavingsFollowup, SavingsMeasure, SavingsPlan
from arshjul.finance.report_sections import savings as savings_report
from arshjul.followup.models import Period
from arshjul.organisations import access
from arshjul.organisations.models import Board
from arshjul.planning.selectors import latest_plan_year

# --- account plans ------------------------------------------------------------------------------


def _mapping_form(board: Board, data: Any = None) -> LineMappingForm:
    org = board.organisation_id
    return LineMappingForm(
        data,
        plans=selectors.account_plans(organisation_id=org),
        lines=selectors.detail_lines(organisation_id=org),
    )


def _render_mapping(
    request: HttpRequest, board: Board, form: LineMappingForm, status: int = 200, **extra: Any
) -> HttpResponse:
    context = {
        "board": board,
        "plan_year": latest_plan_year(board=board),
        "plans": selectors.account_plans_with_ranges(organisation_id=board.organisation_id),
        "form": form,
        "message": "",
        "confirm": None,
        **extra,
    }
    return render_page_or_partial(
        request,
        page="finance/mapping.html",
        partial="finance/partials/_mapping_table.html",
        context=context,
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def mapping(request: HttpRequest, board: str) -> HttpResponse:
    board_obj = access.access_finance_config(request.user, board)
    if request.method == "GET":
        return _render_mapping(request, board_obj, _mapping_form(board_obj))
    form = _mapping_form(board_obj, request.POST)
    if form.is_valid():
        try:
            created = services.line_mapping_set(actor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            attach_errors(form, exc)
        else:
            message = (
                f"Konton {created.first}–{created.last} kopplas nu till {created.line} "
                f"i {created.plan}."
            )
            return _render_mapping(request, board_obj, _mapping_form(board_obj), message=message)
    return _render_mapping(request, board_obj, form, status=422)


@login_required
@require_http_methods(["GET", "POST"])
def mapping_delete(request: HttpRequest, board: str, pk: int) -> HttpResponse:
    """GET asks for confirmation; POST removes the range."""
    board_obj = access.access_finance_config(request.user, board)
    chosen = access.access_line_mapping(request.user, board_obj, pk)
    form = _mapping_form(board_obj)
    if request.method == "GET":
        return _render_mapping(request, board_obj, form, confirm=chosen)
    message = (
        f"Konton {chosen.first}–{chosen.last} är inte längre kopplade till {chosen.line} "
        f"i {chosen.plan}."
    )
    services.line_mapping_delete(actor=request.user, mapping=chosen)
    return _render_mapping(request, board_obj, form, message=message)


# --- savings plan -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeasureRow:
    measure: SavingsMeasure
    planned: list[str]  # tkr per plan year
    realised: str
    fte: str
    comment: str


@dataclass(frozen=True)
class Area:
    name: str
    rows: list[MeasureRow]


def _tkr(value: Decimal | None) -> str:
    return format_number(calc.scaled(value, "tkr"), 0)


def measure_areas(
    measures: list[SavingsMeasure], followups: dict[int, SavingsFollowup]
) -> list[Area]:
    """The measures per area (unit) in plan order, with their realised effect in the period."""
    areas: dict[str, list[MeasureRow]] = {}
    for m in measures:
        done = followups.get(m.pk)
        row = MeasureRow(
            measure=m,
            planned=[_tkr(effect) for effect in m.effects],  # type: ignore[arg-type]
            realised=_tkr(done.realised) if done else "Ej rapporterad",
            fte=format_number(done.fte, 1) if done and done.fte is not None else "–",
            comment=done.comment if done else "",
        )
        areas.setdefault(m.unit.name, []).append(row)
    return [Area(name, rows) for name, rows in areas.items()]


def _chosen_period(request: HttpRequest, periods: list[Period]) -> Period | None:
    slug = request.GET.get("period")
    if not slug:
        return periods[-1] if periods else None
    for period in periods:
        if access.period_slug(period) == slug:
            return period
    raise Http404("Perioden finns inte i handlingsplanens år.")


def _savings_context(
    request: HttpRequest, plan: SavingsPlan, periods: list[Period], period: Period | None
) -> dict[str, Any]:
    measures = selectors.savings_measures(plan=plan)
    followups = selectors.savings_followups(plan=plan, period=period) if period else {}
    return {
        "board": plan.board,
        "plan": plan,
        "plan_year": period.plan_year if period else None,
        "periods": periods,
        "period": period,
        "period_slug": access.period_slug(period) if period else "",
        "required": _tkr(plan.required_saving),
        "summary": savings_report.summary_table(plan, measures),
        "followup_table": savings_report.followup_table(plan, measures, period) if period else None,
        "areas": measure_areas(measures, followups),
        "can_plan": access.can_plan(request.user, plan.board),
    }


@login_required
@require_http_methods(["GET"])
def savings(request: HttpRequest, board: str, pk: int) -> HttpResponse:
    plan = access.access_savings_plan(request.user, access.access_board(request.user, board), pk)
    periods = selectors.savings_periods(plan=plan)
    context = _savings_context(request, plan, periods, _chosen_period(request, periods))
    return render(request, "finance/savings.html", context)


def _save_followup(
    request: HttpRequest, form: SavingsFollowupForm, measure: SavingsMeasure, period: Period
) -> SavingsFollowup | None:
    if not form.is_valid():
        return None
    try:
        return services.savings_followup_save(
            actor=request.user,
            measure=measure,
            period=period,
            realised=form.realised_kr(),
            fte=form.cleaned_data["fte"],
            comment=form.cleaned_data["comment"],
        )
    except ValidationError as exc:
        attach_errors(form, exc)
        return None


@login_required
@require_http_methods(["GET", "POST"])
def savings_followup(
    request: HttpRequest, board: str, pk: int, period: str, measure: int
) -> HttpResponse:
    plan = access.access_savings_plan(request.user, access.access_board(request.user, board), pk)
    the_period = access.access_savings_period(plan, period)
    the_measure = access.access_savings_measure(request.user, plan, measure, write=True)
    existing = selectors.savings_followups(plan=plan, period=the_period).get(the_measure.pk)
    form = SavingsFollowupForm(initial=SavingsFollowupForm.initial_from(existing))
    saved, status = None, 200
    if request.method == "POST":
        form = SavingsFollowupForm(request.POST)
        saved = _save_followup(request, form, the_measure, the_period)
        if saved is None:
            status = 422
        else:
            form = SavingsFollowupForm(initial=SavingsFollowupForm.initial_from(saved))
    if is_htmx(request):
        context = _form_context(plan, the_period, the_measure, form, saved)
        if saved is not None:  # the page's planned-vs-realised table is swapped out of band
            measures = selectors.savings_measures(plan=plan)
            context["followup_oob"] = savings_report.followup_table(plan, measures, the_period)
    else:
        periods = selectors.savings_periods(plan=plan)
        context = _savings_context(request, plan, periods, the_period)
        context |= _form_context(plan, the_period, the_measure, form, saved)
    return render_page_or_partial(
        request,
        page="finance/savings.html",
        partial="finance/partials/_savings_followup_form.html",
        context=context,
        status=status,
    )


def _form_context(
    plan: SavingsPlan,
    period: Period,
    measure: SavingsMeasure,
    form: SavingsFollowupForm,
    saved: SavingsFollowup | None,
) -> dict[str, Any]:
    index = plan.plan_years.index(period.plan_year.year)
    return {
        "board": plan.board,
        "plan": plan,
        "period": period,
        "period_slug": access.period_slug(period),
        "measure": measure,
        "planned": _tkr(measure.effects[index]),  # type: ignore[arg-type]
        "form": form,
        "saved": saved is not None,
    }


urlpatterns = [
    path("kontoplan/", mapping, name="finance_mapping"),
    path("kontoplan/<int:pk>/ta-bort/", mapping_delete, name="finance_mapping_delete"),
    path("handlingsplan/<int:pk>/", savings, name="finance_savings"),
    path(
        "handlingsplan/<int:pk>/uppfoljning/<slug:period>/<int:measure>/",
        savings_followup,
        name="finance_savings_followup",
    ),
]
