"""Finding blocks in a document's JSON wherever the outline put them (sections nest)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def iter_sections(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for section in data["sections"]:
        yield section
        yield from iter_sections(section)


def iter_blocks(data: dict[str, Any], kind: str | None = None) -> Iterator[dict[str, Any]]:
    for section in iter_sections(data):
        for block in section["blocks"]:
            if kind is None or block["type"] == kind:
                yield block


def find_table(data: dict[str, Any], key: str) -> dict[str, Any]:
    for block in iter_blocks(data, "table"):
        if block["key"] == key:
            return block
    raise KeyError(key)


def find_section(data: dict[str, Any], key: str) -> dict[str, Any]:
    for section in iter_sections(data):
        if section["key"] == key:
            return section
    raise KeyError(key)
