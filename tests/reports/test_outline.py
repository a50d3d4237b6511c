"""Outlines: the default of each type, the board's stored adjustments, numbering, the services."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from arshjul.audit.models import AuditEvent
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board
from arshjul.reports import outline as services
from arshjul.reports.model import Heading, Section
from arshjul.reports.models import DocumentOutline, OutlineSection
from arshjul.reports.outline import OutlineNode, assemble, data, outline_nodes, text
from arshjul.reports.registry import document_types
from arshjul.reports.renderers.json import to_data
from arshjul.reports.services import build_document


def node(key: str, title: str = "", source: str = "", *children: OutlineNode, **kw: Any) -> Any:
    return OutlineNode(
        key=key,
        title=title,
        source=source,
        text_html=kw.get("text_html", ""),
        appendix=kw.get("appendix", False),
        included=kw.get("included", True),
        children=list(children),
    )


def fake_builders(calls: list[str]) -> Any:
    def build(key: str) -> Section | None:
        calls.append(key)
        if key == "tom":
            return None
        subs = [Section(f"{key}_a", "A", [Heading("a")]), Section(f"{key}_b", "B", [Heading("b")])]
        return Section(key, key.title(), [Heading(key)], subs)

    return build


def test_numbers_follow_the_outline_and_appendices_come_last() -> None:
    nodes = [
        node("bilaga", "", "x", appendix=True),
        node("inledning", "Inledning", text_html="<p>Hej</p>"),
        node("tomt", "Utan text"),  # nothing to say: left out, numbers close up
        node("ekonomi", "Ekonomi", "ekonomi", node("ekonomi_b", "Först B", "ekonomi/ekonomi_b")),
    ]
    calls: list[str] = []
    sections = assemble(nodes, fake_builders(calls))
    assert [(s.number, s.title) for s in sections] == [
        ("1", "Inledning"),
        ("2", "Ekonomi"),
        ("Bilaga 1", "X"),
    ]
    ekonomi = sections[1]
    # the sub-section placed by the outline appears once, after the builder's unplaced ones
    assert [(s.number, s.key, s.title) for s in ekonomi.sections] == [
        ("2.1", "ekonomi_a", "A"),
        ("2.2", "ekonomi_b", "Först B"),
    ]
    assert [s.number for s in sections[2].sections] == ["", ""]  # appendix parts unnumbered
    assert sorted(calls) == ["ekonomi", "x"]  # each builder once, though used twice


def test_excluded_and_empty_sources_are_left_out_but_text_stays() -> None:
    nodes = [
        node("ekonomi", "", "ekonomi", included=False),
        node("tom", "Tom", "tom"),
        node("tom2", "Tom med text", "tom", text_html="<p>Inget att visa i år.</p>"),
    ]
    sections = assemble(nodes, fake_builders([]))
    assert [(s.number, s.title) for s in sections] == [("1", "Tom med text")]


def test_every_default_outline_has_unique_keys_and_known_builders() -> None:
    from arshjul.reports.registry import section_builder

    def walk(specs: Any) -> list[str]:
        keys = []
        for spec in specs:
            keys.append(spec.key)
            if spec.source:
                section_builder(spec.source.split("/")[0])  # KeyError if unknown
            keys += walk(spec.children)
        return keys

    for doc_type in document_types().values():
        keys = walk(doc_type.outline)
        assert len(keys) == len(set(keys)), doc_type.key


def test_demo_outline_of_2021_follows_the_seed_table_of_contents(db: Any) -> None:
    document = build_document(
        user=SYSTEM,
        type_key="verksamhetsberattelse",
        board_slug=None,
        year=2021,
        period_key="helar",
    )
    top = [(s.number, s.title) for s in document.sections]
    assert top == [
        ("1", "Inledning"),
        ("2", "Syfte"),
        ("3", "Väsentliga händelser"),
        ("4", "Nämndens mål, strategier och uppdrag"),
        ("5", "Ekonomi"),
        ("6", "Personalekonomi"),
        ("7", "Framtida utmaningar"),
        ("8", "Intern styrning och kontroll"),
        ("Bilaga 1", "Upphandlingsrapport"),
    ]
    data_ = to_data(document)
    assert "H-huset" in data_["sections"][2]["blocks"][0]["html"]


def test_plan_2025_title_is_the_boards_own(db: Any) -> None:
    document = build_document(
        user=SYSTEM, type_key="verksamhetsplan", board_slug=None, year=2025, period_key=None
    )
    assert document.sections[4].title == "Målsättningar, styrtal och uppdrag"
    assert document.sections[4].number == "5"


@pytest.fixture
def stored(board: Board) -> DocumentOutline:
    return services.outline_materialise(
        actor=SYSTEM, board=board, year=2024, doc_type="upphandlingsrapport"
    )


def test_materialise_stores_the_default_once_with_one_event(board: Board) -> None:
    events = AuditEvent.objects.count()
    outline = services.outline_materialise(
        actor=SYSTEM, board=board, year=2024, doc_type="upphandlingsrapport"
    )
    again = services.outline_materialise(
        actor=SYSTEM, board=board, year=2024, doc_type="upphandlingsrapport"
    )
    assert again.pk == outline.pk
    assert list(outline.entries.values_list("key", flat=True)) == [
        "inledning",
        "upphandlingsrapport",
    ]
    assert AuditEvent.objects.count() == events + 1


def test_services_change_order_title_text_and_refuse_what_they_must(
    board: Board, stored: DocumentOutline, users: dict[str, Any]
) -> None:
    added = services.outline_section_add(actor=SYSTEM, outline=stored, title="Sammanfattning")
    assert added.key == "text-sammanfattning"
    second = services.outline_section_add(actor=SYSTEM, outline=stored, title="Sammanfattning")
    assert second.key == "text-sammanfattning-2"
    services.outline_section_move(actor=SYSTEM, section=added, offset=-1)
    services.outline_section_update(
        actor=SYSTEM,
        section=added,
        title="Kort om året",
        text_html="<p>Bra år<script>alert(1)</script></p>",
        included=True,
    )
    nodes = outline_nodes(board=board, year=2024, doc_type="upphandlingsrapport")
    assert [n.key for n in nodes] == [
        "inledning",
        "text-sammanfattning",
        "upphandlingsrapport",
        "text-sammanfattning-2",
    ]
    assert nodes[1].title == "Kort om året"
    assert nodes[1].text_html == "<p>Bra år</p>"

    data_section = OutlineSection.objects.get(outline=stored, key="upphandlingsrapport")
    with pytest.raises(ValidationError):
        services.outline_section_delete(actor=SYSTEM, section=data_section)
    with pytest.raises(ValidationError):
        services.outline_section_move(actor=SYSTEM, section=nodes_first(stored), offset=-1)
    with pytest.raises(ValidationError):
        services.outline_section_add(actor=SYSTEM, outline=stored, title="   ")

    events = AuditEvent.objects.count()
    with pytest.raises(PermissionDenied):
        services.outline_section_update(
            actor=users["lasare"], section=added, title="X", text_html="", included=False
        )
    with pytest.raises(PermissionDenied):
        services.outline_reset(
            actor=users["rapportor-it"], board=board, year=2024, doc_type="upphandlingsrapport"
        )
    assert AuditEvent.objects.count() == events
    added.refresh_from_db()
    assert added.title == "Kort om året"

    services.outline_section_delete(actor=SYSTEM, section=second)
    services.outline_reset(actor=SYSTEM, board=board, year=2024, doc_type="upphandlingsrapport")
    assert not DocumentOutline.objects.filter(pk=stored.pk).exists()
    assert [
        n.key for n in outline_nodes(board=board, year=2024, doc_type="upphandlingsrapport")
    ] == [
        "inledning",
        "upphandlingsrapport",
    ]


def nodes_first(outline: DocumentOutline) -> OutlineSection:
    return outline.entries.filter(parent=None).order_by("position").first()  # type: ignore[return-value]


def test_text_and_data_helpers_build_specs() -> None:
    spec = data("ekonomi/resultatrapport", "Resultat")
    assert (spec.key, spec.source, spec.title) == (
        "resultatrapport",
        "ekonomi/resultatrapport",
        "Resultat",
    )
    assert text("inledning", "Inledning").source == ""
