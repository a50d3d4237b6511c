"""The personnel maths on Decimal, without a database."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from arshjul.people import calculations as calc


@pytest.mark.parametrize(
    ("account", "group"),
    [
        ("4011", "manadsloner"),
        ("40811", "manadsloner"),
        ("4012", "timanstallda"),
        ("4031", "obekvam_arbetstid"),
        ("4032", "overtid_mertid"),
        ("4033", "jour_och_beredskap"),
        ("4040", "forandring_skuld_jour_beredskap_och_overtid"),
        ("4110", "semesterkostnad_inkl_skuldforandring"),
        ("4150", "semesterkostnad_inkl_skuldforandring"),
        ("4120", "sjuklon"),
        ("4010", "ovrigt_konto_40xx_41xx"),
        ("4199", "ovrigt_konto_40xx_41xx"),
        ("4210", None),
        ("3010", None),
        (" 4011 ", "manadsloner"),
    ],
)
def test_group_of_account(account: str, group: str | None) -> None:
    assert calc.group_of_account(account) == group


@pytest.mark.parametrize(
    ("current", "previous", "expected"),
    [
        (D("298.2"), D("290.5"), D("2.650602409638554216867469880")),
        (D("0.0"), D("4.5"), D(-100)),
        (D("0.1"), D(0), None),  # #DIVISION/0! in the seed: "–" here
        (D("0.1"), None, None),
        (None, D(1), None),
        (D(5), D(5), D(0)),
    ],
)
def test_change_percent(current: D | None, previous: D | None, expected: D | None) -> None:
    result = calc.change_percent(current, previous)
    if expected is None or result is None:
        assert result == expected
    else:
        assert abs(result - expected) < D("1e-20")


@pytest.mark.parametrize(
    ("current", "previous", "entered", "expected"),
    [
        (D("388.5"), D("366.5"), None, D("6.0")),
        (D("388.5"), D("366.5"), D("9.9"), D("6.0")),  # computed wins over entered
        (D("366.5"), None, D("4.4"), D("4.4")),
        (D("366.5"), None, None, None),
        (D("366.5"), D(0), None, None),
    ],
)
def test_growth_rate(current: D, previous: D | None, entered: D | None, expected: D | None) -> None:
    result = calc.growth_rate(current, previous, entered)
    if expected is None:
        assert result is None
    else:
        assert result is not None and result.quantize(D("0.1")) == expected


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        (D(1), D(4), D(25)),
        (D(0), D(4), D(0)),
        (D(1), D(0), None),
        (None, D(3), None),
        (D(1), None, None),
    ],
)
def test_share_percent(part: D | None, whole: D | None, expected: D | None) -> None:
    assert calc.share_percent(part, whole) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [([D(1), D(2)], D(3)), ([D(1), None], D(1)), ([None, None], None), ([], None)],
)
def test_total(values: list[D | None], expected: D | None) -> None:
    assert calc.total(values) == expected


def test_fte_sum_and_change() -> None:
    rows = [calc.Split(D("43.8"), D("10.0")), calc.Split(D("4.0"), D("6.0"))]
    summa = calc.fte_sum(rows)
    assert (summa.women, summa.men, summa.total) == (D("47.8"), D("16.0"), D("63.8"))
    diff = calc.split_change(calc.Split(D("4.0"), D("6.0")), calc.Split(D("3.0"), D("6.8")))
    assert (diff.women, diff.men, diff.total) == (D("1.0"), D("-0.8"), D("0.2"))


SEED_2021 = calc.SickHours(
    scheduled=calc.Split(D(1192778), D(910865)),
    short=calc.Split(D(37564), D(21488)),
    long=calc.Split(D(51097), D(20695)),
)
SEED_2020 = calc.SickHours(
    scheduled=calc.Split(D(1122177), D(875406)),
    short=calc.Split(D(37854), D(22531)),
    long=calc.Split(D(48920), D(23307)),
)


@pytest.mark.parametrize(
    ("kind", "gender", "expected"),
    [
        ("sick", "total", D("6.22")),
        ("sick", "women", D("7.43")),
        ("sick", "men", D("4.63")),
        ("short", "total", D("2.81")),
        ("short", "women", D("3.15")),
        ("short", "men", D("2.36")),
        ("long", "total", D("3.41")),
        ("long", "women", D("4.28")),
        ("long", "men", D("2.27")),
    ],
)
def test_sick_leave_percent_2021(kind: str, gender: str, expected: D) -> None:
    percent = SEED_2021.percent(kind, gender)
    assert percent is not None and percent.quantize(D("0.01")) == expected


@pytest.mark.parametrize(
    ("kind", "gender", "expected"),
    [
        ("sick", "total", D("-0.42")),
        ("sick", "women", D("-0.30")),
        ("sick", "men", D("-0.61")),
        ("short", "total", D("-0.22")),
        ("long", "total", D("-0.20")),
        ("long", "women", D("-0.08")),
    ],
)
def test_percent_change_in_points(kind: str, gender: str, expected: D) -> None:
    change = calc.percent_change(SEED_2021, SEED_2020, kind, gender)
    assert change is not None and change.quantize(D("0.01")) == expected


def test_percent_without_scheduled_time_is_none() -> None:
    hours = calc.SickHours(calc.Split(D(0), D(0)), calc.Split(D(0), D(0)), calc.Split(D(0), D(0)))
    assert hours.percent("sick", "total") is None
    assert calc.percent_change(hours, None, "sick", "total") is None


@pytest.mark.parametrize(
    ("employees", "shown"),
    [(None, False), (0, False), (9, False), (10, True), (250, True)],
)
def test_small_groups_are_suppressed(employees: int | None, shown: bool) -> None:
    assert (calc.suppressed(D("5.5"), employees) is not None) is shown


def test_key_figures_suppress_a_small_gender() -> None:
    figures = calc.key_figures(SEED_2021, employees_women=120, employees_men=8)
    assert figures.men is None
    assert figures.women is not None and figures.women.quantize(D("0.01")) == D("7.43")
    assert figures.total is not None and figures.total.quantize(D("0.01")) == D("6.22")
    assert figures.long_share is not None
    assert figures.long_share.quantize(D("0.1")) == D("54.9")  # 71 792 / 130 844


def test_costs_total_and_mnkr() -> None:
    assert calc.costs_total({"manadsloner": D(2), "sjuklon": D(3)}) == D(5)
    assert calc.costs_total({}) is None
    assert calc.mnkr(D(298_200_000)) == D("298.2")
    assert calc.mnkr(None) is None
