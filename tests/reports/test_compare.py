"""The comparison of two stored versions, on hand-made documents (no database): every changed,
new or dropped cell, status field, section and discrepancy, with its address, in document
order."""

from __future__ import annotations

import copy
from decimal import Decimal as D
from types import SimpleNamespace
from typing import Any

import pytest

from arshjul.reports.compare import Change, _union, compare, compare_snapshots
from arshjul.reports.model import (
    Badge,
    Cell,
    Column,
    Discrepancy,
    Document,
    Paragraph,
    Row,
    Section,
    StatusEntry,
    StatusList,
    Table,
)
from arshjul.reports.renderers.json import to_data

UPPNATT = Badge("uppnatt", "●", "Uppnått", "ok")
MINDRE = Badge("mindre_avvikelse", "◆", "Mindre avvikelse", "warn")
HELT = Badge("helt", "●", "Helt", "ok")
DELVIS = Badge("delvis", "◆", "Delvis", "warn")
UPP = Badge("forbattrats", "↗", "Förbättrats", "ok")


def cell(value: Any, text: str) -> Cell:
    return Cell(value, text)


def economy_table() -> Table:
    return Table(
        key="resultatrapport",
        title="Resultatrapport",
        columns=[Column("utfall", "Utfall 2021"), Column("budget", "Budget 2021")],
        rows=[
            Row(
                "intakter",
                "Intäkter",
                {"utfall": cell(D("10.5"), "10,5"), "budget": cell(D("10"), "10,0")},
            ),
            Row(
                "kostnader",
                "Kostnader",
                {"utfall": cell(D("-8"), "−8,0"), "budget": cell(D("-9"), "−9,0")},
            ),
            Row(
                "resultat",
                "Resultat",
                {"utfall": cell(D("2.5"), "2,5"), "budget": cell(D("1"), "1,0")},
                total=True,
            ),
        ],
    )


def goals() -> StatusList:
    indicator = StatusEntry(
        key="frisktal",
        kind="Indikator",
        label="",
        title="Frisktalet ska öka.",
        status=DELVIS,
        outcome="54 %",
        target="56 %",
    )
    goal = StatusEntry(
        key="mal_1",
        kind="Mål",
        label="Mål 1",
        title="Friska medarbetare",
        fulfilment=MINDRE,
        children=[indicator],
    )
    return StatusList(key="s_resurs", title="", entries=[goal])


def document() -> Document:
    return Document(
        type="verksamhetsberattelse",
        title="Verksamhetsberättelse",
        subtitle="Testnämnden, Helår 2021",
        organisation="Region",
        board="Testnämnden",
        year=2021,
        period="helar",
        sections=[
            Section("inledning", "Inledning", [Paragraph("<p>Året.</p>")], number="1"),
            Section(
                "mal",
                "Mål",
                sections=[Section("resurs", "Strategi: Resurs", [goals()], number="2.1")],
                number="2",
            ),
            Section("ekonomi", "Ekonomi", [economy_table()], number="3"),
        ],
        discrepancies=[Discrepancy("resultatrapport", "resultat", "utfall", "2.4", D("2.5"))],
    )


def snap(doc: Document) -> dict[str, Any]:
    return to_data(doc)  # type: ignore[no-any-return]


def changes(old: Document, new: Document) -> list[Change]:
    return compare_snapshots(snap(old), snap(new)).changes


def economy(doc: Document) -> Table:
    table = doc.sections[2].blocks[0]
    assert isinstance(table, Table)
    return table


def entry(doc: Document, *path: int) -> StatusEntry:
    status_list = doc.sections[1].sections[0].blocks[0]
    assert isinstance(status_list, StatusList)
    found = status_list.entries[path[0]]
    for i in path[1:]:
        found = found.children[i]
    return found


def test_the_same_document_has_no_changes() -> None:
    comparison = compare_snapshots(snap(document()), snap(document()))
    assert comparison.changes == []
    assert comparison.counts == {"section": 0, "cell": 0, "status": 0, "discrepancy": 0}


def test_a_changed_figure_is_listed_with_its_address_and_both_texts() -> None:
    new = document()
    economy(new).rows[1].cells["utfall"] = cell(D("-8.25"), "−8,3")
    assert changes(document(), new) == [
        Change(
            "cell",
            "changed",
            ("Ekonomi",),
            "resultatrapport/kostnader/utfall",
            table="Resultatrapport",
            row="Kostnader",
            column="Utfall 2021",
            old="−8,0",
            new="−8,3",
        )
    ]


