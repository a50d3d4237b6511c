"""The board's figures: chart of accounts and its mapping to the lines of the result report,
versions of figures (utfall, budget, prognos) with their entries, budget frames, key figures,
investments, larger building projects and the savings plan. Amounts are Decimal kronor in
report sign (income positive, costs negative)."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from arshjul.core.models import OrganisationScoped


def _amount(label: str | Promise, **options: object) -> models.DecimalField:
    return models.DecimalField(label, max_digits=18, decimal_places=2, **options)  # type: ignore[arg-type]


class AccountPlan(OrganisationScoped):
    """A chart of accounts (kontoplan): Region-Bas, Kommun-Bas, company BAS or a customer's own."""

    class Kind(models.TextChoices):
        REGION_BAS = "region_bas", _("Region-Bas")
        KOMMUN_BAS = "kommun_bas", _("Kommun-Bas")
        BAS = "bas", _("BAS (företag)")
        OWN = "egen", _("Egen kontoplan")

    key = models.SlugField()
    name = models.CharField(_("namn"), max_length=120)
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices)
    is_default = models.BooleanField(_("förvald"), default=False)

    class Meta:
        verbose_name = _("kontoplan")
        verbose_name_plural = _("kontoplaner")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "key"], name="account_plan_key_unique")
        ]

    def __str__(self) -> str:
        return self.name


class ResultLine(OrganisationScoped):
    """A line of the result report. Detail lines take amounts (through the account mapping or
    directly); sum lines add up the lines that name them as ``parent``. Lines valid only some
    years (Fastighetsfinansiering from 2024) carry ``first_year``/``last_year``."""

    key = models.SlugField(max_length=80)
    label = models.CharField(_("rubrik"), max_length=120)
    order = models.PositiveSmallIntegerField(default=0)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    is_sum = models.BooleanField(_("summarad"), default=False)
    first_year = models.PositiveSmallIntegerField(_("från år"), null=True, blank=True)
    last_year = models.PositiveSmallIntegerField(_("till år"), null=True, blank=True)

    class Meta:
        verbose_name = _("resultatrad")
        verbose_name_plural = _("resultatrader")
        ordering = ["order"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "key"], name="result_line_key_unique")
        ]

    def __str__(self) -> str:
        return self.label

    def valid_in(self, year: int) -> bool:
        return (self.first_year or 0) <= year <= (self.last_year or 9999)


class LineMapping(OrganisationScoped):
    """Accounts ``first``–``last`` (the first four digits, inclusive) of a chart go to a line."""

    plan = models.ForeignKey(AccountPlan, on_delete=models.CASCADE, related_name="mappings")
    line = models.ForeignKey(ResultLine, on_delete=models.CASCADE, related_name="mappings")
    first = models.PositiveIntegerField(_("från konto"))
    last = models.PositiveIntegerField(_("till konto"))

    class Meta:
        verbose_name = _("kontomappning")
        verbose_name_plural = _("kontomappningar")
        ordering = ["plan", "first"]
        constraints = [
            models.CheckConstraint(condition=Q(last__gte=models.F("first")), name="mapping_span"),
        ]

    def __str__(self) -> str:
        return f"{self.first}–{self.last} → {self.line}"


class Kind(models.TextChoices):
    OUTCOME = "utfall", _("Utfall")
    BUDGET = "budget", _("Budget")
    FORECAST = "prognos", _("Prognos")


class FinanceVersion(OrganisationScoped):
    """One set of figures for a board and year: the outcome, a budget (revision 1 as decided in
    the plan, later revisions after tilläggsbudget) or a forecast."""

    board = models.ForeignKey(
        "organisations.Board", on_delete=models.CASCADE, related_name="finance_versions"
    )
    year = models.PositiveSmallIntegerField(_("år"))
    kind = models.CharField(_("slag"), max_length=10, choices=Kind.choices)
    revision = models.PositiveSmallIntegerField(_("version"), default=1)
    name = models.CharField(_("namn"), max_length=120)

    class Meta:
        verbose_name = _("ekonomiversion")
        verbose_name_plural = _("ekonomiversioner")
        ordering = ["board", "year", "kind", "revision"]
        constraints = [
            models.UniqueConstraint(
                fields=["board", "year", "kind", "revision"], name="finance_version_unique"
            )
        ]

    def __str__(self) -> str:
        return self.name


class ImportBatch(OrganisationScoped):
    """One imported budget/outcome file (CSV or XLSX): the entries it wrote point to it."""

    board = models.ForeignKey("organisations.Board", on_delete=models.CASCADE, related_name="+")
    file_name = models.CharField(_("fil"), max_length=255)
    sha256 = models.CharField(max_length=64)
    rows = models.PositiveIntegerField(_("rader"))
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("importerad budgetfil")
        verbose_name_plural = _("importerade budgetfiler")
        constraints = [
            models.UniqueConstraint(fields=["board", "sha256"], name="import_batch_once")
        ]

    def __str__(self) -> str:
        return self.file_name


