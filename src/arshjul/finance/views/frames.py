"""Budget frames (varav budgetram) per unit for a year's budget, in mnkr: controllers and
administrators set them in one form (``<year>/budgetram/``, the budget as the plan decided it,
or ``?revision=N``); the driftbudget table of the plan shows them. Configuration of the
budget, so 403 for the other roles."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.views.decorators.http import require_http_methods

from arshjul.core.calculations import MILLION
from arshjul.core.forms import SwedishDecimalField, attach_errors
from arshjul.finance import selectors, services
from arshjul.organisations import access
from arshjul.organisations.models import Unit
from arshjul.planning.selectors import plan_year_or_latest


class FramesForm(forms.Form):
    """One field per unit: its frame in mnkr, empty for none."""

    def __init__(self, *args: Any, units: list[Unit], frames: dict[int, Decimal], **kw: Any):
        super().__init__(*args, **kw)
        self.units = units
        for unit in units:
            amount = frames.get(unit.pk)
            self.fields[f"unit_{unit.pk}"] = SwedishDecimalField(
                label=unit.name,
                decimals=3,
                initial=None if amount is None else amount / MILLION,
            )

    def amounts(self) -> dict[Unit, Decimal | None]:
        """The frames in kronor (the model's unit), rounded to whole kronor."""
        out: dict[Unit, Decimal | None] = {}
        for unit in self.units:
            value = self.cleaned_data.get(f"unit_{unit.pk}")
            out[unit] = None if value is None else (value * MILLION).quantize(Decimal(1))
        return out


@login_required
@require_http_methods(["GET", "POST"])
def budget_frames(request: HttpRequest, board: str, year: int) -> HttpResponse:
    board_obj = access.access_finance_config(request.user, board)
    versions = selectors.budget_versions(board=board_obj, year=year)
    wanted = request.GET.get("revision", "")
    version = next((v for v in versions if str(v.revision) == wanted), None)
    if version is None and wanted:
        raise Http404("Budgetversionen finns inte.")
    version = version or (versions[0] if versions else None)
    if version is None:
        raise Http404("Året har ingen budget.")
    units = selectors.frame_units(board=board_obj, year=year)
    frames = {u: a for (_, u), a in selectors.frames_of([version]).items()}
    form = FramesForm(request.POST or None, units=units, frames=frames)
    message, status = "", 200
    if request.method == "POST":
        status = 422
        if form.is_valid():
            try:
                changed = services.budget_frames_set(
                    actor=request.user, version=version, amounts=form.amounts()
                )
            except ValidationError as exc:
                attach_errors(form, exc)
            else:
                message, status = f"Sparat: {changed} budgetramar ändrades.", 200
    context = {
        "board": board_obj,
        "plan_year": plan_year_or_latest(board=board_obj, year=year),
        "year": year,
        "version": version,
        "versions": versions,
        "form": form,
        "message": message,
    }
    return render(request, "finance/frames.html", context, status=status)


urlpatterns = [path("<int:year>/budgetram/", budget_frames, name="finance_budget_frames")]
