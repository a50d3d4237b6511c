"""Parsing numbers as Swedish users type them: "1 234,5", "−3,2", "54 %", "1.234,5"."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_SPACES = re.compile(r"[\s\u00a0\u202f]")
_MINUSES = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2012": "-"})
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


class NumberFormatError(ValueError):
    """Raised with a Swedish message when a text is not a number."""


def parse_decimal(text: str, *, strip_unit: str = "") -> Decimal:
    """Parse a Swedish-formatted number. Accepts spaces or dots as thousands separators,
    a comma (or a lone dot) as decimal sign, Unicode minus and a trailing unit such as "%"."""
    cleaned = _SPACES.sub("", text.translate(_MINUSES))
    for unit in filter(None, (strip_unit, "%")):
        if cleaned.endswith(unit):
            cleaned = cleaned[: -len(unit)]
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif cleaned.count(".") > 1 or re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+", cleaned):
        cleaned = cleaned.replace(".", "")
    if not _NUMBER.match(cleaned):
        raise NumberFormatError(f"”{text.strip()}” är inte ett tal. Skriv till exempel 1 234,5.")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the regex already rules this out
        raise NumberFormatError(f"”{text.strip()}” är inte ett tal.") from exc
