"""Documents in the web: a list of the types and each document as HTML or JSON."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from arshjul.followup.selectors import periods_of
from arshjul.organisations import access
from arshjul.planning.selectors import plan_years_of
from arshjul.reports.registry import document_types
from arshjul.reports.renderers.html import render_html
from arshjul.reports.renderers.json import render_json
from arshjul.reports.services import ReportRequestError, build_document


@login_required
def report_list(request: HttpRequest, board: str, year: int) -> HttpResponse:
    plan_year = access.access_plan_year(request.user, board, year)
    periods = periods_of(plan_year=plan_year)
    context = {
        "board": plan_year.board,
        "plan_year": plan_year,
        "plan_years": plan_years_of(board=plan_year.board),
        # each type with the periods it is made for
        "types": [(cls, cls.periods_made_for(periods)) for cls in document_types().values()],
    }
    return render(request, "reports/report_list.html", context)


@login_required
def report_view(request: HttpRequest, board: str, year: int, doc_type: str) -> HttpResponse:
    plan_year = access.access_plan_year(request.user, board, year)
    fmt = request.GET.get("format", "html")
    if doc_type not in document_types() or fmt not in ("html", "json"):
        raise Http404("Rapporten finns inte.")
    try:
        document = build_document(
            user=request.user,
            type_key=doc_type,
            board_slug=plan_year.board.slug,
            year=plan_year.year,
            period_key=request.GET.get("period") or None,
        )
    except ReportRequestError as exc:
        raise Http404(str(exc)) from exc
    if fmt == "json":
        return HttpResponse(render_json(document), content_type="application/json")
    nonce = str(getattr(request, "csp_nonce", ""))
    return HttpResponse(render_html(document, nonce=nonce), content_type="text/html; charset=utf-8")
