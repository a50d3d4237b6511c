"""A document's outline: the default of its type, the board's stored adjustment, the services
that change it and the assembly of a document's sections from it.

A node is free text, a section built from the data (``source``: a builder key, or a builder's
sub-section as ``ekonomi/resultatrapport``), or both (the text comes first). Each sub-section of
a builder appears once: where the outline places it explicitly, otherwise inside its builder's
section. Numbers ("5", "5.1", "Bilaga 1") come from the outline, never from the builders.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from arshjul.audit.services import audit_record, save_audited, snapshot
from arshjul.core.sanitising import sanitise_html
from arshjul.organisations import access
from arshjul.reports.model import Paragraph, Section
from arshjul.reports.models import DocumentOutline, OutlineSection


@dataclass(frozen=True)
class OutlineSpec:
    """One section of a type's default outline (code), stored as an ``OutlineSection``."""

    key: str
    title: str = ""  # blank: the builder's own title
    source: str = ""
    appendix: bool = False
    children: Sequence[OutlineSpec] = ()


def text(key: str, title: str) -> OutlineSpec:
    return OutlineSpec(key, title)


def data(
    source: str, title: str = "", *children: OutlineSpec, appendix: bool = False
) -> OutlineSpec:
    return OutlineSpec(source.rsplit("/", 1)[-1], title, source, appendix, children)


@dataclass
class OutlineNode:
    key: str
    title: str
    source: str
    text_html: str
    appendix: bool
    included: bool
    children: list[OutlineNode] = field(default_factory=list)
    pk: int | None = None
    default_title: str = ""


# Selectors ---------------------------------------------------------------------------------


def default_specs(doc_type: str) -> list[OutlineSpec]:
    from arshjul.reports.registry import get_document_type

    return list(get_document_type(doc_type).outline)


def _from_spec(spec: OutlineSpec) -> OutlineNode:
    return OutlineNode(
        key=spec.key,
        title=spec.title,
        source=spec.source,
        text_html="",
        appendix=spec.appendix,
        included=True,
        children=[_from_spec(c) for c in spec.children],
        default_title=spec.title,
    )


def outline_stored(*, board: Any, year: int, doc_type: str) -> DocumentOutline | None:
    return DocumentOutline.objects.filter(board=board, year=year, doc_type=doc_type).first()


def _defaults_by_key(doc_type: str) -> dict[str, str]:
    def walk(specs: Sequence[OutlineSpec]) -> Iterator[OutlineSpec]:
        for spec in specs:
            yield spec
            yield from walk(spec.children)

    return {s.key: s.title for s in walk(default_specs(doc_type))}


def outline_nodes(*, board: Any, year: int, doc_type: str) -> list[OutlineNode]:
    """The tree a document of this board and year is built from: stored, else the default."""
    rows = list(
        OutlineSection.objects.filter(
            outline__board=board, outline__year=year, outline__doc_type=doc_type
        )
    )
    if not rows:
        return [_from_spec(s) for s in default_specs(doc_type)]
    defaults = _defaults_by_key(doc_type)
    nodes = {
        r.pk: OutlineNode(
            key=r.key,
            title=r.title,
            source=r.source,
            text_html=r.text_html,
            appendix=r.appendix,
            included=r.included,
            pk=r.pk,
            default_title=defaults.get(r.key, ""),
        )
        for r in rows
    }
    roots: list[OutlineNode] = []
    for row in rows:  # ordered by position
        target = nodes[row.parent_id].children if row.parent_id else roots
        target.append(nodes[row.pk])
    return roots


def walk_nodes(nodes: Sequence[OutlineNode]) -> Iterator[OutlineNode]:
    for node in nodes:
        yield node
        yield from walk_nodes(node.children)


# Assembly ----------------------------------------------------------------------------------


def _find(section: Section, key: str) -> Section | None:
    for sub in section.sections:
        if sub.key == key:
            return sub
        if (found := _find(sub, key)) is not None:
            return found
    return None


