"""Reads of the personnel economy: a board's figures for a year and the year before in a fixed
number of queries (one for the years with their sick leave, three prefetches, one ledger sum),
whatever the number of rows behind them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Case, CharField, Q, QuerySet, Sum, Value, When

from arshjul.finance.models import LedgerTransaction
from arshjul.organisations.models import Board
from arshjul.people import calculations as calc
from arshjul.people.models import FteRow, PersonnelYear, SickLeave

Amounts = dict[str, Decimal]  # cost group key → kronor


def personnel_years(*, board: Board, years: Iterable[int]) -> dict[int, PersonnelYear]:
    """The board's personnel years with every row they hold (four queries)."""
    rows = (
        PersonnelYear.objects.filter(board=board, year__in=list(years))
        .select_related("sick_leave")
        .prefetch_related("costs", "fte_rows", "leavers")
    )
    return {row.year: row for row in rows}


def ledger_costs(*, board: Board, years: Iterable[int]) -> dict[int, Amounts]:
    """Class 40-41 costs per year and cost group from the SIE ledgers imported for the board,
    summed in SQL (one ``GROUP BY year, group``); kronor, costs positive (debit)."""
    prefixes = Q()
    for prefix in calc.PERSONNEL_PREFIXES:
        prefixes |= Q(account__startswith=prefix)
    whens = [
        When(account__startswith=prefix, then=Value(group.key))
        for group in calc.COST_GROUPS
        for prefix in group.prefixes
    ]
    grouped = (
        LedgerTransaction.objects.filter(
            prefixes, ledger__board=board, ledger__year_start__year__in=list(years)
        )
        .annotate(group=Case(*whens, default=Value(calc.OTHER_GROUP), output_field=CharField()))
        .values("ledger__year_start__year", "group")
        .annotate(total=Sum("amount_ore"))
        .order_by()
    )
    result: dict[int, Amounts] = {}
    for row in grouped:
        amounts = result.setdefault(row["ledger__year_start__year"], {})
        amounts[row["group"]] = Decimal(row["total"]) / 100
    return result


@dataclass
class YearFigures:
    """One year's figures as the tables use them."""

    year: int
    costs: Amounts = field(default_factory=dict)
    from_ledger: bool = False
    growth_rate_entered: Decimal | None = None
    fte: list[FteRow] = field(default_factory=list)
    sick: SickLeave | None = None
    leavers: dict[str, int] = field(default_factory=dict)

    @property
    def cost_total(self) -> Decimal | None:
        return calc.costs_total(self.costs)

    def sick_hours(self) -> calc.SickHours | None:
        s = self.sick
        if s is None or s.scheduled_women is None:
            return None
        return calc.SickHours(
            scheduled=calc.Split(s.scheduled_women, s.scheduled_men),
            short=calc.Split(s.short_women, s.short_men),
            long=calc.Split(s.long_women, s.long_men),
        )


@dataclass
class PeopleFigures:
    year: int
    current: YearFigures
    previous: YearFigures
    earlier: YearFigures  # the year before the previous: its cost gives last year's growth

    @property
    def empty(self) -> bool:
        return not any(
            y.costs or y.fte or y.sick or y.leavers or y.growth_rate_entered is not None
            for y in (self.current, self.previous)
        )


def _year_figures(year: int, row: PersonnelYear | None, ledger: Amounts | None) -> YearFigures:
    figures = YearFigures(year=year)
    if row is not None:
        figures.costs = {c.group: c.amount for c in row.costs.all()}
        figures.growth_rate_entered = row.growth_rate_entered
        figures.fte = sorted(row.fte_rows.all(), key=lambda r: (r.order, r.group))
        figures.sick = getattr(row, "sick_leave", None)
        figures.leavers = {r.reason: r.count for r in row.leavers.all()}
    if ledger:
        figures.costs, figures.from_ledger = dict(ledger), True
    return figures


def people_figures(*, board: Board, year: int) -> PeopleFigures:
    """The year, the year before and (for last year's growth rate) the one before that."""
    years = [year, year - 1, year - 2]
    rows = personnel_years(board=board, years=years)
    ledger = ledger_costs(board=board, years=years)
    current, previous, earlier = (_year_figures(y, rows.get(y), ledger.get(y)) for y in years)
    return PeopleFigures(year=year, current=current, previous=previous, earlier=earlier)


def fte_rows_of(*, board: Board, year: int) -> QuerySet[FteRow]:
    return FteRow.objects.filter(personnel_year__board=board, personnel_year__year=year).order_by(
        "order", "group"
    )
