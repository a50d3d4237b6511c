"""The procurement pages under /<board>/upphandling/: the year's lists (filtered by state and
unit) with the summaries per list and per half-year, and the planners' forms for a procurement
and an appeal. Readers read; the forms are for controllers and administrators (403 else)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from arshjul.core.forms import save_with
from arshjul.core.htmx import render_page_or_partial
from arshjul.organisations import access
from arshjul.organisations.access import procurement as doors
from arshjul.organisations.models import Board
from arshjul.planning.selectors import latest_plan_year, plan_year_or_latest
from arshjul.procurement import selectors, services
from arshjul.procurement.forms import AppealForm, FilterForm, ListFigureForm, ProcurementForm
from arshjul.procurement.models import Appeal, Procurement, State
from arshjul.procurement.report_sections import per_list_table, summary_table
from arshjul.reports.model import Section
from arshjul.reports.reconcile import annual_report_discrepancies


def _summaries(board: Board, year: int) -> tuple[Section, list[Any]]:
    """The two summary tables, reconciled with what the year's report printed."""
    summary = selectors.year_summary(board=board, year=year)
    section = Section("sammanstallning", "Sammanställning", [per_list_table(summary)])
    if summary.finished:
        section.blocks.append(summary_table(summary))
    return section, annual_report_discrepancies([section], board=board, year=year)


@login_required
@require_GET
def index(request: HttpRequest, board: str) -> HttpResponse:
    board_obj = access.access_board(request.user, board)
    years = selectors.years_with_data(board=board_obj)
    plan_year = latest_plan_year(board=board_obj)
    year = years[-1] if years else (plan_year.year if plan_year else 2021)
    return HttpResponseRedirect(reverse("procurement_year", args=[board_obj.slug, year]))


@login_required
@require_GET
def year_page(request: HttpRequest, board: str, year: int) -> HttpResponse:
    board_obj = doors.access_procurement_year(request.user, board, year)
    filters = FilterForm(request.GET or None)
    chosen = filters.cleaned_data if filters.is_valid() else {"state": "", "unit": ""}
    rows = selectors.procurements(board=board_obj, year=year, **chosen)
    lists = [(s, label, [p for p in rows if p.state == s]) for s, label in State.choices]
    section, discrepancies = _summaries(board_obj, year)
    context = {
        "board": board_obj,
        "plan_year": plan_year_or_latest(board=board_obj, year=year),
        "year": year,
        "filters": filters,
        "lists": [entry for entry in lists if not chosen["state"] or entry[0] == chosen["state"]],
        "count": len(rows),
        "appeals": selectors.appeals(board=board_obj, year=year),
        "summary": section,
        "discrepancies": discrepancies,
        "can_plan": access.can_plan(request.user, board_obj),
    }
    return render_page_or_partial(
        request,
        page="procurement/year.html",
        partial="procurement/partials/_lists.html",
        context=context,
    )


def _form_page(
    request: HttpRequest, board: Board, year: int, form: Any, kind: str, obj: Any, status: int
) -> HttpResponse:
    context = {
        "board": board,
        "plan_year": plan_year_or_latest(board=board, year=year),
        "year": year,
        "form": form,
        "kind": kind,
        "obj": obj,
    }
    return render(request, "procurement/form.html", context, status=status)


def _back(board: Board, year: int) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("procurement_year", args=[board.slug, year]))


@login_required
@require_http_methods(["GET", "POST"])
def procurement_create(request: HttpRequest, board: str, year: int) -> HttpResponse:
    board_obj = doors.access_procurement_year(request.user, board, year, write=True)
    form = ProcurementForm(request.POST or None)
    if request.method == "POST" and save_with(
        form,
        lambda: services.procurement_create(
            actor=request.user, board=board_obj, year=year, **form.service_kwargs()
        ),
    ):
        return _back(board_obj, year)
    status = 422 if request.method == "POST" else 200
    return _form_page(request, board_obj, year, form, "procurement", None, status)


@login_required
@require_http_methods(["GET", "POST"])
def procurement_edit(request: HttpRequest, board: str, pk: int) -> HttpResponse:
    board_obj = access.access_board(request.user, board)
    chosen: Procurement = doors.access_procurement(request.user, board_obj, pk, write=True)
    initial = ProcurementForm.initial_from(chosen)
    form = ProcurementForm(request.POST or None, initial=initial)
    if request.method == "POST" and save_with(
        form,
        lambda: services.procurement_update(
            actor=request.user, procurement=chosen, **form.service_kwargs()
        ),
    ):
        return _back(board_obj, chosen.year)
    status = 422 if request.method == "POST" else 200
    return _form_page(request, board_obj, chosen.year, form, "procurement", chosen, status)


def _appeal_form(board: Board, year: int, data: Any = None, **kwargs: Any) -> AppealForm:
    choices = selectors.procurement_choices(board=board, year=year)
    return AppealForm(data, procurements=choices, **kwargs)


@login_required
@require_http_methods(["GET", "POST"])
def appeal_create(request: HttpRequest, board: str, year: int) -> HttpResponse:
    board_obj = doors.access_procurement_year(request.user, board, year, write=True)
    form = _appeal_form(board_obj, year, request.POST or None)
    if request.method == "POST" and save_with(
        form,
        lambda: services.appeal_create(
            actor=request.user, board=board_obj, year=year, **form.cleaned_data
        ),
    ):
        return _back(board_obj, year)
    status = 422 if request.method == "POST" else 200
    return _form_page(request, board_obj, year, form, "appeal", None, status)


@login_required
@require_http_methods(["GET", "POST"])
def appeal_edit(request: HttpRequest, board: str, pk: int) -> HttpResponse:
    board_obj = access.access_board(request.user, board)
    chosen: Appeal = doors.access_appeal(request.user, board_obj, pk, write=True)
    initial = AppealForm.initial_from(chosen)
    form = _appeal_form(board_obj, chosen.year, request.POST or None, initial=initial)
    if request.method == "POST" and save_with(
        form, lambda: services.appeal_update(actor=request.user, appeal=chosen, **form.cleaned_data)
    ):
        return _back(board_obj, chosen.year)
    status = 422 if request.method == "POST" else 200
    return _form_page(request, board_obj, chosen.year, form, "appeal", chosen, status)


@login_required
@require_http_methods(["GET", "POST"])
def list_figure_set(request: HttpRequest, board: str, year: int) -> HttpResponse:
    """Set what a unit reported for a whole list of the year (``?unit=&state=`` picks the list
    to show); the summaries add it to the procurements' own figures."""
    board_obj = doors.access_procurement_year(request.user, board, year, write=True)
    chosen = selectors.list_figure_of(
        board=board_obj,
        year=year,
        unit=request.GET.get("unit", ""),
        state=request.GET.get("state", ""),
    )
    initial = ListFigureForm.initial_from(chosen) if chosen else {}
    form = ListFigureForm(request.POST or None, initial=initial)
    if request.method == "POST" and save_with(
        form,
        lambda: services.list_figure_set(
            actor=request.user, board=board_obj, year=year, **form.service_kwargs()
        ),
    ):
        return _back(board_obj, year)
    status = 422 if request.method == "POST" else 200
    return _form_page(request, board_obj, year, form, "list_figure", chosen, status)
