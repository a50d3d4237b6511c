"""Building a document for a board, year and period (used by the CLI and the web)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils.module_loading import import_string

from arshjul.followup.models import Period
from arshjul.organisations.models import Board
from arshjul.planning.models import PlanYear
from arshjul.reports.model import Document
from arshjul.reports.registry import get_document_type
from arshjul.reports.renderers.html import render_html
from arshjul.reports.renderers.json import render_json


def _lazy(path: str) -> Callable[[Document], bytes]:
    """A renderer imported when first used (Typst, python-docx and openpyxl load slowly)."""

    def render(document: Document) -> bytes:
        renderer: Callable[[Document], bytes] = import_string(path)
        return renderer(document)

    return render


RENDERERS: dict[str, Callable[[Document], bytes]] = {
    "json": render_json,
    "html": render_html,
    "pdf": _lazy("arshjul.reports.renderers.pdf.render_pdf"),
    "docx": _lazy("arshjul.reports.renderers.docx.render_docx"),
    "xlsx": _lazy("arshjul.reports.renderers.xlsx.render_xlsx"),
}
MEDIA_TYPES = {
    "json": "application/json",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class ReportRequestError(ValueError):
    """A report was asked for something that does not exist; the message is Swedish."""


def build_document(
    *, user: Any, type_key: str, board_slug: str | None, year: int, period_key: str | None
) -> Document:
    try:
        doc_type = get_document_type(type_key)()
    except KeyError as exc:
        raise ReportRequestError(f"Okänd rapporttyp: {type_key}") from exc
    boards = Board.objects.all() if board_slug is None else Board.objects.filter(slug=board_slug)
    if board_slug is None and boards.count() > 1:
        raise ReportRequestError("Det finns flera nämnder: ange --board.")
    plan_year = (
        PlanYear.objects.select_related("board__organisation")
        .filter(board__in=boards, year=year)
        .first()
    )
    if plan_year is None:
        raise ReportRequestError(f"Det finns ingen plan för år {year}.")
    period = None
    if period_key:
        period = Period.objects.filter(plan_year=plan_year, key=period_key).first()
        if period is None:
            raise ReportRequestError(f"Perioden ”{period_key}” finns inte år {year}.")
    elif doc_type.needs_period:
        example = doc_type.period_keys[0] if doc_type.period_keys else "helar"
        raise ReportRequestError(f"Ange period, till exempel --period {example}.")
    if period is not None and (refusal := doc_type.period_refusal(period.key)):
        raise ReportRequestError(refusal)
    return doc_type.build(user=user, plan_year=plan_year, period=period)
