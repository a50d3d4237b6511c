"""Upphandlingsrapport: procurements of a board's procuring units, the figures a unit reported
for a whole list, and appeals (överprövningar).

Values are Decimal **kronor** (the pages and the report show mnkr with one decimal). A
procurement belongs to the report year whose list it is in (``year``): an upcoming one to the
year that announces it, an ongoing one to the year it was ongoing at the year end, a finished
one to the year it was finished. Its half-year is taken from ``end_date`` (decision date).

Where a unit reported a figure only for a whole list (the 2021 report gives the total value and
the bids received of the finished procurements, and how many carried environmental
requirements, but not per procurement), that figure is a ``ListFigure``: it stands for the
procurements of the list whose own figure is not recorded, and the summaries add it to the sum
of the recorded ones. Nothing derived (counts, sums, averages, shares) is stored.
"""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from arshjul.core.calculations import mnkr
from arshjul.core.models import OrganisationScoped

CASE_NUMBER = RegexValidator(
    r"^\d{2}[A-ZÅÄÖ]{2,4}\d{1,6}$", "Skriv diarienumret som till exempel 21RS4139."
)


REPORT_YEARS = range(2000, 2101)  # the years a report may be kept for


class ProcuringUnit(models.TextChoices):
    UPPHANDLINGSAVDELNINGEN = "upphandlingsavdelningen", _("Upphandlingsavdelningen")
    MEDICINSK_TEKNIK = "medicinsk_teknik", _("Medicinsk teknik")
    SAMVERKAN = "samverkan", _("Gemensam med andra regioner")


class State(models.TextChoices):
    KOMMANDE = "kommande", _("Kommande")
    PAGAENDE = "pagaende", _("Pågående")
    AVSLUTAD = "avslutad", _("Avslutad")


def _kronor(label: str | Promise) -> models.DecimalField:
    return models.DecimalField(
        label,  # type: ignore[arg-type]
        max_digits=16,
        decimal_places=0,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )


class Procurement(OrganisationScoped):
    """One procurement in a list of the report: who procures it, for whom, its state and,
    where known, its value, bids and requirements (``None``: not recorded per procurement)."""

    board = models.ForeignKey(
        "organisations.Board", on_delete=models.CASCADE, related_name="procurements"
    )
    year = models.PositiveSmallIntegerField(_("redovisningsår"))
    unit = models.CharField(_("upphandlande enhet"), max_length=30, choices=ProcuringUnit.choices)
    state = models.CharField(_("läge"), max_length=10, choices=State.choices)
    title = models.CharField(_("upphandling"), max_length=300)
    customer = models.CharField(_("kund"), max_length=300, blank=True)
    period_text = models.CharField(_("period"), max_length=120, blank=True)
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("avslutad/beslut"), null=True, blank=True)
    value_kr = _kronor(_("uppskattat värde inkl. optionsår (kr)"))
    bids = models.PositiveIntegerField(_("antal anbud"), null=True, blank=True)
    miljokrav = models.BooleanField(_("miljökrav"), null=True, blank=True)
    uppforandekod = models.BooleanField(_("uppförandekod"), null=True, blank=True)
    social_hansyn = models.BooleanField(_("social hänsyn"), null=True, blank=True)
    case_number = models.CharField(
        _("diarienummer"), max_length=20, blank=True, validators=[CASE_NUMBER]
    )
    marked_appealed = models.BooleanField(_("markerad som överprövad"), default=False)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("upphandling")
        verbose_name_plural = _("upphandlingar")
        ordering = ["year", "state", "unit", "order", "title"]
        indexes = [models.Index(fields=["board", "year", "state"])]

    def __str__(self) -> str:
        return self.title

    @property
    def value_mnkr(self) -> Decimal | None:
        return mnkr(self.value_kr)


class ListFigure(OrganisationScoped):
    """A figure a unit reported for a whole list (unit × state × year) and not per
    procurement: it covers the procurements of the list whose own figure is empty."""

    board = models.ForeignKey("organisations.Board", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("redovisningsår"))
    unit = models.CharField(_("upphandlande enhet"), max_length=30, choices=ProcuringUnit.choices)
    state = models.CharField(_("läge"), max_length=10, choices=State.choices)
    value_kr = _kronor(_("värde inkl. optionsår för upphandlingar utan eget värde (kr)"))
    bids = models.PositiveIntegerField(
        _("anbud till upphandlingar utan eget antal"), null=True, blank=True
    )
    miljokrav = models.PositiveIntegerField(
        _("antal med miljökrav bland ej angivna"), null=True, blank=True
    )
    uppforandekod = models.PositiveIntegerField(
        _("antal med uppförandekod bland ej angivna"), null=True, blank=True
    )
    social_hansyn = models.PositiveIntegerField(
        _("antal med social hänsyn bland ej angivna"), null=True, blank=True
    )
    source = models.CharField(_("källa"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("uppgift för en lista")
        verbose_name_plural = _("uppgifter för listor")
        constraints = [
            models.UniqueConstraint(
                fields=["board", "year", "unit", "state"], name="procurement_list_figure_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_unit_display()}, {self.get_state_display()} {self.year}"


class Appeal(OrganisationScoped):
    """An överprövning: a company's request that a court review a procurement."""

    class AppealState(models.TextChoices):
        PAGAENDE = "pagaende", _("Pågående")
        AVSLUTAD = "avslutad", _("Avslutad")

    class Outcome(models.TextChoices):
        ATERKALLAD = "aterkallad", _("Återkallad")
        AVBRUTEN = "avbruten", _("Upphandlingen avbruten")
        DOM = "dom", _("Dom")

    board = models.ForeignKey("organisations.Board", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("redovisningsår"))
    procurement = models.ForeignKey(
        Procurement, null=True, blank=True, on_delete=models.SET_NULL, related_name="appeals"
    )
    procurement_title = models.CharField(_("upphandling (som redovisad)"), max_length=300)
    case_number = models.CharField(_("diarienummer"), max_length=20, validators=[CASE_NUMBER])
    company = models.CharField(_("bolag"), max_length=200)
    claim = models.TextField(_("yrkande"), blank=True)
    state = models.CharField(_("läge"), max_length=10, choices=AppealState.choices)
    outcome = models.CharField(_("utfall"), max_length=10, choices=Outcome.choices, blank=True)
    decided_on = models.DateField(_("datum"), null=True, blank=True)
    reported_earlier = models.BooleanField(_("rapporterad tidigare år"), default=False)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("överprövning")
        verbose_name_plural = _("överprövningar")
        ordering = ["year", "reported_earlier", "state", "order", "pk"]

    def __str__(self) -> str:
        return f"{self.procurement_title}, {self.company}"
