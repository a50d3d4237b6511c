"""Forms of the outline editor: a section's title, text and inclusion, a new text section, a
move among the siblings and including or excluding a section. The rules (sanitising, which
sections may be deleted or moved where) stay in ``reports.outline``'s services."""

from __future__ import annotations

from typing import Any

from django import forms

from arshjul.core.sanitising import sanitise_html
from arshjul.reports.models import OutlineSection

TEXT_HELP = (
    "Skriv texten som HTML. Tillåtna taggar: <p>, <strong>, <em>, <ul>, <ol>, <li>, "
    '<a href="…">, <h3> och <h4>. Allt annat (skript, stilar, andra taggar och attribut) '
    "tas bort när texten sparas."
)
TEXT_MAX = 20_000


class SectionForm(forms.Form):
    title = forms.CharField(
        label="Rubrik",
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autofocus": True}),  # the form opens where it is asked for
    )
    text_html = forms.CharField(
        label="Text (HTML)",
        max_length=TEXT_MAX,
        required=False,
        strip=True,
        help_text=TEXT_HELP,
        widget=forms.Textarea(attrs={"rows": 8, "cols": 70}),
    )
    included = forms.BooleanField(label="Med i dokumentet", required=False)

    def __init__(self, *args: Any, from_data: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if from_data:
            self.fields[
                "title"
            ].help_text = (
                "Lämna tomt för att använda rubriken ur underlaget. Texten står före tabellerna."
            )

    @staticmethod
    def initial_from(section: OutlineSection) -> dict[str, Any]:
        return {
            "title": section.title,
            "text_html": section.text_html,
            "included": section.included,
        }

    def preview_html(self) -> str:
        """The text as it will be stored (sanitised), for the preview."""
        return sanitise_html(self.cleaned_data.get("text_html", ""))

    def changed_by_sanitising(self) -> bool:
        text = self.cleaned_data.get("text_html", "")
        return bool(text) and self.preview_html() != text


class AddSectionForm(forms.Form):
    title = forms.CharField(label="Rubrik för det nya avsnittet", max_length=200)
    parent = forms.TypedChoiceField(
        label="Placering",
        coerce=int,
        empty_value=None,
        required=False,
        help_text="Det nya avsnittet hamnar sist bland avsnitten på den nivån.",
    )
    appendix = forms.BooleanField(
        label="Bilaga",
        required=False,
        help_text="Bara på översta nivån. Bilagorna står sist i dokumentet.",
    )

    def __init__(self, *args: Any, parents: list[tuple[int, str]], **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "nytt")
        super().__init__(*args, **kwargs)
        field: Any = self.fields["parent"]
        field.choices = [("", "Översta nivån"), *((pk, f"Under {label}") for pk, label in parents)]


class MoveForm(forms.Form):
    offset = forms.TypedChoiceField(choices=[("-1", "Upp"), ("1", "Ned")], coerce=int)


class IncludeForm(forms.Form):
    included = forms.TypedChoiceField(
        choices=[("ja", "Ta med"), ("nej", "Uteslut")], coerce=lambda value: value == "ja"
    )
