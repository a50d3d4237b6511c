"""The procurement maths, without a database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from arshjul.procurement import calculations as calc


@pytest.mark.parametrize(
    ("day", "year", "half"),
    [
        (dt.date(2021, 1, 1), 2021, "h1"),
        (dt.date(2021, 6, 30), 2021, "h1"),
        (dt.date(2021, 7, 1), 2021, "h2"),
        (dt.date(2021, 12, 31), 2021, "h2"),
        (dt.date(2020, 12, 31), 2021, None),
        (None, 2021, None),
    ],
)
def test_half_of(day: dt.date | None, year: int, half: str | None) -> None:
    assert calc.half_of(day, year) == half


@pytest.mark.parametrize(
    ("total", "count", "expected"),
    [
        (329, 57, D(329) / D(57)),
        (48, 29, D(48) / D(29)),
        (0, 3, D(0)),
        (5, 0, None),
        (None, 4, None),
    ],
)
def test_average(total: int | None, count: int, expected: D | None) -> None:
    assert calc.average(total, count) == expected


def test_average_bids_rounds_as_printed() -> None:
    assert round(calc.average(329, 57), 1) == D("5.8")  # type: ignore[arg-type]
    assert round(calc.average(48, 29), 1) == D("1.7")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [(78, 86, D(7800) / D(86)), (0, 86, D(0)), (86, 86, D(100)), (1, 0, None)],
)
def test_share(part: int, whole: int, expected: D | None) -> None:
    assert calc.share(part, whole) == expected


def test_summarise_adds_rows_and_list_figures() -> None:
    rows = [
        calc.RowFacts(value_kr=D(1_000_000), bids=3, miljokrav=True, social_hansyn=False),
        calc.RowFacts(bids=None, miljokrav=False),
        calc.RowFacts(),
    ]
    figures = [{"value_kr": D(2_000_000), "bids": 4, "uppforandekod": 2}]
    s = calc.summarise(rows, figures)
    assert s.count == 3
    assert s.value_kr == D(3_000_000)
    assert s.bids == 7
    assert s.average_bids == D(7) / D(3)
    assert s.requirements == {"miljokrav": 1, "uppforandekod": 2, "social_hansyn": 0}


def test_summarise_of_nothing_recorded_is_none_not_zero() -> None:
    s = calc.summarise([calc.RowFacts(), calc.RowFacts()])
    assert (s.count, s.value_kr, s.bids, s.average_bids) == (2, None, None, None)
    assert s.requirement_count("miljokrav") is None


@pytest.mark.parametrize(
    ("kronor", "mnkr"), [(D(1_700_000_000), D(1700)), (None, None), (D(0), D(0))]
)
def test_mnkr(kronor: D | None, mnkr: D | None) -> None:
    assert calc.mnkr(kronor) == mnkr
