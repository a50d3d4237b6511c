"""What changed between two stored versions of a document, read from their snapshots (the
report model as data, ``renderers.json.to_data``). Pure: no database, no rendering.

Sections are matched by key among their siblings, tables and status lists by key within their
section, rows, columns and status entries by key. The changes come in document order (the
newer version's order, with what only the older one had placed after its predecessor):

- ``section``: a section added or removed (its content is not listed again);
- ``cell``: a table cell whose value or text changed, or that appeared or disappeared (a new
  or dropped row, column or table of a section both versions have);
- ``status``: a status-list entry whose fulfilment, status, trend, outcome or target changed
  (one change per field), or an entry that appeared or disappeared;
- ``discrepancy``: a published figure that now disagrees, no longer disagrees, or disagrees
  with another computed figure (after the sections, in the document's order of them).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from arshjul.reports.reconcile import LABEL_COLUMN, shown

if TYPE_CHECKING:
    from arshjul.reports.models import StoredDocument

Kind = Literal["section", "cell", "status", "discrepancy"]
How = Literal["changed", "added", "removed"]
Data = dict[str, Any]

KINDS: tuple[tuple[Kind, str], ...] = (
    ("section", "Avsnitt"),
    ("cell", "Tabellceller"),
    ("status", "Status i mål och uppdrag"),
    ("discrepancy", "Avvikelser mot publicerade siffror"),
)
HOW_TEXT = {"changed": "Ändrad", "added": "Ny", "removed": "Borttagen"}
STATUS_FIELDS = (
    ("fulfilment", "Måluppfyllelse"),
    ("status", "Status"),
    ("trend", "Trend"),
    ("outcome", "Utfall"),
    ("target", "Målvärde"),
)


@dataclass(frozen=True)
class Change:
    """One difference and its address. ``path`` is the titles of the sections down to it;
    ``table`` a table's or status list's title; ``row`` a row's label or an entry's label and
    title; ``column`` a column's label or the entry's field. ``key`` is the same address in
    keys ("resultatrapport/resultat/utfall"), stable for tests and links."""

    kind: Kind
    how: How
    path: tuple[str, ...]
    key: str
    table: str = ""
    row: str = ""
    column: str = ""
    old: str = ""
    new: str = ""

    @property
    def how_text(self) -> str:
        return HOW_TEXT[self.how]


@dataclass
class Comparison:
    changes: list[Change] = field(default_factory=list)

    def of_kind(self, kind: Kind) -> list[Change]:
        return [c for c in self.changes if c.kind == kind]

    @property
    def counts(self) -> dict[str, int]:
        return {kind: len(self.of_kind(kind)) for kind, _ in KINDS}

    @property
    def groups(self) -> list[tuple[Kind, str, list[Change]]]:
        """Each kind with its Swedish name and its changes, in the order of ``KINDS``."""
        return [(kind, name, self.of_kind(kind)) for kind, name in KINDS]

    def __len__(self) -> int:
        return len(self.changes)


def compare(old: StoredDocument, new: StoredDocument) -> Comparison:
    """The changes from the stored version ``old`` to ``new``."""
    return compare_snapshots(old.snapshot, new.snapshot)


def compare_snapshots(old: Data, new: Data) -> Comparison:
    changes = list(_sections(old.get("sections", []), new.get("sections", []), ()))
    changes.extend(_discrepancies(old, new))
    return Comparison(changes)


# Matching by key, in document order


def _keyed(nodes: list[Data], key: str = "key") -> dict[str, Data]:
    """The nodes by key, in order; a repeated key gets "#2", "#3" so that no node is lost."""
    keyed: dict[str, Data] = {}
    for node in nodes:
        name, n = str(node.get(key, "")), 1
        while (name if n == 1 else f"{name}#{n}") in keyed:
            n += 1
        keyed[name if n == 1 else f"{name}#{n}"] = node
    return keyed


def _union(old: list[str], new: list[str]) -> list[str]:
    """The keys of both lists: the new order, each key only the old list has placed after the
    key it followed there (at the start when none of its predecessors survived)."""
    result = list(new)
    present = set(new)
    for i, key in enumerate(old):
        if key in present:
            continue
        at = next((result.index(prev) + 1 for prev in reversed(old[:i]) if prev in present), 0)
        result.insert(at, key)
        present.add(key)
    return result


def _pairs(
    old: dict[str, Data], new: dict[str, Data]
) -> Iterator[tuple[str, Data | None, Data | None]]:
    for key in _union(list(old), list(new)):
        yield key, old.get(key), new.get(key)


# Sections and their blocks


def _sections(old: list[Data], new: list[Data], path: tuple[str, ...]) -> Iterator[Change]:
    for key, before, after in _pairs(_keyed(old), _keyed(new)):
        if before is None or after is None:
            gone = before if after is None else after
            assert gone is not None
            title = _section_title(gone)
            yield Change(
                "section",
                "removed" if after is None else "added",
                path,
                key,
                row=title,
                old=title if after is None else "",
                new=title if before is None else "",
            )
            continue
        here = (*path, after.get("title") or key)
        yield from _blocks(before.get("blocks", []), after.get("blocks", []), here)
        yield from _sections(before.get("sections", []), after.get("sections", []), here)


def _section_title(section: Data) -> str:
    number = section.get("number") or ""
    return f"{number} {section.get('title', '')}".strip()


def _blocks(old: list[Data], new: list[Data], path: tuple[str, ...]) -> Iterator[Change]:
    kinds = {"table": _table, "status_list": _status_list}

    def compared(blocks: list[Data]) -> dict[str, Data]:
        kept = [b for b in blocks if b.get("type") in kinds]
        return _keyed([{**b, "_id": f"{b['type']}:{b.get('key', '')}"} for b in kept], "_id")

    for _, before, after in _pairs(compared(old), compared(new)):
        kind = (after or before or {})["type"]
        yield from kinds[kind](before, after, path)


# Tables


def _table(old: Data | None, new: Data | None, path: tuple[str, ...]) -> Iterator[Change]:
    either = new or old
    assert either is not None
    title = either.get("title") or either.get("caption") or either["key"]
    columns = {c["key"]: c for c in (old or {}).get("columns", [])}
    columns |= {c["key"]: c for c in (new or {}).get("columns", [])}
    old_cols = [c["key"] for c in (old or {}).get("columns", [])]
    new_cols = [c["key"] for c in (new or {}).get("columns", [])]
    order = _union(old_cols, new_cols)
    old_rows, new_rows = _keyed((old or {}).get("rows", [])), _keyed((new or {}).get("rows", []))
    for row_key, before, after in _pairs(old_rows, new_rows):
        label = (after or before or {}).get("label", row_key)
        old_cells = (before or {}).get("cells", {})
        new_cells = (after or {}).get("cells", {})
        for col in order:
            a, b = old_cells.get(col), new_cells.get(col)
            if a is None and b is None:
                continue
            if a is not None and b is not None:
                if (a.get("value"), a.get("text")) == (b.get("value"), b.get("text")):
                    continue
                how: How = "changed"
            else:
                how = "added" if a is None else "removed"
            yield Change(
                "cell",
                how,
                path,
                f"{either['key']}/{row_key}/{col}",
                table=title,
                row=label,
                column=columns[col].get("label", col),
                old=(a or {}).get("text", ""),
                new=(b or {}).get("text", ""),
            )


# Status lists


def _entries(entries: list[Data]) -> Iterator[Data]:
    for entry in entries:
        yield entry
        yield from _entries(entry.get("children", []))


def _entry_name(entry: Data) -> str:
    return " ".join(p for p in (entry.get("label", ""), entry.get("title", "")) if p)


def _field_text(entry: Data | None, name: str) -> str:
    value = (entry or {}).get(name)
    if isinstance(value, dict):  # a badge: shape and text
        return f"{value.get('shape', '')} {value.get('text', '')}".strip()
    return str(value or "")


def _field_key(entry: Data, name: str) -> Any:
    value = entry.get(name)
    return value.get("key") if isinstance(value, dict) else (value or "")


def _status_list(old: Data | None, new: Data | None, path: tuple[str, ...]) -> Iterator[Change]:
    either = new or old
    assert either is not None
    title = either.get("title") or (path[-1] if path else either["key"])
    old_entries = _keyed(list(_entries((old or {}).get("entries", []))))
    new_entries = _keyed(list(_entries((new or {}).get("entries", []))))
    for key, before, after in _pairs(old_entries, new_entries):
        name = _entry_name(after or before or {})
        address = f"{either['key']}/{key}"
        if before is None or after is None:
            summary = _entry_summary(after or before or {})
            how: How = "added" if before is None else "removed"
            old_text, new_text = ("", summary) if before is None else (summary, "")
            yield Change("status", how, path, address, title, name, "", old_text, new_text)
            continue
        for field_name, label in STATUS_FIELDS:
            if _field_key(before, field_name) == _field_key(after, field_name) and _field_text(
                before, field_name
            ) == _field_text(after, field_name):
                continue
            yield Change(
                "status",
                "changed",
                path,
                f"{address}/{field_name}",
                title,
                name,
                label,
                _field_text(before, field_name),
                _field_text(after, field_name),
            )


def _entry_summary(entry: Data) -> str:
    parts = (_field_text(entry, name) for name, _ in STATUS_FIELDS)
    return ", ".join(p for p in parts if p)


# Discrepancies


def _discrepancies(old: Data, new: Data) -> Iterator[Change]:
    def keyed(data: Data) -> dict[str, Data]:
        return {f"{d['table']}/{d['row']}/{d['column']}": d for d in data.get("discrepancies", [])}

    labels = _labels(old) | _labels(new)
    for key, before, after in _pairs(keyed(old), keyed(new)):
        if before is not None and after is not None:
            same = (before.get("published"), before.get("computed")) == (
                after.get("published"),
                after.get("computed"),
            )
            if same:
                continue
        either = after or before
        assert either is not None
        table, row, column = labels.get(key, (either["table"], either["row"], either["column"]))
        how: How = "changed" if before and after else ("added" if before is None else "removed")
        yield Change(
            "discrepancy",
            how,
            (),
            key,
            table=table,
            row=row,
            column=column,
            old=_discrepancy_text(before),
            new=_discrepancy_text(after),
        )


def _discrepancy_text(d: Data | None) -> str:
    if d is None:
        return ""
    return f"publicerat {shown(d.get('published'))}, beräknat {shown(d.get('computed'))}"


def _labels(data: Data) -> dict[str, tuple[str, str, str]]:
    """Each cell address "table/row/column" of the document with its table's title, row's
    label and column's label (and the row label's own address, column ``rubrik``)."""
    labels: dict[str, tuple[str, str, str]] = {}

    def walk(sections: list[Data]) -> None:
        for section in sections:
            for block in section.get("blocks", []):
                if block.get("type") == "table":
                    add(block)
            walk(section.get("sections", []))

    def add(table: Data) -> None:
        title = table.get("title") or table["key"]
        columns = {c["key"]: c.get("label", c["key"]) for c in table.get("columns", [])}
        columns[LABEL_COLUMN] = "Rubrik"
        for row in table.get("rows", []):
            for col, label in columns.items():
                labels[f"{table['key']}/{row['key']}/{col}"] = (title, row.get("label", ""), label)

    walk(data.get("sections", []))
    return labels