def test_a_value_changed_behind_the_same_text_is_a_change() -> None:
    new = document()
    economy(new).rows[0].cells["utfall"] = cell(D("10.54"), "10,5")
    (change,) = changes(document(), new)
    assert (change.key, change.old, change.new) == (
        "resultatrapport/intakter/utfall",
        "10,5",
        "10,5",
    )


def test_a_published_mark_alone_is_not_a_cell_change() -> None:
    new = document()
    economy(new).rows[0].cells["utfall"].published = "11"
    assert changes(document(), new) == []


def test_new_and_dropped_rows_list_each_cell_in_document_order() -> None:
    new = document()
    rows = economy(new).rows
    rows.insert(
        1, Row("bidrag", "Bidrag", {"utfall": cell(D("1"), "1,0"), "budget": cell(None, "–")})
    )
    del rows[2]  # kostnader
    found = [(c.key, c.how, c.old, c.new) for c in changes(document(), new)]
    assert found == [  # a dropped row stays after the row it followed
        ("resultatrapport/kostnader/utfall", "removed", "−8,0", ""),
        ("resultatrapport/kostnader/budget", "removed", "−9,0", ""),
        ("resultatrapport/bidrag/utfall", "added", "", "1,0"),
        ("resultatrapport/bidrag/budget", "added", "", "–"),
    ]


def test_a_new_column_lists_its_cells_with_the_column_label() -> None:
    new = document()
    table = economy(new)
    table.columns.append(Column("avvikelse", "Budgetavvikelse"))
    table.rows[2].cells["avvikelse"] = cell(D("1.5"), "1,5")
    assert [(c.key, c.column, c.how, c.new) for c in changes(document(), new)] == [
        ("resultatrapport/resultat/avvikelse", "Budgetavvikelse", "added", "1,5")
    ]


def test_a_table_added_to_a_section_both_have_lists_its_cells() -> None:
    new = document()
    new.sections[0].blocks.append(
        Table(
            "nyckeltal",
            "Nyckeltal",
            [Column("varde", "Värde")],
            [Row("a", "A", {"varde": cell(1, "1")})],
        )
    )
    assert [(c.path, c.table, c.key, c.how) for c in changes(document(), new)] == [
        (("Inledning",), "Nyckeltal", "nyckeltal/a/varde", "added")
    ]


def test_sections_added_and_removed_are_one_change_each_without_their_content() -> None:
    new = document()
    dropped = new.sections.pop(2)  # Ekonomi with its table
    new.sections[1].sections.append(
        Section("process", "Strategi: Process", [economy_table()], number="2.2")
    )
    found = changes(document(), new)
    assert [(c.kind, c.how, c.path, c.row, c.old, c.new) for c in found] == [
        ("section", "added", ("Mål",), "2.2 Strategi: Process", "", "2.2 Strategi: Process"),
        ("section", "removed", (), "3 Ekonomi", "3 Ekonomi", ""),
    ]
    assert dropped.key == "ekonomi"


def test_status_fields_are_compared_in_children_too_and_addressed_by_entry_key() -> None:
    new = document()
    entry(new, 0).fulfilment = UPPNATT
    child = entry(new, 0, 0)
    child.status, child.trend, child.outcome = HELT, UPP, "57 %"
    found = changes(document(), new)
    assert [(c.key, c.column, c.old, c.new) for c in found] == [
        ("s_resurs/mal_1/fulfilment", "Måluppfyllelse", "◆ Mindre avvikelse", "● Uppnått"),
        ("s_resurs/frisktal/status", "Status", "◆ Delvis", "● Helt"),
        ("s_resurs/frisktal/trend", "Trend", "", "↗ Förbättrats"),
        ("s_resurs/frisktal/outcome", "Utfall", "54 %", "57 %"),
    ]
    assert {c.path for c in found} == {("Mål", "Strategi: Resurs")}
    assert found[0].row == "Mål 1 Friska medarbetare" and found[0].table == "Strategi: Resurs"


def test_a_comment_or_title_change_is_not_a_status_change() -> None:
    new = document()
    entry(new, 0).comment_html = "<p>Ny kommentar</p>"
    entry(new, 0, 0).title = "Frisktalet ska förbättras."
    assert changes(document(), new) == []


