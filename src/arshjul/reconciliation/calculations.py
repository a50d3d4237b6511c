"""Comparing a published figure with the computed one, at the precision it was published with.

A figure printed as "54" agrees with a computed 53,85 (rounded half up to no decimals: 54); a
figure printed as "149,0" must equal the computed value rounded to one decimal. Text (a label
printed above a total) must be equal as text.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any


def as_published_decimal(text: str) -> Decimal | None:
    """The printed figure as a Decimal that keeps its printed precision, or None for text."""
    try:
        value = Decimal(text.replace(" ", "").replace("\u2212", "-").replace(",", "."))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def agrees(published: str, computed: Any) -> bool:
    number = as_published_decimal(published)
    if number is None or not isinstance(computed, int | Decimal):
        return published.strip() == str(computed if computed is not None else "").strip()
    exponent = min(int(number.as_tuple().exponent), 0)  # finite: an int
    rounded = Decimal(computed).quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)
    return rounded == number