class FinancialEntry(OrganisationScoped):
    """An amount of a version: for a unit (or the board as a whole), a result line or an
    account, and a month (or the whole year)."""

    version = models.ForeignKey(FinanceVersion, on_delete=models.CASCADE, related_name="entries")
    unit = models.ForeignKey(
        "organisations.Unit", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    line = models.ForeignKey(
        ResultLine, null=True, blank=True, on_delete=models.PROTECT, related_name="entries"
    )
    account = models.CharField(_("konto"), max_length=10, blank=True)
    month = models.PositiveSmallIntegerField(_("månad"), null=True, blank=True)
    amount = _amount(_("belopp (kr)"))
    batch = models.ForeignKey(
        ImportBatch, null=True, blank=True, on_delete=models.CASCADE, related_name="entries"
    )

    class Meta:
        verbose_name = _("belopp")
        verbose_name_plural = _("belopp")
        constraints = [
            models.CheckConstraint(
                condition=(Q(line__isnull=False) & Q(account=""))
                | (Q(line__isnull=True) & ~Q(account="")),
                name="entry_line_or_account",
            ),
            models.CheckConstraint(
                condition=Q(month__isnull=True) | Q(month__gte=1, month__lte=12),
                name="entry_month_range",
            ),
        ]


class BudgetFrame(OrganisationScoped):
    """Varav budgetram: the part of a unit's budget that is the council's frame."""

    version = models.ForeignKey(FinanceVersion, on_delete=models.CASCADE, related_name="frames")
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    amount = _amount(_("budgetram (kr)"))

    class Meta:
        verbose_name = _("budgetram")
        verbose_name_plural = _("budgetramar")
        constraints = [
            models.UniqueConstraint(fields=["version", "unit"], name="budget_frame_unique")
        ]


class KeyFigureValue(OrganisationScoped):
    """An economic key figure of a version (lönekostnadsökningstakt, %), as decided or
    forecast; an outcome is computed from personnel costs where they exist."""

    version = models.ForeignKey(
        FinanceVersion, on_delete=models.CASCADE, related_name="key_figures"
    )
    key = models.SlugField()
    label = models.CharField(_("nyckeltal"), max_length=120)
    value = models.DecimalField(_("värde"), max_digits=10, decimal_places=2)
    unit = models.CharField(_("enhet"), max_length=10, default="%")

    class Meta:
        verbose_name = _("ekonomiskt nyckeltal")
        verbose_name_plural = _("ekonomiska nyckeltal")
        constraints = [models.UniqueConstraint(fields=["version", "key"], name="key_figure_unique")]


class InvestmentCategory(models.TextChoices):
    INTANGIBLE = "immateriella", _("Immateriella anläggningstillgångar")
    BUILDINGS = "byggnader", _("Byggnadsinvesteringar")
    MEDICAL = "medicinteknisk", _("Medicinteknisk utrustning")
    IT = "it", _("It-utrustning")
    OTHER = "ovrig", _("Övrig utrustning")
    GRANTS = "investeringsbidrag", _("Investeringsbidrag (konto 2322, minus-belopp)")


class InvestmentEntry(OrganisationScoped):
    """Gross investments of a category in a version; ``carried_over`` marks the part of a budget
    carried over from earlier years (överfört från tidigare års budget)."""

    version = models.ForeignKey(
        FinanceVersion, on_delete=models.CASCADE, related_name="investments"
    )
    category = models.CharField(_("kategori"), max_length=20, choices=InvestmentCategory.choices)
    carried_over = models.BooleanField(_("överfört från tidigare år"), default=False)
    amount = _amount(_("belopp (kr)"))

    class Meta:
        verbose_name = _("investering")
        verbose_name_plural = _("investeringar")
        constraints = [
            models.UniqueConstraint(
                fields=["version", "category", "carried_over"], name="investment_entry_unique"
            )
        ]


class InvestmentObject(OrganisationScoped):
    """A requested investment object of the plan's appendix (äskande), in its group."""

    board = models.ForeignKey("organisations.Board", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("år"))
    category = models.CharField(_("kategori"), max_length=20, choices=InvestmentCategory.choices)
    group = models.CharField(_("grupp"), max_length=200)
    activity = models.CharField(_("verksamhet"), max_length=200, blank=True)
    name = models.CharField(_("objekt"), max_length=300, blank=True)
    amount = _amount(_("belopp (kr)"))
    order = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("investeringsobjekt")
        verbose_name_plural = _("investeringsobjekt")
        ordering = ["board", "year", "order"]


class BuildingProject(OrganisationScoped):
    """A larger building project in the follow-up of a year, grouped by the board that owns it."""

    board = models.ForeignKey("organisations.Board", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("år"))
    owner = models.CharField(_("nämnd (ägare)"), max_length=200)
    owner_total_label = models.CharField(_("summarad som"), max_length=200)
    name = models.CharField(_("projekt"), max_length=300)
    total_calculation = _amount(_("total investeringskalkyl"), null=True, blank=True)
    budget_to_date = _amount(_("beslutad budget t.o.m. året"), null=True, blank=True)
    outcome_to_date = _amount(_("totalt utfall t.o.m. året"), null=True, blank=True)
    outcome_year = _amount(_("utfall under året"), null=True, blank=True)
    phase = models.CharField(_("status"), max_length=120, blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("byggprojekt")
        verbose_name_plural = _("byggprojekt")
        ordering = ["board", "year", "order"]


class SavingsPlan(OrganisationScoped):
    """Handlingsplan för ekonomi i balans: the required saving and measures per area."""

    board = models.ForeignKey(
        "organisations.Board", on_delete=models.CASCADE, related_name="savings_plans"
    )
    title = models.CharField(_("rubrik"), max_length=200)
    decided_on = models.DateField(_("datum"))
    first_year = models.PositiveSmallIntegerField(_("första år"))
    years = models.PositiveSmallIntegerField(_("antal år"), default=3)
    required_saving = _amount(_("åtgärdskrav (kr)"))

    class Meta:
        verbose_name = _("handlingsplan")
        verbose_name_plural = _("handlingsplaner")

    def __str__(self) -> str:
        return f"{self.title} ({self.decided_on:%Y-%m-%d})"

    @property
    def plan_years(self) -> list[int]:
        return [self.first_year + offset for offset in range(self.years)]


class SavingsCategory(models.TextChoices):
    INCOME = "intakter", _("Intäkter")
    PERSONNEL = "personal", _("Personalkostnadsreduceringar")
    OTHER = "ovriga", _("Övriga kostnadsreduceringar")


class Consequence(models.TextChoices):
    NEGLIGIBLE = "forsumbar", _("Försumbar")
    MILD = "lindrig", _("Lindrig")
    NOTICEABLE = "kannbar", _("Kännbar")


class SavingsMeasure(OrganisationScoped):
    """A measure of an area in one category, with its effect per plan year (kr) and FTE."""

    plan = models.ForeignKey(SavingsPlan, on_delete=models.CASCADE, related_name="measures")
    unit = models.ForeignKey("organisations.Unit", on_delete=models.PROTECT, related_name="+")
    category = models.CharField(_("kategori"), max_length=10, choices=SavingsCategory.choices)
    label = models.CharField(_("rubrik"), max_length=120)
    effect_1 = _amount(_("effekt år 1 (kr)"), default=0)
    effect_2 = _amount(_("effekt år 2 (kr)"), default=0)
    effect_3 = _amount(_("effekt år 3 (kr)"), default=0)
    fte = models.DecimalField(
        _("årsarbetare"), max_digits=8, decimal_places=1, null=True, blank=True
    )
    description = models.TextField(_("beskrivning"), blank=True)
    consequence = models.CharField(
        _("konsekvens"), max_length=10, choices=Consequence.choices, blank=True
    )
    consequence_text = models.TextField(_("konsekvensanalys"), blank=True)
    order = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("åtgärd")
        verbose_name_plural = _("åtgärder")
        ordering = ["plan", "order"]

    def __str__(self) -> str:
        return f"{self.unit}: {self.label}"

    @property
    def effects(self) -> list[Decimal]:
        return [self.effect_1, self.effect_2, self.effect_3][: self.plan.years]


class SavingsFollowup(OrganisationScoped):
    """The realised effect of a measure in a follow-up period, against the plan."""

    measure = models.ForeignKey(SavingsMeasure, on_delete=models.CASCADE, related_name="followups")
    period = models.ForeignKey("followup.Period", on_delete=models.CASCADE, related_name="+")
    realised = _amount(_("realiserad effekt (kr)"))
    fte = models.DecimalField(
        _("årsarbetare"), max_digits=8, decimal_places=1, null=True, blank=True
    )
    comment = models.TextField(_("kommentar"), blank=True)

    class Meta:
        verbose_name = _("uppföljning av åtgärd")
        verbose_name_plural = _("uppföljningar av åtgärder")
        constraints = [
            models.UniqueConstraint(fields=["measure", "period"], name="savings_followup_unique")
        ]
