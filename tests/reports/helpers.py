"""The demo documents the renderer tests share, and finding blocks in a document's JSON wherever
the outline put them (sections nest)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from arshjul.organisations.access import SYSTEM
from arshjul.reports.model import Document
from arshjul.reports.services import build_document

# The two demo documents the renderer tests read: the annual report and a plan.
DEMO_DOCUMENTS = {
    "vb2021": ("verksamhetsberattelse", 2021, "helar"),
    "vp2024": ("verksamhetsplan", 2024, None),
}


def demo_documents(django_db_blocker: Any) -> dict[str, Document]:
    """``DEMO_DOCUMENTS`` built from the demo data, for a module-scoped fixture."""
    with django_db_blocker.unblock():
        return {
            name: build_document(
                user=SYSTEM,
                type_key=kind,
                board_slug="servicenamnden",
                year=year,
                period_key=period,
            )
            for name, (kind, year, period) in DEMO_DOCUMENTS.items()
        }


def iter_sections(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for section in data["sections"]:
        yield section
        yield from iter_sections(section)


def iter_blocks(data: dict[str, Any], kind: str | None = None) -> Iterator[dict[str, Any]]:
    """The blocks of a document, or of a section with its sub-sections, in document order."""
    for section in [data, *iter_sections(data)]:
        for block in section.get("blocks", []):  # a document has no blocks of its own
            if kind is None or block["type"] == kind:
                yield block


def find_block(data: dict[str, Any], kind: str, key: str) -> dict[str, Any]:
    for block in iter_blocks(data, kind):
        if block["key"] == key:
            return block
    raise KeyError(key)


def find_table(data: dict[str, Any], key: str) -> dict[str, Any]:
    return find_block(data, "table", key)


def find_chart(data: dict[str, Any], key: str) -> dict[str, Any]:
    return find_block(data, "chart", key)


def tables_by_key(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every table of a document or section, in document order, by key."""
    return {block["key"]: block for block in iter_blocks(data, "table")}


def find_section(data: dict[str, Any], key: str) -> dict[str, Any]:
    for section in iter_sections(data):
        if section["key"] == key:
            return section
    raise KeyError(key)


def cell_of(table: dict[str, Any], row: str, column: str) -> dict[str, Any]:
    """A table's cell by row and column key."""
    found = next(r for r in table["rows"] if r["key"] == row)
    return found["cells"][column]
