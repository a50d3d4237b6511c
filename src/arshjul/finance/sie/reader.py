"""``read_sie``: a SIE 1–4 file (bytes) → ``SieFile``.

What refuses a file (``SieError`` with a Swedish message and the line):

* always, also when ``strict=False`` (the file cannot be read any further, or its figures
  would be wrong): a damaged encoding (U+FFFD), an unterminated quote or object list, a
  control character in a field, a bad amount (``1,50``, ``+5``, ``1.234``, ``12.3.4``, ``abc``), a
  bad date (``20210230``, ``2021-01-05``, ``202101``) or period, a file that ends inside a
  voucher block, and a file that opens a #KSUMMA and never closes it (it is truncated);
* only when ``strict=True`` (the importer), as warnings ``"rad N: …"`` otherwise (``inspect``):
  a record of a known label with the wrong shape (a non-numeric account, a missing amount or
  object list, a #SIETYP outside 1–4, …), a #TRANS outside a voucher (skipped when
  lenient), a #VER without its ``{`` (lenient: the #TRANS right after it are read as its
  rows, as in the e-conomic sample), a block that a new #VER interrupts, a voucher whose
  #TRANS do not sum to zero (also listed in ``unbalanced_vouchers``) and a #KSUMMA that does
  not match (``checksum``).

Always warnings only: a #RAR without dates, an unquoted name written as several fields,
stray letters of another encoding, an #RTRANS without its twin. Unknown labels are ignored.

The first problem in the file is the one reported, although rows are converted (and
vouchers balanced) in batches after reading them: see ``Reading.flush``. The tests check
this against reading every line through the lexer.

Type 4I: ``is_import_file`` is true for a type 4 file without any balance record (#IB, #UB,
#RES, #OIB, #OUB, #PSALDO, #PBUDGET), whatever its name: the ``.si`` suffix is only a
convention, and the Fortnox sample ``Sie4.si`` carries balances (it is a 4E export).

Speed (a million #TRANS in about 2.4 s on the 2-core development machine): the plain
#TRANS rows are found by one regular expression per 1 MB chunk and the vouchers between
them by another (see ``segments``), their raw fields are converted column by column in
bulk (see ``columns``), and the cyclic garbage collector is paused while reading (nothing
read forms cycles; pausing it saves its repeated passes over the growing columns).
Checksums (#KSUMMA) are computed in a second pass over the lines, with the lexer.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from itertools import chain, islice

from arshjul.finance.sie.checksum import crc_of_records
from arshjul.finance.sie.context import Reading
from arshjul.finance.sie.encoding import BOM, detect_encoding
from arshjul.finance.sie.model import SieFile, SieProblem
from arshjul.finance.sie.records import read_record
from arshjul.finance.sie.segments import (
    ChunkBlock,
    Item,
    ItemStream,
    Segment,
    chunks,
    numbered_items,
)
from arshjul.finance.sie.vouchers import SKIPPED, scan_block, scan_vouchers, sinks_of, skip_block

SAME_WARNINGS = 10
_NOT_CONTROL = bytes(range(32, 127)) + bytes(range(128, 256))
VER = b"#VER"
OPEN = b"{"
ROW_LABELS = frozenset((b"#TRANS", b"#RTRANS", b"#BTRANS"))


def read_sie(data: bytes, *, file_name: str, strict: bool = False) -> SieFile:
    """Read a SIE file; ``strict`` refuses every problem (see the module docstring)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _read(data, file_name, strict)
    finally:
        if collecting:
            gc.enable()


def _read(data: bytes, file_name: str, strict: bool) -> SieFile:
    if data.startswith(BOM):
        data = data[len(BOM) :]
    detected = detect_encoding(data, file_name=file_name)
    reading = Reading(file_name=file_name, strict=strict, codec=detected.name)
    reading.warnings.extend(detected.warnings)
    plain, lone_cr = _controls(data)
    if plain and not lone_cr:
        items = numbered_items(data)
    else:
        items = ItemStream(numbered_lines(data, lone_cr=lone_cr))
    _scan(reading, items)
    _finish_vouchers(reading)
    _check_sum(reading, data, lone_cr)
    return _result(reading)


def numbered_lines(data: bytes, *, lone_cr: bool = False) -> Iterator[tuple[int, bytes]]:
    """(line number, line without its end) for each line; LF or CRLF ends a line.

    With ``lone_cr`` (a CR not followed by LF occurs) the CR stays in its line, where the
    lexer refuses it as a control character; ``bytes.splitlines`` would end the line there.
    """
    if not lone_cr:
        return enumerate(chain.from_iterable(map(bytes.splitlines, chunks(data))), 1)
    lines = data.split(b"\n")
    if data.endswith(b"\n"):
        lines.pop()
    return enumerate((line[:-1] if line[-1:] == b"\r" else line for line in lines), 1)


def _controls(data: bytes) -> tuple[bool, bool]:
    """(no control character but TAB/CR/LF, a lone CR occurs)."""
    controls = data.translate(None, _NOT_CONTROL)
    carriage_returns = controls.count(b"\r")
    lone_cr = carriage_returns > 0 and carriage_returns != data.count(b"\r\n")
    return not controls.translate(None, b"\t\r\n"), lone_cr


