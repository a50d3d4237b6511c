"""Pages of the production figures under /<board>/nyckeltal/.

- ``<year>/``: the year's figures with own outcome, Kolada value beside it, change and trend,
  and for planners the published figures that disagree (everyone who reads the board);
- ``<year>/nytt/`` and ``<year>/<pk>/``: a controller adds or edits a figure, and sets its
  outcome and target for the year (``<year>/<pk>/utfall/``, an htmx partial);
- ``kolada/``: a controller uploads a Kolada file (JSON API v3 or CSV), all or nothing.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from arshjul.core.forms import attach_errors
from arshjul.core.htmx import render_page_or_partial
from arshjul.kpis import selectors, services
from arshjul.kpis.forms import FigureForm, FigureValueForm, KoladaImportForm
from arshjul.kpis.kolada import CSV_COLUMNS, KoladaImportError, KoladaResult, kolada_import
from arshjul.kpis.models import Figure
from arshjul.kpis.report_sections import figures_table, trend_legend
from arshjul.organisations import access
from arshjul.organisations.access import kpis as doors
from arshjul.planning.selectors import latest_plan_year
from arshjul.reports.model import Section
from arshjul.reports.reconcile import annual_report_discrepancies


@login_required
@require_GET
def index(request: HttpRequest, board: str) -> HttpResponse:
    board_obj = doors.access_kpis_board(request.user, board)
    plan_year = latest_plan_year(board=board_obj)
    if plan_year is None:
        raise Http404("Nämnden har ingen plan ännu.")
    return redirect("kpis_year", board_obj.slug, plan_year.year)


@login_required
@require_GET
def year_page(request: HttpRequest, board: str, year: int) -> HttpResponse:
    plan_year = doors.access_kpi_year(request.user, board, year)
    board_obj = plan_year.board
    lines = selectors.year_figures(board=board_obj, year=year)
    can_plan = access.can_plan(request.user, board_obj)
    discrepancies: list[dict[str, str]] = []
    if can_plan and lines:
        section = Section("produktionstal", "", [figures_table(lines, year)])
        discrepancies = annual_report_discrepancies([section], board=board_obj, year=year)
    context = {
        "board": board_obj,
        "plan_year": plan_year,
        "year": year,
        "lines": lines,
        "with_kolada": any(line.kolada is not None for line in lines),
        "kolada_area": selectors.kolada_area(board=board_obj),
        "legend": trend_legend(),
        "can_plan": can_plan,
        "discrepancies": discrepancies,
    }
    return render(request, "kpis/year.html", context)


def _figure_values(form: FigureForm) -> dict[str, Any]:
    data = dict(form.cleaned_data)
    data["scope_note"] = data["scope_note"] or ""
    data["kolada_kpi"] = data["kolada_kpi"] or ""
    return data


@login_required
@require_http_methods(["GET", "POST"])
def figure_create(request: HttpRequest, board: str, year: int) -> HttpResponse:
    plan_year = doors.access_kpi_year(request.user, board, year, write=True)
    form = FigureForm(initial=FigureForm.initial_from(None, year))
    status = 200
    if request.method == "POST":
        form = FigureForm(request.POST)
        if form.is_valid():
            try:
                figure = services.figure_create(
                    actor=request.user, board=plan_year.board, **_figure_values(form)
                )
            except ValidationError as exc:
                attach_errors(form, exc)
            else:
                return redirect("kpis_figure", plan_year.board.slug, year, figure.pk)
        status = 422
    context = {"board": plan_year.board, "plan_year": plan_year, "year": year, "form": form}
    return render(request, "kpis/figure_create.html", context, status=status)


def _edit_context(
    plan_year: Any, figure: Figure, form: FigureForm, value_form: FigureValueForm, **extra: Any
) -> dict[str, Any]:
    return {
        "board": plan_year.board,
        "plan_year": plan_year,
        "year": plan_year.year,
        "figure": figure,
        "form": form,
        "value_form": value_form,
        "message": "",
        "saved": False,
        **extra,
    }


def _value_form(figure: Figure, year: int) -> FigureValueForm:
    existing = selectors.figure_value(figure=figure, year=year)
    return FigureValueForm(initial=FigureValueForm.initial_from(existing))


@login_required
@require_http_methods(["GET", "POST"])
def figure_edit(request: HttpRequest, board: str, year: int, pk: int) -> HttpResponse:
    plan_year = doors.access_kpi_year(request.user, board, year, write=True)
    figure = doors.access_figure(request.user, plan_year.board, pk, write=True)
    form = FigureForm(initial=FigureForm.initial_from(figure, year))
    status, message = 200, ""
    if request.method == "POST":
        form = FigureForm(request.POST)
        status = 422
        if form.is_valid():
            try:
                figure = services.figure_update(
                    actor=request.user, figure=figure, **_figure_values(form)
                )
            except ValidationError as exc:
                attach_errors(form, exc)
            else:
                status, message = 200, f"Nyckeltalet ”{figure.label}” är sparat."
    context = _edit_context(plan_year, figure, form, _value_form(figure, year), message=message)
    return render(request, "kpis/figure_edit.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def value_set(request: HttpRequest, board: str, year: int, pk: int) -> HttpResponse:
    plan_year = doors.access_kpi_year(request.user, board, year, write=True)
    figure = doors.access_figure(request.user, plan_year.board, pk, write=True)
    value_form, status, saved = _value_form(figure, year), 200, False
    if request.method == "POST":
        value_form, status = FigureValueForm(request.POST), 422
        if value_form.is_valid():
            try:
                services.figure_value_set(
                    actor=request.user, figure=figure, year=year, **value_form.cleaned_data
                )
            except ValidationError as exc:
                attach_errors(value_form, exc)
            else:
                value_form, status, saved = _value_form(figure, year), 200, True
    form = FigureForm(initial=FigureForm.initial_from(figure, year))
    return render_page_or_partial(
        request,
        page="kpis/figure_edit.html",
        partial="kpis/partials/_value_form.html",
        context=_edit_context(plan_year, figure, form, value_form, saved=saved),
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def kolada_upload(request: HttpRequest, board: str) -> HttpResponse:
    board_obj = doors.access_kolada_import(request.user, board)
    form = KoladaImportForm()
    result: KoladaResult | None = None
    problems: list[Any] = []
    status = 200
    if request.method == "POST":
        form = KoladaImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                result = kolada_import(
                    actor=request.user,
                    organisation=board_obj.organisation,
                    file_name=upload.name,
                    data=upload.read(),
                )
            except KoladaImportError as error:
                problems = error.problems
                form.fields["file"].widget.attrs["aria-describedby"] = (
                    "id_file_helptext kolada-import-problems"
                )
        status = 200 if result else 422
    plan_year = latest_plan_year(board=board_obj)
    context = {
        "board": board_obj,
        "plan_year": plan_year,
        "form": form,
        "result": result,
        "problems": problems,
        "columns": CSV_COLUMNS,
        "kolada_area": selectors.kolada_area(board=board_obj),
        "back_url": reverse("kpis_year", args=[board_obj.slug, plan_year.year])
        if plan_year
        else None,
    }
    return render_page_or_partial(
        request,
        page="kpis/kolada_import.html",
        partial="kpis/partials/_kolada_import.html",
        context=context,
        status=status,
    )
