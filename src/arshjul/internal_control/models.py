"""Intern styrning och kontroll: the risk register, the internal control plan of a year with its
actions, the follow-up of each action per period, and the year's ISK-bedömning.

A risk lives in the board's register across years (the same risk can stand in the 2021, 2024
and 2025 plans); a year's plan (``ControlPlan``) chooses risks (``PlanRisk``) and gives each its
actions. The risk value (probability × consequence) is computed, never stored.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from arshjul.core.models import OrganisationScoped
from arshjul.internal_control import calculations as calc

_SCALE = [MinValueValidator(1), MaxValueValidator(4)]


class Scope(models.TextChoices):
    REGION = "regionovergripande", _("Regionövergripande")
    BOARD = "namndspecifik", _("Nämndspecifik")


class Risk(OrganisationScoped):
    """A risk of a process (verksamhet) in the board's register."""

    board = models.ForeignKey(
        "organisations.Board", on_delete=models.CASCADE, related_name="ic_risks"
    )
    key = models.SlugField(max_length=80)
    process = models.CharField(_("verksamhet"), max_length=120)
    text = models.TextField(_("risk"))
    scope = models.CharField(_("omfattning"), max_length=20, choices=Scope.choices)
    audit_report = models.CharField(
        _("revisionsrapport"),
        max_length=120,
        blank=True,
        help_text=_("Till exempel Revisionsrapport 19RS3049."),
    )
    probability = models.PositiveSmallIntegerField(
        _("sannolikhet (1–4)"), null=True, blank=True, validators=_SCALE
    )
    consequence = models.PositiveSmallIntegerField(
        _("konsekvens (1–4)"), null=True, blank=True, validators=_SCALE
    )
    requirements = models.CharField(
        _("hotade ISK-krav (a–e)"), max_length=5, blank=True, validators=[calc.validate_letters]
    )

    class Meta:
        verbose_name = _("risk")
        verbose_name_plural = _("risker")
        ordering = ["process", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["board", "key"], name="ic_risk_key_unique"),
            models.CheckConstraint(
                condition=Q(probability__isnull=True) | Q(probability__gte=1, probability__lte=4),
                name="ic_risk_probability_range",
            ),
            models.CheckConstraint(
                condition=Q(consequence__isnull=True) | Q(consequence__gte=1, consequence__lte=4),
                name="ic_risk_consequence_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.process}: {self.text[:80]}"

    @property
    def value(self) -> int | None:
        return calc.risk_value(self.probability, self.consequence)

    @property
    def is_region_wide(self) -> bool:
        return self.scope == Scope.REGION


class ControlPlan(OrganisationScoped):
    """The internkontrollplan of a plan year (part of the year's verksamhetsplan)."""

    plan_year = models.OneToOneField(
        "planning.PlanYear", on_delete=models.CASCADE, related_name="control_plan"
    )
    started_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("internkontrollplan")
        verbose_name_plural = _("internkontrollplaner")

    def __str__(self) -> str:
        return f"Internkontrollplan {self.plan_year.year}"


class PlanRisk(OrganisationScoped):
    """A risk chosen for a year's plan."""

    plan = models.ForeignKey(ControlPlan, on_delete=models.CASCADE, related_name="plan_risks")
    risk = models.ForeignKey(Risk, on_delete=models.PROTECT, related_name="plan_risks")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("risk i planen")
        verbose_name_plural = _("risker i planen")
        ordering = ["plan", "order", "pk"]
        constraints = [models.UniqueConstraint(fields=["plan", "risk"], name="ic_plan_risk_unique")]

    def __str__(self) -> str:
        return f"{self.plan}: {self.risk}"


class Action(OrganisationScoped):
    """An åtgärd against a risk in a year's plan."""

    plan_risk = models.ForeignKey(PlanRisk, on_delete=models.CASCADE, related_name="actions")
    text = models.TextField(_("åtgärd"))
    region_wide = models.BooleanField(_("regionövergripande åtgärd"), default=False)
    responsible = models.ForeignKey(
        "organisations.Unit",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("ansvarig"),
    )
    deadline = models.DateField(_("klart senast"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("åtgärd")
        verbose_name_plural = _("åtgärder")
        ordering = ["plan_risk", "order", "pk"]

    def __str__(self) -> str:
        return self.text[:100]

    @property
    def label(self) -> str:
        return calc.action_label(self.text, self.region_wide)


class ActionStatus(models.TextChoices):
    DONE = "avslutad", _("Avslutad")
    PARTLY = "delvis", _("Delvis")
    NOT_DONE = "ej_genomford", _("Ej genomförd")


class Effect(models.TextChoices):
    YES = "ja", _("Ja")
    PARTLY = "delvis", _("Delvis")
    NO = "nej", _("Nej")
    NOT_DONE = "ej_genomford", _("Ej genomförd")


class YesNo(models.TextChoices):
    YES = "ja", _("Ja")
    NO = "nej", _("Nej")


class ActionFollowup(OrganisationScoped):
    """The follow-up of an action in a period of the plan's year."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="followups")
    period = models.ForeignKey(
        "followup.Period", on_delete=models.CASCADE, related_name="ic_followups"
    )
    status = models.CharField(_("status"), max_length=20, choices=ActionStatus.choices)
    effect = models.CharField(
        _("Har åtgärden bidragit till önskad effekt?"),
        max_length=20,
        choices=Effect.choices,
        blank=True,
    )
    effect_text = models.TextField(_("motivering av effekten"), blank=True)
    next_year = models.CharField(
        _("Ska risken ingå i nästkommande års riskanalys?"),
        max_length=3,
        choices=YesNo.choices,
        blank=True,
    )
    next_year_reason = models.TextField(_("skäl"), blank=True)
    comment = models.TextField(_("kommentar"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("uppföljning av åtgärd")
        verbose_name_plural = _("uppföljningar av åtgärder")
        constraints = [
            models.UniqueConstraint(fields=["action", "period"], name="ic_followup_unique")
        ]

    def __str__(self) -> str:
        return f"{self.action} – {self.period_id}"


class IskAssessment(OrganisationScoped):
    """The year's ISK-bedömning: is internal governance and control sufficient, and why."""

    plan = models.OneToOneField(ControlPlan, on_delete=models.CASCADE, related_name="isk")
    sufficient = models.BooleanField(_("tillräcklig"))
    reasoning = models.TextField(_("motivering"))

    class Meta:
        verbose_name = _("ISK-bedömning")
        verbose_name_plural = _("ISK-bedömningar")

    def __str__(self) -> str:
        return f"ISK-bedömning {self.plan_id}"
