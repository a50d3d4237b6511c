"""Shared abstract models: every domain row carries its organisation (the tenant key)."""

from __future__ import annotations

from django.db import models


class OrganisationScoped(models.Model):
    """A domain row. The organisation key is the tenant boundary every selector filters on."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        abstract = True
