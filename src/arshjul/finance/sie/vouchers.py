"""Vouchers: the #VER record and the rows of its ``{ … }`` block.

Rows. ``#TRANS`` rows are the voucher. ``#BTRANS`` (a row removed afterwards) is checked and
then ignored. ``#RTRANS`` (a row added afterwards) is always followed by an identical
``#TRANS`` for readers that do not know it (SIE 4B §5.4); this reader counts that twin and
not the ``#RTRANS``, so each added row is counted once, with the twin's date (BL
Administration writes the date of the change into the ``#RTRANS``, which can fall outside
the fiscal year). An ``#RTRANS`` with no ``#TRANS`` after it is counted itself, with a warning.
A voucher balances when its ``#TRANS`` rows (twins included) sum to zero.

Speed. Most rows arrive already split (see ``segments``): a ``ChunkBlock`` of many vouchers
is added by ``absorb`` and a ``Segment`` of one voucher's rows by ``add_segment``, column by
column, keeping only the raw tokens (see ``columns``). A #VER line read on its own has a
regular expression for its common shape; everything else goes through the lexer.
"""

from __future__ import annotations

import re
from array import array
from itertools import accumulate, chain, repeat
from operator import add
from typing import NamedTuple

from arshjul.finance.sie.context import CONVERT_EVERY, Reading
from arshjul.finance.sie.lexer import Field, split_fields
from arshjul.finance.sie.model import SieProblem
from arshjul.finance.sie.rows import Block, block_line, settle_rtrans
from arshjul.finance.sie.segments import VER_LINE, ChunkBlock, Item, ItemStream, Segment
from arshjul.finance.sie.values import unquote

OPEN = b"{"
CLOSE = b"}"
VER = b"#VER"

_VER = re.compile(VER_LINE)


def begin_voucher(reading: Reading, line: bytes, number: int) -> None:
    """A #VER line: the voucher waits for its "{" (``reading.pending_voucher``).

    Its fields are only checked here; they are decoded in bulk later (``columns``). A #VER
    that cannot be read (when reading leniently) leaves ``SKIPPED`` pending, so that its
    block is passed over rather than reported row by row.
    """
    match = _VER.fullmatch(line)
    if match is None:
        fields = _lexed_voucher(reading, line, number)
        if fields is None:
            reading.pending_voucher = SKIPPED
            return
        series, vernr, raw_date, text = fields
        regdate = b""  # checked by the lexer path
    else:
        series, vernr, raw_date, quoted, bare, regdate = match.groups()
        text = quoted if quoted is not None else bare or b""
        series, vernr = unquote(series), unquote(vernr)
    reading.pending_voucher = reading.add_voucher(
        series, vernr, raw_date, text, number, regdate or b""
    )
    reading.pending_date = raw_date


SKIPPED = -1


def _lexed_voucher(reading: Reading, line: bytes, number: int) -> list[bytes] | None:
    """The raw series, number, date and text of a #VER of a rarer shape (regdate checked)."""
    try:
        fields = split_fields(line)
        if len(fields) < 4:
            raise SieProblem("#VER ska ha serie, verifikationsnummer och datum", fatal=False)
        parts = [_bytes(field) for field in fields[1:6]]
        if not parts[2]:
            raise SieProblem("#VER saknar datum", fatal=False)
        if len(parts) > 4 and parts[4]:
            reading.values.date(parts[4])
    except SieProblem as problem:
        reading.problem(problem, number)
        return None
    return [*parts[:3], parts[3] if len(parts) > 3 else b""]


def _bytes(field: Field) -> bytes:
    if isinstance(field, tuple):
        raise SieProblem("En objektlista står där ett fält väntas", fatal=False)
    return field


class Sinks(NamedTuple):
    """The columns of ``reading.rows`` (cleared in place, never replaced) and of the
    transactions' voucher index, as the block loop extends them."""

    account: list[bytes]
    amount: list[bytes]
    date: list[bytes]
    key: list[object]
    line: list[int]
    voucher: array[int]


def sinks_of(reading: Reading) -> Sinks:
    rows = reading.rows
    return Sinks(
        rows.account,
        rows.amount,
        rows.date,
        rows.key,
        rows.line,
        reading.sie.transactions.voucher,
    )


def scan_vouchers(
    reading: Reading, lines: ItemStream, number: int, line: bytes
) -> tuple[int, Item] | None:
    """Vouchers from the #VER on ``line`` on, for as long as they follow each other.

    Returns the first line that is not a voucher (for the caller to read), ``None`` at the end
    of the file. A #VER not followed by "{" is left pending for the caller to report.
    """
    following = _open_voucher(reading, lines, number, line)
    if isinstance(following, int):
        return scan_block(reading, lines, following, sinks_of(reading))
    return following


def _open_voucher(
    reading: Reading, lines: ItemStream, number: int, line: bytes
) -> int | tuple[int, Item] | None:
    """Begin the voucher of a #VER line: the line number of its "{", or (when that does not
    follow) the next item for the caller to read."""
    begin_voucher(reading, line, number)
    following = next_line(lines)
    if following is None or not is_open(following[1]):
        return following
    if reading.pending_voucher == SKIPPED:
        reading.pending_voucher = None
        return skip_block(lines) or next_line(lines)
    return following[0]


