"""From the raw tokens of many #TRANS rows to the typed columns of ``Transactions``.

The voucher loop only collects the raw tokens of each row (``RowBuffer``). Every few tens of
thousands of rows they are converted here in bulk: each distinct account, date and object
list is parsed once (a million rows hold a few hundred of each), and the amounts are checked
all at once on their joined bytes before ``int`` converts them. Both are much cheaper than a
parse per row in Python. A value that fails is looked up again to name its line.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from arshjul.finance.sie.model import SieProblem, Transactions, Voucher
from arshjul.finance.sie.values import Values, ore

_TO_NINE = bytes.maketrans(b"0123456789", b"9999999999")
_TOO_LONG = b"9" * 16  # 16 digits before the point: 10^17 öre, our limit (MAX_ORE)

Issue = tuple[int, SieProblem]
_NO_DATES = (None, b"", b'""')
ObjectKey = object  # None, bytes (from ``lexer.TRANS_ROW``) or ("parsed", items) (lexer)


@dataclass(slots=True)
class RowBuffer:
    """The raw tokens of the #TRANS rows read since the last conversion."""

    account: list[bytes] = field(default_factory=list)
    amount: list[bytes] = field(default_factory=list)
    date: list[bytes] = field(default_factory=list)
    key: list[ObjectKey] = field(default_factory=list)
    line: list[int] = field(default_factory=list)

    def clear(self) -> None:
        for column in (self.account, self.amount, self.date, self.key, self.line):
            column.clear()


@dataclass(slots=True)
class VoucherBuffer:
    """The raw fields of the #VER read since the last conversion (``regdate``: ``b""``
    or ``None`` when missing, else still to be checked)."""

    series: list[bytes] = field(default_factory=list)
    number: list[bytes] = field(default_factory=list)
    date: list[bytes] = field(default_factory=list)
    text: list[bytes] = field(default_factory=list)
    line: list[int] = field(default_factory=list)
    regdate: list[bytes | None] = field(default_factory=list)

    def add(
        self, series: bytes, number: bytes, date: bytes, text: bytes, line: int, regdate: bytes
    ) -> None:
        self.series.append(series)
        self.number.append(number)
        self.date.append(date)
        self.text.append(text)
        self.line.append(line)
        self.regdate.append(regdate)

    def clear(self) -> None:
        for column in (self.series, self.number, self.date, self.text, self.line, self.regdate):
            column.clear()

    def convert(self, values: Values, into: list[Voucher]) -> list[Issue]:
        """Append the buffered vouchers to ``into`` (texts decoded in one go per column)."""
        issues = self._check_dates(values)
        if not issues:
            dates = map(values.dates.__getitem__, self.date)
            texts = [values.texts(column) for column in (self.series, self.number, self.text)]
            into.extend(map(Voucher, *texts[:2], dates, texts[2], self.line))
        return issues

    def _check_dates(self, values: Values) -> list[Issue]:
        issues: list[Issue] = []
        for column in (self.date, self.regdate):
            for raw in set(column).difference(values.dates, _NO_DATES):
                assert raw is not None
                try:
                    values.date(raw)
                except SieProblem as problem:
                    issues.append((self.line[column.index(raw)], problem))
        return issues


def convert(buffer: RowBuffer, values: Values, into: Transactions) -> list[Issue]:
    """Append the buffered rows to ``into``; return the problems found (line, problem).

    On a fatal problem only the amounts before it are appended (for the balance of the
    vouchers before it) and the other columns are left unfinished: the caller raises.
    """
    issues: list[Issue] = []
    amounts = _amounts(buffer, issues)
    into.amount_ore.extend(amounts)
    dates = _dates(buffer, values, issues)
    accounts = _accounts(buffer, values, issues)
    _objects(buffer, values, issues)
    if any(problem.fatal for _, problem in issues) or dates is None:
        return issues
    into.date.extend(dates)
    into.account.extend(accounts)
    into.cost_centre.extend(map(values.cost_centres.__getitem__, buffer.key))
    into.objects.extend(map(values.objects.__getitem__, buffer.key))
    return issues


def _amounts(buffer: RowBuffer, issues: list[Issue]) -> array[int]:
    """The amounts in öre; on a bad one, those before it (and the problem in ``issues``)."""
    raw = buffer.amount
    joined = b"\n".join(raw) + b"\n"
    shape = joined.translate(_TO_NINE)
    if plain_amounts(shape):
        try:
            if shape.count(b".99\n") == len(raw):  # all with two decimals: drop the point
                return array("q", map(int, joined.replace(b".", b"").split()))
            return array("q", map(_plain_ore, raw))
        except ValueError:  # a misplaced minus sign: found below
            pass
    converted = array("q")
    for index, amount in enumerate(raw):
        try:
            converted.append(ore(amount))
        except SieProblem as problem:
            issues.append((buffer.line[index], problem))
            break
    return converted


def plain_amounts(shape: bytes) -> bool:
    """Whether the amounts in ``shape`` (one a line, digits replaced by 9) have only digits,
    minus signs and points, at most one point each with a digit before and one or two after
    it, and fewer than 16 digits before it. ``int`` then finds any misplaced minus sign."""
    if shape.translate(None, b"9.-\n") or _TOO_LONG in shape:
        return False
    points = shape.count(b".")
    if points and (b"\n." in shape or b"-." in shape or shape[:1] == b"."):
        return False
    two = shape.count(b".99\n")
    return points == two or points == two + shape.count(b".9\n")


def _plain_ore(raw: bytes) -> int:
    """Öre of an amount that ``plain_amounts`` has checked."""
    whole, point, fraction = raw.partition(b".")
    if not point:
        return int(whole) * 100
    value = int(whole + fraction)
    return value * 10 if len(fraction) == 1 else value


def _known(raws: list[bytes], known: dict[bytes, Any]) -> list[Any] | None:
    """``known[raw]`` for each raw value, or ``None`` when some are not known yet (the known
    values are dates and account numbers, never false)."""
    found = list(map(known.get, raws))
    return found if all(found) else None


def _dates(buffer: RowBuffer, values: Values, issues: list[Issue]) -> list[date] | None:
    found = _known(buffer.date, values.dates)
    if found is not None:
        return found
    failed = False
    for raw in set(buffer.date).difference(values.dates):
        try:
            values.date(raw)
        except SieProblem as problem:
            issues.append((buffer.line[buffer.date.index(raw)], problem))
            failed = True
    return None if failed else list(map(values.dates.__getitem__, buffer.date))


def _accounts(buffer: RowBuffer, values: Values, issues: list[Issue]) -> list[str]:
    found = _known(buffer.account, values.accounts)
    if found is not None:
        return found
    known = values.accounts
    for raw in set(buffer.account).difference(known):
        try:
            values.account(raw)
        except SieProblem as problem:
            issues.append((buffer.line[buffer.account.index(raw)], problem))
            known[raw] = values.text(raw)  # kept as written when reading leniently
    return list(map(known.__getitem__, buffer.account))


def _objects(buffer: RowBuffer, values: Values, issues: list[Issue]) -> None:
    for key in set(buffer.key).difference(values.objects):
        try:
            assert isinstance(key, bytes)  # the lexer's keys are parsed as they are read
            values.object_key(key)
        except SieProblem as problem:
            issues.append((buffer.line[buffer.key.index(key)], problem))
