"""Personalekonomi: personalkostnader, kostnadsanalys, årsarbetare och sjukfrånvaro: the models.

Only entered figures are stored (an account group's cost, women and men per occupational group,
sick-leave hours per gender, leavers per reason). Every total, change and percentage is computed
in ``calculations`` when a page or document is built. Two figures are kept *as entered* because
no stored rows can give them: frisktal (counted per person in the HR system) and the cost growth
rate of a year whose previous year has no costs in the system.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from arshjul.core.models import OrganisationScoped

ZERO_OR_MORE = [MinValueValidator(0)]
SHARE = [MinValueValidator(0), MaxValueValidator(100)]  # a share of the staff, 0-100 %


def _hours(label: str | Promise) -> models.DecimalField:
    return models.DecimalField(
        label,  # type: ignore[arg-type]
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=ZERO_OR_MORE,
    )


def _percent(label: str | Promise, validators: list | None = None) -> models.DecimalField:
    return models.DecimalField(
        label,  # type: ignore[arg-type]
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=validators or [],
    )


class PersonnelYear(OrganisationScoped):
    """A board's personnel figures of one year (per 31 december); the rows below hang on it."""

    board = models.ForeignKey(
        "organisations.Board", on_delete=models.CASCADE, related_name="personnel_years"
    )
    year = models.PositiveSmallIntegerField(_("år"))
    growth_rate_entered = _percent(_("lönekostnadsökningstakt, inmatad (%)"))

    class Meta:
        verbose_name = _("personalår")
        verbose_name_plural = _("personalår")
        ordering = ["board", "year"]
        constraints = [
            models.UniqueConstraint(fields=["board", "year"], name="personnel_year_unique")
        ]

    def __str__(self) -> str:
        return f"Personal {self.year}"


class PersonnelCost(OrganisationScoped):
    """The cost of one account group (``calculations.COST_GROUPS``) in a year, kronor."""

    personnel_year = models.ForeignKey(
        PersonnelYear, on_delete=models.CASCADE, related_name="costs"
    )
    group = models.CharField(_("kontogrupp"), max_length=60)
    amount = models.DecimalField(_("belopp (kr)"), max_digits=16, decimal_places=2)

    class Meta:
        verbose_name = _("personalkostnad")
        verbose_name_plural = _("personalkostnader")
        constraints = [
            models.UniqueConstraint(
                fields=["personnel_year", "group"], name="personnel_cost_group_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.group} {self.personnel_year.year}"


class FteRow(OrganisationScoped):
    """Tillsvidareanställda årsarbetare of one occupational group: women and men."""

    personnel_year = models.ForeignKey(
        PersonnelYear, on_delete=models.CASCADE, related_name="fte_rows"
    )
    group = models.CharField(_("yrkesgrupp"), max_length=120)
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    women = models.DecimalField(
        _("kvinnor"), max_digits=8, decimal_places=2, validators=ZERO_OR_MORE
    )
    men = models.DecimalField(_("män"), max_digits=8, decimal_places=2, validators=ZERO_OR_MORE)

    class Meta:
        verbose_name = _("årsarbetare per yrkesgrupp")
        verbose_name_plural = _("årsarbetare per yrkesgrupp")
        ordering = ["order", "group"]
        constraints = [
            models.UniqueConstraint(fields=["personnel_year", "group"], name="fte_row_unique")
        ]

    def __str__(self) -> str:
        return f"{self.group} {self.personnel_year.year}"


class SickLeave(OrganisationScoped):
    """Scheduled and sick hours of a year per gender, and the figures counted per person."""

    personnel_year = models.OneToOneField(
        PersonnelYear, on_delete=models.CASCADE, related_name="sick_leave"
    )
    scheduled_women = _hours(_("schemalagda timmar, kvinnor"))
    scheduled_men = _hours(_("schemalagda timmar, män"))
    short_women = _hours(_("korttidsfrånvaro (tim), kvinnor"))
    short_men = _hours(_("korttidsfrånvaro (tim), män"))
    long_women = _hours(_("långtidsfrånvaro (tim), kvinnor"))
    long_men = _hours(_("långtidsfrånvaro (tim), män"))
    frisktal = _percent(_("frisktal totalt (%)"), SHARE)
    frisktal_women = _percent(_("frisktal kvinnor (%)"), SHARE)
    frisktal_men = _percent(_("frisktal män (%)"), SHARE)
    employees_women = models.PositiveIntegerField(_("anställda kvinnor"), null=True, blank=True)
    employees_men = models.PositiveIntegerField(_("anställda män"), null=True, blank=True)

    class Meta:
        verbose_name = _("sjukfrånvaro")
        verbose_name_plural = _("sjukfrånvaro")

    def __str__(self) -> str:
        return f"Sjukfrånvaro {self.personnel_year.year}"


class LeaverReason(models.TextChoices):
    EXTERN = "extern", _("Extern")
    PENSION = "pension", _("Pension")
    OTHER = "ovrigt", _("Övrigt")


class Leavers(OrganisationScoped):
    """Tillsvidareanställda who left during the year, counted per reason."""

    personnel_year = models.ForeignKey(
        PersonnelYear, on_delete=models.CASCADE, related_name="leavers"
    )
    reason = models.CharField(_("avgångsorsak"), max_length=20, choices=LeaverReason.choices)
    count = models.PositiveIntegerField(_("antal"))

    class Meta:
        verbose_name = _("avgångar")
        verbose_name_plural = _("avgångar")
        constraints = [
            models.UniqueConstraint(fields=["personnel_year", "reason"], name="leavers_unique")
        ]

    def __str__(self) -> str:
        return f"{self.reason} {self.personnel_year.year}"
