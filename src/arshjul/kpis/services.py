"""Writes of the production figures, each in a transaction with one audit event. The rules a
form cannot know (unique key on the board, the figure's years, a computed figure's unit) live
here, so the demo, the pages and any import obey the same ones."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from arshjul.audit.services import save_audited, snapshot
from arshjul.core.slugs import label_key
from arshjul.kpis.kolada.fields import AREA_ID, KPI_ID
from arshjul.kpis.models import ChangeKind, Direction, Figure, FigureValue, KoladaArea, Source
from arshjul.organisations import access
from arshjul.organisations.models import Board, Organisation

PERIODS = ("", "delar1", "delar2")  # "" is the whole year (helår)
KEY_LENGTH = 120


def figure_key(label: str) -> str:
    """The row key of a figure: the slug of its label (cut to the key field's length)."""
    return label_key(label)[:KEY_LENGTH].rstrip("_")


def _check_figure(figure: Figure) -> None:
    errors: dict[str, str] = {}
    if not figure.label.strip():
        errors["label"] = "Ange nyckeltalets benämning."
    elif (
        Figure.objects.filter(board_id=figure.board_id, key=figure.key)
        .exclude(pk=figure.pk)
        .exists()
    ):
        errors["label"] = "Nämnden har redan ett nyckeltal med den benämningen."
    if figure.kolada_kpi and not KPI_ID.match(figure.kolada_kpi):
        errors["kolada_kpi"] = (
            "Ett Kolada-nyckeltal skrivs N eller U och fem siffror, t.ex. N00945."
        )
    if figure.source != Source.ENTERED and figure.unit != "%":
        errors["source"] = "Andelar från upphandlingsregistret har enheten %."
    if figure.valid_to is not None and figure.valid_to < figure.valid_from:
        errors["valid_to"] = "Sista året kan inte vara före det första."
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def figure_create(
    *,
    actor: Any,
    board: Board,
    label: str,
    unit: str,
    direction: str = Direction.HIGHER,
    change_kind: str = ChangeKind.PERCENT,
    decimals: int = 0,
    change_decimals: int = 1,
    scope_note: str = "",
    kolada_kpi: str = "",
    source: str = Source.ENTERED,
    valid_from: int,
    valid_to: int | None = None,
    order: int | None = None,
) -> Figure:
    access.require(access.can_plan(actor, board))
    if order is None:
        order = Figure.objects.filter(board=board).count() + 1
    figure = Figure(
        organisation_id=board.organisation_id,
        board=board,
        key=figure_key(label),
        label=label.strip(),
        unit=unit,
        direction=direction,
        change_kind=change_kind,
        decimals=decimals,
        change_decimals=change_decimals,
        scope_note=scope_note.strip(),
        kolada_kpi=kolada_kpi.strip().upper(),
        source=source,
        valid_from=valid_from,
        valid_to=valid_to,
        order=order,
    )
    _check_figure(figure)
    return save_audited(actor=actor, action="kpis.figure.create", obj=figure)


EDITABLE = (
    "label",
    "unit",
    "direction",
    "change_kind",
    "decimals",
    "change_decimals",
    "scope_note",
    "kolada_kpi",
    "source",
    "valid_from",
    "valid_to",
    "order",
)


@transaction.atomic
def figure_update(*, actor: Any, figure: Figure, **changes: Any) -> Figure:
    """Change a figure's description. Its key follows its label, so a renamed figure is a new
    row in the documents (published figures of earlier years keep their address)."""
    access.require(access.can_plan(actor, figure.board))
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise TypeError(f"figure_update: unknown fields {sorted(unknown)}")
    before = snapshot(figure)
    for name, value in changes.items():
        setattr(figure, name, value.strip() if isinstance(value, str) else value)
    figure.kolada_kpi = figure.kolada_kpi.upper()
    figure.key = figure_key(figure.label)
    _check_figure(figure)
    return save_audited(actor=actor, action="kpis.figure.update", obj=figure, before=before)


@transaction.atomic
def figure_value_set(
    *,
    actor: Any,
    figure: Figure,
    year: int,
    period: str = "",
    outcome: Decimal | None,
    target: Decimal | None = None,
    target_text: str = "",
    note: str = "",
) -> FigureValue:
    """Set a figure's outcome and target for a year (or a period of it)."""
    access.require(access.can_plan(actor, figure.board))
    if period not in PERIODS:
        raise ValidationError(
            {"period": f"Perioden ”{period}” finns inte (helår, delår 1 eller 2)."}
        )
    if not figure.is_valid_in(year):
        span = f"{figure.valid_from}–{figure.valid_to or ''}"
        raise ValidationError({"year": f"Nyckeltalet redovisas {span}, inte {year}."})
    if outcome is None and target is None and not target_text.strip():
        raise ValidationError({"outcome": "Ange ett utfall eller ett målvärde."})
    for name, value in (("outcome", outcome), ("target", target)):
        if value is not None and -value.as_tuple().exponent > 4:  # type: ignore[operator]
            raise ValidationError({name: "Ange högst fyra decimaler."})
    row = FigureValue.objects.filter(figure=figure, year=year, period=period).first()
    before = snapshot(row) if row else None
    if row is None:
        row = FigureValue(
            organisation_id=figure.organisation_id, figure=figure, year=year, period=period
        )
    row.outcome, row.target = outcome, target
    row.target_text, row.note = target_text.strip(), note.strip()
    return save_audited(actor=actor, action="kpis.value.set", obj=row, before=before)


@transaction.atomic
def kolada_area_set(
    *, actor: Any, organisation: Organisation, area_id: str, title: str = ""
) -> KoladaArea:
    """Which Kolada area (kommun or region id) is the organisation's own."""
    access.require(access.can_import_ledger(actor, organisation.pk))
    if not AREA_ID.match(area_id):
        raise ValidationError(
            {"area_id": f"”{area_id}” är inget Kolada-id (fyra siffror, t.ex. 0018)."}
        )
    area = KoladaArea.objects.filter(organisation=organisation).first()
    before = snapshot(area) if area else None
    if area is None:
        area = KoladaArea(organisation=organisation)
    area.area_id, area.title = area_id, title
    return save_audited(actor=actor, action="kpis.kolada_area.set", obj=area, before=before)