def _without(sections: list[Section], placed: set[str]) -> list[Section]:
    return [
        replace(s, sections=_without(s.sections, placed)) for s in sections if s.key not in placed
    ]


def assemble(nodes: Sequence[OutlineNode], build: Callable[[str], Section | None]) -> list[Section]:
    """The document's sections from its outline; ``build(key)`` runs a section builder (the
    caller makes sure each runs once). Empty sections are left out; numbers are set last."""
    built: dict[str, Section | None] = {}
    placed = {n.source.split("/", 1)[1] for n in walk_nodes(nodes) if "/" in n.source}

    def from_source(source: str) -> Section | None:
        key, _, sub = source.partition("/")
        if key not in built:
            built[key] = build(key)
        whole = built[key]
        if whole is None:
            return None
        return _find(whole, sub) if sub else whole

    def make(node: OutlineNode) -> Section | None:
        if not node.included:
            return None
        children = [s for s in (make(c) for c in node.children) if s is not None]
        blocks: list[Any] = [Paragraph(node.text_html)] if node.text_html else []
        sections: list[Section] = []
        title = node.title
        if node.source:
            found = from_source(node.source)
            if found is not None:
                blocks += found.blocks
                sections += _without(found.sections, placed)
                title = title or found.title
            elif not (blocks or children):
                return None  # the data has nothing for this year and nobody wrote a text
        if not (blocks or sections or children):
            return None
        return Section(node.key, title, blocks, sections + children, appendix=node.appendix)

    sections = [s for s in (make(n) for n in nodes) if s is not None]
    number(sections)
    return sections


def number(sections: list[Section]) -> None:
    main = [s for s in sections if not s.appendix]
    for index, section in enumerate(main, start=1):
        _number_tree(section, str(index))
    appendices = [s for s in sections if s.appendix]
    for index, section in enumerate(appendices, start=1):
        section.number = f"Bilaga {index}"
        for sub in section.sections:
            _number_tree(sub, "", numbered=False)
    sections[:] = main + appendices


def _number_tree(section: Section, number: str, numbered: bool = True) -> None:
    section.number = number if numbered else ""
    for index, sub in enumerate(section.sections, start=1):
        _number_tree(sub, f"{number}.{index}", numbered)


# Services ----------------------------------------------------------------------------------

REFUSED = "Bara controller och administratör kan ändra ett dokuments disposition."


def _require_planner(actor: Any, board: Any) -> None:
    access.require(access.can_plan(actor, board), REFUSED)


@transaction.atomic
def outline_materialise(*, actor: Any, board: Any, year: int, doc_type: str) -> DocumentOutline:
    """Store the type's default outline for this board and year, so it can be adjusted."""
    _require_planner(actor, board)
    stored = outline_stored(board=board, year=year, doc_type=doc_type)
    if stored is not None:
        return stored
    outline = DocumentOutline(
        organisation=board.organisation, board=board, year=year, doc_type=doc_type
    )
    outline.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():  # two controllers at once: the second gets the first's
            outline.save()
    except IntegrityError:
        return DocumentOutline.objects.get(board=board, year=year, doc_type=doc_type)

    def store(specs: Sequence[OutlineSpec], parent: OutlineSection | None) -> None:
        for position, spec in enumerate(specs, start=1):
            row = OutlineSection(
                organisation=board.organisation,
                outline=outline,
                parent=parent,
                position=position * 10,
                key=spec.key,
                title=spec.title,
                source=spec.source,
                appendix=spec.appendix,
            )
            row.full_clean()
            row.save()
            store(spec.children, row)

    store(default_specs(doc_type), None)
    keys = list(outline.entries.values_list("key", flat=True))
    audit_record(
        actor=actor,
        action="reports.outline_materialise",
        obj=outline,
        organisation_id=board.organisation_id,
        after={"board": board.slug, "year": year, "doc_type": doc_type, "sections": keys},
    )
    return outline


