"""Ledgers imported from SIE files: the file, its accounts with the file's own balances, its
transactions (the SIE convention, debit positive, in integer öre for speed; the selectors flip
the sign when they aggregate) and uploads waiting for the background import."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from arshjul.core.models import OrganisationScoped
from arshjul.finance.models.figures import AccountPlan


class LedgerImport(OrganisationScoped):
    """One imported SIE file. Its accounts keep the file's own balances (published figures);
    its transactions are the rows the reports aggregate. A file is imported once."""

    board = models.ForeignKey(
        "organisations.Board", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    plan = models.ForeignKey(AccountPlan, on_delete=models.PROTECT, related_name="+")
    file_name = models.CharField(_("fil"), max_length=255)
    sha256 = models.CharField(max_length=64)
    program = models.CharField(_("program"), max_length=200, blank=True)
    sie_type = models.PositiveSmallIntegerField(_("SIE-typ"))
    encoding = models.CharField(_("teckenkodning"), max_length=20)
    company = models.CharField(_("företag"), max_length=200, blank=True)
    org_number = models.CharField(_("organisationsnummer"), max_length=20, blank=True)
    year_start = models.DateField(_("räkenskapsår från"), null=True, blank=True)
    year_end = models.DateField(_("räkenskapsår till"), null=True, blank=True)
    vouchers = models.PositiveIntegerField(_("verifikationer"))
    transactions = models.PositiveIntegerField(_("transaktioner"))
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("importerad huvudbok")
        verbose_name_plural = _("importerade huvudböcker")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "sha256"], name="ledger_import_once")
        ]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.company})"


class LedgerAccount(OrganisationScoped):
    """An account of an imported file with the file's own year-0 balances (öre)."""

    ledger = models.ForeignKey(LedgerImport, on_delete=models.CASCADE, related_name="accounts")
    number = models.CharField(_("konto"), max_length=10)
    name = models.CharField(_("namn"), max_length=200, blank=True)
    account_type = models.CharField(_("kontotyp"), max_length=1, blank=True)
    ib = models.BigIntegerField(_("IB (öre)"), null=True)
    ub = models.BigIntegerField(_("UB (öre)"), null=True)
    res = models.BigIntegerField(_("RES (öre)"), null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["ledger", "number"], name="ledger_account_unique")
        ]


class LedgerTransaction(OrganisationScoped):
    """A #TRANS row, lean for bulk loading: account, date, period (yyyymm), amount in öre (debit
    positive) and the cost centre (dimension 1). Lean so a million rows load in seconds: one
    index on the ledger (BRIN on PostgreSQL, made by migration 0002), and no foreign-key
    constraints in the database (PostgreSQL checks deferred ones row by row at commit, 6 s for
    a million rows). The rows are only written by
    ``ledger.ledger_import``, in the transaction that creates their ledger, and deleted with it
    by the ORM's cascade (one DELETE … WHERE ledger_id IN …). See ADR 0008."""

    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
        db_constraint=False,
    )
    ledger = models.ForeignKey(
        LedgerImport,
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
        db_constraint=False,
    )
    account = models.CharField(max_length=10)
    date = models.DateField()
    period = models.PositiveIntegerField()
    amount_ore = models.BigIntegerField()
    cost_centre = models.CharField(max_length=40, blank=True)


class LedgerUpload(OrganisationScoped):
    """A SIE file uploaded in the web UI, waiting for or being imported by a background task."""

    class State(models.TextChoices):
        QUEUED = "koad", _("I kö")
        RUNNING = "pagar", _("Pågår")
        DONE = "klar", _("Klar")
        FAILED = "misslyckad", _("Avvisad")

    board = models.ForeignKey("organisations.Board", on_delete=models.CASCADE, related_name="+")
    file_name = models.CharField(_("fil"), max_length=255)
    data = models.BinaryField()
    state = models.CharField(_("läge"), max_length=12, choices=State.choices, default="koad")
    progress = models.PositiveSmallIntegerField(_("förlopp (%)"), default=0)
    message = models.TextField(_("meddelande"), blank=True)
    ledger = models.ForeignKey(
        LedgerImport, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)

    @property
    def is_running(self) -> bool:
        return self.state in (self.State.QUEUED, self.State.RUNNING)
