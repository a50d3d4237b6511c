"""Forms of internal control's pages. They parse input; the rules live in the services."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.db.models import QuerySet

from arshjul.internal_control import texts
from arshjul.internal_control.models import (
    Action,
    ActionFollowup,
    ActionStatus,
    Effect,
    Risk,
    Scope,
    YesNo,
)
from arshjul.organisations.models import Unit

SCALE_CHOICES = [("", "Ej bedömd"), *((str(n), str(n)) for n in range(1, 5))]
NOT_GIVEN = [("", "Ej angivet")]


def _scale(label: str, help_text: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=SCALE_CHOICES,
        coerce=int,
        empty_value=None,
        required=False,
        help_text=help_text,
    )


class RiskForm(forms.Form):
    process = forms.CharField(
        label="Verksamhet",
        max_length=120,
        help_text="Process eller område, till exempel HR eller Informationssäkerhet.",
        error_messages={"required": "Ange verksamhet."},
    )
    text = forms.CharField(
        label="Risk",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Beskriv risken."},
    )
    scope = forms.ChoiceField(label="Omfattning", choices=Scope.choices)
    audit_report = forms.CharField(
        label="Revisionsrapport",
        max_length=120,
        required=False,
        help_text="Om risken kommer från en revision, till exempel Revisionsrapport 19RS3049.",
    )
    probability = _scale("Sannolikhet (1–4)", "1 = liten, 4 = mycket stor.")
    consequence = _scale("Konsekvens (1–4)", "1 = lindrig, 4 = allvarlig.")
    requirements = forms.MultipleChoiceField(
        label="Hotade krav (a–e)",
        choices=list(texts.REQUIREMENTS.items()),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def service_fields(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data["requirements"] = "".join(data.get("requirements") or [])
        return data

    @staticmethod
    def initial_from(risk: Risk) -> dict[str, Any]:
        return {
            "process": risk.process,
            "text": risk.text,
            "scope": risk.scope,
            "audit_report": risk.audit_report,
            "probability": risk.probability,
            "consequence": risk.consequence,
            "requirements": list(risk.requirements),
        }


class ActionForm(forms.Form):
    text = forms.CharField(
        label="Åtgärd",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Beskriv åtgärden."},
    )
    region_wide = forms.BooleanField(label="Regionövergripande åtgärd", required=False)
    responsible = forms.ModelChoiceField(
        label="Ansvarig",
        queryset=Unit.objects.none(),
        required=False,
        empty_label="– Ingen angiven –",
        error_messages={"invalid_choice": "Välj en enhet i listan."},
    )
    deadline = forms.DateField(
        label="Klart senast",
        required=False,
        help_text="Datum som ÅÅÅÅ-MM-DD, till exempel 2025-06-30.",
        input_formats=["%Y-%m-%d"],
        error_messages={"invalid": "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2025-06-30."},
    )

    def __init__(self, *args: Any, units: QuerySet[Unit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["responsible"].queryset = units  # type: ignore[attr-defined]

    @staticmethod
    def initial_from(action: Action) -> dict[str, Any]:
        deadline: dt.date | None = action.deadline
        return {
            "text": action.text,
            "region_wide": action.region_wide,
            "responsible": action.responsible_id,
            "deadline": deadline.isoformat() if deadline else "",
        }


class FollowupForm(forms.Form):
    status = forms.ChoiceField(
        label="Status",
        choices=[("", "– Välj status –"), *ActionStatus.choices],
        error_messages={"required": "Välj status för åtgärden."},
    )
    effect = forms.ChoiceField(
        label="Har åtgärden bidragit till önskad effekt?",
        choices=NOT_GIVEN + list(Effect.choices),
        required=False,
    )
    effect_text = forms.CharField(
        label="Motivering", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    next_year = forms.ChoiceField(
        label="Ska risken ingå i nästkommande års riskanalys?",
        choices=NOT_GIVEN + list(YesNo.choices),
        required=False,
    )
    next_year_reason = forms.CharField(
        label="Skäl", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    comment = forms.CharField(
        label="Kommentar", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    @staticmethod
    def initial_from(followup: ActionFollowup | None) -> dict[str, Any]:
        if followup is None:
            return {}
        names = ("status", "effect", "effect_text", "next_year", "next_year_reason", "comment")
        return {name: getattr(followup, name) for name in names}


class IskForm(forms.Form):
    sufficient = forms.TypedChoiceField(
        label="Är den interna styrningen och kontrollen tillräcklig?",
        choices=[("", "– Välj –"), ("ja", "Ja, tillräcklig"), ("nej", "Nej, inte tillräcklig")],
        coerce=lambda value: value == "ja",
        error_messages={"required": "Svara ja eller nej."},
    )
    reasoning = forms.CharField(
        label="Motivering",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Motivera bedömningen."},
    )


class StartPlanForm(forms.Form):
    """A new year's plan: empty, or started from an earlier year's follow-up."""

    start_from = forms.TypedChoiceField(
        label="Starta från",
        coerce=int,
        empty_value=None,
        required=False,
        help_text="Riskerna där uppföljningen svarade ja på om risken ska ingå i nästa års "
        "riskanalys tas med.",
    )

    def __init__(self, *args: Any, years: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", "En tom plan"), *((str(y), f"Internkontrollplan {y}") for y in years)]
        self.fields["start_from"].choices = choices  # type: ignore[attr-defined]
