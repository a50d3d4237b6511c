"""#KSUMMA: the CRC-32 of a file's labels and field values (SPEC-NOTES.md §4, "Checksum").

The checksum covers every record after the opening ``#KSUMMA`` up to the closing one: the
bytes of each label and field value in order, object-list items included, without the
separators, line ends, the quotes around fields, the braces and the backslash of ``\\"``.
The bytes are those of the file as it is (CP437 in every file that has a checksum).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from arshjul.finance.sie.lexer import Field, split_fields


def crc_of_records(lines: Iterable[bytes]) -> int:
    """The CRC-32 over ``lines`` (the records between the two #KSUMMA)."""
    crc = 0
    for line in lines:
        if b'"' in line or b"{" in line or b"}" in line:
            stripped = line.strip()
            if stripped in (b"{", b"}"):
                continue
            crc = zlib.crc32(b"".join(_values(split_fields(line))), crc)
        else:
            crc = zlib.crc32(b"".join(line.split()), crc)
    return crc


def _values(fields: list[Field]) -> list[bytes]:
    flat: list[bytes] = []
    for value in fields:
        if isinstance(value, tuple):
            flat.extend(value)
        else:
            flat.append(value)
    return flat
