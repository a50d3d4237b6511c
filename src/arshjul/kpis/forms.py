"""Forms of the production figures: a figure's description, its outcome and target for a
year, and a Kolada file to import. Rules that need the database live in the services."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms

from arshjul.core.forms import SwedishDecimalField
from arshjul.kpis.models import UNITS, ChangeKind, Direction, Figure, FigureValue, Source

MAX_FILE = 20 * 1024 * 1024
YEAR_ERRORS = {"invalid": "Ange ett år, till exempel 2021.", "required": "Ange ett år."}


class FigureForm(forms.Form):
    label = forms.CharField(
        label="Benämning",
        max_length=300,
        error_messages={"required": "Ange nyckeltalets benämning."},
    )
    unit = forms.ChoiceField(label="Enhet", choices=UNITS, required=False)
    direction = forms.ChoiceField(
        label="Vilket håll är bättre?", choices=Direction.choices, widget=forms.RadioSelect
    )
    change_kind = forms.ChoiceField(
        label="Förändringen visas som", choices=ChangeKind.choices, widget=forms.RadioSelect
    )
    decimals = forms.IntegerField(label="Decimaler i utfallet", min_value=0, max_value=4)
    change_decimals = forms.IntegerField(label="Decimaler i förändringen", min_value=0, max_value=4)
    scope_note = forms.CharField(
        label="Omfattning",
        max_length=120,
        required=False,
        help_text="Visas efter benämningen, t.ex. (Region Örebro län).",
    )
    kolada_kpi = forms.CharField(
        label="Kolada-nyckeltal",
        max_length=10,
        required=False,
        help_text="Id i Kolada, t.ex. N00945. Kolada-värdet visas bredvid det egna utfallet.",
    )
    source = forms.ChoiceField(label="Källa", choices=Source.choices)
    valid_from = forms.IntegerField(
        label="Redovisas från år", min_value=2000, max_value=2100, error_messages=YEAR_ERRORS
    )
    valid_to = forms.IntegerField(
        label="Redovisas till och med år",
        min_value=2000,
        max_value=2100,
        required=False,
        error_messages=YEAR_ERRORS,
    )

    @staticmethod
    def initial_from(figure: Figure | None, year: int) -> dict[str, Any]:
        if figure is None:
            return {
                "direction": Direction.HIGHER,
                "change_kind": ChangeKind.PERCENT,
                "decimals": 0,
                "change_decimals": 1,
                "source": Source.ENTERED,
                "valid_from": year,
            }
        return {name: getattr(figure, name) for name in FigureForm.base_fields}


class FigureValueForm(forms.Form):
    outcome = SwedishDecimalField(label="Utfall")
    note = forms.CharField(
        label="Anmärkning", max_length=200, required=False, help_text="T.ex. avser januari–juni."
    )
    target = SwedishDecimalField(label="Målvärde")
    target_text = forms.CharField(
        label="Målvärde som text",
        max_length=200,
        required=False,
        help_text="Som det ska stå i rapporten, t.ex. Målvärde: 17 sekunder. Tomt: räknas fram.",
    )

    @staticmethod
    def initial_from(value: FigureValue | None) -> dict[str, Any]:
        if value is None:
            return {}
        return {
            "outcome": _plain(value.outcome),
            "note": value.note,
            "target": _plain(value.target),
            "target_text": value.target_text,
        }


def _plain(value: Decimal | None) -> Decimal | None:
    return value.normalize() if value is not None else None


class KoladaImportForm(forms.Form):
    file = forms.FileField(
        label="Fil",
        help_text="JSON från Koladas API (v3) eller CSV med kolumnerna nedan, högst 20 MB.",
        widget=forms.FileInput(attrs={"accept": ".json,.csv,.txt"}),
        error_messages={"required": "Välj en fil."},
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE:
            raise forms.ValidationError("Filen är större än 20 MB.")
        return upload
