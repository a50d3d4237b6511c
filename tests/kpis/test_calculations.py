"""The production figures' maths: change, trend and texts, on Decimal, no database."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from arshjul.kpis import calculations as calc

MINUS, NBSP = "\u2212", "\u00a0"


@pytest.mark.parametrize(
    ("current", "previous", "kind", "decimals", "expected"),
    [
        (D("138642"), D("149237"), "percent", 0, D("-7.0994")),  # personalmåltider
        (D("342254"), D("337586"), "percent", 0, D("1.3828")),
        (D("140783"), D("83579"), "percent", 0, D("68.4430")),  # skype- och videomöten
        (D("25.8"), D("19.5"), "absolute", 1, D("6.3")),  # växeln, sekunder
        (D("13"), D("13"), "absolute", 0, D("0")),
        (D("92"), D("93"), "points", 0, D("-1")),
        (D("13.7"), D("15.7"), "points", 1, D("-2.0")),
        (D("90.697674"), D("94"), "points", 0, D("-3")),  # rounded as shown first: 91 − 94
        (D("90.697674"), D("85"), "points", 0, D("6")),
        (D("5"), D("0"), "percent", 0, None),  # division by zero: no change, shown "–"
        (D("0"), D("0"), "points", 0, D("0")),
        (None, D("5"), "points", 0, None),
        (D("5"), None, "percent", 0, None),
        (D("-4"), D("-2"), "percent", 0, D("-100")),  # relative to |last year|
    ],
)
def test_change(
    current: D | None, previous: D | None, kind: str, decimals: int, expected: D | None
) -> None:
    result = calc.change(current, previous, kind, decimals)
    if expected is None:
        assert result is None
    else:
        assert result is not None
        assert result.quantize(D("0.0001")) == expected.quantize(D("0.0001"))


@pytest.mark.parametrize(
    ("current", "previous", "direction", "decimals", "expected"),
    [
        (D("25.8"), D("19.5"), "lower", 1, "forsamrats"),  # longer answer time is worse
        (D("13.7"), D("15.7"), "lower", 1, "forbattrats"),  # less food waste is better
        (D("138642"), D("149237"), "higher", 0, "forsamrats"),
        (D("46"), D("45"), "higher", 0, "forbattrats"),
        (D("13"), D("13"), "lower", 0, "oforandrat"),
        (D("13.04"), D("12.96"), "lower", 0, "oforandrat"),  # equal as shown
        (D("0"), D("0"), "higher", 0, "oforandrat"),
        (None, D("1"), "higher", 0, None),
        (D("1"), None, "lower", 0, None),
    ],
)
def test_trend(
    current: D | None, previous: D | None, direction: str, decimals: int, expected: str | None
) -> None:
    assert (
        calc.trend(current=current, previous=previous, direction=direction, decimals=decimals)
        == expected
    )


@pytest.mark.parametrize(
    ("value", "kind", "unit", "decimals", "expected"),
    [
        (D("-7.0995"), "percent", "st", 1, f"{MINUS}7,1{NBSP}%"),
        (D("1.3828"), "percent", "st", 1, f"+1,4{NBSP}%"),
        (D("68.443"), "percent", "st", 0, f"+68{NBSP}%"),
        (D("6.3"), "absolute", "sek", 1, f"+6,3{NBSP}sek"),
        (D("0"), "absolute", "sek", 1, f"0,0{NBSP}sek"),
        (D("-1"), "points", "%", 1, f"{MINUS}1,0"),
        (D("0"), "points", "%", 1, "0,0"),
        (D("-0.04"), "points", "%", 1, "0,0"),  # rounds to zero: no sign
        (D("1234.5"), "absolute", "kr", 1, f"+1{NBSP}234,5{NBSP}kr"),
        (None, "percent", "st", 1, "–"),
    ],
)
def test_change_text(value: D | None, kind: str, unit: str, decimals: int, expected: str) -> None:
    assert calc.change_text(value, kind=kind, unit=unit, decimals=decimals) == expected


@pytest.mark.parametrize(
    ("value", "unit", "decimals", "text", "expected"),
    [
        (D("17"), "sek", 0, "Målvärde: 17 sekunder", "Målvärde: 17 sekunder"),
        (D("15.5"), "%", 0, "", f"Målvärde: 15,5{NBSP}%"),
        (D("-2"), "%", 1, "", f"Målvärde: {MINUS}2,0{NBSP}%"),
        (None, "%", 0, "", ""),
    ],
)
def test_target_text(value: D | None, unit: str, decimals: int, text: str, expected: str) -> None:
    assert calc.target_text(value, unit=unit, decimals=decimals, text=text) == expected


@pytest.mark.parametrize(
    ("value", "unit", "decimals", "expected"),
    [
        (D("138642"), "st", 0, f"138{NBSP}642{NBSP}st"),
        (D("25.8"), "sek", 1, f"25,8{NBSP}sek"),
        (D("-4.8"), "%", 1, f"{MINUS}4,8{NBSP}%"),
        (None, "%", 0, "–"),
    ],
)
def test_value_text(value: D | None, unit: str, decimals: int, expected: str) -> None:
    assert calc.value_text(value, unit=unit, decimals=decimals) == expected


def test_seed_arrows_mean_better_or_worse() -> None:
    assert calc.SEED_ARROWS == {"↑": "forbattrats", "→": "oforandrat", "↓": "forsamrats"}
