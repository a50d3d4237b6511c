"""Table layout for the PDF: column widths, font size and page orientation estimated from the
texts (Typst would size ``auto`` columns by their unbroken text and let numbers overflow)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class TableLayout:
    widths: list[Decimal]  # relative widths (fr), summing to the line width in em
    size: Decimal  # font size in pt
    landscape: bool


LINE_PT = {False: Decimal("493"), True: Decimal("740")}  # A4 minus margins, portrait/landscape
SIZES = [(Decimal("8.5"), False), (Decimal("7.5"), False), (Decimal("8.5"), True)]
SMALLEST = (Decimal("7"), True)
SLACK = Decimal("1.6")  # text columns may wrap to 1/1.6 of the width they would like
_WORD_BREAK = re.compile(r"[ \t\n]+")  # not the no-break space inside figures


PADDING = Decimal("1.2")  # the cell's inset, 2 × 4 pt, in em of the smallest size, rounded up
NARROW, WIDE = frozenset("ijlI.,:;'!|()[]ftr/"), frozenset("mwMW%−@")


def _char_em(char: str) -> Decimal:
    """A character's advance in DejaVu Sans, by class and rounded up (space 0,32, "i" 0,28,
    "m" 0,97, "D" 0,77, most lower-case letters and the digits 0,55-0,64 em)."""
    if char.isspace():
        return Decimal("0.32")
    if char in NARROW:
        return Decimal("0.4")
    if char in WIDE:
        return Decimal("1.0")
    return Decimal("0.78") if char.isupper() else Decimal("0.64")


def _em(text: str, *, bold: bool = False) -> Decimal:
    """The width of ``text`` in em, a little wide so that nothing overflows its cell."""
    width = sum((_char_em(c) for c in text), Decimal(0))
    return width * Decimal("1.12") if bold else width


def table_layout(
    header: list[str], numeric: list[bool], rows: list[list[str]], *, portrait: bool = False
) -> TableLayout:
    """Column widths, font size and orientation of a table: every column at least as wide as
    its longest word (a figure is one word), text columns sharing what is left; a smaller font
    and then a landscape page (unless ``portrait``) when the columns do not fit."""
    minimum, wanted = [], []
    for index, is_number in enumerate(numeric):
        texts = [r[index] for r in rows if index < len(r)]
        words = [_em(w, bold=True) for t in texts for w in _WORD_BREAK.split(t)]
        words += [_em(w, bold=True) for w in _WORD_BREAK.split(header[index])]
        low = max(words, default=Decimal(0)) + PADDING
        if is_number:
            want = low
        else:
            lengths = sorted(_em(t) for t in texts) or [Decimal(0)]
            cap = 26 if index == 0 else 20
            want = max(low, min(lengths[len(lengths) * 9 // 10] + PADDING, Decimal(cap)))
        minimum.append(max(low, Decimal(3)))
        wanted.append(max(want, Decimal(3)))
    for size, landscape in [s for s in SIZES if not (portrait and s[1])]:
        line = LINE_PT[landscape] / size
        if sum(minimum) <= line and sum(wanted) <= line * SLACK:
            break
    else:
        size, landscape = (SMALLEST[0], False) if portrait else SMALLEST
        line = LINE_PT[landscape] / size
    return TableLayout(_share(minimum, wanted, line), size, landscape)


def _share(minimum: list[Decimal], wanted: list[Decimal], line: Decimal) -> list[Decimal]:
    """Widths that fill the line: all columns widened alike when everything fits, else each
    column its minimum plus a share of the rest by how much more it would like."""
    if sum(wanted) <= line:
        return [(w * line / sum(wanted)).quantize(Decimal("0.01")) for w in wanted]
    flex = [w - m for w, m in zip(wanted, minimum, strict=True)]
    spare = max(line - sum(minimum), Decimal(0))
    total = sum(flex) or Decimal(1)
    return [
        (m + spare * f / total).quantize(Decimal("0.01"))
        for m, f in zip(minimum, flex, strict=True)
    ]
