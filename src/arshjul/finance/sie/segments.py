"""The numbered lines of a file, with its plain #TRANS rows parsed in bulk.

A million-row file is about 1.5 million lines, nearly all of them #TRANS. Splitting each in
Python costs more than a second, so the commonest shapes are found by one regular
expression per chunk of about 1 MB (``lexer.TRANS_ROW``): ``re.split`` returns, in C, the
text between the rows and the fields of each row. Where every stop between the rows of a
chunk is the standard "}" / "#VER …" / "{" (checked by one more regular expression over all
of them, ``BOUNDARY``), the chunk's rows and vouchers come out as one ``ChunkBlock``; else
each run of rows that follow each other line by line comes out as a ``Segment``. Every
other line (#VER, braces, any other record, #TRANS of rarer shapes) comes out as itself,
numbered, for the line-by-line reader. A reader that is not inside a voucher when a
``ChunkBlock`` comes expands it back into segments and lines (``ItemStream.push``).

Only files without control characters (other than TAB, and CR before LF) are read this way,
so the regular expressions and the lexer agree on what a field is; the tests read every
sample file both ways.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from itertools import compress, islice, repeat

from arshjul.finance.sie.lexer import TRANS_ROW

CHUNK = 1 << 20
NEWLINE = b"\n"

_CONTROLS = rb"\x00-\x1f\x7f"
_BARE = rb'[^ "{' + _CONTROLS + rb"]+"
_QUOTED = rb'"([^"\\' + _CONTROLS + rb']*)"'
_WORD = rb"(?:" + _BARE + rb'|"[^"\\' + _CONTROLS + rb']*")'
VER_LINE = (
    rb"[ \t]*#VER[ \t]+(" + _WORD + rb")[ \t]+(" + _WORD + rb")[ \t]+([0-9]{8})"
    rb"(?:[ \t]+(?:" + _QUOTED + rb"|(" + _BARE + rb"))"
    rb'(?:[ \t]+([0-9]{8}|"")(?:[ \t]+' + _WORD + rb")*)?)?[ \t]*"
)
"""A #VER line of the common shape; groups: series, number, date, quoted text, unquoted
text, regdate (quoted series and numbers keep their quotes)."""

BOUNDARY = re.compile(rb"^[ \t]*\}[ \t]*\r?\n" + VER_LINE + rb"\r?\n[ \t]*\{[ \t]*\r?\n", re.M)
"""The three lines between the rows of two vouchers: "}", "#VER …", "{"."""

VerFields = tuple[bytes, bytes, bytes, bytes | None, bytes | None, bytes | None]


class Segment:
    """Consecutive plain #TRANS rows, one per line: their raw fields, column by column.

    ``keys`` holds the text between the braces of each object list (``b""`` for ``{}``),
    ``dates`` the transdat or ``None`` (missing or ``""``: the voucher date applies).
    """

    __slots__ = ("accounts", "amounts", "dates", "keys")

    def __init__(
        self,
        accounts: list[bytes],
        keys: list[bytes],
        amounts: list[bytes],
        dates: list[bytes | None],
    ) -> None:
        self.accounts = accounts
        self.keys = keys
        self.amounts = amounts
        self.dates = dates

    def __len__(self) -> int:
        return len(self.accounts)


class ChunkBlock:
    """The plain #TRANS rows of several vouchers in a row, each pair of them separated by the
    three standard lines "}", "#VER …", "{" (``BOUNDARY``): the rows' raw fields column by
    column, the number of rows of each voucher (``runs``) and the #VER fields of each
    boundary (``vers``, one fewer). The first run belongs to the voucher already open.
    """

    __slots__ = ("accounts", "amounts", "boundaries", "dates", "keys", "runs", "vers")

    def __init__(
        self,
        parts: list[bytes | None],
        runs: list[int],
        vers: list[VerFields],
        boundaries: list[bytes],
    ) -> None:
        self.accounts: list[bytes] = parts[1::5]  # type: ignore[assignment]
        self.keys: list[bytes] = parts[2::5]  # type: ignore[assignment]
        self.amounts: list[bytes] = parts[3::5]  # type: ignore[assignment]
        self.dates: list[bytes | None] = parts[4::5]
        self.runs = runs
        self.vers = vers
        self.boundaries = boundaries

    def expand(self, number: int) -> list[tuple[int, Item]]:
        """The same as segments and lines, for a reader that is not inside a voucher."""
        items: list[tuple[int, Item]] = []
        start = 0
        for index, count in enumerate(self.runs):
            if index:
                boundary = self.boundaries[index - 1].splitlines()
                items.extend(enumerate(boundary, number))
                number += len(boundary)
            stop = start + count
            segment = Segment(
                self.accounts[start:stop],
                self.keys[start:stop],
                self.amounts[start:stop],
                self.dates[start:stop],
            )
            items.append((number, segment))
            number += count
            start = stop
        return items


Item = bytes | Segment | ChunkBlock
NumberedItems = Iterator[tuple[int, Item]]
"""(line number, line) or (line number of its first row, ``Segment`` or ``ChunkBlock``)."""


class ItemStream:
    """The items of a file, with a way to put items back (an expanded ``ChunkBlock``)."""

    def __init__(self, items: NumberedItems) -> None:
        self._items = items
        self._back: list[tuple[int, Item]] = []

    def __iter__(self) -> ItemStream:
        return self

    def __next__(self) -> tuple[int, Item]:
        if self._back:
            return self._back.pop()
        return next(self._items)

    def push(self, items: list[tuple[int, Item]]) -> None:
        self._back.extend(reversed(items))


def chunks(data: bytes) -> Iterator[bytes]:
    """Slices of about ``CHUNK`` bytes that end at a line end."""
    start = 0
    while start < len(data):
        end = data.find(NEWLINE, start + CHUNK)
        end = len(data) if end < 0 else end + 1
        yield data[start:end]
        start = end


def numbered_items(data: bytes) -> ItemStream:
    """The lines of ``data`` with its plain #TRANS rows gathered into segments."""
    return ItemStream(_all_items(data))