def is_open(item: Item) -> bool:
    """A line holding only "{"."""
    return isinstance(item, bytes) and item.split() == [OPEN]


def is_ver(item: Item) -> bool:
    return isinstance(item, bytes) and item.split(None, 1)[:1] == [VER]


def next_line(lines: ItemStream) -> tuple[int, Item] | None:
    """The next item that is not a blank line."""
    for number, item in lines:
        if not isinstance(item, bytes) or (item and not item.isspace()):
            return number, item
    return None


def skip_block(lines: ItemStream) -> tuple[int, Item] | None:
    """Pass over the block of a #VER that could not be read; a #VER ending it is returned."""
    for number, item in lines:
        if isinstance(item, ChunkBlock):
            lines.push(item.expand(number))
            continue
        head = item.split(None, 1) if isinstance(item, bytes) else []
        if head == [CLOSE]:
            return None
        if head[:1] == [VER]:
            return number, item
    return None


def scan_block(
    reading: Reading, lines: ItemStream, open_line: int, sinks: Sinks
) -> tuple[int, Item] | None:
    """Read a voucher's rows up to its "}", then on with the vouchers that follow; return
    the next item that is not a blank line (``None`` at the end of the file). A #VER before
    the "}" (reported) is returned too.
    """
    voucher, voucher_date = reading.pending_voucher, reading.pending_date
    assert voucher is not None
    reading.pending_voucher, reading.in_block = None, True
    block: Block | None = None
    for number, item in lines:
        if isinstance(item, Segment):
            add_segment(sinks, item, number, voucher, voucher_date)
            continue
        if isinstance(item, ChunkBlock):
            if block is not None:  # this voucher has lines of its own: read them one by one
                lines.push(item.expand(number))
                continue
            voucher, voucher_date, open_line = absorb(
                reading, sinks, item, number, voucher, voucher_date, open_line
            )
            continue
        fields = item.split()
        if not fields:
            continue
        if fields == [CLOSE]:
            if block is not None:
                settle_rtrans(reading, block)
            reading.in_block = False
            following = next_line(lines)
            if following is None or not is_ver(following[1]):
                return following
            opened = _open_voucher(reading, lines, following[0], following[1])  # type: ignore[arg-type]
            if not isinstance(opened, int):
                return opened
            voucher, voucher_date, open_line = reading.pending_voucher, reading.pending_date, opened
            assert voucher is not None
            reading.pending_voucher, reading.in_block, block = None, True, None
            continue
        if block is None:
            block = Block(voucher, voucher_date, open_line)
        if block_line(reading, block, item, number):
            reading.in_block = False
            return number, item
    reading.in_block = False
    return reading.fail(
        f"Filen tar slut inne i en verifikation: ”{{” på rad {open_line} stängs aldrig", open_line
    )


def add_segment(sinks: Sinks, segment: Segment, number: int, voucher: int, date: bytes) -> None:
    """The rows of a segment into the row buffer (a missing transdat: the voucher date)."""
    count = len(segment)
    sinks.account.extend(segment.accounts)
    sinks.amount.extend(segment.amounts)
    sinks.date.extend(map({None: date}.get, segment.dates, segment.dates))  # type: ignore[arg-type]
    sinks.key.extend(segment.keys)
    sinks.line.extend(range(number, number + count))
    sinks.voucher.extend(repeat(voucher, count))


def absorb(
    reading: Reading,
    sinks: Sinks,
    chunk: ChunkBlock,
    number: int,
    voucher: int,
    date: bytes,
    open_line: int,
) -> tuple[int, bytes, int]:
    """Add the vouchers and rows of a ``ChunkBlock``, whose first run of rows (at line
    ``number``) belongs to the open voucher; return the voucher left open, its date and
    the line of its "{"."""
    runs = chunk.runs
    before = [0, *accumulate(runs)]  # rows before each run
    first_lines = [number + rows + 3 * index for index, rows in enumerate(before[:-1])]
    first_new = len(reading.voucher_starts)
    row_base = len(sinks.voucher)
    reading.add_vouchers(
        chunk.vers,
        [line - 2 for line in first_lines[1:]],  # each #VER: two lines above its first row
        [row_base + rows for rows in before[1:-1]],
    )
    vouchers = [voucher, *range(first_new, first_new + len(chunk.vers))]
    dates = [date, *(ver[2] for ver in chunk.vers)]
    sinks.account.extend(chunk.accounts)
    sinks.amount.extend(chunk.amounts)
    sinks.key.extend(chunk.keys)
    voucher_dates = chain.from_iterable(map(repeat, dates, runs))
    sinks.date.extend(
        [d if d is not None else v for d, v in zip(chunk.dates, voucher_dates, strict=True)]
    )
    sinks.line.extend(chain.from_iterable(map(range, first_lines, map(add, first_lines, runs))))
    sinks.voucher.extend(chain.from_iterable(map(repeat, vouchers, runs)))
    if len(sinks.account) >= CONVERT_EVERY:
        reading.flush()
    return vouchers[-1], dates[-1], first_lines[-1] - 1 if len(runs) > 1 else open_line
