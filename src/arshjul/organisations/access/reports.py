"""The doors to the documents' rows: each returns the object or raises 404 (it does not exist
for this user) or 403 (it exists, the action is refused), built only on the rules of
``organisations.access``. Every member of a board reads; controllers and administrators
(``can_plan``) change."""

from __future__ import annotations

from typing import Any

from django.http import Http404

from arshjul.organisations import access
from arshjul.reports.models import DocumentOutline, OutlineSection
from arshjul.reports.registry import document_types

# Outlines

OUTLINE_REFUSED = "Bara controller och administratör kan ändra ett dokuments disposition."


def access_outline_year(
    user: Any, board_slug: str, year: int, doc_type: str, *, write: bool = False
) -> tuple[Any, type[Any]]:
    """The plan year of a readable board and a registered document type (404 otherwise); with
    ``write`` also 403 unless the user plans the board."""
    plan_year = access.access_plan_year(user, board_slug, year)
    type_cls = document_types().get(doc_type)
    if type_cls is None:
        raise Http404("Dokumenttypen finns inte.")
    if write:
        access.require(access.can_plan(user, plan_year.board), OUTLINE_REFUSED)
    return plan_year, type_cls


def access_outline(
    user: Any, plan_year: Any, doc_type: str, *, write: bool = False
) -> DocumentOutline:
    """The board's stored outline of the type and year (404 while the default applies)."""
    outline = (
        DocumentOutline.objects.select_related("board")
        .filter(board=plan_year.board, year=plan_year.year, doc_type=doc_type)
        .first()
    )
    if outline is None:
        raise Http404("Dispositionen är inte anpassad för året.")
    if write:
        access.require(access.can_plan(user, plan_year.board), OUTLINE_REFUSED)
    return outline


def access_outline_section(
    user: Any, plan_year: Any, pk: int, *, doc_type: str | None = None, write: bool = False
) -> OutlineSection:
    """A section of the board's stored outline for the plan year (and ``doc_type`` when
    given); 404 for another board's, year's or type's section."""
    rows = OutlineSection.objects.select_related("outline__board").filter(
        pk=pk, outline__board=plan_year.board, outline__year=plan_year.year
    )
    if doc_type is not None:
        rows = rows.filter(outline__doc_type=doc_type)
    section = rows.first()
    if section is None:
        raise Http404("Avsnittet finns inte.")
    if write:
        access.require(access.can_plan(user, plan_year.board), OUTLINE_REFUSED)
    return section


# Stored documents

ARCHIVE_REFUSED = "Bara controller och administratör kan skapa dokument i arkivet."


def access_archive_year(user: Any, board_slug: str, year: int, *, write: bool = False) -> Any:
    """The plan year of a readable board whose stored documents the user reads (404
    otherwise); with ``write`` also 403 unless the user may generate documents (plans)."""
    plan_year = access.access_plan_year(user, board_slug, year)
    if write:
        access.require(access.can_plan(user, plan_year.board), ARCHIVE_REFUSED)
    return plan_year


def access_stored_document(user: Any, plan_year: Any, pk: int, *, content: bool = True) -> Any:
    """A stored document of the plan year's board and year (404 for another board's or
    year's); every reader of the board reads it. Without ``content`` the file is not loaded."""
    from arshjul.reports.archive import stored_document

    access.require(access.can_read_board(user, plan_year.board))
    stored = stored_document(plan_year.board, pk, content=content)
    if stored is None or stored.year != plan_year.year:
        raise Http404("Dokumentet finns inte i arkivet.")
    return stored


def access_document_job(user: Any, plan_year: Any, pk: int) -> Any:
    """A generation job of the plan year's board and year (404 otherwise), for the planners
    who may generate (403 for the board's other members)."""
    from arshjul.reports.archive import document_job

    job = document_job(plan_year.board, pk)
    if job is None or job.year != plan_year.year:
        raise Http404("Beställningen finns inte.")
    access.require(access.can_plan(user, plan_year.board), ARCHIVE_REFUSED)
    return job
