"""Splitting one SIE line (bytes) into fields.

The rules (SIE 4B/4C, see SPEC-NOTES.md §3):

* fields are separated by one or more spaces or TABs;
* a field may be quoted: ``"two words"``; ``\\"`` inside is a literal quote, a backslash
  followed by anything else is an ordinary character (Windows paths occur), ``""`` is the
  empty value; a quote that is never closed is an error;
* a field that starts with ``{`` is an object list that runs to the next ``}`` on the line:
  ``{}``, ``{ }``, ``{1 "456" 7 "47"}``; its items may be quoted too;
* any other field runs to the next blank (quotes inside it are ordinary characters);
* control characters (0–31 and 127) are not allowed inside a field; a TAB is only allowed
  as a separator.

The lexer works on bytes: separators, quotes and braces are ASCII in every encoding a SIE
file arrives in (CP437, ISO-8859-15, UTF-8), so values are decoded afterwards, field by
field. A field is ``bytes``; an object list is a ``tuple`` of its items (``bytes``).

Fast paths. A line without ``"`` and ``{`` is split by ``bytes.split()``, which gives the
same fields as the full scan. The commonest ``#TRANS`` shapes are matched by ``TRANS_ROW``,
a regular expression for whole lines that ``segments`` runs over a chunk of lines at once:
``#TRANS account {objects} amount [transdat|""] ["text"]`` with a numeric account, an
object list whose quoted items hold no ``\\``, TAB or line end, a plain amount, an
eight-digit transdat and a text without ``\\`` or TAB. Where it matches, the lexer would
give the same fields; every other line goes through the lexer. Both fast paths are only
used in files without control characters other than TAB, CR and LF.
"""

from __future__ import annotations

import re

from arshjul.finance.sie.model import SieProblem

Field = bytes | tuple[bytes, ...]

_BLANKS = re.compile(rb"[ \t]*")
_QUOTED = re.compile(rb'"((?:[^"\\]+|\\"|\\(?!"))*)"')
_BARE = re.compile(rb"[^ \t]+")
_LIST_ITEM = re.compile(rb'[^ \t{}"]+')
_CONTROL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")
_CONTROL_IN_STRING = re.compile(rb"[\x00-\x1f\x7f]")
_LABEL = re.compile(rb"#[A-Z0-9_]+")

_PLAIN_QUOTED = rb'"[^"\\\t\r\n]*+"'
TRANS_ROW = re.compile(
    rb"^[ \t]*+#TRANS[ \t]++([0-9]++)[ \t]++"  # account
    rb'\{([^{}"\r\n]*+(?:' + _PLAIN_QUOTED + rb'[^{}"\r\n]*+)*+)\}[ \t]*+'  # object list
    rb"(-?[0-9]++(?:\.[0-9][0-9]?)?+)"  # amount
    rb'(?:[ \t]++(?:([0-9]{8})|"")'  # transdat
    rb"(?:[ \t]++" + _PLAIN_QUOTED + rb")?+)?+[ \t]*+\r?$",  # text (only after a transdat)
    re.MULTILINE,
)
"""One plain #TRANS line; groups: account, object list (inside the braces), amount,
transdat (``None`` when missing or ``""``). The quantifiers are possessive (``*+``): no
part of a row can be matched in two ways, and not backtracking makes the scan faster."""

QUOTE = 0x22
OPEN = 0x7B
CLOSE = 0x7D


def split_fields(line: bytes) -> list[Field]:
    """The fields of one line; raises ``SieProblem`` (fatal) for a lexical error."""
    if b'"' not in line and b"{" not in line:
        if _CONTROL.search(line):
            raise _control_problem(line)
        return list(line.split())
    return _scan(line)


def is_label(field: Field) -> bool:
    """A record label: ``#`` followed by upper-case letters (digits tolerated)."""
    return isinstance(field, bytes) and _LABEL.fullmatch(field) is not None


def parse_object_list(text: bytes) -> tuple[bytes, ...]:
    """The items of an object list written as ``{...}`` (the whole of ``text``)."""
    fields = _scan(text)
    if len(fields) != 1 or not isinstance(fields[0], tuple):
        raise SieProblem("Objektlistan är felaktigt skriven", fatal=True)
    return fields[0]


def _scan(line: bytes) -> list[Field]:
    fields: list[Field] = []
    end = len(line)
    pos = _skip_blanks(line, 0)
    while pos < end:
        first = line[pos]
        if first == QUOTE:
            value, pos = _quoted(line, pos)
            fields.append(value)
        elif first == OPEN:
            items, pos = _object_list(line, pos)
            fields.append(items)
        else:
            value, pos = _bare(line, pos)
            fields.append(value)
        pos = _skip_blanks(line, pos)
    return fields


def _skip_blanks(line: bytes, pos: int) -> int:
    match = _BLANKS.match(line, pos)
    return match.end() if match else pos


def _quoted(line: bytes, pos: int) -> tuple[bytes, int]:
    match = _QUOTED.match(line, pos)
    if match is None:
        raise SieProblem("Citattecknet avslutas aldrig", fatal=True)
    raw = match[1]
    if _CONTROL_IN_STRING.search(raw):
        raise _control_problem(raw)
    return raw.replace(b'\\"', b'"'), match.end()


def _bare(line: bytes, pos: int) -> tuple[bytes, int]:
    match = _BARE.match(line, pos)
    assert match is not None  # pos is at a non-blank
    if _CONTROL.search(match[0]):
        raise _control_problem(match[0])
    return match[0], match.end()


def _object_list(line: bytes, pos: int) -> tuple[tuple[bytes, ...], int]:
    items: list[bytes] = []
    end = len(line)
    pos = _skip_blanks(line, pos + 1)
    while pos < end and line[pos] != CLOSE:
        if line[pos] == QUOTE:
            value, pos = _quoted(line, pos)
        else:
            match = _LIST_ITEM.match(line, pos)
            if match is None:
                raise SieProblem("Objektlistan är felaktigt skriven", fatal=True)
            if _CONTROL.search(match[0]):
                raise _control_problem(match[0])
            value, pos = match[0], match.end()
        items.append(value)
        pos = _skip_blanks(line, pos)
    if pos >= end:
        raise SieProblem("Objektlistan avslutas aldrig (”}” saknas)", fatal=True)
    return tuple(items), pos + 1


def _control_problem(raw: bytes) -> SieProblem:
    match = _CONTROL_IN_STRING.search(raw)
    code = match[0][0] if match else 0
    return SieProblem(f"Otillåtet styrtecken (tecken {code}) i ett fält", fatal=True)