def _scan(reading: Reading, lines: ItemStream) -> None:
    for number, item in lines:
        again = _dispatch(reading, lines, number, item)
        while again is not None:
            again = _dispatch(reading, lines, *again)


def _dispatch(
    reading: Reading, lines: ItemStream, number: int, item: Item
) -> tuple[int, Item] | None:
    """Read one line outside a voucher block; a block returns the line after it."""
    if isinstance(item, ChunkBlock):  # rows of vouchers without an open one: one by one
        lines.push(item.expand(number))
        return None
    if isinstance(item, Segment):
        return _rows_outside(reading, lines, number, item)
    head = item.split(None, 1)
    if not head:
        return None
    if head[0] == OPEN and len(head) == 1:
        return _open_block(reading, lines, number)
    if reading.pending_voucher is not None:
        if head[0] in ROW_LABELS and reading.pending_voucher != SKIPPED:
            return _implicit_block(reading, lines, number, item)
        _missing_block(reading)
    if head[0] == VER:
        return scan_vouchers(reading, lines, number, item)
    read_record(reading, item, number)
    return None


def _rows_outside(
    reading: Reading, lines: ItemStream, number: int, segment: Segment
) -> tuple[int, Item] | None:
    """#TRANS rows (a segment) that no "{" of a #VER opened."""
    if reading.pending_voucher is not None and reading.pending_voucher != SKIPPED:
        return _implicit_block(reading, lines, number, segment)
    if reading.pending_voucher is not None:
        return None  # the rows of a #VER that could not be read (reported)
    for line in range(number, number + len(segment)):
        reading.problem(SieProblem("#TRANS står utanför en verifikation", fatal=False), line)
    return None


def _open_block(reading: Reading, lines: ItemStream, number: int) -> tuple[int, Item] | None:
    if reading.pending_voucher is None:
        reading.problem(SieProblem("”{” utan föregående #VER", fatal=False), number)
        return None
    if reading.pending_voucher == SKIPPED:  # a #VER that could not be read (reported)
        reading.pending_voucher = None
        return skip_block(lines)
    return scan_block(reading, lines, number, sinks_of(reading))


def _implicit_block(
    reading: Reading, lines: ItemStream, number: int, item: Item
) -> tuple[int, Item] | None:
    """Rows right after a #VER without its "{" (e-conomic): refused, or read leniently."""
    index = reading.pending_voucher
    assert index is not None
    ver_line = reading.voucher_lines[index]
    reading.problem(SieProblem("#VER saknar ”{” före sina rader", fatal=False), ver_line)
    lines.push([(number, item)])
    return scan_block(reading, lines, ver_line, sinks_of(reading))


def _missing_block(reading: Reading) -> None:
    index = reading.pending_voucher
    reading.pending_voucher = None
    if index is not None and index != SKIPPED:
        line = reading.voucher_lines[index]
        reading.problem(SieProblem("#VER följs inte av ”{” och sina rader", fatal=False), line)


def _finish_vouchers(reading: Reading) -> None:
    if reading.pending_voucher is not None:
        _missing_block(reading)
    reading.flush()


def _check_sum(reading: Reading, data: bytes, lone_cr: bool) -> None:
    opened, closed = reading.ksumma_open, reading.ksumma_close
    if opened is None and closed is None:
        return
    if closed is None:
        message = (
            f"Filen är avkortad: #KSUMMA på rad {opened} inleder en kontrollsumma "
            "som aldrig avslutas"
        )
        reading.fail(message, opened)
    end, stated = closed
    if opened is None or opened > end:
        reading.problem(SieProblem("Avslutande #KSUMMA utan inledande #KSUMMA", fatal=False), end)
        return
    lines = (line for _, line in islice(numbered_lines(data, lone_cr=lone_cr), opened, end - 1))
    computed = crc_of_records(lines)
    reading.sie.checksum = "ok" if computed == stated else "mismatch"
    if computed != stated:
        message = (
            f"Kontrollsumman (#KSUMMA) stämmer inte: filen säger {stated}, beräknad {computed}"
        )
        reading.problem(SieProblem(message, fatal=False), end)


def _result(reading: Reading) -> SieFile:
    sie = reading.sie
    sie.is_import_file = sie.sie_type == 4 and not reading.has_balances
    sie.warnings = warning_lines(reading.warnings)
    return sie


def warning_lines(warnings: list[tuple[int, str]]) -> list[str]:
    """``"rad N: …"`` in line order; a message met more than ``SAME_WARNINGS`` times is
    listed that often, then summed up on the line of its next occurrence."""
    seen: dict[str, int] = {}
    lines: list[str] = []
    for line, message in sorted(warnings, key=lambda warning: warning[0]):
        count = seen[message] = seen.get(message, 0) + 1
        if count <= SAME_WARNINGS:
            lines.append(f"rad {line}: {message}")
        elif count == SAME_WARNINGS + 1:
            more = sum(1 for _, other in warnings if other == message) - SAME_WARNINGS
            lines.append(f"rad {line}: samma sak på ytterligare {more} rader: {message}")
    return lines
