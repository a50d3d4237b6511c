"""Swedish numbers in and out, keys from labels and rich-text sanitising."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from arshjul.core.formatting import format_date, format_number
from arshjul.core.parsing import NumberFormatError, parse_decimal
from arshjul.core.sanitising import sanitise_html
from arshjul.core.slugs import label_key


@pytest.mark.parametrize(
    ("value", "decimals", "unit", "expected"),
    [
        (D("1234.5"), 1, "", "1\u00a0234,5"),
        (D("-3.25"), 1, "", "\u22123,3"),  # half up, Unicode minus
        (D("53.85"), 2, "%", "53,85\u00a0%"),
        (D("0"), 0, "", "0"),
        (D("-0.04"), 1, "", "0,0"),  # rounds to zero: no minus sign
        (D("1234567"), 0, "mnkr", "1\u00a0234\u00a0567\u00a0mnkr"),
        (None, 1, "", "–"),
        (7, 0, "", "7"),
    ],
)
def test_format_number_swedish(value: D | None, decimals: int, unit: str, expected: str) -> None:
    assert format_number(value, decimals, unit=unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,5", D("1234.5")),
        ("1\u00a0234,5", D("1234.5")),
        ("−3,2", D("-3.2")),
        ("-3,2", D("-3.2")),
        ("54 %", D("54")),
        ("54%", D("54")),
        ("6,22 %", D("6.22")),
        ("1.234,5", D("1234.5")),
        ("1.234.567", D("1234567")),
        ("12.5", D("12.5")),
        ("+7", D("7")),
        ("0", D("0")),
    ],
)
def test_parse_decimal_accepts_swedish_formats(text: str, expected: D) -> None:
    assert parse_decimal(text) == expected


@pytest.mark.parametrize("text", ["abc", "1,2,3", "12 mnkr x", "--3", "", "1e5", ",", "NaN"])
def test_parse_decimal_rejects_nonsense_in_swedish(text: str) -> None:
    with pytest.raises(NumberFormatError, match="inte ett tal"):
        parse_decimal(text)


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Övriga intäkter", "ovriga_intakter"),
        ("Verksamhetens nettokostnad", "verksamhetens_nettokostnad"),
        ("Nämndens mål", "namndens_mal"),
        ("Avskrivningar, inventarier", "avskrivningar_inventarier"),
    ],
)
def test_label_key(label: str, key: str) -> None:
    assert label_key(label) == key


def test_sanitise_removes_scripts_and_handlers_but_keeps_simple_formatting() -> None:
    dirty = '<p onclick="x()">Hej <strong>du</strong><script>alert(1)</script></p><img src=x>'
    assert sanitise_html(dirty) == "<p>Hej <strong>du</strong></p>"
    assert "javascript" not in sanitise_html('<a href="javascript:alert(1)">x</a>')
    assert sanitise_html("   ") == ""


def test_format_date_is_iso() -> None:
    import datetime as dt

    assert format_date(dt.date(2021, 12, 31)) == "2021-12-31"
    assert format_date(None) == "–"
