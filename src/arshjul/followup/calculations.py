"""Status rules: pure functions on Decimal, no database.

Indicator status for a period (``indicator_status``)
    1. No outcome, or the outcome is marked "värde saknas" → ``varde_saknas``.
    2. No target → ``None`` (nothing to compare with; the report shows "–").
    3. The outcome meets the target as its comparator says (">", "≥", "<", "≤", "=", or the
       closed range low-high) → ``helt``.
    4. Otherwise the shortfall is measured from the nearest end of the target, as a percentage
       of that target value. A shortfall within the plan year's tolerance → ``delvis``; beyond
       it → ``inte_alls``. With a target of 0 any shortfall is beyond tolerance.
    A blank comparator means "at least" when higher is better and "at most" when lower is.

Trend (``trend``)
    Compares the outcome with the previous one (the previous period of the year, else the last
    of the previous year, else the known baseline), both rounded to the published decimals:
    equal → ``oforandrat``; better in the indicator's direction → ``forbattrats``; else
    ``forsamrats``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from arshjul.core.formatting import quantize

HELT, DELVIS, INTE_ALLS, SAKNAS = "helt", "delvis", "inte_alls", "varde_saknas"
FORBATTRATS, OFORANDRAT, FORSAMRATS = "forbattrats", "oforandrat", "forsamrats"
HIGHER, LOWER = "higher", "lower"


@dataclass(frozen=True)
class Target:
    comparator: str  # ">", ">=", "<", "<=", "=", "range" or "" (from direction)
    value: Decimal
    high: Decimal | None = None


def _effective_comparator(target: Target, direction: str) -> str:
    if target.comparator:
        return target.comparator
    return ">=" if direction == HIGHER else "<="


def meets_target(outcome: Decimal, target: Target, direction: str) -> bool:
    comparator = _effective_comparator(target, direction)
    if comparator == "range":
        high = target.high if target.high is not None else target.value
        return target.value <= outcome <= high
    checks = {
        ">": outcome > target.value,
        ">=": outcome >= target.value,
        "<": outcome < target.value,
        "<=": outcome <= target.value,
        "=": outcome == target.value,
    }
    return checks[comparator]


def shortfall_percent(outcome: Decimal, target: Target, direction: str) -> Decimal | None:
    """How far the outcome is from the nearest end of the target, in % of that end.
    ``None`` when the target end is 0 (no relative distance exists)."""
    comparator = _effective_comparator(target, direction)
    reference = target.value
    if comparator == "range" and target.high is not None and outcome > target.high:
        reference = target.high
    if reference == 0:
        return None
    return abs(outcome - reference) / abs(reference) * 100


def indicator_status(
    *,
    outcome: Decimal | None,
    missing: bool,
    target: Target | None,
    direction: str,
    tolerance_percent: Decimal,
) -> str | None:
    if missing or outcome is None:
        return SAKNAS
    if target is None:
        return None
    if meets_target(outcome, target, direction):
        return HELT
    shortfall = shortfall_percent(outcome, target, direction)
    if shortfall is not None and shortfall <= tolerance_percent:
        return DELVIS
    return INTE_ALLS


def trend(
    *, current: Decimal | None, previous: Decimal | None, direction: str, decimals: int
) -> str | None:
    if current is None or previous is None:
        return None
    now, before = quantize(current, decimals), quantize(previous, decimals)
    if now == before:
        return OFORANDRAT
    better = now > before if direction == HIGHER else now < before
    return FORBATTRATS if better else FORSAMRATS


def summarise(
    counts: Iterable[tuple[str, str, int]], *, categories: Iterable[str], levels: Iterable[str]
) -> dict[str, dict[str, int]]:
    """Add (category, fulfilment, count) rows into a full category × level table, zeros
    included; rows outside the given categories or levels are ignored."""
    totals: Counter[tuple[str, str]] = Counter()
    for category, level, count in counts:
        totals[(category, level)] += count
    levels = list(levels)
    return {c: {lv: totals[(c, lv)] for lv in levels} for c in categories}
