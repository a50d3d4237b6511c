"""Documents as reported: generating a document, storing the file once (immutable, with its
hash and its model as data for comparisons), asking for one in the background, and reading
the stored versions.

Generating and storing is for planners (``can_plan``: controller, administrator; the SYSTEM
actor may); every member of the board reads the stored versions (the doors are in
``organisations.access.reports``)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet

from arshjul.audit.services import audit_record, save_audited
from arshjul.followup.models import Period
from arshjul.organisations import access
from arshjul.organisations.models import Board
from arshjul.reports.model import Document
from arshjul.reports.models import DocumentJob, StoredDocument
from arshjul.reports.registry import document_types
from arshjul.reports.renderers.json import to_data
from arshjul.reports.services import RENDERERS, build_document

Progress = Callable[[int, str], None]

REFUSED = "Bara controller och administratör kan skapa dokument i arkivet."
FORMAT_NAMES = {
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "xlsx": "Excel (XLSX)",
    "html": "Webbsida (HTML)",
    "json": "Data (JSON)",
}


def format_name(fmt: str) -> str:
    return FORMAT_NAMES.get(fmt, fmt.upper())


def stored_file_name(stored: StoredDocument) -> str:
    """The file's Swedish name without spaces: "verksamhetsberattelse-2021-helar.pdf"."""
    parts = [stored.doc_type, str(stored.year), stored.period_key]
    return "-".join(p for p in parts if p) + f".{stored.format}"


def _actor_name(actor: Any) -> str:
    full = actor.get_full_name() if hasattr(actor, "get_full_name") else ""
    return (full or getattr(actor, "username", "") or str(actor))[:150]


def check_request(*, board: Board, doc_type: str, year: int, period_key: str, format: str) -> None:
    """Refuse, with Swedish messages on the fields, a document that cannot be made: an unknown
    type or format, a period the year does not have or the type is not made for."""
    errors: dict[str, str] = {}
    type_cls = document_types().get(doc_type)
    if type_cls is None:
        errors["doc_type"] = f"Dokumenttypen ”{doc_type}” finns inte."
    if format not in RENDERERS:
        errors["format"] = f"Formatet ”{format}” finns inte."
    if period_key:
        periods = Period.objects.filter(plan_year__board=board, plan_year__year=year)
        if not periods.filter(key=period_key).exists():
            errors["period_key"] = f"Perioden ”{period_key}” finns inte år {year}."
        elif type_cls is not None and (refusal := type_cls.period_refusal(period_key)):
            errors["period_key"] = refusal
    elif type_cls is not None and type_cls.needs_period:
        errors["period_key"] = f"Välj en period för {type_cls.title.lower()}."
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def document_store(
    *,
    actor: Any,
    board: Board,
    document: Document,
    format: str,
    content: bytes,
    parameters: dict[str, Any],
) -> StoredDocument:
    """Store a rendered document once, as reported: the file, its SHA-256 and size, and the
    document's model as data. One audit event (without the file)."""
    access.require(access.can_plan(actor, board), REFUSED)
    if format not in RENDERERS:
        raise ValidationError({"format": f"Formatet ”{format}” finns inte."})
    stored = StoredDocument(
        organisation_id=board.organisation_id,
        board=board,
        doc_type=document.type,
        title=f"{document.title}, {document.subtitle}"[:200],
        year=document.year,
        period_key=document.period or "",
        format=format,
        parameters=parameters,
        created_by=actor if getattr(actor, "pk", None) else None,
        created_by_name=_actor_name(actor),
        content_hash=hashlib.sha256(content).hexdigest(),
        size=len(content),
        content=content,
        snapshot=to_data(document),
    )
    return save_audited(  # type: ignore[no-any-return]
        actor=actor,
        action="reports.document.store",
        obj=stored,
        exclude=("content", "snapshot"),
    )


def document_generate(
    *,
    actor: Any,
    board: Board,
    doc_type: str,
    year: int,
    period_key: str,
    format: str,
    progress: Progress | None = None,
) -> StoredDocument:
    """Build, render and store a document. Building and rendering run outside a transaction
    (they only read); the store is one transaction. Raises ``ReportRequestError`` or
    ``ValidationError`` (Swedish) for a document that cannot be made, ``PermissionDenied``
    for an actor who may not."""
    report = progress or (lambda percent, message: None)
    access.require(access.can_plan(actor, board), REFUSED)
    check_request(board=board, doc_type=doc_type, year=year, period_key=period_key, format=format)
    report(10, "Bygger dokumentet")
    document = build_document(
        user=actor,
        type_key=doc_type,
        board_slug=board.slug,
        year=year,
        period_key=period_key or None,
    )
    report(50, f"Ritar {format_name(format)}")
    content = RENDERERS[format](document)
    report(90, "Sparar i arkivet")
    parameters = {
        "board": board.slug,
        "doc_type": doc_type,
        "year": year,
        "period": period_key,
        "format": format,
    }
    return document_store(
        actor=actor,
        board=board,
        document=document,
        format=format,
        content=content,
        parameters=parameters,
    )


@transaction.atomic
def document_job_request(
    *,
    actor: Any,
    board: Board,
    doc_type: str,
    year: int,
    period_key: str,
    format: str,
) -> DocumentJob:
    """Ask for a document to be generated in the background (``reports.tasks``), queued
    after the transaction commits."""
    access.require(access.can_plan(actor, board), REFUSED)
    check_request(board=board, doc_type=doc_type, year=year, period_key=period_key, format=format)
    job = DocumentJob(
        organisation_id=board.organisation_id,
        board=board,
        doc_type=doc_type,
        year=year,
        period_key=period_key,
        format=format,
        requested_by=actor if getattr(actor, "pk", None) else None,
    )
    job.full_clean(exclude=["result"])
    job.save()
    audit_record(
        actor=actor,
        action="reports.document_job.request",
        obj=job,
        organisation_id=board.organisation_id,
        after={"doc_type": doc_type, "year": year, "period": period_key, "format": format},
    )
    from arshjul.reports.tasks import generate_document

    transaction.on_commit(lambda: generate_document.enqueue(job.pk))
    return job


# Selectors


def stored_documents(
    *, board: Board, year: int | None = None, doc_type: str | None = None
) -> QuerySet[StoredDocument]:
    """The board's stored versions, newest first, without their files and snapshots."""
    rows = StoredDocument.objects.filter(board=board).defer("content", "snapshot")
    if year is not None:
        rows = rows.filter(year=year)
    if doc_type is not None:
        rows = rows.filter(doc_type=doc_type)
    return rows.order_by("-created_at", "-pk")


def stored_document(board: Board, pk: int, *, content: bool = True) -> StoredDocument | None:
    """One stored version of the board (with its file unless ``content=False``), or None."""
    rows = StoredDocument.objects.select_related("board").filter(board=board, pk=pk)
    if not content:
        rows = rows.defer("content")
    return rows.first()


def document_jobs(*, board: Board, year: int, running: bool = True) -> QuerySet[DocumentJob]:
    """The board's jobs for a year, newest first; only those still queued or running unless
    ``running=False``."""
    rows = DocumentJob.objects.filter(board=board, year=year)
    if running:
        rows = rows.filter(state__in=(DocumentJob.State.QUEUED, DocumentJob.State.RUNNING))
    return rows.order_by("-requested_at", "-pk")


def document_job(board: Board, pk: int) -> DocumentJob | None:
    return DocumentJob.objects.select_related("board").filter(board=board, pk=pk).first()
