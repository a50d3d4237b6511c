"""Status rules, trend and summary: pure functions, no database."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from arshjul.followup import calculations as calc
from arshjul.followup.calculations import Target

T = D(5)  # tolerance in percent, as the demo plan years use


@pytest.mark.parametrize(
    ("outcome", "target", "direction", "expected"),
    [
        (D("79"), Target(">", D("77")), "higher", "helt"),
        (D("77"), Target(">", D("77")), "higher", "delvis"),  # strictly greater required
        (D("77"), Target(">=", D("77")), "higher", "helt"),
        (D("53.85"), Target(">=", D("55")), "higher", "delvis"),  # 2,1 % short
        (D("100"), Target(">=", D("108")), "higher", "inte_alls"),  # 7,4 % short
        (D("102.6"), Target(">=", D("108")), "higher", "delvis"),  # exactly 5 % short
        (D("102.5"), Target(">=", D("108")), "higher", "inte_alls"),
        (D("5.5"), Target("<=", D("5.5")), "lower", "helt"),
        (D("5.7"), Target("<=", D("5.5")), "lower", "delvis"),
        (D("6.22"), Target("<=", D("5.5")), "lower", "inte_alls"),
        (D("5.4"), Target("<", D("5.5")), "lower", "helt"),
        (D("78"), Target("range", D("77"), D("80")), "higher", "helt"),
        (D("80"), Target("range", D("77"), D("80")), "higher", "helt"),
        (D("81"), Target("range", D("77"), D("80")), "higher", "delvis"),
        (D("70"), Target("range", D("77"), D("80")), "higher", "inte_alls"),
        (D("0"), Target("<=", D("0")), "lower", "helt"),
        (D("0.1"), Target("<=", D("0")), "lower", "inte_alls"),  # no relative distance to 0
        (D("55"), Target("", D("55")), "higher", "helt"),  # blank comparator: at least
        (D("6"), Target("", D("5.5")), "lower", "inte_alls"),  # blank comparator: at most
        (D("10"), Target("=", D("10")), "higher", "helt"),
        (D("-3.2"), Target(">=", D("-3")), "higher", "inte_alls"),
    ],
)
def test_indicator_status_follows_outcome_target_and_direction(
    outcome: D, target: Target, direction: str, expected: str
) -> None:
    status = calc.indicator_status(
        outcome=outcome, missing=False, target=target, direction=direction, tolerance_percent=T
    )
    assert status == expected


def test_missing_value_gives_varde_saknas_even_with_target() -> None:
    args = {"target": Target(">=", D(1)), "direction": "higher", "tolerance_percent": T}
    assert calc.indicator_status(outcome=None, missing=False, **args) == "varde_saknas"
    assert calc.indicator_status(outcome=D(5), missing=True, **args) == "varde_saknas"


def test_no_target_gives_no_status() -> None:
    assert (
        calc.indicator_status(
            outcome=D(5), missing=False, target=None, direction="higher", tolerance_percent=T
        )
        is None
    )


def test_tolerance_is_configurable() -> None:
    args = {"outcome": D("53.85"), "missing": False, "target": Target(">=", D(55))}
    assert calc.indicator_status(direction="higher", tolerance_percent=D(1), **args) == "inte_alls"
    assert calc.indicator_status(direction="higher", tolerance_percent=D(3), **args) == "delvis"


@pytest.mark.parametrize(
    ("current", "previous", "direction", "decimals", "expected"),
    [
        (D("53.85"), D("48.58"), "higher", 2, "forbattrats"),
        (D("6.22"), D("6.64"), "lower", 2, "forbattrats"),  # lower sick leave is better
        (D("6.64"), D("6.22"), "lower", 2, "forsamrats"),
        (D("100"), D("106"), "higher", 0, "forsamrats"),
        (D("79.4"), D("79"), "higher", 0, "oforandrat"),  # equal at published precision
        (D("79.5"), D("79"), "higher", 0, "forbattrats"),  # rounds half up to 80
        (None, D("1"), "higher", 0, None),
        (D("1"), None, "higher", 0, None),
    ],
)
def test_trend_compares_at_published_precision(
    current: D | None, previous: D | None, direction: str, decimals: int, expected: str | None
) -> None:
    assert (
        calc.trend(current=current, previous=previous, direction=direction, decimals=decimals)
        == expected
    )


def test_summarise_counts_every_category_and_level_with_zeros() -> None:
    rows = [
        ("effektmal", "uppnatt", 1),
        ("effektmal", "uppnatt", 1),
        ("namndmal", "mindre_avvikelse", 1),
        ("x", "uppnatt", 4),
    ]
    table = calc.summarise(
        rows, categories=["effektmal", "namndmal"], levels=["uppnatt", "mindre_avvikelse"]
    )
    assert table == {
        "effektmal": {"uppnatt": 2, "mindre_avvikelse": 0},
        "namndmal": {"uppnatt": 0, "mindre_avvikelse": 1},
    }
