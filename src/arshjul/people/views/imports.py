"""The HR file import: a controller uploads a CSV or XLSX export and sees what was stored or
every problem at once (nothing stored); anyone who reads the board may download the template."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET, require_http_methods

from arshjul.core.htmx import render_page_or_partial
from arshjul.core.tabular import Problem
from arshjul.organisations import access
from arshjul.organisations.access.people import access_people_import
from arshjul.people.forms import ImportForm
from arshjul.people.hr_import import (
    COLUMNS,
    TASKS,
    ImportResult,
    PersonnelImportError,
    personnel_import,
)
from arshjul.people.hr_template import personnel_template
from arshjul.planning.selectors import latest_plan_year

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@login_required
@require_http_methods(["GET", "POST"])
def people_import(request: HttpRequest, board: str) -> HttpResponse:
    board_obj = access_people_import(request.user, board)
    result: ImportResult | None = None
    problems: list[Problem] = []
    status = 200
    form = ImportForm()
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                result = personnel_import(
                    actor=request.user, board=board_obj, file_name=upload.name, data=upload.read()
                )
            except PersonnelImportError as error:
                problems = error.problems
                form.fields["file"].widget.attrs["aria-describedby"] = (
                    "id_file_helptext people-import-problems"
                )
        status = 200 if result else 422
    context = {
        "board": board_obj,
        "plan_year": latest_plan_year(board=board_obj),
        "form": form,
        "result": result,
        "problems": problems,
        "columns": COLUMNS,
        "tasks": TASKS,
    }
    return render_page_or_partial(
        request,
        page="people/import.html",
        partial="people/partials/_import_result.html",
        context=context,
        status=status,
    )


@login_required
@require_GET
def people_template(request: HttpRequest, board: str, fmt: str) -> HttpResponse:
    board_obj = access.access_board(request.user, board)
    response = HttpResponse(
        personnel_template("xlsx" if fmt == "xlsx" else "csv"), content_type=CONTENT_TYPES[fmt]
    )
    response["Content-Disposition"] = f'attachment; filename="personalmall-{board_obj.slug}.{fmt}"'
    return response
