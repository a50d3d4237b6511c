"""Swedish number and date formatting, the same on screen, in JSON text, PDF, DOCX and XLSX.

Swedish style: a non-breaking space groups thousands, a comma is the decimal sign and the minus
sign is U+2212 ("−"), which screen readers read as "minus".
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"
MINUS = "\u2212"
DASH = "–"  # shown where a figure cannot exist (division by zero, no value)


def quantize(value: Decimal, decimals: int) -> Decimal:
    """Round half up (as Swedish public reports do), never banker's rounding."""
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def format_number(value: Decimal | int | None, decimals: int = 0, *, unit: str = "") -> str:
    """``Decimal("-1234.5")`` → ``"−1 234,5"``; ``None`` → ``"–"``; a unit is appended."""
    if value is None:
        return DASH
    number = quantize(Decimal(value), decimals)
    sign = MINUS if number < 0 else ""
    whole, _, fraction = f"{abs(number):.{decimals}f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = sign + NBSP.join(groups) + ("," + fraction if fraction else "")
    return f"{text}{NBSP}{unit}" if unit else text


def format_date(value: dt.date | None) -> str:
    """ISO 8601 is the Swedish standard date format (SS-ISO 8601): 2021-12-31."""
    return value.isoformat() if value else DASH
