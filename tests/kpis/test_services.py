"""The production figures' services: each rule, one audit event per write, refused writes
write nothing."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from arshjul.audit.models import AuditEvent
from arshjul.kpis import services
from arshjul.kpis.models import Figure, FigureValue, KoladaArea
from arshjul.kpis.selectors import year_figures
from arshjul.organisations.models import Board


def new_figure(board: Board, actor: Any, **extra: Any) -> Figure:
    values: dict[str, Any] = {"label": "Antal felanmälningar", "unit": "st", "valid_from": 2020}
    return services.figure_create(actor=actor, board=board, **(values | extra))


def test_create_writes_one_event(board: Board, users: dict[str, Any]) -> None:
    before = AuditEvent.objects.count()
    figure = new_figure(board, users["controller"], scope_note=" (Region Örebro län) ")
    assert figure.key == "antal_felanmalningar"
    assert figure.scope_note == "(Region Örebro län)"
    events = AuditEvent.objects.filter(pk__gt=0).order_by("-pk")
    assert AuditEvent.objects.count() == before + 1
    assert events[0].action == "kpis.figure.create"


@pytest.mark.parametrize("role", ["rapportor-it", "rapportor-fastigheter", "lasare"])
def test_create_refused_for_non_planners(board: Board, users: dict[str, Any], role: str) -> None:
    count, events = Figure.objects.count(), AuditEvent.objects.count()
    with pytest.raises(PermissionDenied):
        new_figure(board, users[role])
    assert (Figure.objects.count(), AuditEvent.objects.count()) == (count, events)


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"label": "Antal personalmåltider"}, "label"),  # the demo has it: same key
        ({"label": "  "}, "label"),
        ({"kolada_kpi": "X123"}, "kolada_kpi"),
        ({"source": "miljokrav"}, "source"),  # a computed share must be in %
        ({"valid_to": 2019}, "valid_to"),
    ],
)
def test_create_rules(
    board: Board, users: dict[str, Any], extra: dict[str, Any], field: str
) -> None:
    count, events = Figure.objects.count(), AuditEvent.objects.count()
    with pytest.raises(ValidationError) as info:
        new_figure(board, users["controller"], **extra)
    assert field in info.value.message_dict
    assert (Figure.objects.count(), AuditEvent.objects.count()) == (count, events)


def test_update_records_before_and_after(board: Board, users: dict[str, Any]) -> None:
    figure = new_figure(board, users["controller"])
    updated = services.figure_update(
        actor=users["admin"], figure=figure, label="Antal felanmälningar IT", kolada_kpi="n00945"
    )
    assert updated.key == "antal_felanmalningar_it" and updated.kolada_kpi == "N00945"
    event = AuditEvent.objects.order_by("-pk").first()
    assert event is not None and event.action == "kpis.figure.update"
    assert event.before is not None and event.after is not None
    assert event.before["label"] == "Antal felanmälningar"
    assert event.after["label"] == "Antal felanmälningar IT"


def test_update_refused_for_reader(board: Board, users: dict[str, Any]) -> None:
    figure = Figure.objects.filter(board=board).first()
    assert figure is not None
    with pytest.raises(PermissionDenied):
        services.figure_update(actor=users["lasare"], figure=figure, label="Annat")
    figure.refresh_from_db()
    assert figure.label != "Annat"


def test_value_set_upserts_with_one_event_each(board: Board, users: dict[str, Any]) -> None:
    figure = new_figure(board, users["controller"])
    events = AuditEvent.objects.count()
    services.figure_value_set(actor=users["controller"], figure=figure, year=2020, outcome=D(80))
    services.figure_value_set(
        actor=users["controller"], figure=figure, year=2021, outcome=D(100), target=D(90)
    )
    services.figure_value_set(actor=users["controller"], figure=figure, year=2021, outcome=D(95))
    assert FigureValue.objects.filter(figure=figure).count() == 2
    assert AuditEvent.objects.count() == events + 3
    line = next(x for x in year_figures(board=board, year=2021) if x.figure == figure)
    assert (line.outcome, line.previous, line.trend) == (D(95), D(80), "forbattrats")
    assert line.change is not None and line.change.quantize(D("0.01")) == D("18.75")
    assert line.target is None  # the last write set no target


@pytest.mark.parametrize(
    ("year", "period", "outcome", "field"),
    [
        (2019, "", D(1), "year"),  # before the figure is reported
        (2021, "kvartal", D(1), "period"),
        (2021, "", None, "outcome"),  # neither outcome nor target
        (2021, "", D("1.00001"), "outcome"),
    ],
)
def test_value_rules(
    board: Board, users: dict[str, Any], year: int, period: str, outcome: D | None, field: str
) -> None:
    figure = new_figure(board, users["controller"])
    events = AuditEvent.objects.count()
    with pytest.raises(ValidationError) as info:
        services.figure_value_set(
            actor=users["controller"], figure=figure, year=year, period=period, outcome=outcome
        )
    assert field in info.value.message_dict
    assert AuditEvent.objects.count() == events
    assert not FigureValue.objects.filter(figure=figure).exists()


def test_value_refused_for_reporter(board: Board, users: dict[str, Any]) -> None:
    figure = Figure.objects.filter(board=board).first()
    assert figure is not None
    count = FigureValue.objects.count()
    with pytest.raises(PermissionDenied):
        services.figure_value_set(
            actor=users["rapportor-it"], figure=figure, year=2021, outcome=D(1)
        )
    assert FigureValue.objects.count() == count


def test_kolada_area(board: Board, users: dict[str, Any]) -> None:
    area = services.kolada_area_set(
        actor=users["controller"], organisation=board.organisation, area_id="1880", title="Örebro"
    )
    assert KoladaArea.objects.get(organisation=board.organisation) == area
    with pytest.raises(ValidationError):
        services.kolada_area_set(
            actor=users["controller"], organisation=board.organisation, area_id="18"
        )
    with pytest.raises(PermissionDenied):
        services.kolada_area_set(
            actor=users["lasare"], organisation=board.organisation, area_id="0018"
        )


def test_demo_area_is_region_orebro(board: Board) -> None:
    area = KoladaArea.objects.get(organisation=board.organisation)
    assert (area.area_id, area.title) == ("0018", "Region Örebro län")


def test_demo_has_the_seeds_fourteen_figures(board: Board) -> None:
    assert Figure.objects.filter(board=board).count() == 14
    lines = year_figures(board=board, year=2021)
    assert sum(1 for x in lines if x.previous is None) == 3  # "saknar jämförelsetal"
