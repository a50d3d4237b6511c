"""Budget and outcome files: the import page (a controller uploads a CSV or XLSX file and sees
the result or every problem at once) and the template to fill in."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.urls import path, re_path
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from arshjul.core.htmx import render_page_or_partial
from arshjul.finance.budget_import import (
    COLUMNS,
    BudgetImportError,
    ImportResult,
    Problem,
    budget_import,
)
from arshjul.finance.budget_template import budget_template
from arshjul.finance.models import Kind
from arshjul.organisations import access
from arshjul.organisations.models import Board

MAX_FILE = 50 * 1024 * 1024
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class BudgetImportForm(forms.Form):
    file = forms.FileField(
        label="Fil",
        help_text="CSV (semikolonavgränsad) eller XLSX, högst 50 MB.",
        widget=forms.FileInput(attrs={"accept": ".csv,.txt,.xlsx"}),
    )
    year = forms.IntegerField(label="År", min_value=2000, max_value=2100)
    kind = forms.ChoiceField(label="Slag", choices=Kind.choices, widget=forms.RadioSelect)
    name = forms.CharField(
        label="Namn på versionen",
        required=False,
        max_length=120,
        help_text="Används när versionen skapas, t.ex. ”Budget 2026”. Tomt ger slag och år.",
    )
    revision = forms.IntegerField(
        label="Version",
        required=False,
        min_value=1,
        max_value=99,
        help_text="Tomt: beloppen läggs till i årets senaste version. "
        "Ett nytt nummer skapar en ny version, t.ex. efter tilläggsbudget.",
    )

    def describe_file_with(self, element_id: str) -> None:
        """Link the file input to the list of the file's problems (aria-describedby)."""
        self.fields["file"].widget.attrs["aria-describedby"] = f"id_file_helptext {element_id}"

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE:
            raise forms.ValidationError("Filen är större än 50 MB.")
        return upload


@login_required
@require_http_methods(["GET", "POST"])
def budget_import_page(request: HttpRequest, board: str) -> HttpResponse:
    board_obj = access.access_board(request.user, board)
    access.require(access.can_plan(request.user, board_obj))
    result: ImportResult | None = None
    problems: list[Problem] = []
    status = 200
    if request.method == "POST":
        form = BudgetImportForm(request.POST, request.FILES)
        if form.is_valid():
            result, problems = _import(request, board_obj, form.cleaned_data)
            if problems:
                form.describe_file_with("budget-import-problems")
        status = 200 if result else 422
    else:
        form = BudgetImportForm(initial={"year": timezone.localdate().year, "kind": Kind.BUDGET})
    context = {
        "board": board_obj,
        "form": form,
        "result": result,
        "problems": problems,
        "columns": COLUMNS,
    }
    return render_page_or_partial(
        request,
        page="finance/budget_import.html",
        partial="finance/partials/_budget_import_result.html",
        context=context,
        status=status,
    )


def _import(
    request: HttpRequest, board: Board, data: dict[str, Any]
) -> tuple[ImportResult | None, list[Problem]]:
    file = data["file"]
    try:
        result = budget_import(
            actor=request.user,
            board=board,
            year=data["year"],
            kind=data["kind"],
            file_name=file.name,
            data=file.read(),
            name=data["name"] or None,
            revision=data["revision"],
        )
    except BudgetImportError as error:
        return None, error.problems
    return result, []


@login_required
@require_GET
def budget_template_download(request: HttpRequest, board: str, fmt: str) -> HttpResponse:
    """The template, for anyone who reads the board (a reporter may prepare a unit's file)."""
    board_obj = access.access_board(request.user, board)
    content = budget_template("xlsx" if fmt == "xlsx" else "csv", board=board_obj)
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="budgetmall-{board_obj.slug}.{fmt}"'
    return response


urlpatterns = [
    path("budget/", budget_import_page, name="finance_budget_import"),
    re_path(
        r"^budget/mall\.(?P<fmt>csv|xlsx)$",
        budget_template_download,
        name="finance_budget_template",
    ),
]