def test_status_entries_that_appear_or_disappear_are_listed_with_their_figures() -> None:
    new = document()
    goal = entry(new, 0)
    goal.children = [StatusEntry("nytt", "Indikator", "", "Ny indikator", status=HELT, target="10")]
    found = [(c.key, c.how, c.old, c.new) for c in changes(document(), new)]
    assert found == [
        ("s_resurs/frisktal", "removed", "◆ Delvis, 54 %, 56 %", ""),
        ("s_resurs/nytt", "added", "", "● Helt, 10"),
    ]


def test_discrepancies_added_removed_and_changed_carry_labels() -> None:
    old, new = document(), document()
    new.discrepancies = [
        Discrepancy("resultatrapport", "intakter", "budget", "10.2", D("10")),
        Discrepancy("resultatrapport", "resultat", "utfall", "2.4", D("2.6")),
    ]
    economy(new).rows[2].cells["utfall"] = cell(D("2.6"), "2,6")
    found = [(c.kind, c.how, c.table, c.row, c.column, c.old, c.new) for c in changes(old, new)]
    assert found == [
        ("cell", "changed", "Resultatrapport", "Resultat", "Utfall 2021", "2,5", "2,6"),
        (
            "discrepancy",
            "added",
            "Resultatrapport",
            "Intäkter",
            "Budget 2021",
            "",
            "publicerat 10,2, beräknat 10",
        ),
        (
            "discrepancy",
            "changed",
            "Resultatrapport",
            "Resultat",
            "Utfall 2021",
            "publicerat 2,4, beräknat 2,5",
            "publicerat 2,4, beräknat 2,6",
        ),
    ]
    back = [(c.how, c.key, c.old, c.new) for c in changes(new, old) if c.kind == "discrepancy"]
    assert back == [
        ("removed", "resultatrapport/intakter/budget", "publicerat 10,2, beräknat 10", ""),
        (
            "changed",
            "resultatrapport/resultat/utfall",
            "publicerat 2,4, beräknat 2,6",
            "publicerat 2,4, beräknat 2,5",
        ),
    ]


def test_changes_come_in_document_order_across_kinds() -> None:
    new = document()
    economy(new).rows[2].cells["budget"] = cell(D("2"), "2,0")
    entry(new, 0).fulfilment = UPPNATT
    new.sections[0].title = "Inledning och syfte"  # a title is no change by itself
    new.discrepancies = []
    comparison = compare_snapshots(snap(document()), snap(new))
    assert [c.kind for c in comparison.changes] == ["status", "cell", "discrepancy"]
    assert comparison.counts == {"section": 0, "cell": 1, "status": 1, "discrepancy": 1}
    assert [(kind, len(items)) for kind, _, items in comparison.groups] == [
        ("section", 0),
        ("cell", 1),
        ("status", 1),
        ("discrepancy", 1),
    ]


def test_compare_reads_the_stored_snapshots() -> None:
    new = document()
    economy(new).rows[0].cells["budget"] = cell(D("11"), "11,0")
    old_row, new_row = (
        SimpleNamespace(snapshot=snap(document())),
        SimpleNamespace(snapshot=snap(new)),
    )
    comparison = compare(old_row, new_row)  # type: ignore[arg-type]
    assert [c.key for c in comparison.changes] == ["resultatrapport/intakter/budget"]


def test_repeated_keys_are_all_compared() -> None:
    old = document()
    rows = economy(old).rows
    rows.append(Row("resultat", "Resultat igen", {"utfall": cell(1, "1")}))
    new = copy.deepcopy(old)
    economy(new).rows[3].cells["utfall"] = cell(2, "2")
    assert [(c.key, c.row, c.new) for c in changes(old, new)] == [
        ("resultatrapport/resultat#2/utfall", "Resultat igen", "2")
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (["a", "b", "c"], ["a", "b", "c"], ["a", "b", "c"]),
        (["a", "b", "c"], ["a", "c"], ["a", "b", "c"]),
        (["a", "b"], ["b"], ["a", "b"]),
        (["a", "b", "c"], ["c", "x"], ["a", "b", "c", "x"]),
        (["a", "b", "c"], ["x", "a"], ["x", "a", "b", "c"]),
        ([], ["x"], ["x"]),
        (["a"], [], ["a"]),
        (["b", "a"], ["a", "b"], ["a", "b"]),
    ],
)
def test_union_keeps_the_new_order_and_places_dropped_keys_after_their_predecessor(
    old: list[str], new: list[str], expected: list[str]
) -> None:
    assert _union(old, new) == expected
