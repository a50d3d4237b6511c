"""Reads of the economy. Every figure is aggregated in the database (``SUM … GROUP BY``) and a
report's selectors run a fixed number of queries however many rows lie behind them; Python
only maps the grouped sums (a few hundred at most) to lines and adds up the line tree."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q, QuerySet, Sum

from arshjul.finance import calculations as calc
from arshjul.finance.models import (
    AccountPlan,
    BudgetFrame,
    FinanceVersion,
    FinancialEntry,
    InvestmentEntry,
    KeyFigureValue,
    LedgerAccount,
    LedgerImport,
    LedgerTransaction,
    LineMapping,
    ResultLine,
)
from arshjul.finance.sie.inspection import balance_account
from arshjul.organisations.models import Board, Unit

Amounts = dict[str, Decimal]  # line key → kronor, report sign


@dataclass
class Lines:
    """The result-report lines valid in a year, with the default chart's account ranges."""

    defs: list[calc.LineDef]
    ranges: list[tuple[int, int, str]]
    income_keys: set[str] = field(default_factory=set)

    def totals(self, detail: Amounts) -> Amounts:
        return calc.line_totals(self.defs, detail)


def result_lines(*, organisation_id: int, year: int, plan: AccountPlan | None = None) -> Lines:
    rows = [
        line
        for line in ResultLine.objects.filter(organisation_id=organisation_id).select_related(
            "parent"
        )
        if line.valid_in(year)
    ]
    plan_filter = Q(plan=plan) if plan else Q(plan__is_default=True)
    ranges = [
        (m.first, m.last, m.line.key)
        for m in LineMapping.objects.filter(plan_filter, organisation_id=organisation_id)
        .select_related("line")
        .order_by("first")
    ]
    defs = [
        calc.LineDef(line.key, line.label, line.parent.key if line.parent else None, line.is_sum)
        for line in rows
    ]
    income = {line.key for line in rows if line.parent and line.parent.key == "summa_intakter"}
    return Lines(defs=defs, ranges=ranges, income_keys=income)


def version_of(
    versions: Iterable[FinanceVersion], *, year: int, kind: str, first: bool = False
) -> FinanceVersion | None:
    """The latest revision of a year's budget/outcome/forecast (or the first: the budget as the
    plan decided it)."""
    matching = sorted(
        (v for v in versions if v.year == year and v.kind == kind), key=lambda v: v.revision
    )
    if not matching:
        return None
    return matching[0] if first else matching[-1]


def versions_for(*, board: Board, years: Iterable[int]) -> list[FinanceVersion]:
    return list(FinanceVersion.objects.filter(board=board, year__in=list(years)))


def _month_filter(months: int | None, prefix: str = "") -> Q:
    """Entries up to a period's last month; whole-year entries (no month) count in a full year."""
    if months is None or months == 12:
        return Q()
    return Q(**{f"{prefix}month__lte": months})


@dataclass
class EntrySums:
    """Grouped sums of a set of versions: per version, per (version, unit) and unmapped accounts."""

    board: Amounts = field(default_factory=dict)
    by_version: dict[int, Amounts] = field(default_factory=dict)
    by_unit: dict[tuple[int, int | None], Amounts] = field(default_factory=dict)
    unmapped: dict[str, Decimal] = field(default_factory=dict)


def entry_sums(
    *, versions: list[FinanceVersion], lines: Lines, months: int | None = None
) -> EntrySums:
    """One ``GROUP BY version, unit, line, account`` over the entries of the versions."""
    grouped = (
        FinancialEntry.objects.filter(_month_filter(months), version__in=versions)
        .values("version_id", "unit_id", "line__key", "account")
        .annotate(total=Sum("amount"))
        .order_by()
    )
    sums = EntrySums()
    for row in grouped:
        key = row["line__key"] or calc.map_account(row["account"], lines.ranges)
        if key is None:
            sums.unmapped[row["account"]] = sums.unmapped.get(row["account"], Decimal(0))
            sums.unmapped[row["account"]] += row["total"]
            continue
        for target in (
            sums.by_version.setdefault(row["version_id"], {}),
            sums.by_unit.setdefault((row["version_id"], row["unit_id"]), {}),
        ):
            target[key] = target.get(key, Decimal(0)) + row["total"]
    return sums


def ledger_sums(*, board: Board, years: Iterable[int], lines: Lines) -> dict[int, Amounts]:
    """The outcome per year from the SIE ledgers imported for the board (one GROUP BY)."""
    grouped = (
        LedgerTransaction.objects.filter(
            ledger__board=board, ledger__year_start__year__in=list(years)
        )
        .values("ledger__year_start__year", "account")
        .annotate(total=Sum("amount_ore"))
        .order_by()
    )
    result: dict[int, Amounts] = defaultdict(dict)
    for row in grouped:
        key = calc.map_account(row["account"], lines.ranges)
        if key is not None:
            amounts = result[row["ledger__year_start__year"]]
            amounts[key] = amounts.get(key, Decimal(0)) + calc.ore_to_report_kr(row["total"])
    return dict(result)


