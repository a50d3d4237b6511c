"""Swedish texts of indicator values, shared by the pages and the report builders."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arshjul.core.formatting import DASH, format_number

COMPARATOR_TEXT = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "=": "=", "": ""}
SILENT_UNITS = {"index", ""}


def value_text(value: Decimal | None, indicator: Any) -> str:
    unit = "" if indicator.unit in SILENT_UNITS else indicator.unit
    return format_number(value, indicator.decimals, unit=unit)


def target_text(indicator: Any, *, long_term: bool = False) -> str:
    if indicator is None:
        return DASH
    prefix = "long_term" if long_term else "target"
    comparator = getattr(indicator, f"{prefix}_comparator")
    value = getattr(indicator, f"{prefix}_value")
    high = getattr(indicator, f"{prefix}_high")
    if value is None:
        return DASH
    decimals = max(_decimals_needed(value), _decimals_needed(high))
    unit = "" if indicator.unit in SILENT_UNITS else indicator.unit
    if comparator == "range" and high is not None:
        low_text = format_number(value, decimals)
        return f"{low_text}–{format_number(high, decimals, unit=unit)}"
    symbol = COMPARATOR_TEXT.get(comparator, "")
    number = format_number(value, decimals, unit=unit)
    return f"{symbol}\u00a0{number}" if symbol else number


def _decimals_needed(value: Decimal | None) -> int:
    if value is None:
        return 0
    normalised = value.normalize()
    exponent = normalised.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def outcome_text(indicator: Any, assessment: Any | None) -> str:
    """ "53,85 % (kvinnor 46,93 %, män 62,62 %)", "Värde saknas" or "–"."""
    if assessment is None:
        return DASH
    if assessment.value_missing:
        return "Värde saknas"
    if assessment.outcome is None:
        return DASH
    text = value_text(assessment.outcome, indicator)
    if indicator.gender_split and (
        assessment.outcome_women is not None or assessment.outcome_men is not None
    ):
        women = value_text(assessment.outcome_women, indicator)
        men = value_text(assessment.outcome_men, indicator)
        text += f" (kvinnor {women}, män {men})"
    return text


def baseline_text(indicator: Any) -> str:
    """ "61 % (2023)" (with the gender split when stored), or "" when none is known."""
    if indicator is None or indicator.baseline_value is None:
        return ""
    text = value_text(indicator.baseline_value, indicator)
    if indicator.baseline_women is not None or indicator.baseline_men is not None:
        women = value_text(indicator.baseline_women, indicator)
        men = value_text(indicator.baseline_men, indicator)
        text += f" (kvinnor {women}, män {men})"
    return f"{text} ({indicator.baseline_year})" if indicator.baseline_year else text


def item_heading(item: Any) -> str:
    """ "Effektmål 10. Region Örebro län är …", "Nr 28. Att …", "Mål: Vi …", "Perspektiv: …"."""
    if item.label and item.number is not None:
        return f"{item.label}. {item.title}"
    return f"{item.label or item.item_type.name}: {item.title}"
