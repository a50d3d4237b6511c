"""Imported ledgers: the list with the upload form, the upload's progress (polled with htmx
while the background task runs) and one ledger's result report and reconciliation."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.views.decorators.http import require_http_methods, require_POST

from arshjul.core.htmx import render_page_or_partial
from arshjul.finance import selectors
from arshjul.finance.ledger import ledger_upload_create
from arshjul.finance.models import LedgerUpload
from arshjul.organisations import access
from arshjul.organisations.models import Board
from arshjul.reports.cells import FigureRow, figure_table

MAX_UPLOAD = 200 * 1024 * 1024


class LedgerUploadForm(forms.Form):
    file = forms.FileField(label="SIE-fil", help_text="SIE typ 1–4 (.se, .si), högst 200 MB.")

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError("Filen är större än 200 MB.")
        return upload


def _list_context(request: HttpRequest, board: Board, form: LedgerUploadForm) -> dict:
    ledgers = selectors.ledgers_for(organisation_id=board.organisation_id, board=board)
    can_plan = access.can_plan(request.user, board)
    if not can_plan:
        ledgers = ledgers.filter(board=board)
    return {"board": board, "ledgers": list(ledgers), "form": form, "can_plan": can_plan}


@login_required
def ledger_list(request: HttpRequest, board: str) -> HttpResponse:
    board_obj = access.access_board(request.user, board)
    context = _list_context(request, board_obj, LedgerUploadForm())
    return render(request, "finance/ledger_list.html", context)


@login_required
@require_POST
def ledger_upload(request: HttpRequest, board: str) -> HttpResponse:
    board_obj = access.access_board(request.user, board)
    access.require(access.can_plan(request.user, board_obj))
    form = LedgerUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        context = _list_context(request, board_obj, form)
        return render_page_or_partial(
            request,
            page="finance/ledger_list.html",
            partial="finance/partials/_ledger_upload.html",
            context=context,
            status=422,
        )
    file = form.cleaned_data["file"]
    upload = ledger_upload_create(
        actor=request.user, board=board_obj, file_name=file.name, data=file.read()
    )
    context = {"board": board_obj, "upload": upload}
    return render_page_or_partial(
        request,
        page="finance/ledger_upload.html",
        partial="finance/partials/_ledger_progress.html",
        context=context,
        status=202,
    )


@login_required
@require_http_methods(["GET"])
def ledger_upload_status(request: HttpRequest, board: str, pk: int) -> HttpResponse:
    board_obj = access.access_board(request.user, board)
    upload = access.access_ledger_upload(request.user, board_obj, pk)
    return render_page_or_partial(
        request,
        page="finance/ledger_upload.html",
        partial="finance/partials/_ledger_progress.html",
        context={"board": board_obj, "upload": upload},
    )


@login_required
def ledger_detail(request: HttpRequest, board: str, pk: int) -> HttpResponse:
    board_obj = access.access_board(request.user, board)
    ledger = access.access_ledger(request.user, board_obj, pk)
    sums = selectors.ledger_account_sums(ledger)
    lines, totals, unmapped = selectors.ledger_result(ledger, sums)
    table = figure_table(
        key="resultatrapport",
        title=f"Resultatrapport enligt kontoplan {ledger.plan.name}",
        columns=[("utfall", "Utfall")],
        rows=[FigureRow(d.key, d.label, {"utfall": totals[d.key]}, d.is_sum) for d in lines.defs],
        decimals=2,
        row_header="Belopp i kr",
    )
    context = {
        "board": board_obj,
        "ledger": ledger,
        "table": table,
        "checks": selectors.ledger_checks(ledger, sums),
        "unmapped": sorted(unmapped.items()),
    }
    return render(request, "finance/ledger_detail.html", context)


urlpatterns = [
    path("huvudbocker/", ledger_list, name="finance_ledger_list"),
    path("huvudbocker/ladda-upp/", ledger_upload, name="finance_ledger_upload"),
    path(
        "huvudbocker/uppladdning/<int:pk>/",
        ledger_upload_status,
        name="finance_ledger_upload_status",
    ),
    path("huvudbocker/<int:pk>/", ledger_detail, name="finance_ledger_detail"),
]

__all__ = ["LedgerUpload", "urlpatterns"]