@transaction.atomic
def outline_section_update(
    *, actor: Any, section: OutlineSection, title: str, text_html: str, included: bool
) -> OutlineSection:
    _require_planner(actor, section.outline.board)
    before = snapshot(section)
    section.title = title.strip()
    section.text_html = sanitise_html(text_html)
    section.included = included
    return save_audited(
        actor=actor, action="reports.outline_section_update", obj=section, before=before
    )


def _siblings(section: OutlineSection) -> list[OutlineSection]:
    return list(
        OutlineSection.objects.filter(outline=section.outline, parent=section.parent_id)
        .select_for_update()
        .order_by("position", "pk")
    )


def _renumber(siblings: list[OutlineSection]) -> None:
    for position, sibling in enumerate(siblings, start=1):
        if sibling.position != position * 10:
            sibling.position = position * 10
            sibling.save(update_fields=["position"])


@transaction.atomic
def outline_section_move(*, actor: Any, section: OutlineSection, offset: int) -> None:
    _require_planner(actor, section.outline.board)
    siblings = _siblings(section)
    index = next(i for i, s in enumerate(siblings) if s.pk == section.pk)
    target = index + offset
    if offset not in (-1, 1) or not 0 <= target < len(siblings):
        raise ValidationError("Avsnittet kan inte flyttas dit.")
    siblings[index], siblings[target] = siblings[target], siblings[index]
    before = snapshot(section)
    _renumber(siblings)
    section.refresh_from_db()
    audit_record(
        actor=actor,
        action="reports.outline_section_move",
        obj=section,
        organisation_id=section.organisation_id,
        before=before,
        after=snapshot(section),
    )


@transaction.atomic
def outline_section_add(
    *,
    actor: Any,
    outline: DocumentOutline,
    title: str,
    parent: OutlineSection | None = None,
    appendix: bool = False,
) -> OutlineSection:
    _require_planner(actor, outline.board)
    title = title.strip()
    if not title:
        raise ValidationError({"title": "Ange en rubrik."})
    if parent is not None and parent.outline_id != outline.pk:
        raise ValidationError({"parent": "Överavsnittet hör till en annan disposition."})
    taken = set(outline.entries.values_list("key", flat=True))
    base = f"text-{slugify(title)[:50] or 'avsnitt'}"
    key, counter = base, 2
    while key in taken:
        key, counter = f"{base}-{counter}", counter + 1
    last = outline.entries.filter(parent=parent).order_by("-position").first()
    section = OutlineSection(
        organisation=outline.organisation,
        outline=outline,
        parent=parent,
        position=(last.position if last else 0) + 10,
        key=key,
        title=title,
        appendix=appendix,
    )
    return save_audited(actor=actor, action="reports.outline_section_add", obj=section)


@transaction.atomic
def outline_section_delete(*, actor: Any, section: OutlineSection) -> None:
    _require_planner(actor, section.outline.board)
    subtree = [section]
    for node in subtree:  # grows as it walks
        subtree.extend(node.children.all())
    if any(node.source for node in subtree):
        raise ValidationError(
            "Avsnitt med innehåll ur underlaget tas inte bort; välj att utesluta dem i stället."
        )
    audit_record(
        actor=actor,
        action="reports.outline_section_delete",
        obj=section,
        organisation_id=section.organisation_id,
        before=snapshot(section),
    )
    section.delete()


@transaction.atomic
def outline_reset(*, actor: Any, board: Any, year: int, doc_type: str) -> None:
    """Forget the board's adjustments: the type's default outline applies again."""
    _require_planner(actor, board)
    stored = outline_stored(board=board, year=year, doc_type=doc_type)
    if stored is None:
        return
    before = {
        "sections": [snapshot(s) for s in stored.entries.order_by("parent_id", "position", "pk")]
    }
    audit_record(
        actor=actor,
        action="reports.outline_reset",
        obj=stored,
        organisation_id=board.organisation_id,
        before=before,
    )
    stored.delete()
