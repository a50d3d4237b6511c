"""Published figures of one document, keyed like report-model cells."""

from __future__ import annotations

from django.db.models import Q

from arshjul.organisations.models import Board
from arshjul.reconciliation.models import PublishedFigure

CellAddress = tuple[str, str, str]  # (table, row, column)


def published_for_document(
    *, board: Board, year: int, document: str, period: str = ""
) -> dict[CellAddress, PublishedFigure]:
    figures = PublishedFigure.objects.filter(
        Q(document=document) | Q(document=""),
        board=board,
        year=year,
        period__in=[period, ""] if period else [""],
    ).order_by("document", "period")  # the document's own figure wins over a general one
    return {(f.table, f.row, f.column): f for f in figures}
