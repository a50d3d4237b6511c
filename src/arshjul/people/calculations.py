"""Pure maths of the personnel economy on Decimal: account groups, changes, growth rate, FTE
totals, sick-leave percentages and SKR's mandatory sick-leave key figures with small groups
suppressed. No database; tested with parametrised cases.

A figure that cannot exist (a division by zero, a missing input) is ``None``, which every
renderer shows as "–" (never an error text such as "#DIVISION/0!").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from arshjul.core.calculations import (  # noqa: F401  (used here and by the app)
    HUNDRED,
    MILLION,
    ZERO,
    change_percent,
    mnkr,
    share_percent,
    total,
)
from arshjul.core.calculations import difference as change

SMALL_GROUP = 10  # fewer employees than this: a gender's sick-leave figure is not shown


@dataclass(frozen=True)
class CostGroup:
    key: str
    accounts: str  # as the cost analysis prints them
    label: str
    prefixes: tuple[str, ...]  # account number prefixes; () = every other 40xx-41xx account


COST_GROUPS: tuple[CostGroup, ...] = (
    CostGroup("manadsloner", "4011+4081", "Månadslöner", ("4011", "4081")),
    CostGroup("timanstallda", "4012", "Timanställda", ("4012",)),
    CostGroup("obekvam_arbetstid", "4031", "Obekväm arbetstid", ("4031",)),
    CostGroup("overtid_mertid", "4032", "Övertid/mertid", ("4032",)),
    CostGroup("jour_och_beredskap", "4033", "Jour och beredskap", ("4033",)),
    CostGroup(
        "forandring_skuld_jour_beredskap_och_overtid",
        "4040",
        "Förändring skuld jour, beredskap och övertid",
        ("4040",),
    ),
    CostGroup(
        "semesterkostnad_inkl_skuldforandring",
        "4110+4150",
        "Semesterkostnad inkl. skuldförändring",
        ("4110", "4150"),
    ),
    CostGroup("sjuklon", "4120", "Sjuklön", ("4120",)),
    CostGroup("ovrigt_konto_40xx_41xx", "", "Övrigt konto 40xx-41xx", ()),
)
GROUP_KEYS = tuple(g.key for g in COST_GROUPS)
OTHER_GROUP = "ovrigt_konto_40xx_41xx"
PERSONNEL_PREFIXES = ("40", "41")


def group_of_account(account: str) -> str | None:
    """The cost group of an account number; None for an account outside class 40-41."""
    number = account.strip()
    if not number.startswith(PERSONNEL_PREFIXES):
        return None
    for group in COST_GROUPS:
        if any(number.startswith(prefix) for prefix in group.prefixes):
            return group.key
    return OTHER_GROUP


def growth_rate(
    current: Decimal | None, previous: Decimal | None, entered: Decimal | None = None
) -> Decimal | None:
    """Lönekostnadsökningstakt: the change % of the class 40-41 cost, computed whenever both
    years' costs are known; otherwise the rate as entered (the previous year is not in the
    system), or None."""
    computed = change_percent(current, previous)
    return computed if computed is not None else entered


@dataclass(frozen=True)
class Split:
    """A figure for women and men; the total is computed."""

    women: Decimal | None
    men: Decimal | None

    @property
    def total(self) -> Decimal | None:
        return total([self.women, self.men])


def split_change(current: Split, previous: Split) -> Split:
    return Split(change(current.women, previous.women), change(current.men, previous.men))


def fte_sum(rows: Iterable[Split]) -> Split:
    """The Summa row of the FTE table: women and men added over the groups."""
    listed = list(rows)
    return Split(total(r.women for r in listed), total(r.men for r in listed))


@dataclass(frozen=True)
class SickHours:
    """Hours of one year: scheduled, short-term and long-term sick leave, per gender."""

    scheduled: Split
    short: Split
    long: Split

    @property
    def sick(self) -> Split:
        return Split(
            total([self.short.women, self.long.women]), total([self.short.men, self.long.men])
        )

    def percent(self, kind: str, gender: str) -> Decimal | None:
        """Sick hours of a kind ("short", "long", "sick") as % of scheduled time."""
        hours: Split = getattr(self, kind)
        return share_percent(_of(hours, gender), _of(self.scheduled, gender))


def _of(split: Split, gender: str) -> Decimal | None:
    return split.total if gender == "total" else getattr(split, gender)


def percent_change(
    current: SickHours | None, previous: SickHours | None, kind: str, gender: str
) -> Decimal | None:
    """Change in percentage points of a sick-leave percentage, from the unrounded figures."""
    if current is None or previous is None:
        return None
    return change(current.percent(kind, gender), previous.percent(kind, gender))


def suppressed(value: Decimal | None, employees: int | None) -> Decimal | None:
    """A gender's figure hidden (None, shown "–") when the group has fewer than
    ``SMALL_GROUP`` employees, so no individual's sick leave can be deduced; an unknown
    headcount hides it too."""
    if employees is None or employees < SMALL_GROUP:
        return None
    return value


@dataclass(frozen=True)
class KeyFigures:
    """SKR's mandatory sick-leave key figures (lag om kommunal bokföring och redovisning):
    total sick leave, women's and men's, as % of scheduled time, and the share of the sick
    leave that is long-term."""

    total: Decimal | None
    women: Decimal | None
    men: Decimal | None
    long_share: Decimal | None


def key_figures(
    hours: SickHours, employees_women: int | None, employees_men: int | None
) -> KeyFigures:
    employees = None
    if employees_women is not None and employees_men is not None:
        employees = employees_women + employees_men
    return KeyFigures(
        total=suppressed(hours.percent("sick", "total"), employees),
        women=suppressed(hours.percent("sick", "women"), employees_women),
        men=suppressed(hours.percent("sick", "men"), employees_men),
        long_share=suppressed(share_percent(hours.long.total, hours.sick.total), employees),
    )


def costs_total(amounts: Mapping[str, Decimal]) -> Decimal | None:
    """Totalt kontoklass 40-41: the sum of the groups present; None when none is."""
    return total(amounts.get(key) for key in GROUP_KEYS)
