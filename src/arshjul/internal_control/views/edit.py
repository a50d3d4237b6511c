"""The pages that write, for controllers and administrators (403 for readers and reporters):
risks, actions, an action's follow-up per period (htmx), the ISK-bedömning and a new year's
plan. Each view: door, form, one service, then a redirect (or the form again, status 422)."""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from arshjul.core.forms import save_with
from arshjul.core.htmx import render_page_or_partial
from arshjul.internal_control import selectors, services, symbols
from arshjul.internal_control.forms import (
    ActionForm,
    FollowupForm,
    IskForm,
    RiskForm,
    StartPlanForm,
)
from arshjul.internal_control.models import ActionFollowup
from arshjul.internal_control.texts import risk_text
from arshjul.organisations import access
from arshjul.organisations.access import internal_control as doors


def _form_page(
    request: HttpRequest, plan_year: Any, form: Form, *, title: str, back: str, **extra: Any
) -> HttpResponse:
    context = {
        "board": plan_year.board,
        "plan_year": plan_year,
        "form": form,
        "title": title,
        "back_url": back,
        **extra,
    }
    return render(
        request, "internal_control/form.html", context, status=422 if form.errors else 200
    )


def _data(request: HttpRequest) -> Any:
    """The posted data, or None for a GET (an empty POST still validates, and fails)."""
    return request.POST if request.method == "POST" else None


def _plan_url(plan_year: Any) -> str:
    return reverse("internal_control_plan", args=[plan_year.board.slug, plan_year.year])


def _risks_url(plan_year: Any) -> str:
    return reverse("internal_control_risks", args=[plan_year.board.slug, plan_year.year])


@login_required
@require_http_methods(["GET", "POST"])
def risk_create(request: HttpRequest, board: str, year: int) -> HttpResponse:
    plan_year = doors.access_ic_plan_year(request.user, board, year, write=True)
    plan = selectors.control_plan_of(plan_year=plan_year)
    form = RiskForm(_data(request))
    if request.method == "POST" and save_with(
        form,
        lambda: services.risk_create(
            actor=request.user, board=plan_year.board, plan=plan, **form.service_fields()
        ),
    ):
        return redirect(_risks_url(plan_year))
    lead = f"Risken förs in i riskregistret{f' och i internkontrollplanen {year}' if plan else ''}."
    return _form_page(
        request, plan_year, form, title="Ny risk", back=_risks_url(plan_year), lead=lead
    )


@login_required
@require_http_methods(["GET", "POST"])
def risk_edit(request: HttpRequest, board: str, year: int, pk: int) -> HttpResponse:
    plan_year = doors.access_ic_plan_year(request.user, board, year, write=True)
    risk = doors.access_risk(request.user, plan_year.board, pk, write=True)
    form = RiskForm(_data(request), initial=RiskForm.initial_from(risk))
    if request.method == "POST" and save_with(
        form,
        lambda: services.risk_update(actor=request.user, risk=risk, **form.service_fields()),
    ):
        return redirect(_risks_url(plan_year))
    return _form_page(
        request, plan_year, form, title="Ändra risk", back=_risks_url(plan_year), lead=risk.process
    )


@login_required
@require_POST
def plan_risk_add(request: HttpRequest, board: str, year: int, pk: int) -> HttpResponse:
    """Choose a risk of the register for the year's plan."""
    plan_year = doors.access_ic_plan_year(request.user, board, year, write=True)
    plan = doors.access_control_plan(request.user, plan_year, write=True)
    risk = doors.access_risk(request.user, plan_year.board, pk, write=True)
    with suppress(ValidationError):  # already in the plan: nothing to do, the plan shows it
        services.plan_risk_add(actor=request.user, plan=plan, risk=risk)
    return redirect(_plan_url(plan_year))


def _units(plan_year: Any) -> Any:
    return selectors.units_of_year(board=plan_year.board, year=plan_year.year)


@login_required
@require_http_methods(["GET", "POST"])
def action_create(request: HttpRequest, board: str, year: int, pk: int) -> HttpResponse:
    plan_year = doors.access_ic_plan_year(request.user, board, year, write=True)
    plan = doors.access_control_plan(request.user, plan_year, write=True)
    plan_risk = doors.access_plan_risk(request.user, plan, pk, write=True)
    form = ActionForm(_data(request), units=_units(plan_year))
    if request.method == "POST" and save_with(
        form,
        lambda: services.action_create(
            actor=request.user, plan_risk=plan_risk, **form.cleaned_data
        ),
    ):
        return redirect(_plan_url(plan_year))
    return _form_page(
        request,
        plan_year,
        form,
        title="Ny åtgärd",
        back=_plan_url(plan_year),
        lead=f"{plan_risk.risk.process}: {risk_text(plan_risk.risk)}",
    )


