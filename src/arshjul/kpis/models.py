"""Produktions- och nyckeltal: the register of a board's production and key figures, their
outcome and target per year (or period), and key figures imported from Kolada.

A figure says how it is measured (unit), which way is better (direction) and how its change
from last year is shown (``change_kind``: relative %, absolute in its unit or percentage
points), because the change and its arrow are computed, never typed. The three procurement
shares are computed from the procurement register when it has rows for the year
(``source``); an entered value is the fallback for years the register does not cover.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from arshjul.core.models import OrganisationScoped


class Direction(models.TextChoices):
    HIGHER = "higher", _("Högre är bättre")
    LOWER = "lower", _("Lägre är bättre")


class ChangeKind(models.TextChoices):
    PERCENT = "percent", _("Förändring i procent")
    ABSOLUTE = "absolute", _("Förändring i figurens enhet")
    POINTS = "points", _("Förändring i procentenheter")


class Source(models.TextChoices):
    ENTERED = "entered", _("Inmatat")
    MILJOKRAV = "miljokrav", _("Beräknat: upphandlingar med miljökrav")
    UPPFORANDEKOD = "uppforandekod", _("Beräknat: upphandlingar med uppförandekod")
    SOCIAL_HANSYN = "social_hansyn", _("Beräknat: upphandlingar med social hänsyn")


UNITS = [
    ("st", "st (antal)"),
    ("%", "%"),
    ("sek", "sek (sekunder)"),
    ("dagar", "dagar"),
    ("kr", "kr"),
    ("tkr", "tkr"),
    ("mnkr", "mnkr"),
    ("index", "index"),
    ("", "ingen enhet"),
]


class Figure(OrganisationScoped):
    """One production or key figure of a board, reported from ``valid_from`` (to ``valid_to``)."""

    board = models.ForeignKey(
        "organisations.Board", on_delete=models.CASCADE, related_name="kpi_figures"
    )
    key = models.SlugField(_("nyckel"), max_length=120)
    label = models.CharField(_("benämning"), max_length=300)
    unit = models.CharField(_("enhet"), max_length=10, choices=UNITS, blank=True)
    direction = models.CharField(
        _("riktning"), max_length=10, choices=Direction.choices, default=Direction.HIGHER
    )
    change_kind = models.CharField(
        _("förändring visas som"),
        max_length=10,
        choices=ChangeKind.choices,
        default=ChangeKind.PERCENT,
    )
    decimals = models.PositiveSmallIntegerField(_("decimaler i utfallet"), default=0)
    change_decimals = models.PositiveSmallIntegerField(_("decimaler i förändringen"), default=1)
    scope_note = models.CharField(
        _("omfattning"), max_length=120, blank=True, help_text=_("t.ex. (Region Örebro län)")
    )
    kolada_kpi = models.CharField(
        _("Kolada-nyckeltal"), max_length=10, blank=True, help_text=_("t.ex. N00945")
    )
    source = models.CharField(
        _("källa"), max_length=20, choices=Source.choices, default=Source.ENTERED
    )
    valid_from = models.PositiveSmallIntegerField(_("redovisas från år"))
    valid_to = models.PositiveSmallIntegerField(
        _("redovisas till och med år"), null=True, blank=True
    )
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)

    class Meta:
        verbose_name = _("produktions- eller nyckeltal")
        verbose_name_plural = _("produktions- och nyckeltal")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["board", "key"], name="kpi_figure_key_unique"),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
                name="kpi_figure_valid_span",
            ),
        ]

    def __str__(self) -> str:
        return self.label

    def is_valid_in(self, year: int) -> bool:
        return self.valid_from <= year and (self.valid_to is None or year <= self.valid_to)


class FigureValue(OrganisationScoped):
    """A figure's outcome and target for a year (``period`` empty) or a period of it
    (``delar1``, ``delar2``). Either may be missing; the target's text is shown as printed."""

    figure = models.ForeignKey(Figure, on_delete=models.CASCADE, related_name="values")
    year = models.PositiveSmallIntegerField(_("år"))
    period = models.SlugField(_("period"), max_length=20, blank=True)
    outcome = models.DecimalField(
        _("utfall"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    note = models.CharField(_("anmärkning"), max_length=200, blank=True)
    target = models.DecimalField(
        _("målvärde"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    target_text = models.CharField(_("målvärde som text"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("utfall och målvärde")
        verbose_name_plural = _("utfall och målvärden")
        constraints = [
            models.UniqueConstraint(fields=["figure", "year", "period"], name="kpi_value_unique")
        ]

    def __str__(self) -> str:
        return f"{self.figure} {self.year}{' ' + self.period if self.period else ''}"


class KoladaArea(OrganisationScoped):
    """The Kolada area (kommun or region id, e.g. ``0018`` Region Örebro län) whose values are
    shown beside the organisation's own figures."""

    area_id = models.CharField(_("Kolada-id"), max_length=20)
    title = models.CharField(_("namn i Kolada"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("Kolada-område")
        verbose_name_plural = _("Kolada-områden")
        constraints = [models.UniqueConstraint(fields=["organisation"], name="kolada_area_unique")]

    def __str__(self) -> str:
        return f"{self.area_id} {self.title}".strip()


class KoladaImport(OrganisationScoped):
    """One imported Kolada file (API v3 JSON or the flattened CSV)."""

    file_name = models.CharField(_("fil"), max_length=255)
    sha256 = models.CharField(max_length=64)
    rows = models.PositiveIntegerField(_("värden"), default=0)
    imported_at = models.DateTimeField(_("importerad"), auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("Kolada-import")
        verbose_name_plural = _("Kolada-importer")

    def __str__(self) -> str:
        return self.file_name


class KoladaValue(OrganisationScoped):
    """A Kolada value: KPI × area (kommun/region or organisational unit) × year × gender.
    ``value`` is None where Kolada has no figure (suppressed); it is never read as 0."""

    class Gender(models.TextChoices):
        TOTAL = "T", _("Totalt")
        WOMEN = "K", _("Kvinnor")
        MEN = "M", _("Män")

    kpi = models.CharField(_("nyckeltal"), max_length=10)
    area_id = models.CharField(_("område"), max_length=20)
    year = models.PositiveSmallIntegerField(_("år"))
    gender = models.CharField(_("kön"), max_length=1, choices=Gender.choices)
    value = models.DecimalField(_("värde"), max_digits=24, decimal_places=8, null=True)
    count = models.PositiveIntegerField(_("antal"), null=True)
    status = models.CharField(_("status"), max_length=100, blank=True)
    batch = models.ForeignKey(KoladaImport, on_delete=models.PROTECT, related_name="values")

    class Meta:
        verbose_name = _("Kolada-värde")
        verbose_name_plural = _("Kolada-värden")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "kpi", "area_id", "year", "gender"],
                name="kolada_value_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kpi} {self.area_id} {self.year} {self.gender}"
