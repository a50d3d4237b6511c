"""The plan of a year: its governance model (item types as data) and its items."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from arshjul.core.models import OrganisationScoped


class PlanYear(OrganisationScoped):
    board = models.ForeignKey(
        "organisations.Board", on_delete=models.CASCADE, related_name="plan_years"
    )
    year = models.PositiveSmallIntegerField(_("år"))
    title = models.CharField(_("titel"), max_length=200)
    status_tolerance = models.DecimalField(
        _("tolerans för delvis uppfyllt (%)"),
        max_digits=5,
        decimal_places=2,
        default=10,
        help_text=_(
            "Hur långt från målvärdet (i procent av målvärdet) ett utfall får ligga "
            "och ändå räknas som delvis uppfyllt."
        ),
    )

    class Meta:
        verbose_name = _("planår")
        verbose_name_plural = _("planår")
        ordering = ["board", "year"]
        constraints = [models.UniqueConstraint(fields=["board", "year"], name="planyear_unique")]

    def __str__(self) -> str:
        return f"{self.board} {self.year}"


class Behaviour(models.TextChoices):
    """What the software does with an item type; the name the customer sees is data."""

    GROUP = "group", _("Rubrik (perspektiv, strategi, område)")
    GOAL = "goal", _("Mål")
    INDICATOR = "indicator", _("Indikator / styrtal")
    ASSIGNMENT = "assignment", _("Uppdrag")
    ACTIVITY = "activity", _("Aktivitet")


class ItemType(OrganisationScoped):
    """One kind of item in a year's governance model, e.g. "Effektmål" or "Styrtal"."""

    plan_year = models.ForeignKey(PlanYear, on_delete=models.CASCADE, related_name="item_types")
    key = models.SlugField()
    name = models.CharField(_("namn"), max_length=100)
    name_plural = models.CharField(_("namn i plural"), max_length=100)
    behaviour = models.CharField(_("beteende"), max_length=20, choices=Behaviour.choices)
    allowed_parents = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="allowed_children"
    )
    may_be_root = models.BooleanField(_("får ligga överst"), default=False)
    summary_key = models.SlugField(blank=True)
    summary_label = models.CharField(_("rad i sammanfattningen"), max_length=100, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("objekttyp")
        verbose_name_plural = _("objekttyper")
        ordering = ["order"]
        constraints = [
            models.UniqueConstraint(fields=["plan_year", "key"], name="itemtype_key_unique")
        ]

    def __str__(self) -> str:
        return self.name


class Origin(models.TextChoices):
    COUNCIL = "regionfullmaktige", _("Regionfullmäktige")
    BOARD = "namnd", _("Nämnd")
    ADMINISTRATION = "forvaltning", _("Förvaltning")


class Item(OrganisationScoped):
    """A goal, indicator, assignment, activity or heading in a year's plan."""

    plan_year = models.ForeignKey(PlanYear, on_delete=models.CASCADE, related_name="items")
    item_type = models.ForeignKey(ItemType, on_delete=models.PROTECT, related_name="items")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    order = models.PositiveIntegerField(default=0)
    key = models.SlugField(blank=True)
    label = models.CharField(_("beteckning"), max_length=60, blank=True)
    number = models.PositiveIntegerField(_("nummer"), null=True, blank=True)
    title = models.TextField(_("titel"))
    origin = models.CharField(_("ursprung"), max_length=20, choices=Origin.choices)
    description = models.TextField(_("beskrivning"), blank=True)
    responsible_units = models.ManyToManyField(
        "organisations.Unit", related_name="items", verbose_name=_("ansvariga enheter")
    )
    contributes_to = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="contributors"
    )
    continues = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="continued_by",
        help_text=_("Samma objekt i föregående års plan (för jämförelse över år)."),
    )

    class Meta:
        verbose_name = _("objekt")
        verbose_name_plural = _("objekt")
        ordering = ["plan_year", "order"]
        indexes = [models.Index(fields=["plan_year", "order"])]

    def __str__(self) -> str:
        return f"{self.label} {self.title}".strip()


class Direction(models.TextChoices):
    HIGHER = "higher", _("Högre är bättre")
    LOWER = "lower", _("Lägre är bättre")


class Comparator(models.TextChoices):
    GT = ">", ">"
    GE = ">=", "≥"
    LT = "<", "<"
    LE = "<=", "≤"
    EQ = "=", "="
    RANGE = "range", _("intervall")


class Indicator(OrganisationScoped):
    """Measurement details of an indicator or styrtal item."""

    class Measure(models.TextChoices):
        NUMERIC = "numeric", _("Numerisk")
        QUALITATIVE = "qualitative", _("Kvalitativ")

    item = models.OneToOneField(Item, on_delete=models.CASCADE, related_name="indicator")
    measure = models.CharField(_("mått"), max_length=20, choices=Measure.choices)
    unit = models.CharField(_("enhet"), max_length=20, blank=True)
    direction = models.CharField(
        _("riktning"), max_length=10, choices=Direction.choices, default=Direction.HIGHER
    )
    decimals = models.PositiveSmallIntegerField(_("decimaler"), default=0)
    gender_split = models.BooleanField(_("redovisas per kön"), default=False)
    target_comparator = models.CharField(
        _("jämförelse"), max_length=6, choices=Comparator.choices, blank=True
    )
    target_value = models.DecimalField(
        _("målvärde"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    target_high = models.DecimalField(
        _("målvärde, övre gräns"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    long_term_comparator = models.CharField(max_length=6, choices=Comparator.choices, blank=True)
    long_term_value = models.DecimalField(
        _("långsiktigt målvärde"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    long_term_high = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    baseline_value = models.DecimalField(
        _("senast kända utfall"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    baseline_women = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    baseline_men = models.DecimalField(max_digits=14, decimal_places=4, null=True, blank=True)
    baseline_year = models.PositiveSmallIntegerField(
        _("år för senast kända utfall"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("indikator")
        verbose_name_plural = _("indikatorer")
        constraints = [
            models.CheckConstraint(
                condition=~Q(target_comparator="range") | Q(target_high__isnull=False),
                name="indicator_range_has_high",
            )
        ]

    @property
    def is_numeric(self) -> bool:
        return self.measure == self.Measure.NUMERIC


class Assignment(OrganisationScoped):
    """Decision details of an uppdrag."""

    class State(models.TextChoices):
        NOT_STARTED = "ej_paborjat", _("Ej påbörjat")
        ONGOING = "pagaende", _("Pågående")
        PAUSED = "pausat", _("Pausat")
        DONE = "genomfort", _("Genomfört")

    item = models.OneToOneField(Item, on_delete=models.CASCADE, related_name="assignment")
    decision_reference = models.CharField(_("diarienummer"), max_length=60, blank=True)
    paragraph = models.CharField(_("paragraf"), max_length=30, blank=True)
    due_date = models.DateField(_("klart senast"), null=True, blank=True)
    state = models.CharField(
        _("läge"), max_length=20, choices=State.choices, default=State.NOT_STARTED
    )

    class Meta:
        verbose_name = _("uppdrag")
        verbose_name_plural = _("uppdrag")
