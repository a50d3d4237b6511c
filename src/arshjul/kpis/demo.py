"""The demo's produktionstal och nyckeltal from the seeds, loaded through the app's services."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arshjul.kpis import demo_data as data
from arshjul.kpis import services
from arshjul.kpis.calculations import SEED_ARROWS
from arshjul.kpis.models import Figure
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board
from arshjul.reconciliation.services import published_figure_set

TABLE = "produktionstal"
FIRST_YEAR = 2020  # the earliest year the seed gives values for


def load(board: Board) -> None:
    if Figure.objects.filter(board=board).exists():
        return
    area_id, title = data.KOLADA_AREA
    services.kolada_area_set(
        actor=SYSTEM, organisation=board.organisation, area_id=area_id, title=title
    )
    for order, spec in enumerate(data.FIGURES, 1):
        figure = services.figure_create(
            actor=SYSTEM,
            board=board,
            label=spec["label"],
            unit=spec["unit"],
            direction=spec["direction"],
            change_kind=spec["change_kind"],
            decimals=spec.get("decimals", 0),
            change_decimals=spec.get("change_decimals", 1),
            scope_note=spec.get("scope_note", ""),
            source=spec.get("source", "entered"),
            valid_from=FIRST_YEAR,
            order=order,
        )
        _values(figure, spec)
        _published(board, figure, spec)


def _values(figure: Figure, spec: dict[str, Any]) -> None:
    years = set(spec["outcome"]) | ({data.YEAR} if spec.get("target") else set())
    for year in sorted(years):
        outcome = spec["outcome"].get(year)
        target = spec.get("target") if year == data.YEAR else None
        services.figure_value_set(
            actor=SYSTEM,
            figure=figure,
            year=year,
            outcome=Decimal(outcome) if outcome is not None else None,
            target=Decimal(target[0]) if target else None,
            target_text=target[1] if target else "",
            note=spec.get("note", "") if year == data.YEAR else "",
        )


def _published(board: Board, figure: Figure, spec: dict[str, Any]) -> None:
    printed = {
        "utfall": spec.get("printed_outcome"),
        "forandring": spec.get("printed_change"),
        "trend": SEED_ARROWS[spec["printed_arrow"]] if spec.get("printed_arrow") else None,
    }
    for column, value in printed.items():
        if value is None:
            continue
        published_figure_set(
            actor=SYSTEM,
            board=board,
            year=data.YEAR,
            document=data.DOCUMENT,
            period=data.PERIOD,
            table=TABLE,
            row=figure.key,
            column=column,
            value=value,
            source=data.SOURCE,
        )
