"""The figure maths every register shares, pure and on Decimal: differences, changes in
percent, shares and ratios (None where a figure is missing or the divisor is 0, shown as "–",
never an error), sums of what is present, and amounts in kr/tkr/mnkr. Each app's own
``calculations.py`` builds on these."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

ZERO = Decimal(0)
HUNDRED = Decimal(100)
SCALES = {"kr": Decimal(1), "tkr": Decimal(1000), "mnkr": Decimal(1_000_000)}
MILLION = SCALES["mnkr"]

Number = Decimal | int


def difference(a: Number | None, b: Number | None) -> Decimal | None:
    """a − b (utfall − budget, this year − last year); None if either is missing."""
    if a is None or b is None:
        return None
    return Decimal(a) - Decimal(b)


def change_percent(current: Number | None, previous: Number | None) -> Decimal | None:
    """(current − previous) / previous · 100; None when previous is 0 or missing."""
    if current is None or not previous:
        return None
    return (Decimal(current) - Decimal(previous)) / Decimal(previous) * HUNDRED


def share_percent(part: Number | None, whole: Number | None) -> Decimal | None:
    """part / whole · 100 (a share, a relation); None when whole is 0 or either is missing."""
    if part is None or not whole:
        return None
    return Decimal(part) * HUNDRED / Decimal(whole)


def ratio(total: Number | None, count: Number | None) -> Decimal | None:
    """total / count (an average per item); None when count is 0 or either is missing."""
    if total is None or not count:
        return None
    return Decimal(total) / Decimal(count)


def total(values: Iterable[Decimal | None]) -> Decimal | None:
    """The sum of the values present; None when none is."""
    present = [v for v in values if v is not None]
    return sum(present, ZERO) if present else None


def scaled(amount_kr: Decimal | None, unit: str) -> Decimal | None:
    """An amount in kronor in ``unit`` (kr, tkr, mnkr)."""
    return None if amount_kr is None else amount_kr / SCALES[unit]


def mnkr(amount_kr: Decimal | None) -> Decimal | None:
    return scaled(amount_kr, "mnkr")


def in_kr(amount: Decimal, unit: str) -> Decimal:
    """An amount given in ``unit`` in kronor."""
    return amount * SCALES[unit]


def whole_kr(amount: Decimal | None, unit: str) -> Decimal | None:
    """An amount typed in ``unit`` as whole kronor (how registers store a value)."""
    return None if amount is None else in_kr(amount, unit).quantize(Decimal(1))
