"""Forms of the procurement pages: Swedish input, turned into the services' arguments."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms

from arshjul.core.calculations import mnkr, whole_kr
from arshjul.core.forms import SwedishDecimalField
from arshjul.procurement.models import Appeal, ListFigure, Procurement, ProcuringUnit, State

YES_NO = [("", "Ej angivet"), ("true", "Ja"), ("false", "Nej")]
DATE = forms.DateInput(attrs={"type": "date"})


def _yes_no(label: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=YES_NO,
        required=False,
        coerce=lambda v: v == "true",
        empty_value=None,
        help_text="Bara för avslutade upphandlingar.",
    )


class FilterForm(forms.Form):
    state = forms.ChoiceField(label="Läge", choices=[("", "Alla"), *State.choices], required=False)
    unit = forms.ChoiceField(
        label="Upphandlande enhet", choices=[("", "Alla"), *ProcuringUnit.choices], required=False
    )


class ProcurementForm(forms.Form):
    unit = forms.ChoiceField(label="Upphandlande enhet", choices=ProcuringUnit.choices)
    state = forms.ChoiceField(label="Läge", choices=State.choices)
    title = forms.CharField(label="Upphandling", max_length=300)
    customer = forms.CharField(label="Kund", max_length=300, required=False)
    period_text = forms.CharField(
        label="Period (text)",
        max_length=120,
        required=False,
        help_text="Till exempel ”planerad start januari–juni 2022”.",
    )
    start_date = forms.DateField(label="Startdatum", required=False, widget=DATE)
    end_date = forms.DateField(
        label="Avslutsdatum", required=False, widget=DATE, help_text="Avgör halvåret."
    )
    value_mnkr = SwedishDecimalField(label="Uppskattat värde inkl. optionsår (mnkr)", decimals=3)
    bids = forms.IntegerField(label="Antal anbud", min_value=0, required=False)
    miljokrav = _yes_no("Miljökrav")
    uppforandekod = _yes_no("Uppförandekod")
    social_hansyn = _yes_no("Social hänsyn")
    case_number = forms.CharField(label="Diarienummer", max_length=20, required=False)
    marked_appealed = forms.BooleanField(label="Markerad som överprövad", required=False)

    @staticmethod
    def initial_from(p: Procurement) -> dict[str, Any]:
        data = {name: getattr(p, name) for name in SERVICE_FIELDS if name != "value_kr"}
        data["value_mnkr"] = mnkr(p.value_kr)
        for kind in ("miljokrav", "uppforandekod", "social_hansyn"):
            value = getattr(p, kind)
            data[kind] = "" if value is None else ("true" if value else "false")
        return data

    def service_kwargs(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        value: Decimal | None = data.pop("value_mnkr")
        data["value_kr"] = whole_kr(value, "mnkr")
        return data


SERVICE_FIELDS = (
    "unit",
    "state",
    "title",
    "customer",
    "period_text",
    "start_date",
    "end_date",
    "value_kr",
    "bids",
    "miljokrav",
    "uppforandekod",
    "social_hansyn",
    "case_number",
    "marked_appealed",
)


def _choice_label(p: Procurement) -> str:
    return f"{p.title} ({p.get_state_display().lower()} {p.year})"


class AppealForm(forms.Form):
    procurement = forms.ModelChoiceField(
        label="Upphandling i listorna", queryset=Procurement.objects.none(), required=False
    )
    procurement_title = forms.CharField(
        label="Upphandling (som den redovisas)",
        max_length=300,
        required=False,
        help_text="Lämna tomt för att använda den valda upphandlingens namn.",
    )
    case_number = forms.CharField(label="Diarienummer", max_length=20)
    company = forms.CharField(label="Bolag", max_length=200)
    claim = forms.CharField(
        label="Yrkande", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    state = forms.ChoiceField(label="Läge", choices=Appeal.AppealState.choices)
    outcome = forms.ChoiceField(
        label="Utfall", choices=[("", "Inget ännu"), *Appeal.Outcome.choices], required=False
    )
    decided_on = forms.DateField(label="Datum för avgörande", required=False, widget=DATE)
    reported_earlier = forms.BooleanField(label="Rapporterad tidigare år", required=False)

    def __init__(self, *args: Any, procurements: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["procurement"]
        field.queryset = procurements
        field.label_from_instance = _choice_label

    @staticmethod
    def initial_from(a: Appeal) -> dict[str, Any]:
        return {name: getattr(a, name) for name in AppealForm.base_fields}


class ListFigureForm(forms.Form):
    """What a unit reported for a whole list (not per procurement): it covers the list's
    procurements whose own figure is empty. Bids and requirements only for finished lists."""

    unit = forms.ChoiceField(label="Upphandlande enhet", choices=ProcuringUnit.choices)
    state = forms.ChoiceField(label="Lista", choices=State.choices)
    value_mnkr = SwedishDecimalField(
        label="Värde inkl. optionsår för upphandlingar utan eget värde (mnkr)", decimals=3
    )
    bids = forms.IntegerField(label="Antal anbud", min_value=0, required=False)
    miljokrav = forms.IntegerField(label="Antal med miljökrav", min_value=0, required=False)
    uppforandekod = forms.IntegerField(label="Antal med uppförandekod", min_value=0, required=False)
    social_hansyn = forms.IntegerField(label="Antal med social hänsyn", min_value=0, required=False)
    source = forms.CharField(
        label="Källa", max_length=200, required=False, help_text="Till exempel rapportens sida."
    )

    @staticmethod
    def initial_from(figure: ListFigure) -> dict[str, Any]:
        value = figure.value_kr
        return {
            "unit": figure.unit,
            "state": figure.state,
            "value_mnkr": mnkr(value),
            "bids": figure.bids,
            "miljokrav": figure.miljokrav,
            "uppforandekod": figure.uppforandekod,
            "social_hansyn": figure.social_hansyn,
            "source": figure.source,
        }

    def service_kwargs(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        value = data.pop("value_mnkr")
        data["value_kr"] = whole_kr(value, "mnkr")
        return data