def _all_items(data: bytes) -> NumberedItems:
    number = 1
    for chunk in chunks(data):
        yield from _chunk_items(chunk, number)
        number += chunk.count(NEWLINE)


def _chunk_items(chunk: bytes, number: int) -> NumberedItems:
    """The items of one chunk: the lines before its first row, then its rows (as one
    ``ChunkBlock`` when the vouchers follow each other in the standard way, else as runs of
    rows with the lines between them), then the lines after its last row."""
    parts = TRANS_ROW.split(chunk)
    rows = len(parts) // 5
    if not rows:
        yield from enumerate(chunk.splitlines(), number)
        return
    separators = parts[0::5]
    # the text between two rows is a bare line end, except where a run of rows stops
    stops = list(compress(range(1, rows + 1), map(NEWLINE.__ne__, islice(separators, 1, None))))
    inner = stops[:-1] if stops and stops[-1] == rows else stops
    lines = separators[0].splitlines()  # the full lines before row 0
    yield from enumerate(lines, number)
    line = number + len(lines)
    block = _chunk_block(parts, separators, inner, rows)
    if block is not None:
        yield line, block
        line += rows + 3 * len(inner)
    else:
        line = yield from _runs(parts, separators, inner, rows, line)
    if stops and stops[-1] == rows:  # the lines after the last row ([1:]: its line end)
        yield from enumerate(separators[rows][1:].splitlines(), line)


def _chunk_block(
    parts: list[bytes | None], separators: list[bytes], inner: list[int], rows: int
) -> ChunkBlock | None:
    """The rows as one ``ChunkBlock``, if every stop between them is a ``BOUNDARY``."""
    if not inner:
        return None
    boundaries = [separators[stop][1:] for stop in inner]
    if set(map(bytes.count, boundaries, repeat(NEWLINE))) != {3}:
        return None
    vers = BOUNDARY.findall(b"".join(boundaries))  # three full lines per match, in order
    if len(vers) != len(boundaries):
        return None
    runs = [stop - start for start, stop in zip([0, *inner], [*inner, rows], strict=True)]
    return ChunkBlock(parts, runs, vers, boundaries)


def _runs(
    parts: list[bytes | None], separators: list[bytes], inner: list[int], rows: int, line: int
) -> Generator[tuple[int, Item], None, int]:
    """Each run of rows as a ``Segment``, followed by the lines up to the next run; the
    generator returns the line after the last row."""
    start = 0
    for stop in inner:  # rows start … stop - 1 follow each other
        yield line, _segment(parts, start, stop)
        line += stop - start
        lines = separators[stop][1:].splitlines()  # [1:]: the last row's line end
        yield from enumerate(lines, line)
        line += len(lines)
        start = stop
    yield line, _segment(parts, start, rows)
    return line + rows - start


def _segment(parts: list[bytes | None], start: int, stop: int) -> Segment:
    first, last = 5 * start, 5 * stop
    return Segment(
        parts[first + 1 : last : 5],  # type: ignore[arg-type]
        parts[first + 2 : last : 5],  # type: ignore[arg-type]
        parts[first + 3 : last : 5],  # type: ignore[arg-type]
        parts[first + 4 : last : 5],
    )
