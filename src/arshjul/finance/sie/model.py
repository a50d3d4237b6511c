"""What a SIE file holds once read: plain dataclasses, no Django.

Transactions are stored column by column (``array`` for integers, lists of shared ``str`` and
``date`` objects for the rest), so that a million rows take about 50 MB rather than the
several hundred MB a million small objects would.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field

ObjectRef = tuple[int, str]
"""One object of an object list: (dimension number, object id)."""

Objects = tuple[ObjectRef, ...]

PeriodRow = tuple[int, int, str, Objects, int]
"""#PSALDO/#PBUDGET: (year index, period yyyymm, account, objects, öre)."""

ObjectBalanceRow = tuple[int, str, Objects, int]
"""#OIB/#OUB: (year index, account, objects, öre)."""


class SieError(Exception):
    """The file is refused. ``message`` is Swedish; ``line`` is 1-based or ``None``."""

    def __init__(self, message: str, *, file_name: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file_name = file_name
        self.line = line

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.file_name}: {self.message}"
        return f"{self.file_name}, rad {self.line}: {self.message}"


class SieProblem(Exception):
    """A problem in one record, raised where the line number is not known yet.

    ``fatal`` problems (the value cannot be read: a bad amount, a bad date, an unterminated
    quote) refuse the file in every mode; the others (the record has the wrong shape) refuse
    it when reading strictly and are warnings otherwise.
    """

    def __init__(self, message: str, *, fatal: bool) -> None:
        super().__init__(message)
        self.message = message
        self.fatal = fatal


@dataclass(frozen=True)
class FiscalYear:
    index: int
    start: dt.date | None
    end: dt.date | None


@dataclass
class AccountInfo:
    number: str
    name: str
    ktyp: str | None = None  # T S K I


@dataclass(slots=True)
class Voucher:
    series: str
    number: str
    date: dt.date
    text: str
    line: int  # the line of the #VER


@dataclass
class Transactions:
    """The #TRANS rows, one list or array per column; row ``i`` is the ``i``-th of each.

    ``objects`` (an addition to the agreed columns) holds the whole object list of the row
    (all dimensions), ``cost_centre`` the object id of dimension 1 in it.
    """

    voucher: array[int] = field(default_factory=lambda: array("l"))
    account: list[str] = field(default_factory=list)
    amount_ore: array[int] = field(default_factory=lambda: array("q"))
    date: list[dt.date] = field(default_factory=list)
    cost_centre: list[str | None] = field(default_factory=list)
    objects: list[Objects] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.account)

    def rows(self) -> Iterator[tuple[int, str, int, dt.date, str | None]]:
        """(voucher index, account, öre, date, cost centre) per row."""
        return zip(
            self.voucher, self.account, self.amount_ore, self.date, self.cost_centre, strict=True
        )


@dataclass
class SieFile:
    file_name: str
    encoding: str
    program: str | None = None
    program_version: str | None = None
    format_declared: str | None = None
    sie_type: int = 1
    is_import_file: bool = False
    flag: int | None = None
    generated: dt.date | None = None
    company: str | None = None
    org_number: str | None = None
    fiscal_years: list[FiscalYear] = field(default_factory=list)
    chart_type: str | None = None
    accounts: dict[str, AccountInfo] = field(default_factory=dict)
    dimensions: dict[int, str] = field(default_factory=dict)
    objects: dict[tuple[int, str], str] = field(default_factory=dict)
    ib: dict[tuple[int, str], int] = field(default_factory=dict)
    ub: dict[tuple[int, str], int] = field(default_factory=dict)
    res: dict[tuple[int, str], int] = field(default_factory=dict)
    oib: list[ObjectBalanceRow] = field(default_factory=list)
    oub: list[ObjectBalanceRow] = field(default_factory=list)
    psaldo: list[PeriodRow] = field(default_factory=list)
    pbudget: list[PeriodRow] = field(default_factory=list)
    vouchers: list[Voucher] = field(default_factory=list)
    transactions: Transactions = field(default_factory=Transactions)
    checksum: str = "absent"  # "ok" | "mismatch" | "absent"
    warnings: list[str] = field(default_factory=list)
    unbalanced_vouchers: list[dict[str, object]] = field(default_factory=list)