@login_required
@require_http_methods(["GET", "POST"])
def action_edit(request: HttpRequest, board: str, year: int, pk: int) -> HttpResponse:
    plan_year = doors.access_ic_plan_year(request.user, board, year, write=True)
    plan = doors.access_control_plan(request.user, plan_year, write=True)
    action = doors.access_action(request.user, plan, pk, write=True)
    action.plan_risk.plan = plan
    form = ActionForm(
        _data(request), units=_units(plan_year), initial=ActionForm.initial_from(action)
    )
    if request.method == "POST" and save_with(
        form,
        lambda: services.action_update(actor=request.user, action=action, **form.cleaned_data),
    ):
        return redirect(_plan_url(plan_year))
    risk = action.plan_risk.risk
    return _form_page(
        request,
        plan_year,
        form,
        title="Ändra åtgärd",
        back=_plan_url(plan_year),
        lead=f"{risk.process}: {risk_text(risk)}",
    )


@login_required
@require_http_methods(["GET", "POST"])
def followup_edit(
    request: HttpRequest, board: str, year: int, pk: int, period: str
) -> HttpResponse:
    """The follow-up of one action in a period; posts with htmx and swaps only the form."""
    plan_year = doors.access_ic_plan_year(request.user, board, year, write=True)
    plan = doors.access_control_plan(request.user, plan_year, write=True)
    action = doors.access_action(request.user, plan, pk, write=True)
    action.plan_risk.plan = plan
    the_period = access.access_period(plan_year, period)
    existing = selectors.followup_of(action=action, period=the_period)
    form = FollowupForm(initial=FollowupForm.initial_from(existing))
    saved: ActionFollowup | None = None
    if request.method == "POST":
        form = FollowupForm(request.POST)
        saved = save_with(
            form,
            lambda: services.action_followup_save(
                actor=request.user, action=action, period=the_period, **form.cleaned_data
            ),
        )
        existing = saved or existing
    context = {
        "board": plan_year.board,
        "plan_year": plan_year,
        "period": the_period,
        "action": action,
        "risk_text": risk_text(action.plan_risk.risk),
        "symbol": symbols.status_symbol(existing.status if existing else None),
        "form": form,
        "saved": saved is not None,
    }
    return render_page_or_partial(
        request,
        page="internal_control/followup_edit.html",
        partial="internal_control/partials/_followup_form.html",
        context=context,
        status=422 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def isk_edit(request: HttpRequest, board: str, year: int) -> HttpResponse:
    plan_year = doors.access_ic_plan_year(request.user, board, year, write=True)
    plan = doors.access_control_plan(request.user, plan_year, write=True)
    isk = selectors.isk_of(plan=plan)
    initial = (
        {"sufficient": "ja" if isk.sufficient else "nej", "reasoning": isk.reasoning} if isk else {}
    )
    form = IskForm(_data(request), initial=initial)
    if request.method == "POST" and save_with(
        form,
        lambda: services.isk_assessment_save(actor=request.user, plan=plan, **form.cleaned_data),
    ):
        return redirect(_plan_url(plan_year) + "#isk-h")
    return _form_page(
        request,
        plan_year,
        form,
        title=f"ISK-bedömning {year}",
        back=_plan_url(plan_year),
        lead="Har den interna styrningen och kontrollen varit tillräcklig under året?",
    )


@login_required
@require_POST
def plan_create(request: HttpRequest, board: str, year: int) -> HttpResponse:
    """The year's plan: empty, or started from an earlier year's plan."""
    plan_year = doors.access_ic_plan_year(request.user, board, year, write=True)
    form = StartPlanForm(request.POST, years=selectors.earlier_plan_years(plan_year=plan_year))

    def create() -> Any:
        start = form.cleaned_data["start_from"]
        if start is None:
            return services.internal_control_plan_create(actor=request.user, plan_year=plan_year)
        earlier = access.access_plan_year(request.user, board, start)
        previous = doors.access_control_plan(request.user, earlier, write=True)
        return services.internal_control_plan_start_from(
            actor=request.user, previous_plan=previous, plan_year=plan_year
        )

    if save_with(form, create):
        return redirect(_plan_url(plan_year))
    return _form_page(
        request,
        plan_year,
        form,
        title=f"Ny internkontrollplan {year}",
        back=_plan_url(plan_year),
        lead="Planen kunde inte skapas.",
    )
