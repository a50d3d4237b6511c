"""Forms of the personnel registers: a year's cost groups (mnkr), an FTE row, sick-leave hours
with the per-person figures, leavers per reason, and the import file. Numbers are typed the
Swedish way (``SwedishDecimalField``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms

from arshjul.core.forms import SwedishDecimalField
from arshjul.people import calculations as calc
from arshjul.people.models import LeaverReason, PersonnelYear, SickLeave
from arshjul.people.services import PER_PERSON_FIELDS, SICK_FIELDS

MAX_FILE = 10 * 1024 * 1024


class CostsForm(forms.Form):
    """The cost of each account group in mnkr; an empty field removes the group's figure."""

    growth_rate_entered = SwedishDecimalField(
        label="Lönekostnadsökningstakt (%), inmatad",
        decimals=2,
        help_text="Bara om föregående års kostnader saknas i systemet; annars beräknas den.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        rate = self.fields.pop("growth_rate_entered")
        for group in calc.COST_GROUPS:
            label = f"{group.accounts} {group.label}".strip()
            self.fields[group.key] = SwedishDecimalField(label=f"{label} (mnkr)", decimals=6)
        self.fields["growth_rate_entered"] = rate

    def amounts_kr(self) -> dict[str, Decimal | None]:
        return {
            g.key: (
                None
                if self.cleaned_data[g.key] is None
                else self.cleaned_data[g.key] * calc.MILLION
            )
            for g in calc.COST_GROUPS
        }

    @staticmethod
    def initial_from(personnel_year: PersonnelYear | None) -> dict[str, Any]:
        if personnel_year is None:
            return {}
        initial: dict[str, Any] = {
            c.group: (c.amount / calc.MILLION).normalize() for c in personnel_year.costs.all()
        }
        initial["growth_rate_entered"] = personnel_year.growth_rate_entered
        return initial


class FteRowForm(forms.Form):
    group = forms.CharField(
        label="Yrkesgrupp",
        max_length=120,
        help_text="En grupp som redan finns med samma namn uppdateras.",
        error_messages={"required": "Ange yrkesgrupp."},
    )
    women = SwedishDecimalField(
        label="Kvinnor (årsarbetare)",
        required=True,
        decimals=2,
        error_messages={"required": "Ange antal årsarbetare (0 om inga)."},
    )
    men = SwedishDecimalField(
        label="Män (årsarbetare)",
        required=True,
        decimals=2,
        error_messages={"required": "Ange antal årsarbetare (0 om inga)."},
    )


SICK_LABELS = {
    "scheduled_women": "Schemalagda timmar, kvinnor",
    "scheduled_men": "Schemalagda timmar, män",
    "short_women": "Korttidsfrånvaro (tim), kvinnor",
    "short_men": "Korttidsfrånvaro (tim), män",
    "long_women": "Långtidsfrånvaro (tim), kvinnor",
    "long_men": "Långtidsfrånvaro (tim), män",
    "frisktal": "Frisktal totalt (%)",
    "frisktal_women": "Frisktal kvinnor (%)",
    "frisktal_men": "Frisktal män (%)",
}


class SickLeaveForm(forms.Form):
    """The six hour figures (all or none), frisktal as the HR system counted it and the
    headcounts that decide whether a gender's figure may be shown."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, label in SICK_LABELS.items():
            self.fields[name] = SwedishDecimalField(label=label, decimals=2)
        for name, label in (
            ("employees_women", "Anställda kvinnor"),
            ("employees_men", "Anställda män"),
        ):
            self.fields[name] = forms.IntegerField(
                label=label,
                required=False,
                min_value=0,
                help_text=f"Grupper med färre än {calc.SMALL_GROUP} anställda visas inte.",
                error_messages={"invalid": "Ange ett heltal.", "min_value": "Ange 0 eller fler."},
            )

    def figures(self) -> dict[str, Any]:
        return {name: self.cleaned_data.get(name) for name in (*SICK_FIELDS, *PER_PERSON_FIELDS)}

    @staticmethod
    def initial_from(sick: SickLeave | None) -> dict[str, Any]:
        if sick is None:
            return {}
        return {name: getattr(sick, name) for name in (*SICK_FIELDS, *PER_PERSON_FIELDS)}


class LeaversForm(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for reason in LeaverReason:
            self.fields[reason.value] = forms.IntegerField(
                label=f"Avgångar: {reason.label}",
                required=False,
                min_value=0,
                error_messages={"invalid": "Ange ett heltal.", "min_value": "Ange 0 eller fler."},
            )

    def counts(self) -> dict[str, int | None]:
        return {reason.value: self.cleaned_data.get(reason.value) for reason in LeaverReason}


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Fil",
        help_text="CSV (semikolonavgränsad) eller XLSX från personalsystemet, högst 10 MB.",
        widget=forms.FileInput(attrs={"accept": ".csv,.txt,.xlsx"}),
        error_messages={"required": "Välj en fil."},
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE:
            raise forms.ValidationError("Filen är större än 10 MB.")
        return upload
