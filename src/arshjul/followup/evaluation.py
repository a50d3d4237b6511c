"""What an assessment says once the status rules have been applied (no database access)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arshjul.followup import calculations as calc


@dataclass(frozen=True)
class Evaluation:
    status: str | None  # helt / delvis / inte_alls / varde_saknas / None
    computed_status: str | None  # what the rule says, before any override
    overridden: bool
    override_reason: str
    trend: str | None
    trend_computed: bool


def target_of(indicator: Any) -> calc.Target | None:
    if indicator is None or indicator.target_value is None:
        return None
    return calc.Target(indicator.target_comparator, indicator.target_value, indicator.target_high)


def evaluate(
    *,
    item: Any,
    assessment: Any | None,
    previous_value: Decimal | None,
    tolerance_percent: Decimal,
) -> Evaluation:
    indicator = (
        getattr(item, "indicator", None) if item.item_type.behaviour == "indicator" else None
    )
    manual_trend = (assessment.trend or None) if assessment else None
    if indicator is None or assessment is None:
        return Evaluation(None, None, False, "", manual_trend, False)
    override = assessment.status_override or None
    if not indicator.is_numeric:
        status = calc.SAKNAS if assessment.value_missing else override
        return Evaluation(status, None, False, "", manual_trend, False)
    computed = calc.indicator_status(
        outcome=assessment.outcome,
        missing=assessment.value_missing,
        target=target_of(indicator),
        direction=indicator.direction,
        tolerance_percent=tolerance_percent,
    )
    computed_trend = calc.trend(
        current=assessment.outcome,
        previous=previous_value,
        direction=indicator.direction,
        decimals=indicator.decimals,
    )
    overridden = override is not None and override != computed
    return Evaluation(
        status=override if overridden else computed,
        computed_status=computed,
        overridden=overridden,
        override_reason=assessment.override_reason if overridden else "",
        trend=computed_trend or manual_trend,
        trend_computed=computed_trend is not None,
    )
