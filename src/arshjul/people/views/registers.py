"""The registers controllers and administrators fill in for a year: the cost per account group,
the FTE rows per occupational group, the sick-leave hours (with frisktal and headcounts) and
the leavers. Each form posts with htmx (or as a plain form), calls one audited service, and
re-renders with Swedish errors (422) or "Sparat"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from arshjul.core.forms import attach_errors
from arshjul.core.htmx import render_page_or_partial
from arshjul.organisations.access.people import PeopleYear, access_fte_row, access_people_register
from arshjul.people import services
from arshjul.people.forms import CostsForm, FteRowForm, LeaversForm, SickLeaveForm
from arshjul.people.models import PersonnelYear
from arshjul.people.selectors import fte_rows_of, personnel_years


@dataclass(frozen=True)
class Register:
    key: str  # the URL name's suffix
    title: str
    intro: str


COSTS = Register(
    "costs",
    "Personalkostnader per kontogrupp",
    "Utfall per kontogrupp i mnkr. Totalen, förändringen och ökningstakten beräknas. Finns en "
    "importerad huvudbok för året summeras kostnaderna i stället ur den.",
)
FTE = Register(
    "fte",
    "Tillsvidareanställda årsarbetare",
    "Årsarbetare per yrkesgrupp per 31 december, för kvinnor och män. Totaler och förändring "
    "beräknas.",
)
SICK = Register(
    "sick_leave",
    "Sjukfrånvaro",
    "Schemalagda timmar och sjukfrånvaro i timmar för kvinnor och män; procenten beräknas. "
    "Frisktal anges som personalsystemet räknat det.",
)
LEAVERS = Register(
    "leavers",
    "Avgångar",
    "Tillsvidareanställda som slutat under året, per avgångsorsak. Summan beräknas.",
)


def _year_row(scope: PeopleYear) -> PersonnelYear | None:
    return personnel_years(board=scope.board, years=[scope.year]).get(scope.year)


def _render(
    request: HttpRequest,
    scope: PeopleYear,
    register: Register,
    form: forms.Form,
    *,
    status: int = 200,
    saved: bool = False,
) -> HttpResponse:
    board = scope.board
    context = {
        "board": board,
        "year": scope.year,
        "plan_year": scope.plan_year,
        "register": register,
        "form": form,
        "saved": saved,
        "action": reverse(f"people_{register.key}", args=[board.slug, scope.year]),
        "fte_rows": list(fte_rows_of(board=board, year=scope.year)) if register is FTE else [],
    }
    return render_page_or_partial(
        request,
        page="people/register.html",
        partial="people/partials/_register_form.html",
        context=context,
        status=status,
    )


def _post(
    request: HttpRequest,
    scope: PeopleYear,
    register: Register,
    form: forms.Form,
    save: Callable[[], Any],
    blank: Callable[[], forms.Form] | None = None,
) -> HttpResponse:
    if form.is_valid():
        try:
            save()
        except ValidationError as exc:
            attach_errors(form, exc)
        else:
            shown = blank() if blank else form
            return _render(request, scope, register, shown, saved=True)
    return _render(request, scope, register, form, status=422)


@login_required
@require_http_methods(["GET", "POST"])
def people_costs(request: HttpRequest, board: str, year: int) -> HttpResponse:
    scope = access_people_register(request.user, board, year)
    if request.method == "GET":
        form = CostsForm(initial=CostsForm.initial_from(_year_row(scope)))
        return _render(request, scope, COSTS, form)
    form = CostsForm(request.POST)
    return _post(
        request,
        scope,
        COSTS,
        form,
        lambda: services.personnel_costs_save(
            actor=request.user,
            board=scope.board,
            year=year,
            amounts=form.amounts_kr(),
            growth_rate_entered=form.cleaned_data["growth_rate_entered"],
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def people_fte(request: HttpRequest, board: str, year: int) -> HttpResponse:
    scope = access_people_register(request.user, board, year)
    if request.method == "GET":
        return _render(request, scope, FTE, FteRowForm())
    form = FteRowForm(request.POST)
    return _post(
        request,
        scope,
        FTE,
        form,
        lambda: services.fte_row_save(
            actor=request.user, board=scope.board, year=year, **form.cleaned_data
        ),
        blank=FteRowForm,
    )


@login_required
@require_POST
def people_fte_delete(request: HttpRequest, board: str, year: int, pk: int) -> HttpResponse:
    scope = access_people_register(request.user, board, year)
    row = access_fte_row(request.user, scope, pk)
    services.fte_row_delete(actor=request.user, row=row)
    return redirect("people_fte", board, year)


@login_required
@require_http_methods(["GET", "POST"])
def people_sick_leave(request: HttpRequest, board: str, year: int) -> HttpResponse:
    scope = access_people_register(request.user, board, year)
    if request.method == "GET":
        row = _year_row(scope)
        sick = getattr(row, "sick_leave", None) if row else None
        return _render(
            request, scope, SICK, SickLeaveForm(initial=SickLeaveForm.initial_from(sick))
        )
    form = SickLeaveForm(request.POST)
    return _post(
        request,
        scope,
        SICK,
        form,
        lambda: services.sick_leave_save(
            actor=request.user, board=scope.board, year=year, **form.figures()
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def people_leavers(request: HttpRequest, board: str, year: int) -> HttpResponse:
    scope = access_people_register(request.user, board, year)
    if request.method == "GET":
        row = _year_row(scope)
        initial = {r.reason: r.count for r in row.leavers.all()} if row else {}
        return _render(request, scope, LEAVERS, LeaversForm(initial=initial))
    form = LeaversForm(request.POST)
    return _post(
        request,
        scope,
        LEAVERS,
        form,
        lambda: services.leavers_save(
            actor=request.user, board=scope.board, year=year, counts=form.counts()
        ),
    )
