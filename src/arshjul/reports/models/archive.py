"""Generated documents as reported: immutable rows with the file, its hash and the document's
model as data (for comparing two versions), and the background jobs that make them."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from arshjul.core.models import OrganisationScoped


class StoredDocumentQuerySet(models.QuerySet["StoredDocument"]):
    def update(self, **kwargs: Any) -> int:
        raise TypeError("Ett lagrat dokument ändras aldrig.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise TypeError("Ett lagrat dokument tas aldrig bort.")


class StoredDocument(OrganisationScoped):
    """One generated file. Written once by ``reports.archive.document_store`` and never changed
    or deleted (save refuses an existing row, the queryset refuses update)."""

    board = models.ForeignKey("organisations.Board", on_delete=models.PROTECT, related_name="+")
    doc_type = models.CharField(_("dokumenttyp"), max_length=40)
    title = models.CharField(_("titel"), max_length=200)
    year = models.PositiveIntegerField(_("år"))
    period_key = models.CharField(_("period"), max_length=20, blank=True)
    format = models.CharField(_("format"), max_length=8)
    parameters = models.JSONField(_("parametrar"), default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_by_name = models.CharField(_("skapad av"), max_length=150)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    content_hash = models.CharField(_("SHA-256"), max_length=64)
    size = models.PositiveIntegerField(_("storlek (byte)"))
    content = models.BinaryField(_("fil"))
    snapshot = models.JSONField(_("dokumentets innehåll som data"))

    objects = StoredDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["board", "doc_type", "year"])]

    def __str__(self) -> str:
        return f"{self.title} ({self.format}, {self.created_at:%Y-%m-%d %H:%M})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise TypeError("Ett lagrat dokument ändras aldrig.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("Ett lagrat dokument tas aldrig bort.")


class DocumentJob(OrganisationScoped):
    """A request to generate a document in the background; the page polls its progress."""

    class State(models.TextChoices):
        QUEUED = "koad", _("I kö")
        RUNNING = "pagar", _("Pågår")
        DONE = "klar", _("Klar")
        FAILED = "misslyckad", _("Misslyckades")

    board = models.ForeignKey("organisations.Board", on_delete=models.CASCADE, related_name="+")
    doc_type = models.CharField(_("dokumenttyp"), max_length=40)
    year = models.PositiveIntegerField(_("år"))
    period_key = models.CharField(_("period"), max_length=20, blank=True)
    format = models.CharField(_("format"), max_length=8)
    state = models.CharField(_("läge"), max_length=12, choices=State.choices, default="koad")
    progress = models.PositiveSmallIntegerField(_("förlopp (%)"), default=0)
    message = models.TextField(_("meddelande"), blank=True)
    result = models.ForeignKey(
        StoredDocument, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)

    @property
    def is_running(self) -> bool:
        return self.state in (self.State.QUEUED, self.State.RUNNING)
