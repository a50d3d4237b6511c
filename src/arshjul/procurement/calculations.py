"""The procurement report's maths, pure and on Decimal: half-years, averages, shares and the
summary of a list of finished procurements (recorded rows plus what a unit reported for the
rows without their own figure)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from arshjul.core.calculations import MILLION, mnkr  # noqa: F401  (used by the app)
from arshjul.core.calculations import ratio as average
from arshjul.core.calculations import share_percent as share  # noqa: F401

REQUIREMENTS = ("miljokrav", "uppforandekod", "social_hansyn")
HALVES = {"h1": "januari–juni", "h2": "juli–december", "helar": "helår"}


def half_of(day: dt.date | None, year: int) -> str | None:
    """``"h1"`` or ``"h2"`` for a date in ``year``; None for no date or another year."""
    if day is None or day.year != year:
        return None
    return "h1" if day.month <= 6 else "h2"


@dataclass(frozen=True)
class RowFacts:
    """What one procurement contributes to a summary."""

    value_kr: Decimal | None = None
    bids: int | None = None
    miljokrav: bool | None = None
    uppforandekod: bool | None = None
    social_hansyn: bool | None = None


@dataclass
class Summary:
    """Counts and sums of a set of procurements. A sum is None when nothing was recorded."""

    count: int = 0
    value_kr: Decimal | None = None
    bids: int | None = None
    requirements: dict[str, int | None] = field(default_factory=dict)

    @property
    def average_bids(self) -> Decimal | None:
        return average(self.bids, self.count)

    def requirement_count(self, kind: str) -> int | None:
        return self.requirements.get(kind)


def _add(total: Decimal | int | None, value: Decimal | int | None) -> Decimal | int | None:
    if value is None:
        return total
    return value if total is None else total + value


def summarise(
    rows: Iterable[RowFacts], list_figures: Iterable[Mapping[str, object]] = ()
) -> Summary:
    """The summary of ``rows`` plus the figures reported for a whole list (``value_kr``,
    ``bids`` and a count per requirement, each None when not reported)."""
    summary = Summary(requirements={kind: None for kind in REQUIREMENTS})
    for row in rows:
        summary.count += 1
        summary.value_kr = _add(summary.value_kr, row.value_kr)  # type: ignore[assignment]
        summary.bids = _add(summary.bids, row.bids)  # type: ignore[assignment]
        for kind in REQUIREMENTS:
            flag = getattr(row, kind)
            if flag is not None:
                current = summary.requirements[kind] or 0
                summary.requirements[kind] = current + (1 if flag else 0)
    for figure in list_figures:
        summary.value_kr = _add(summary.value_kr, figure.get("value_kr"))  # type: ignore[arg-type, assignment]
        summary.bids = _add(summary.bids, figure.get("bids"))  # type: ignore[arg-type, assignment]
        for kind in REQUIREMENTS:
            summary.requirements[kind] = _add(  # type: ignore[assignment]
                summary.requirements[kind],
                figure.get(kind),  # type: ignore[arg-type]
            )
    return summary