def add(*amounts: Amounts | None) -> Amounts:
    total: Amounts = {}
    for part in amounts:
        for key, value in (part or {}).items():
            total[key] = total.get(key, Decimal(0)) + value
    return total


def budget_versions(*, board: Board, year: int) -> list[FinanceVersion]:
    """The year's budget revisions, the one the plan decided (revision 1) first."""
    return list(
        FinanceVersion.objects.filter(board=board, year=year, kind="budget").order_by("revision")
    )


def frame_units(*, board: Board, year: int) -> list[Unit]:
    """The units of the year that can carry a frame: areas, staff and the common part."""
    kinds = (Unit.Kind.AREA, Unit.Kind.STAFF, Unit.Kind.COMMON)
    units = [u for u in Unit.objects.filter(board=board, kind__in=kinds) if u.is_valid_in(year)]
    return sorted(units, key=lambda u: (u.kind != Unit.Kind.AREA, u.order))


def frames_of(versions: list[FinanceVersion]) -> dict[tuple[int, int], Decimal]:
    rows = BudgetFrame.objects.filter(version__in=versions).values_list(
        "version_id", "unit_id", "amount"
    )
    return {(v, u): amount for v, u, amount in rows}


def key_figures_of(versions: list[FinanceVersion]) -> dict[tuple[int, str], KeyFigureValue]:
    rows = KeyFigureValue.objects.filter(version__in=versions)
    return {(f.version_id, f.key): f for f in rows}


def investments_of(
    versions: list[FinanceVersion],
) -> dict[tuple[int, str, bool], Decimal]:
    rows = (
        InvestmentEntry.objects.filter(version__in=versions)
        .values("version_id", "category", "carried_over")
        .annotate(total=Sum("amount"))
        .order_by()
    )
    return {(r["version_id"], r["category"], r["carried_over"]): r["total"] for r in rows}


# --- imported ledgers -------------------------------------------------------------------------


def ledgers_for(*, organisation_id: int, board: Board | None) -> QuerySet[LedgerImport]:
    """The ledgers a board's pages list: the board's own and the organisation's unattached."""
    scope = Q(board=board) | Q(board__isnull=True) if board else Q(board__isnull=True)
    return (
        LedgerImport.objects.filter(scope, organisation_id=organisation_id)
        .select_related("plan", "board")
        .order_by("-imported_at")
    )


@dataclass
class AccountCheck:
    number: str
    name: str
    kind: str  # "balans" | "resultat"
    published: Decimal | None  # UB (balance) or RES (result), kronor
    computed: Decimal  # IB + ΣTRANS or ΣTRANS


def ledger_account_sums(ledger: LedgerImport) -> dict[str, int]:
    rows = (
        LedgerTransaction.objects.filter(ledger=ledger)
        .values("account")
        .annotate(total=Sum("amount_ore"))
        .order_by()
    )
    return {r["account"]: r["total"] for r in rows}


def ledger_checks(ledger: LedgerImport, sums: dict[str, int]) -> list[AccountCheck]:
    """Per account where the file's own balance disagrees with its transactions: IB + ΣTRANS
    against UB for a balance account, ΣTRANS against RES for a result account. A file leaves
    zero balances out, so a missing UB or RES counts as 0 when the file has any of that kind;
    a file without them (or without vouchers) has nothing to reconcile. The same rule as
    ``sie.reconcile`` on the file itself."""
    if not ledger.transactions:
        return []
    accounts = list(LedgerAccount.objects.filter(ledger=ledger).order_by("number"))
    has_ub = any(a.ub is not None for a in accounts)
    has_res = any(a.res is not None for a in accounts)
    checks = []
    for account in accounts:
        trans = sums.get(account.number, 0)
        if balance_account(account.number, account.account_type):
            if not has_ub:
                continue
            computed, published, kind = (account.ib or 0) + trans, account.ub or 0, "balans"
        else:
            if not has_res:
                continue
            computed, published, kind = trans, account.res or 0, "resultat"
        if computed != published:
            checks.append(
                AccountCheck(
                    account.number,
                    account.name,
                    kind,
                    Decimal(published) / 100,
                    Decimal(computed) / 100,
                )
            )
    return checks


def ledger_result(
    ledger: LedgerImport, sums: dict[str, int]
) -> tuple[Lines, Amounts, dict[str, Decimal]]:
    """The result report of one ledger with its own chart's mapping, and the result accounts
    no range covers (listed, never dropped)."""
    year = ledger.year_start.year if ledger.year_start else 0
    lines = result_lines(organisation_id=ledger.organisation_id, year=year, plan=ledger.plan)
    detail: Amounts = {}
    unmapped: dict[str, Decimal] = {}
    for account, total in sums.items():
        amount = calc.ore_to_report_kr(total)
        key = calc.map_account(account, lines.ranges)
        if key is not None:
            detail[key] = detail.get(key, Decimal(0)) + amount
        elif account[:1] not in ("1", "2"):
            unmapped[account] = amount
    return lines, lines.totals(detail), unmapped
