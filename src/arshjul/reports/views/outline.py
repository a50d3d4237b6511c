"""The outline editor under /<board>/<year>/rapporter/<type>/disposition/.

Every member reads a document's outline as a numbered tree. Controllers and administrators
first store the type's default for the year ("Anpassa"), then change titles and texts, include
or exclude sections, move them among their siblings, add and delete free-text sections, and
reset to the default. Each write is a POST form that swaps the tree partial with htmx and, without
JavaScript, redirects back to the page; the services in ``reports.outline`` hold the rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from arshjul.core.forms import save_with
from arshjul.core.htmx import is_htmx, render_page_or_partial
from arshjul.followup.selectors import periods_of
from arshjul.organisations import access
from arshjul.organisations.access import reports as doors
from arshjul.reports import outline as services
from arshjul.reports.forms import AddSectionForm, IncludeForm, MoveForm, SectionForm
from arshjul.reports.model import Section, sections_of
from arshjul.reports.outline import OutlineNode, number, outline_nodes, outline_stored

PAGE = "reports/outline/page.html"
TREE = "reports/outline/partials/_tree.html"


@dataclass
class Entry:
    """A node of the outline as the page shows it: its number in the document, its place among
    its siblings and whether it may be deleted (free text only, all the way down)."""

    node: OutlineNode
    number: str
    first: bool
    last: bool
    children: list[Entry] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.node.title or self.node.default_title or self.node.source

    @property
    def holds(self) -> str:
        node, parts = self.node, []
        if node.text_html:
            parts.append("text")
        elif not node.source:
            parts.append("text (tom ännu)")
        if node.source:
            parts.append(f"ur underlaget: {node.source}")
        if node.appendix:
            parts.append("bilaga")
        return " · ".join(parts)

    @property
    def deletable(self) -> bool:
        return not self.node.source and all(c.deletable for c in self.children)

    @property
    def retitled(self) -> bool:
        return bool(self.node.default_title) and self.node.title != self.node.default_title


def _numbers(nodes: list[OutlineNode]) -> dict[str, str]:
    """Each included node's number, by the document's own rule (``reports.outline.number``)."""

    def stub(node: OutlineNode) -> Section:
        children = [stub(c) for c in node.children if c.included]
        return Section(node.key, node.title, [], children, appendix=node.appendix)

    sections = [stub(n) for n in nodes if n.included]
    number(sections)
    return {section.key: section.number for section in sections_of(sections)}


def _entries(nodes: list[OutlineNode], numbers: dict[str, str]) -> list[Entry]:
    last = len(nodes) - 1
    return [
        Entry(n, numbers.get(n.key, ""), i == 0, i == last, _entries(n.children, numbers))
        for i, n in enumerate(nodes)
    ]


def _flat(entries: list[Entry]) -> list[Entry]:
    out: list[Entry] = []
    for entry in entries:
        out += [entry, *_flat(entry.children)]
    return out


def _parents(entries: list[Entry]) -> list[tuple[int, str]]:
    return [(e.node.pk, f"{e.number} {e.label}".strip()) for e in _flat(entries) if e.node.pk]


def _document_links(plan_year: Any, type_cls: Any) -> list[tuple[str, str]]:
    url = reverse("report_view", args=[plan_year.board.slug, plan_year.year, type_cls.key])
    if not type_cls.needs_period:
        return [(url, f"{type_cls.title} {plan_year.year}")]
    periods = type_cls.periods_made_for(periods_of(plan_year=plan_year))
    return [(f"{url}?period={p.key}", f"{p.name} {plan_year.year}") for p in periods]


def _render(
    request: HttpRequest, plan_year: Any, type_cls: Any, *, status: int = 200, **extra: Any
) -> HttpResponse:
    board = plan_year.board
    stored = outline_stored(board=board, year=plan_year.year, doc_type=type_cls.key)
    nodes = outline_nodes(board=board, year=plan_year.year, doc_type=type_cls.key)
    entries = _entries(nodes, _numbers(nodes))
    can_edit = stored is not None and access.can_plan(request.user, board)
    context = {
        "board": board,
        "plan_year": plan_year,
        "doc": type_cls,
        "stored": stored is not None,
        "entries": entries,
        "can_plan": access.can_plan(request.user, board),
        "can_edit": can_edit,
        "documents": _document_links(plan_year, type_cls),
        "message": "",
        "error": "",
        "confirm": "",
        "editing": None,
        "section_form": None,
        "focus": "",
        **extra,
    }
    if can_edit and context.get("add_form") is None:
        under = context.pop("add_under", None)
        form = AddSectionForm(initial={"parent": under}, parents=_parents(entries))
        if under is not None:  # asked for from a section's link: the cursor goes to the form
            form.fields["title"].widget.attrs["autofocus"] = True
        context["add_form"] = form
    return render_page_or_partial(request, page=PAGE, partial=TREE, context=context, status=status)


def _page_url(plan_year: Any, type_cls: Any) -> str:
    return reverse("outline_page", args=[plan_year.board.slug, plan_year.year, type_cls.key])


def _done(
    request: HttpRequest,
    plan_year: Any,
    type_cls: Any,
    message: str,
    *,
    anchor: str = "",
    focus: str = "",
) -> HttpResponse:
    """After a write: the tree with the message for htmx (``focus``: the id of the control the
    keyboard stays on), else back to the page (PRG)."""
    if is_htmx(request):
        return _render(request, plan_year, type_cls, message=message, focus=focus)
    messages.success(request, message)
    return HttpResponseRedirect(_page_url(plan_year, type_cls) + (f"#{anchor}" if anchor else ""))


def _focus_after_move(section: Any, offset: int) -> str:
    """The moved section's button in the same direction, or the other one at the end of its
    siblings (the pressed one is gone)."""
    siblings = [
        s.pk
        for s in section.outline.entries.filter(parent=section.parent_id).order_by("position", "pk")
    ]
    index = siblings.index(section.pk)
    at_end = index == 0 if offset < 0 else index == len(siblings) - 1
    way = "upp" if (offset < 0) != at_end else "ned"
    return f"{way}-{section.pk}"


def _refused(request: HttpRequest, plan_year: Any, type_cls: Any, form: Any) -> HttpResponse:
    errors = [e for messages_ in form.errors.values() for e in messages_]
    return _render(request, plan_year, type_cls, status=422, error=" ".join(errors))


def _succeeded(form: Any, write: Callable[[], Any]) -> bool:
    """``save_with`` for services that return nothing: whether the write went through."""
    return save_with(form, lambda: write() or True) is not None


@login_required
@require_GET
def outline_page(request: HttpRequest, board: str, year: int, doc_type: str) -> HttpResponse:
    plan_year, type_cls = doors.access_outline_year(request.user, board, year, doc_type)
    return _render(request, plan_year, type_cls)


@login_required
@require_POST
def outline_materialise(request: HttpRequest, board: str, year: int, doc_type: str) -> HttpResponse:
    plan_year, type_cls = doors.access_outline_year(request.user, board, year, doc_type, write=True)
    services.outline_materialise(
        actor=request.user, board=plan_year.board, year=plan_year.year, doc_type=type_cls.key
    )
    message = "Dispositionen kan nu anpassas för året; den börjar som standarden."
    return _done(request, plan_year, type_cls, message)


@login_required
@require_http_methods(["GET", "POST"])
def outline_reset(request: HttpRequest, board: str, year: int, doc_type: str) -> HttpResponse:
    """GET asks for confirmation; POST forgets the adjustments."""
    plan_year, type_cls = doors.access_outline_year(request.user, board, year, doc_type, write=True)
    doors.access_outline(request.user, plan_year, type_cls.key, write=True)
    if request.method == "GET":
        return _render(request, plan_year, type_cls, confirm="reset")
    services.outline_reset(
        actor=request.user, board=plan_year.board, year=plan_year.year, doc_type=type_cls.key
    )
    return _done(request, plan_year, type_cls, "Dispositionen är återställd till standarden.")


@login_required
@require_http_methods(["GET", "POST"])
def outline_section(
    request: HttpRequest, board: str, year: int, doc_type: str, pk: int
) -> HttpResponse:
    """A section's title, text and inclusion; "Förhandsgranska" shows the sanitised text
    without saving."""
    plan_year, type_cls = doors.access_outline_year(request.user, board, year, doc_type)
    section = doors.access_outline_section(
        request.user, plan_year, pk, doc_type=type_cls.key, write=True
    )
    form = SectionForm(
        request.POST if request.method == "POST" else None,
        initial=SectionForm.initial_from(section),
        from_data=bool(section.source),
    )
    previewing = "forhandsgranska" in request.POST
    if request.method == "POST" and not previewing:
        saved = save_with(
            form,
            lambda: services.outline_section_update(
                actor=request.user, section=section, **form.cleaned_data
            ),
        )
        if saved is not None:
            anchor = f"avsnitt-{saved.key}"
            message, focus = f"”{saved}” är sparat.", f"andra-{saved.pk}"
            return _done(request, plan_year, type_cls, message, anchor=anchor, focus=focus)
    valid = form.is_bound and form.is_valid()
    preview = form.preview_html() if valid else section.text_html
    return _render(
        request,
        plan_year,
        type_cls,
        status=422 if form.errors else 200,
        editing=section.pk,
        section_form=form,
        preview=preview,
        sanitised=valid and form.changed_by_sanitising(),
    )


@login_required
@require_http_methods(["GET", "POST"])
def outline_add(request: HttpRequest, board: str, year: int, doc_type: str) -> HttpResponse:
    """GET opens the form (``?under=<pk>`` preselects the place); POST adds a free-text
    section last among its siblings and opens it for its text."""
    plan_year, type_cls = doors.access_outline_year(request.user, board, year, doc_type, write=True)
    outline = doors.access_outline(request.user, plan_year, type_cls.key, write=True)
    if request.method == "GET":
        under = request.GET.get("under", "")
        return _render(
            request, plan_year, type_cls, add_under=int(under) if under.isdigit() else None
        )
    nodes = outline_nodes(board=plan_year.board, year=plan_year.year, doc_type=type_cls.key)
    form = AddSectionForm(request.POST, parents=_parents(_entries(nodes, _numbers(nodes))))

    def add() -> Any:
        pk = form.cleaned_data["parent"]
        parent = pk and doors.access_outline_section(request.user, plan_year, pk, write=True)
        return services.outline_section_add(
            actor=request.user,
            outline=outline,
            title=form.cleaned_data["title"],
            parent=parent or None,
            appendix=form.cleaned_data["appendix"],
        )

    added = save_with(form, add)
    if added is None:
        form.fields["title"].widget.attrs["autofocus"] = True
        return _render(request, plan_year, type_cls, status=422, add_form=form)
    message = f"Textavsnittet ”{added}” är tillagt. Skriv dess text nedan."
    if not is_htmx(request):
        messages.success(request, message)
        url = reverse("outline_section", args=[board, year, type_cls.key, added.pk])
        return HttpResponseRedirect(url + "#redigera")
    form_open = SectionForm(initial=SectionForm.initial_from(added), from_data=False)
    return _render(
        request, plan_year, type_cls, message=message, editing=added.pk, section_form=form_open
    )


@login_required
@require_POST
def outline_move(
    request: HttpRequest, board: str, year: int, doc_type: str, pk: int
) -> HttpResponse:
    plan_year, type_cls = doors.access_outline_year(request.user, board, year, doc_type)
    section = doors.access_outline_section(
        request.user, plan_year, pk, doc_type=type_cls.key, write=True
    )
    form = MoveForm(request.POST)
    moved = _succeeded(
        form,
        lambda: services.outline_section_move(
            actor=request.user, section=section, offset=form.cleaned_data["offset"]
        ),
    )
    if not moved:
        return _refused(request, plan_year, type_cls, form)
    offset = form.cleaned_data["offset"]
    message = f"”{section}” flyttades {'upp' if offset < 0 else 'ned'}."
    focus = _focus_after_move(section, offset) if is_htmx(request) else ""
    return _done(
        request, plan_year, type_cls, message, anchor=f"avsnitt-{section.key}", focus=focus
    )


@login_required
@require_POST
def outline_include(
    request: HttpRequest, board: str, year: int, doc_type: str, pk: int
) -> HttpResponse:
    plan_year, type_cls = doors.access_outline_year(request.user, board, year, doc_type)
    section = doors.access_outline_section(
        request.user, plan_year, pk, doc_type=type_cls.key, write=True
    )
    form = IncludeForm(request.POST)
    changed = _succeeded(
        form,
        lambda: services.outline_section_update(
            actor=request.user,
            section=section,
            title=section.title,
            text_html=section.text_html,
            included=form.cleaned_data["included"],
        ),
    )
    if not changed:
        return _refused(request, plan_year, type_cls, form)
    state = "med i" if section.included else "utesluten ur"
    message = f"”{section}” är {state} dokumentet."
    focus = f"med-{section.pk}"
    return _done(
        request, plan_year, type_cls, message, anchor=f"avsnitt-{section.key}", focus=focus
    )


@login_required
@require_http_methods(["GET", "POST"])
def outline_delete(
    request: HttpRequest, board: str, year: int, doc_type: str, pk: int
) -> HttpResponse:
    """GET asks for confirmation; POST deletes a free-text section (with its sub-sections)."""
    plan_year, type_cls = doors.access_outline_year(request.user, board, year, doc_type)
    section = doors.access_outline_section(
        request.user, plan_year, pk, doc_type=type_cls.key, write=True
    )
    if request.method == "GET":
        return _render(request, plan_year, type_cls, confirm="delete", confirm_section=section)
    title = str(section)
    try:
        services.outline_section_delete(actor=request.user, section=section)
    except ValidationError as exc:
        return _render(request, plan_year, type_cls, status=422, error=" ".join(exc.messages))
    return _done(request, plan_year, type_cls, f"Textavsnittet ”{title}” är borttaget.")
