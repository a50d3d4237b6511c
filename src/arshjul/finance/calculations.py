"""Pure economic maths on Decimal: the result-report tree, deviations, relation %, account
mapping and units. No database; tested with parametrised cases."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from arshjul.core.calculations import (  # noqa: F401  (the economy's names for them)
    SCALES,
    ZERO,
    change_percent,
    difference,
    in_kr,
    scaled,
)
from arshjul.core.calculations import share_percent as relation_percent  # noqa: F401


@dataclass(frozen=True)
class LineDef:
    key: str
    label: str
    parent: str | None  # the sum line this line adds into
    is_sum: bool


def line_totals(lines: Sequence[LineDef], detail: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """Every line's value: detail lines as given (0 when absent), sum lines as the sum of the
    lines that name them as parent, however deep the tree is."""
    values = {line.key: (ZERO if line.is_sum else detail.get(line.key, ZERO)) for line in lines}
    children: dict[str, list[str]] = {}
    for line in lines:
        if line.parent:
            children.setdefault(line.parent, []).append(line.key)

    def total(key: str) -> Decimal:
        if key not in children:
            return values[key]
        return sum((total(child) for child in children[key]), ZERO)

    return {line.key: total(line.key) for line in lines}


def account_key(number: str) -> int | None:
    """The first four digits of an account as the number mappings are written in."""
    digits = number.strip()[:4]
    if not digits.isdigit():
        return None
    return int(digits.ljust(4, "0"))


def map_account(number: str, ranges: Iterable[tuple[int, int, str]]) -> str | None:
    """The line key of the first range (first, last, line) that holds the account."""
    key = account_key(number)
    if key is None:
        return None
    return next((line for first, last, line in ranges if first <= key <= last), None)


def ore_to_report_kr(amount_ore: int) -> Decimal:
    """A ledger sum (öre, debit positive) in kronor with the report's sign (costs negative)."""
    return -Decimal(amount_ore) / 100
