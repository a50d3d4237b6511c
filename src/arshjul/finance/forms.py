"""Forms of the economy's pages: an account range of a chart and a measure's realised effect."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.db.models import QuerySet

from arshjul.core.forms import SwedishDecimalField
from arshjul.finance import calculations as calc
from arshjul.finance.models import AccountPlan, ResultLine, SavingsFollowup

ACCOUNT_ERRORS = {
    "required": "Ange ett kontonummer.",
    "invalid": "Ange ett kontonummer med fyra siffror, till exempel 3010.",
    "min_value": "Ange ett kontonummer med fyra siffror, till exempel 3010.",
    "max_value": "Ange ett kontonummer med fyra siffror, till exempel 3010.",
}


class LineMappingForm(forms.Form):
    """Accounts first–last (four digits, inclusive) of a chart go to a detail line."""

    plan = forms.ModelChoiceField(
        label="Kontoplan",
        queryset=AccountPlan.objects.none(),
        empty_label=None,
        error_messages={"required": "Välj kontoplan.", "invalid_choice": "Välj en kontoplan."},
    )
    line = forms.ModelChoiceField(
        label="Resultatrad",
        queryset=ResultLine.objects.none(),
        empty_label="– Välj resultatrad –",
        help_text="Bara detaljrader; summeringsrader räknas fram ur dem.",
        error_messages={"required": "Välj resultatrad.", "invalid_choice": "Välj en resultatrad."},
    )
    first = forms.IntegerField(
        label="Från konto", min_value=1000, max_value=9999, error_messages=ACCOUNT_ERRORS
    )
    last = forms.IntegerField(
        label="Till konto", min_value=1000, max_value=9999, error_messages=ACCOUNT_ERRORS
    )

    def __init__(
        self,
        *args: Any,
        plans: QuerySet[AccountPlan],
        lines: QuerySet[ResultLine],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = plans  # type: ignore[attr-defined]
        self.fields["line"].queryset = lines  # type: ignore[attr-defined]
        for name in ("first", "last"):
            self.fields[name].widget.attrs.update({"inputmode": "numeric", "size": 6})

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, last = data.get("first"), data.get("last")
        if first is not None and last is not None and last < first:
            self.add_error("last", "Till konto kan inte vara lägre än från konto.")
        return data


class SavingsFollowupForm(forms.Form):
    """The realised effect of a measure in a period, typed in tkr the Swedish way."""

    realised = SwedishDecimalField(
        label="Realiserad effekt (tkr)",
        required=True,
        decimals=3,
        help_text="Besparingen hittills under året i tusental kronor, till exempel 1 250,5.",
        error_messages={"required": "Ange den realiserade effekten."},
    )
    fte = SwedishDecimalField(label="Årsarbetare", decimals=1)
    comment = forms.CharField(
        label="Kommentar", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )

    def realised_kr(self) -> Decimal:
        return calc.in_kr(self.cleaned_data["realised"], "tkr")

    @staticmethod
    def initial_from(followup: SavingsFollowup | None) -> dict[str, Any]:
        if followup is None:
            return {}
        realised = calc.scaled(followup.realised, "tkr")
        return {
            "realised": realised.normalize() if realised is not None else None,
            "fte": followup.fte,
            "comment": followup.comment,
        }
