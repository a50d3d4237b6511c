"""The follow-up form: which fields an item gets follows from its type's behaviour."""

from __future__ import annotations

from typing import Any

from django import forms

from arshjul.core.forms import SwedishDecimalField
from arshjul.followup.models import Assessment, Fulfilment, IndicatorStatus, Trend
from arshjul.planning.models import Item

BLANK = [("", "– Ej bedömd –")]


class AssessmentForm(forms.Form):
    fulfilment = forms.ChoiceField(
        label="Måluppfyllelse", choices=BLANK + list(Fulfilment.choices), required=False
    )
    trend = forms.ChoiceField(
        label="Utveckling", choices=BLANK + list(Trend.choices), required=False
    )
    outcome = SwedishDecimalField(label="Utfall totalt")
    outcome_women = SwedishDecimalField(label="Utfall kvinnor")
    outcome_men = SwedishDecimalField(label="Utfall män")
    value_missing = forms.BooleanField(label="Värde saknas för perioden", required=False)
    status_override = forms.ChoiceField(
        label="Status", choices=BLANK + list(IndicatorStatus.choices), required=False
    )
    override_reason = forms.CharField(
        label="Skäl till manuell status", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    comment = forms.CharField(
        label="Kommentar",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Enkel formatering är tillåten: stycken, fetstil, kursiv, listor och länkar.",
    )

    def __init__(self, *args: Any, item: Item, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        behaviour = item.item_type.behaviour
        indicator = getattr(item, "indicator", None) if behaviour == "indicator" else None
        drop: set[str] = set()
        if indicator is None:
            drop |= {
                "outcome",
                "outcome_women",
                "outcome_men",
                "value_missing",
                "status_override",
                "override_reason",
            }
        else:
            drop |= {"fulfilment"}
            if not indicator.is_numeric:
                drop |= {"outcome", "outcome_women", "outcome_men", "override_reason"}
            else:
                self.fields["status_override"].label = "Manuell status (ersätter beräknad)"
                self.fields["trend"].label = "Utveckling (om den inte kan beräknas ur utfallen)"
                status_field = self.fields["status_override"]
                assert isinstance(status_field, forms.ChoiceField)
                status_field.choices = [
                    ("", "– Beräknas –"),
                    *IndicatorStatus.choices,
                ]
                unit = f" ({indicator.unit})" if indicator.unit else ""
                for name in ("outcome", "outcome_women", "outcome_men"):
                    self.fields[name].label = f"{self.fields[name].label}{unit}"
                    self.fields[name].decimals = max(indicator.decimals, 4)  # type: ignore[attr-defined]
            if not indicator.gender_split:
                drop |= {"outcome_women", "outcome_men"}
        for name in drop:
            self.fields.pop(name, None)

    @staticmethod
    def initial_from(assessment: Assessment | None) -> dict[str, Any]:
        if assessment is None:
            return {}
        return {
            "fulfilment": assessment.fulfilment,
            "trend": assessment.trend,
            "outcome": assessment.outcome,
            "outcome_women": assessment.outcome_women,
            "outcome_men": assessment.outcome_men,
            "value_missing": assessment.value_missing,
            "status_override": assessment.status_override,
            "override_reason": assessment.override_reason,
            "comment": assessment.comment,
        }
