"""The organisation (tenant), its boards, the administration's units per year, and who may do
what where (memberships with roles)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from arshjul.core.models import OrganisationScoped


class Organisation(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(_("namn"), max_length=200)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisationer")

    def __str__(self) -> str:
        return self.name


class Board(OrganisationScoped):
    """A nämnd: decides the plan and the reports of its administration."""

    slug = models.SlugField()
    name = models.CharField(_("namn"), max_length=200)
    administration_name = models.CharField(_("förvaltning"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("nämnd")
        verbose_name_plural = _("nämnder")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "slug"], name="board_slug_unique")
        ]

    def __str__(self) -> str:
        return self.name


class Unit(OrganisationScoped):
    """A unit of the administration (förvaltning, område, avdelning, stab) valid for a span of
    years. A reorganisation ends a unit (``valid_to``) and starts its successors, which name it
    as ``predecessors``; the tree of a year is the units valid that year."""

    class Kind(models.TextChoices):
        ADMINISTRATION = "forvaltning", _("Förvaltning")
        AREA = "omrade", _("Område")
        DEPARTMENT = "avdelning", _("Avdelning")
        STAFF = "stab", _("Stab")
        COMMON = "gemensamt", _("Gemensamt")

    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="units")
    key = models.SlugField()
    name = models.CharField(_("namn"), max_length=200)
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    valid_from = models.PositiveSmallIntegerField(_("giltig från år"))
    valid_to = models.PositiveSmallIntegerField(_("giltig till och med år"), null=True, blank=True)
    predecessors = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="successors"
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("enhet")
        verbose_name_plural = _("enheter")
        ordering = ["order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["board", "key"], name="unit_key_unique"),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
                name="unit_valid_span",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def is_valid_in(self, year: int) -> bool:
        return self.valid_from <= year and (self.valid_to is None or year <= self.valid_to)


class Membership(OrganisationScoped):
    """A user's role on a board. A reporter reports for the given units (and units under them);
    the other roles cover the whole board."""

    class Role(models.TextChoices):
        ADMINISTRATOR = "administrator", _("Administratör")
        CONTROLLER = "controller", _("Controller")
        REPORTER = "reporter", _("Rapportör")
        READER = "reader", _("Läsare")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("roll"), max_length=20, choices=Role.choices)
    units = models.ManyToManyField(Unit, blank=True, related_name="memberships")

    class Meta:
        verbose_name = _("behörighet")
        verbose_name_plural = _("behörigheter")
        constraints = [models.UniqueConstraint(fields=["user", "board"], name="membership_unique")]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} – {self.board}"
