"""The rows of a voucher block that the fast path in ``vouchers.scan_block`` leaves over.

Each goes through the full lexer: #TRANS of rarer shapes, #RTRANS, #BTRANS, blank and unknown
records, a stray "{" and a #VER that shows the block was never closed. See ``vouchers`` for
how #RTRANS and #BTRANS are counted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from arshjul.finance.sie.context import Reading
from arshjul.finance.sie.lexer import Field, is_label, split_fields
from arshjul.finance.sie.model import SieProblem
from arshjul.finance.sie.values import Values, ore

RowTokens = tuple[bytes, object, bytes, bytes]
"""The raw account, object key, amount and date of a row (as ``columns.RowBuffer`` holds)."""


@dataclass
class Block:
    """A voucher block being read."""

    voucher: int
    date: bytes  # the raw voucher date, for rows without a transdat
    open_line: int
    rtrans: tuple[int, RowTokens] | None = None  # an #RTRANS waiting for its twin #TRANS
    rows_at_rtrans: int = 0


def block_line(reading: Reading, block: Block, line: bytes, number: int) -> bool:
    """Read one line of a block; True when it is a #VER (the block was never closed)."""
    if line.strip() == b"{":
        reading.problem(SieProblem("Oväntad ”{” inne i en verifikation", fatal=False), number)
        return False
    try:
        fields = split_fields(line)
    except SieProblem as problem:
        reading.problem(problem, number)
        return False
    label = fields[0]
    if label == b"#TRANS":
        tokens = row_tokens(reading, fields, block.date, number)
        if tokens is not None:
            add_row(reading, block, tokens, number)
        settle_rtrans(reading, block)
        return False
    settle_rtrans(reading, block)
    if label == b"#VER":
        message = f"Verifikationen saknar ”}}”: ”{{” på rad {block.open_line} stängs aldrig"
        reading.problem(SieProblem(message, fatal=False), block.open_line)
        return True
    handler = _HANDLERS.get(label) if isinstance(label, bytes) else None
    if handler is not None:
        handler(reading, block, fields, number)
    elif not is_label(label):
        reading.problem(SieProblem("Raden är ingen SIE-post (”#” saknas)", fatal=False), number)
    return False


def row_tokens(
    reading: Reading, fields: list[Field], voucher_date: bytes, number: int
) -> RowTokens | None:
    """The raw tokens of a #TRANS/#RTRANS/#BTRANS; ``None`` (reported) when malformed."""
    label = fields[0].decode("ascii") if isinstance(fields[0], bytes) else "#TRANS"
    try:
        if len(fields) < 3 or not isinstance(fields[2], tuple):
            raise SieProblem(f"{label} saknar objektlista (”{{}}”) efter kontot", fatal=False)
        amount = _field(fields, 3)
        if not amount:
            raise SieProblem(f"{label} saknar belopp", fatal=False)
        account = _field(fields, 1)
        key = object_key(reading.values, fields[2])
        return account, key, amount, _field(fields, 4) or voucher_date
    except SieProblem as problem:
        reading.problem(problem, number)
        return None


def object_key(values: Values, items: tuple[bytes, ...]) -> object:
    """The key under which ``values`` keeps the parsed object list (``None`` when empty)."""
    if not items:
        return None
    key = ("parsed", items)
    if key not in values.objects:
        values.object_items(key, items)
    return key


def add_row(reading: Reading, block: Block, tokens: RowTokens, number: int) -> None:
    rows = reading.rows
    account, key, amount, when = tokens
    rows.account.append(account)
    rows.amount.append(amount)
    rows.date.append(when)
    rows.key.append(key)
    rows.line.append(number)
    reading.sie.transactions.voucher.append(block.voucher)


def settle_rtrans(reading: Reading, block: Block) -> None:
    """After an #RTRANS: its twin #TRANS came (compare them) or not (count the #RTRANS)."""
    if block.rtrans is None:
        return
    number, tokens = block.rtrans
    block.rtrans = None
    rows = reading.rows
    if len(rows.account) == block.rows_at_rtrans:
        add_row(reading, block, tokens, number)
        reading.warn(number, "#RTRANS följs inte av sin #TRANS; raden räknas med")
        return
    index = block.rows_at_rtrans
    if rows.account[index] != tokens[0] or not _same_amount(rows.amount[index], tokens[2]):
        message = "#RTRANS följs av en #TRANS med annat konto eller belopp; #TRANS räknas"
        reading.warn(number, message)


def _same_amount(first: bytes, second: bytes) -> bool:
    try:
        return ore(first) == ore(second)
    except SieProblem:
        return first == second


def _rtrans(reading: Reading, block: Block, fields: list[Field], number: int) -> None:
    tokens = _checked_tokens(reading, fields, block, number)
    if tokens is not None:
        block.rtrans = (number, tokens)
        block.rows_at_rtrans = len(reading.rows.account)


def _btrans(reading: Reading, block: Block, fields: list[Field], number: int) -> None:
    _checked_tokens(reading, fields, block, number)  # checked, then not counted


def _checked_tokens(
    reading: Reading, fields: list[Field], block: Block, number: int
) -> RowTokens | None:
    tokens = row_tokens(reading, fields, block.date, number)
    if tokens is None:
        return None
    values = reading.values
    try:
        values.amount(tokens[2])
        values.date(tokens[3])
        values.account(tokens[0])
    except SieProblem as problem:
        reading.problem(problem, number)
        return None
    return tokens


def _field(fields: list[Field], index: int) -> bytes:
    if index >= len(fields):
        return b""
    field = fields[index]
    if isinstance(field, tuple):
        raise SieProblem("En objektlista står där ett fält väntas", fatal=False)
    return field


_HANDLERS: dict[bytes, Callable[[Reading, Block, list[Field], int], None]] = {
    b"#RTRANS": _rtrans,
    b"#BTRANS": _btrans,
}
