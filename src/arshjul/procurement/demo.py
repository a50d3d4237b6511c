"""The demo's upphandling from the seeds, loaded through the app's services."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arshjul.core.calculations import whole_kr
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board
from arshjul.procurement import demo_data as data
from arshjul.procurement import services
from arshjul.procurement.models import Procurement, State
from arshjul.reconciliation.services import published_figure_set


def load(board: Board) -> None:
    if Procurement.objects.filter(board=board, year=data.YEAR).exists():
        return
    created = _load_procurements(board)
    for figure in data.LISTS:
        value = figure.get("value_mnkr")
        services.list_figure_set(
            actor=SYSTEM,
            board=board,
            year=data.YEAR,
            unit=str(figure["unit"]),
            state=str(figure["state"]),
            value_kr=whole_kr(None if value is None else Decimal(str(value)), "mnkr"),
            bids=figure.get("bids"),
            miljokrav=figure.get("miljokrav"),
            uppforandekod=figure.get("uppforandekod"),
            source=data.SOURCE,
        )
    _load_appeals(board, created)
    _publish(board)


def _load_procurements(board: Board) -> dict[tuple[str, str, str], Procurement]:
    created: dict[tuple[str, str, str], Procurement] = {}
    for (unit, state), rows in data.PROCUREMENTS.items():
        flags: dict[str, Any] = data.REQUIREMENTS[unit] if state == State.AVSLUTAD else {}
        for order, (title, customer, appealed) in enumerate(rows):
            created[(unit, state, title)] = services.procurement_create(
                actor=SYSTEM,
                board=board,
                year=data.YEAR,
                unit=unit,
                state=state,
                title=title,
                customer=customer,
                period_text=data.PERIOD_TEXT[state],
                case_number=data.CASE_NUMBERS.get(title, ""),
                marked_appealed=appealed,
                order=order,
                **flags,
            )
    return created


def _load_appeals(board: Board, created: dict[tuple[str, str, str], Procurement]) -> None:
    for order, row in enumerate(data.APPEALS):
        title, case, company, claim, state, outcome, earlier, link = row
        services.appeal_create(
            actor=SYSTEM,
            board=board,
            year=data.YEAR,
            procurement=created[link] if link else None,
            procurement_title=title,
            case_number=case,
            company=company,
            claim=claim,
            state=state,
            outcome=outcome,
            reported_earlier=earlier,
            order=order,
        )


def _publish(board: Board) -> None:
    for table, row, column, value in data.PUBLISHED:
        published_figure_set(
            actor=SYSTEM,
            board=board,
            year=data.YEAR,
            document="verksamhetsberattelse",
            period="helar",
            table=table,
            row=row,
            column=column,
            value=value,
            source=data.SOURCE,
        )
