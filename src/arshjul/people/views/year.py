"""A board's personnel figures for a year: the section the Verksamhetsberättelse shows
(costs, cost analysis, FTE, sick leave …), built by the same builder; planners also see the
published figures that disagree with the computed ones, and links to the registers."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from arshjul.organisations import access
from arshjul.organisations.access.people import access_people_year
from arshjul.people.report_sections import personnel_section
from arshjul.people.selectors import people_figures
from arshjul.reports.reconcile import annual_report_discrepancies


@login_required
@require_GET
def people_year(request: HttpRequest, board: str, year: int) -> HttpResponse:
    scope = access_people_year(request.user, board, year)
    board_obj = scope.board
    section = personnel_section(people_figures(board=board_obj, year=year))
    can_plan = access.can_plan(request.user, board_obj)
    discrepancies: list[dict[str, str]] = []
    if section is not None and can_plan:
        discrepancies = annual_report_discrepancies([section], board=board_obj, year=year)
    years = sorted({p.year for p in scope.plan_years} | {year - 1, year})
    context = {
        "board": board_obj,
        "year": year,
        "plan_year": scope.plan_year,
        "years": years,
        "section": section,
        "can_plan": can_plan,
        "discrepancies": discrepancies,
    }
    return render(request, "people/year.html", context)
