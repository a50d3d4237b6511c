"""Follow-up: the periods of a plan year and the assessment of each item in each period."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from arshjul.core.models import OrganisationScoped


class Period(OrganisationScoped):
    """Delår 1, delår 2, helår: configurable per plan year."""

    plan_year = models.ForeignKey(
        "planning.PlanYear", on_delete=models.CASCADE, related_name="periods"
    )
    key = models.SlugField()
    name = models.CharField(_("namn"), max_length=60)
    start = models.DateField(_("från"))
    end = models.DateField(_("till"))
    order = models.PositiveSmallIntegerField(default=0)
    locked = models.BooleanField(_("låst"), default=False)

    class Meta:
        verbose_name = _("period")
        verbose_name_plural = _("perioder")
        ordering = ["plan_year", "order"]
        constraints = [
            models.UniqueConstraint(fields=["plan_year", "key"], name="period_key_unique"),
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="period_span"),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.plan_year.year}"


class Fulfilment(models.TextChoices):
    ACHIEVED = "uppnatt", _("Uppnått")
    MINOR = "mindre_avvikelse", _("Mindre avvikelse")
    MAJOR = "storre_avvikelse", _("Större avvikelse")


class Trend(models.TextChoices):
    IMPROVED = "forbattrats", _("Förbättrats")
    UNCHANGED = "oforandrat", _("Oförändrat")
    WORSENED = "forsamrats", _("Försämrats")


class IndicatorStatus(models.TextChoices):
    FULL = "helt", _("Helt")
    PARTLY = "delvis", _("Delvis")
    NOT_AT_ALL = "inte_alls", _("Inte alls")
    MISSING = "varde_saknas", _("Värde saknas")


def _decimal(label: Any) -> models.DecimalField:
    return models.DecimalField(label, max_digits=14, decimal_places=4, null=True, blank=True)


class Assessment(OrganisationScoped):
    """What the organisation says about an item in a period.

    Derived figures are not stored: an indicator's status is computed from the outcome and the
    target (``status_override`` with a reason replaces it, visibly), its trend from the previous
    value. For qualitative indicators ``status_override`` is the reported status itself.
    """

    item = models.ForeignKey("planning.Item", on_delete=models.CASCADE, related_name="assessments")
    period = models.ForeignKey(Period, on_delete=models.CASCADE, related_name="assessments")
    fulfilment = models.CharField(
        _("måluppfyllelse"), max_length=20, choices=Fulfilment.choices, blank=True
    )
    trend = models.CharField(_("utveckling"), max_length=20, choices=Trend.choices, blank=True)
    comment = models.TextField(_("kommentar"), blank=True)
    outcome = _decimal(_("utfall"))
    outcome_women = _decimal(_("utfall kvinnor"))
    outcome_men = _decimal(_("utfall män"))
    value_missing = models.BooleanField(_("värde saknas"), default=False)
    status_override = models.CharField(
        _("status"), max_length=20, choices=IndicatorStatus.choices, blank=True
    )
    override_reason = models.TextField(_("skäl till manuell status"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("bedömning")
        verbose_name_plural = _("bedömningar")
        constraints = [
            models.UniqueConstraint(fields=["item", "period"], name="assessment_unique"),
            models.CheckConstraint(
                condition=Q(value_missing=False) | Q(outcome__isnull=True),
                name="assessment_missing_has_no_outcome",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.item} – {self.period}"
