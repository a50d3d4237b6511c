"""Background work of the documents (the Tasks API; run by ``arshjul db_worker``)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django_tasks import task

from arshjul.core.formatting import format_number
from arshjul.organisations.access import SYSTEM
from arshjul.reports.archive import document_generate, format_name
from arshjul.reports.models import DocumentJob
from arshjul.reports.services import ReportRequestError

State = DocumentJob.State


def _mark(job_id: int, **fields: object) -> None:
    DocumentJob.objects.filter(pk=job_id).update(**fields)


def _refusal(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


@task()
def generate_document(job_id: int) -> int | None:
    """Generate and store a document as the user who asked for it; record progress and
    outcome on the job, which the page polls. Returns the stored document's id, or None when
    refused."""
    job = DocumentJob.objects.select_related("board__organisation", "requested_by").get(pk=job_id)
    _mark(job_id, state=State.RUNNING, progress=5, message="Arbetet har startat")

    def progress(percent: int, message: str) -> None:
        _mark(job_id, progress=percent, message=message)

    try:
        stored = document_generate(
            actor=job.requested_by or SYSTEM,
            board=job.board,
            doc_type=job.doc_type,
            year=job.year,
            period_key=job.period_key,
            format=job.format,
            progress=progress,
        )
    except (ReportRequestError, ValidationError, PermissionDenied) as error:
        _mark(job_id, state=State.FAILED, progress=100, message=_refusal(error))
        return None
    except Exception:
        message = "Ett oväntat fel stoppade arbetet; inget dokument sparades. Felet är loggat."
        _mark(job_id, state=State.FAILED, progress=100, message=message)
        raise
    size = format_number(stored.size, 0)
    message = f"{format_name(stored.format)}, {size} byte, sparad i arkivet."
    _mark(job_id, state=State.DONE, progress=100, message=message, result=stored)
    return stored.pk
