"""Field values: amounts in öre, dates, periods, account numbers, object lists.

Each parser raises ``SieProblem`` with a Swedish message. A value that is there but cannot
be read (amount, date, period) is fatal; a value of the wrong kind where the record's shape
is at fault (a non-numeric account or dimension number) is not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from arshjul.finance.sie.lexer import parse_object_list
from arshjul.finance.sie.model import Objects, SieProblem

AMOUNT = re.compile(rb"-?[0-9]+(?:\.[0-9]{1,2})?")
_DATE = re.compile(rb"[0-9]{8}")
_PERIOD = re.compile(rb"[0-9]{6}")
_INTEGER = re.compile(rb"-?[0-9]+")
_ACCOUNT = re.compile(rb"[0-9]+")
MAX_ORE = 10**17  # far beyond any ledger, and inside a signed 64-bit integer

Show = Callable[[bytes], str]


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


class Values:
    """The parsers for one file: its character set and the caches of repeated values."""

    def __init__(self, codec: str) -> None:
        self.codec = codec
        self.dates: dict[bytes, dt.date] = {}
        self.accounts: dict[bytes, str] = {}
        self.cost_centres: dict[object, str | None] = {None: None, b"": None}
        self.objects: dict[object, Objects] = {None: (), b"": ()}

    def text(self, raw: bytes) -> str:
        return raw.decode("ascii") if raw.isascii() else raw.decode(self.codec)

    def texts(self, raws: list[bytes]) -> list[str]:
        """Many values decoded at once (none holds a line end)."""
        if not raws:
            return []
        return self.text(b"\n".join(raws)).split("\n")

    def show(self, raw: bytes) -> str:
        """The raw value as text for a message."""
        return raw.decode(self.codec, errors="replace")

    def amount(self, raw: bytes) -> int:
        return ore(raw, self.show)

    def date(self, raw: bytes) -> dt.date:
        known = self.dates.get(raw)
        if known is None:
            known = self.dates[raw] = parse_date(raw, self.show)
        return known

    def optional_date(self, raw: bytes | None) -> dt.date | None:
        return None if not raw else self.date(raw)

    def period(self, raw: bytes) -> int:
        if _PERIOD.fullmatch(raw) is None or not 1 <= int(raw[4:]) <= 12:
            raise SieProblem(
                f"Perioden ”{self.show(raw)}” är inte en giltig SIE-period (ÅÅÅÅMM)", fatal=True
            )
        return int(raw)

    def account(self, raw: bytes) -> str:
        known = self.accounts.get(raw)
        if known is None:
            if _ACCOUNT.fullmatch(raw) is None:
                raise SieProblem(f"Kontonumret ”{self.show(raw)}” är inte numeriskt", fatal=False)
            known = self.accounts[raw] = raw.decode("ascii")
        return known

    def integer(self, raw: bytes, what: str) -> int:
        if _INTEGER.fullmatch(raw) is None:
            raise SieProblem(f"{what} ”{self.show(raw)}” är inte ett heltal", fatal=False)
        return int(raw)

    def object_items(self, key: object, items: tuple[bytes, ...]) -> None:
        """Parse an object list once and remember it under ``key`` (see ``cost_centre``)."""
        if len(items) % 2:
            raise SieProblem(
                "Objektlistan har ett udda antal fält (dimension och objekt)", fatal=True
            )
        pairs: list[tuple[int, str]] = []
        for index in range(0, len(items), 2):
            if _INTEGER.fullmatch(items[index]) is None:
                raise SieProblem(
                    f"Dimensionsnumret ”{self.show(items[index])}” i objektlistan "
                    "är inte ett heltal",
                    fatal=True,
                )
            dimension = int(items[index])
            if items[index + 1]:
                pairs.append((dimension, self.text(items[index + 1])))
        objects = tuple(pairs)
        self.objects[key] = objects
        self.cost_centres[key] = next((oid for dim, oid in objects if dim == 1), None)

    def object_key(self, key: bytes) -> None:
        """Parse an object list that ``lexer.TRANS_ROW`` found (``key``: inside its braces)."""
        self.object_items(key, parse_object_list(b"{" + key + b"}"))


def ore(raw: bytes, show: Show = _latin) -> int:
    """``b"-1234.5"`` → ``-123450``; a point is the decimal sign, at most two decimals."""
    if AMOUNT.fullmatch(raw) is None or len(raw) > 20:
        raise SieProblem(
            f"Beloppet ”{show(raw)}” är inte ett giltigt SIE-belopp "
            "(punkt som decimaltecken, högst två decimaler)",
            fatal=True,
        )
    negative = raw[:1] == b"-"
    whole, _, fraction = raw.lstrip(b"-").partition(b".")
    value = int(whole) * 100 + int(fraction.ljust(2, b"0") or b"0")
    if value >= MAX_ORE:
        raise SieProblem(f"Beloppet ”{raw.decode('ascii')}” är orimligt stort", fatal=True)
    return -value if negative else value


def parse_date(raw: bytes, show: Show = _latin) -> dt.date:
    """``b"20210105"`` → ``date(2021, 1, 5)``; a date that does not exist is refused."""
    text = show(raw)
    if _DATE.fullmatch(raw) is None:
        raise SieProblem(f"Datumet ”{text}” är inte ett giltigt SIE-datum (ÅÅÅÅMMDD)", fatal=True)
    try:
        return dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
    except ValueError:
        raise SieProblem(f"Datumet ”{text}” finns inte", fatal=True) from None


def format_ore(ore: int) -> str:
    """``-123450`` → ``"-1234.50"`` (the inverse of ``ore``)."""
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    return f"{sign}{whole}.{cents:02d}"


def unquote(raw: bytes) -> bytes:
    """A field the #VER pattern matched with its quotes (``"A"``) without them."""
    return raw[1:-1] if raw[:1] == b'"' else raw
