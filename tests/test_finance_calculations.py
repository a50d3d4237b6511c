"""The economy's pure maths and the reconciliation rule, without a database."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from arshjul.finance import calculations as calc
from arshjul.finance import presets
from arshjul.reconciliation.calculations import agrees

LINES = [
    calc.LineDef(key, label, parent, is_sum)
    for key, label, parent, is_sum, _ in presets.RESULT_LINES
]


def test_line_totals_add_up_the_tree_of_the_2021_result_report() -> None:
    detail = {
        "ovriga_intakter": D("2059.1"),
        "personalkostnader": D("-576.3"),
        "ovriga_kostnader": D("-1051.2"),
        "avskrivningar_inventarier": D("-47.8"),
        "avskrivningar_fastigheter": D("-232.4"),
        "finansnetto": D("-165.0"),
    }
    totals = calc.line_totals(LINES, detail)
    assert totals["summa_intakter"] == D("2059.1")
    assert totals["summa_kostnader"] == D("-1907.7")
    assert totals["verksamhetens_nettokostnad"] == D("151.4")
    assert totals["fastighetsfinansiering"] == 0
    assert totals["resultat"] == D("-13.6")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (D("2059.1"), D("2058.3"), D("0.8")),
        (D("-165.0"), D("-164.2"), D("-0.8")),
        (None, D(1), None),
        (D(1), None, None),
    ],
)
def test_difference_is_outcome_minus_comparison(
    a: D | None, b: D | None, expected: D | None
) -> None:
    assert calc.difference(a, b) == expected


@pytest.mark.parametrize(
    ("deviation", "turnover", "expected"),
    [
        (D("3.4"), D("939.4"), D("0.4")),
        (D("16.6"), D("92.9"), D("17.9")),
        (D("33.5"), D("2059.1"), D("1.6")),
        (D("-1.0"), D("378.8"), D("-0.3")),
        (D(1), D(0), None),
        (None, D(1), None),
    ],
)
def test_relation_percent_rounds_like_the_report_and_never_divides_by_zero(
    deviation: D | None, turnover: D | None, expected: D | None
) -> None:
    value = calc.relation_percent(deviation, turnover)
    assert (value.quantize(D("0.1")) if value is not None else None) == expected


@pytest.mark.parametrize(
    ("current", "previous", "expected"),
    [(D("388.5"), D("366.5"), D("6.0")), (D("0.1"), D(0), None), (D(0), D("4.5"), D("-100.0"))],
)
def test_change_percent(current: D, previous: D, expected: D | None) -> None:
    value = calc.change_percent(current, previous)
    assert (value.quantize(D("0.1")) if value is not None else None) == expected


REGION = presets.ACCOUNT_PLANS[0][4]
BAS = presets.ACCOUNT_PLANS[2][4]


@pytest.mark.parametrize(
    ("ranges", "account", "line"),
    [
        (REGION, "3011", "ovriga_intakter"),
        (REGION, "4011", "personalkostnader"),
        (REGION, "40811", "personalkostnader"),
        (REGION, "5410", "ovriga_kostnader"),
        (REGION, "7821", "avskrivningar_fastigheter"),
        (REGION, "7832", "avskrivningar_inventarier"),
        (REGION, "8510", "finansnetto"),
        (REGION, "1930", None),
        (BAS, "7010", "personalkostnader"),
        (BAS, "4010", "ovriga_kostnader"),
        (BAS, "8310", "finansnetto"),
        (BAS, "8999", None),
        (BAS, "ab12", None),
        (BAS, "30", "ovriga_intakter"),
    ],
)
def test_accounts_map_to_lines_by_their_first_four_digits(
    ranges: list, account: str, line: str | None
) -> None:
    assert calc.map_account(account, ranges) == line


def test_ledger_sums_in_ore_become_report_kronor_with_costs_negative() -> None:
    assert calc.ore_to_report_kr(123456) == D("-1234.56")
    assert calc.ore_to_report_kr(-27779846) == D("277798.46")


@pytest.mark.parametrize(
    ("published", "computed", "agree"),
    [
        ("149.0", D("482.1"), False),
        ("2059.1", D("2059.1"), True),
        ("54", D("53.85"), True),  # printed without decimals: compare rounded to whole
        ("53.9", D("53.85"), True),
        ("53.8", D("53.85"), False),
        ("1.6", D("1.626942"), True),
        ("49", D("47.5"), False),
        ("0", None, False),
        ("0", D(0), True),
        ("Summa fastighetsinvesteringar 2024", "Summa fastighetsinvesteringar 2025", False),
        ("Summa IT investeringar 2024", "Summa IT investeringar 2024", True),
        ("−13,6", D("-13.6"), True),
    ],
)
def test_a_published_figure_is_compared_at_its_printed_precision(
    published: str, computed: object, agree: bool
) -> None:
    assert agrees(published, computed) is agree
