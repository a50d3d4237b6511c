"""Append-only audit events: who changed what, when, with the values before and after."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from arshjul.core.models import OrganisationScoped


class AuditEvent(OrganisationScoped):
    """One write. Rows are never updated or deleted by the application."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(
        _("händelse"), max_length=80
    )  # namespaced: "followup.assessment.save"
    object_type = models.CharField(max_length=80)
    object_id = models.CharField(max_length=40)
    object_repr = models.CharField(max_length=300)
    before = models.JSONField(encoder=DjangoJSONEncoder, null=True, blank=True)
    after = models.JSONField(encoder=DjangoJSONEncoder, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("logghändelse")
        verbose_name_plural = _("logghändelser")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.object_repr}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise RuntimeError("Audit events are append-only.")
        super().save(*args, **kwargs)
