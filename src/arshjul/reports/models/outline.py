"""A document's outline as data: which sections, in which order, with which titles and texts.

A board's outline for a document type and year is stored only once a controller adjusts it (or
the demo writes its texts); until then the type's default outline (``reports.outlines``) is used.
A section is free text, a section built from the data (``source``: a builder key such as
``ekonomi``, or one of its sub-sections, ``ekonomi/resultatrapport``), or both: the text comes
first, as the analysis beside the tables.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from arshjul.core.models import OrganisationScoped


class DocumentOutline(OrganisationScoped):
    board = models.ForeignKey("organisations.Board", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveIntegerField(_("år"))
    doc_type = models.CharField(_("dokumenttyp"), max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["board", "year", "doc_type"], name="reports_outline_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.doc_type} {self.year}"


class OutlineSection(OrganisationScoped):
    outline = models.ForeignKey(DocumentOutline, on_delete=models.CASCADE, related_name="entries")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    position = models.PositiveIntegerField(_("ordning"))
    key = models.SlugField(_("nyckel"), max_length=60)
    title = models.CharField(_("rubrik"), max_length=200, blank=True)
    source = models.CharField(_("innehåll ur underlaget"), max_length=80, blank=True)
    text_html = models.TextField(_("text"), blank=True)
    appendix = models.BooleanField(_("bilaga"), default=False)
    included = models.BooleanField(_("med i dokumentet"), default=True)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["outline", "key"], name="reports_outline_key_unique")
        ]

    def __str__(self) -> str:
        return self.title or self.key

    def clean(self) -> None:
        if not self.source and not self.title.strip():
            raise ValidationError({"title": _("Ett textavsnitt behöver en rubrik.")})
        if self.parent is not None and self.parent.outline_id != self.outline_id:
            raise ValidationError({"parent": _("Överavsnittet hör till en annan disposition.")})
        if self.appendix and self.parent_id is not None:
            raise ValidationError(
                {"appendix": _("Bara ett avsnitt på översta nivån kan vara bilaga.")}
            )
