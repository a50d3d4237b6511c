"""Which character set a SIE file really uses.

Every file says ``#FORMAT PC8`` (CP437), but real files also arrive in ISO-8859-15/Latin-1
or UTF-8, CP437 files carry single stray Latin-1 bytes, and some were saved through a UTF-8
editor that replaced every non-ASCII letter by U+FFFD. The rules, in order:

1. the bytes EF BF BD (U+FFFD in UTF-8) occur → refused: the letters are already lost;
2. only ASCII → ``"ascii"``;
3. the bytes are valid UTF-8 (and not ASCII) → ``"utf-8"`` (Swedish CP437 or Latin-1 text
   is practically never valid UTF-8: its letters are lone bytes ≥ 0x80);
4. otherwise the Swedish letters decide: the bytes of å ä ö Å Ä Ö é in Latin-1 (E5 E4 F6 C5
   C4 D6 E9) are counted against the same letters in CP437 (86 84 94 8F 8E 99 82). The set
   with more bytes wins, a tie goes to CP437 (what the file declares). Bytes of the losing set
   are kept as decoded by the winner, and each line with one gets a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from arshjul.finance.sie.model import SieError

REPLACEMENT = b"\xef\xbf\xbd"
BOM = b"\xef\xbb\xbf"
LATIN_LETTERS = b"\xe5\xe4\xf6\xc5\xc4\xd6\xe9"  # å ä ö Å Ä Ö é in ISO-8859-15
PC8_LETTERS = b"\x86\x84\x94\x8f\x8e\x99\x82"  # å ä ö Å Ä Ö é in CP437
_OTHER_BYTES = bytes(b for b in range(256) if b not in LATIN_LETTERS + PC8_LETTERS)
MAX_STRAY_WARNINGS = 10
NAMES = {"cp437": "CP437", "iso-8859-15": "ISO-8859-15 (Latin-1)"}


@dataclass
class Detected:
    name: str  # "cp437" | "iso-8859-15" | "utf-8" | "ascii"
    warnings: list[tuple[int, str]] = field(default_factory=list)


def detect_encoding(data: bytes, *, file_name: str) -> Detected:
    """The encoding of ``data``; raises ``SieError`` for a file damaged into U+FFFD."""
    damaged = data.find(REPLACEMENT)
    if damaged >= 0:
        line = line_of(data, damaged)
        raise SieError(
            "Filen verkar ha sparats om med fel teckenkodning: "
            f"tecknet \ufffd (U+FFFD) på rad {line}",
            file_name=file_name,
            line=line,
        )
    if data.isascii():
        return Detected("ascii")
    if _is_utf8(data):
        return Detected("utf-8")
    letters = data.translate(None, _OTHER_BYTES)
    latin = bytes(byte for byte in LATIN_LETTERS if byte in letters)
    pc8 = bytes(byte for byte in PC8_LETTERS if byte in letters)
    if sum(map(letters.count, latin)) > sum(map(letters.count, pc8)):
        return Detected("iso-8859-15", stray_letters(data, pc8, "iso-8859-15", "cp437"))
    return Detected("cp437", stray_letters(data, latin, "cp437", "iso-8859-15"))


def line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def stray_letters(data: bytes, letters: bytes, chosen: str, other: str) -> list[tuple[int, str]]:
    """One warning per line (the first ten) holding one of ``letters`` (bytes that occur,
    the letters of the encoding that lost the count)."""
    lines: dict[int, int] = {}
    line, previous = 1, 0
    for position in sorted(_first_positions(data, letters)):
        line += data.count(b"\n", previous, position)
        previous = position
        lines.setdefault(line, data[position])
    listed = list(lines.items())[:MAX_STRAY_WARNINGS]
    warnings = [(number, _stray_message(byte, chosen, other)) for number, byte in listed]
    if len(lines) > MAX_STRAY_WARNINGS:
        total = sum(data.count(byte) for byte in letters)
        following = list(lines)[MAX_STRAY_WARNINGS]
        warnings.append((following, f"fler rader har sådana tecken ({total} tecken i hela filen)"))
    return warnings


def _first_positions(data: bytes, letters: bytes) -> list[int]:
    """The first few positions of each byte: enough to find the first lines holding any."""
    found: list[int] = []
    for byte in letters:
        position = data.find(byte)
        for _ in range(MAX_STRAY_WARNINGS + 1):
            if position < 0:
                break
            found.append(position)
            position = data.find(byte, position + 1)
    return found


def _stray_message(byte: int, chosen: str, other: str) -> str:
    single = bytes([byte])
    return (
        f"byte 0x{byte:02X} är ”{single.decode(other)}” i {NAMES[other]} men "
        f"”{single.decode(chosen)}” i {NAMES[chosen]}; filen läses som {NAMES[chosen]} "
        "eftersom de flesta svenska bokstäverna är kodade så"
    )
