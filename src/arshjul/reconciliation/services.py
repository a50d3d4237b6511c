"""Recording published figures (from an import or the demo), audited like every write."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from arshjul.audit.services import save_audited, snapshot
from arshjul.organisations import access
from arshjul.organisations.models import Board
from arshjul.reconciliation.models import PublishedFigure


@transaction.atomic
def published_figure_set(
    *,
    actor: Any,
    board: Board,
    year: int,
    table: str,
    row: str,
    column: str,
    value: str,
    document: str = "",
    period: str = "",
    source: str = "",
) -> PublishedFigure:
    access.require(access.can_plan(actor, board))
    address = {"year": year, "document": document, "period": period}
    address |= {"table": table, "row": row, "column": column}
    figure = PublishedFigure.objects.filter(board=board, **address).first()
    before = snapshot(figure) if figure else None
    if figure is None:
        figure = PublishedFigure(organisation_id=board.organisation_id, board=board, **address)
    figure.value, figure.source = value, source
    return save_audited(
        actor=actor, action="reconciliation.published_figure.set", obj=figure, before=before
    )
