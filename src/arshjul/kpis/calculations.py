"""Pure maths of the production figures, on Decimal, no database.

Change (``change``)
    Both outcomes are first rounded to the decimals they are shown with, so the change agrees
    with the printed outcomes (91 % against 94 % is −3,0 points even when the register's share
    is 90,70 %). ``percent``: (this year − last year) / |last year| × 100, ``None`` when last
    year is 0 (shown as "–", never an error); ``absolute`` and ``points``: this year − last
    year (seconds, or percentage points for a share). ``None`` when either value is missing.

Trend (``trend``)
    Better or worse, not up or down: both values are rounded to the figure's decimals; equal →
    ``oforandrat``; better in the figure's direction → ``forbattrats`` (a shorter answer time
    is better when lower is better); else ``forsamrats``. The seed's notation prints better as
    ↑ and worse as ↓ (``SEED_ARROWS``); the system shows ↗ → ↘ with a text.

Text (``change_text``)
    Signed Swedish number with the figure's unit: "−7,1 %", "+6,3 sek", "−1,0", "0,0".
"""

from __future__ import annotations

from decimal import Decimal

from arshjul.core.formatting import NBSP, format_number, quantize
from arshjul.followup.calculations import FORBATTRATS, FORSAMRATS, HIGHER, OFORANDRAT

PERCENT, ABSOLUTE, POINTS = "percent", "absolute", "points"
NO_COMPARISON = "saknar jämförelsetal"
SEED_ARROWS = {"↑": FORBATTRATS, "→": OFORANDRAT, "↓": FORSAMRATS}
# units whose absolute change is printed with the unit; a share's change is in points, unitless
UNIT_AFTER_CHANGE = {"sek", "st", "dagar", "kr", "tkr", "mnkr"}


def change(
    current: Decimal | None, previous: Decimal | None, kind: str, decimals: int
) -> Decimal | None:
    if current is None or previous is None:
        return None
    current, previous = quantize(current, decimals), quantize(previous, decimals)
    if kind == PERCENT:
        if previous == 0:
            return None
        return (current - previous) / abs(previous) * 100
    return current - previous


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


def change_text(value: Decimal | None, *, kind: str, unit: str, decimals: int) -> str:
    """The change as printed: sign, Swedish number, and "%" or the unit where it has one."""
    if value is None:
        return format_number(None)
    rounded = quantize(value, decimals)
    text = format_number(rounded, decimals)
    if rounded > 0:
        text = "+" + text
    if kind == PERCENT:
        return f"{text}{NBSP}%"
    if kind == ABSOLUTE and unit in UNIT_AFTER_CHANGE:
        return f"{text}{NBSP}{unit}"
    return text


def value_text(value: Decimal | None, *, unit: str, decimals: int) -> str:
    """An outcome as printed: "138 642 st", "25,8 sek", "92 %"; missing → "–"."""
    return format_number(value, decimals, unit=unit) if value is not None else format_number(None)


def target_text(value: Decimal | None, *, unit: str, decimals: int, text: str = "") -> str:
    """The target as printed when it was given as text, else "Målvärde: 17 sek"."""
    if text:
        return text
    if value is None:
        return ""
    shown_decimals = max(decimals, max(0, -int(value.normalize().as_tuple().exponent)))
    return f"Målvärde: {format_number(value, shown_decimals, unit=unit)}"
