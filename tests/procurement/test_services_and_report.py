"""Services (rules, one audit event, refused writes change nothing), the demo against the seed
and the report section's figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from arshjul.audit.models import AuditEvent
from arshjul.organisations.models import Board
from arshjul.procurement import selectors, services
from arshjul.procurement.models import Appeal, ListFigure, Procurement
from tests.conftest import demo_user

pytestmark = pytest.mark.django_db


def _create(board: Board, actor: Any, **extra: Any) -> Procurement:
    fields = {"year": 2021, "unit": "upphandlingsavdelningen", "state": "avslutad"}
    fields |= {"title": "Testupphandling"} | extra
    return services.procurement_create(actor=actor, board=board, **fields)


def test_demo_lists_match_the_seed_counts(board: Board) -> None:
    counts = {
        (unit, state): Procurement.objects.filter(
            board=board, year=2021, unit=unit, state=state
        ).count()
        for unit in ("upphandlingsavdelningen", "medicinsk_teknik")
        for state in ("kommande", "pagaende", "avslutad")
    }
    assert counts == {
        ("upphandlingsavdelningen", "kommande"): 22,
        ("upphandlingsavdelningen", "pagaende"): 39,
        ("upphandlingsavdelningen", "avslutad"): 57,
        ("medicinsk_teknik", "kommande"): 16,
        ("medicinsk_teknik", "pagaende"): 32,
        ("medicinsk_teknik", "avslutad"): 29,
    }
    assert Appeal.objects.filter(board=board, year=2021).count() == 9


def test_requirement_share_for_the_production_figures(board: Board) -> None:
    share = selectors.requirement_share(board=board, year=2021, kind="miljokrav")
    assert share == D(7800) / D(86)
    assert round(share, 0) == 91  # type: ignore[arg-type]
    assert selectors.requirement_share(board=board, year=2021, kind="uppforandekod") == share
    assert selectors.requirement_share(board=board, year=2021, kind="social_hansyn") == 0
    assert selectors.requirement_share(board=board, year=2024, kind="miljokrav") is None
    with pytest.raises(ValueError):
        selectors.requirement_share(board=board, year=2021, kind="okänt")


def test_report_section_figures_and_discrepancy(board: Board) -> None:
    from arshjul.procurement.report_sections import build_section

    section = build_section(board=board, year=2021)
    assert section is not None
    tables = {b.key: b for b in section.blocks}  # type: ignore[attr-defined]
    assert set(tables) == {
        "upphandlingar_per_lista",
        "upphandlingar_sammanstallning",
        "upphandlingar_kommande",
        "upphandlingar_pagaende",
        "upphandlingar_avslutade",
        "overprovningar",
    }
    summary = {r.key: r for r in tables["upphandlingar_sammanstallning"].rows}
    upph, mt = summary["upphandlingsavdelningen_helar"], summary["medicinsk_teknik_helar"]
    assert upph.cells["antal"].value == 57 and upph.cells["anbud"].value == 329
    assert upph.cells["snitt_anbud"].text == "5,8"
    assert upph.cells["varde_mnkr"].value == 1700
    assert (upph.cells["miljokrav"].value, upph.cells["uppforandekod"].value) == (49, 49)
    assert mt.cells["antal"].value == 29 and mt.cells["anbud"].value == 48
    assert mt.cells["snitt_anbud"].text == "1,7"
    assert summary["totalt_helar"].cells["antal"].value == 86
    assert summary["totalt_helar"].cells["miljokrav"].value == 78
    assert len(tables["upphandlingar_kommande"].rows) == 38
    assert len(tables["upphandlingar_pagaende"].rows) == 71
    assert len(tables["upphandlingar_avslutade"].rows) == 86
    assert "21rs4139_kamtechnology_ab" in {r.key for r in tables["overprovningar"].rows}


def test_document_flags_the_printed_average_5_7(board: Board) -> None:
    from arshjul.procurement.report_sections import build_section
    from arshjul.reconciliation.selectors import published_for_document
    from arshjul.reports.reconcile import reconcile

    section = build_section(board=board, year=2021)
    published = published_for_document(
        board=board, year=2021, document="verksamhetsberattelse", period="helar"
    )
    found = [(d.table, d.row, d.column, d.published) for d in reconcile([section], published)]  # type: ignore[list-item]
    assert found == [
        ("upphandlingar_sammanstallning", "upphandlingsavdelningen_helar", "snitt_anbud", "5,7")
    ]


def test_no_section_for_a_plan_year_without_procurements(board: Board) -> None:
    from arshjul.procurement.report_sections import build_section

    assert build_section(board=board, year=2025) is None


def test_create_writes_one_audit_event(board: Board) -> None:
    before = AuditEvent.objects.count()
    p = _create(board, demo_user("controller"), bids=4, end_date=dt.date(2021, 9, 1))
    assert AuditEvent.objects.count() == before + 1
    event = AuditEvent.objects.latest("pk")
    assert event.action == "procurement.procurement.create" and event.object_id == str(p.pk)


def test_dated_finished_procurement_gets_a_half_year_row(board: Board) -> None:
    _create(board, demo_user("controller"), bids=4, end_date=dt.date(2021, 9, 1))
    rows = selectors.year_summary(board=board, year=2021).finished
    h2 = [r for r in rows if r.half == "h2"]
    assert [(r.unit, r.summary.count, r.summary.bids) for r in h2] == [
        ("upphandlingsavdelningen", 1, 4)
    ]
    whole = next(r for r in rows if r.unit == "upphandlingsavdelningen" and r.half == "helar")
    assert (whole.summary.count, whole.summary.bids) == (58, 333)


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"state": "pagaende", "bids": 3}, "bids"),
        ({"state": "kommande", "miljokrav": True}, "miljokrav"),
        ({"state": "pagaende", "end_date": dt.date(2021, 5, 1)}, "end_date"),
        ({"end_date": dt.date(2022, 1, 5)}, "end_date"),
        ({"start_date": dt.date(2021, 5, 1), "end_date": dt.date(2021, 4, 1)}, "end_date"),
        ({"case_number": "abc"}, "case_number"),
        ({"value_kr": D(-1)}, "value_kr"),
        ({"unit": "okand"}, "unit"),
        ({"year": 1999}, "year"),
    ],
)
def test_procurement_rules(board: Board, fields: dict[str, Any], error_field: str) -> None:
    before = (Procurement.objects.count(), AuditEvent.objects.count())
    with pytest.raises(ValidationError) as exc:
        _create(board, demo_user("controller"), **fields)
    assert error_field in exc.value.message_dict
    assert (Procurement.objects.count(), AuditEvent.objects.count()) == before


@pytest.mark.parametrize("role", ["lasare", "rapportor-it"])
def test_readers_and_reporters_cannot_write(board: Board, role: str) -> None:
    before = (Procurement.objects.count(), Appeal.objects.count(), AuditEvent.objects.count())
    with pytest.raises(PermissionDenied):
        _create(board, demo_user(role))
    p = Procurement.objects.filter(board=board).first()
    with pytest.raises(PermissionDenied):
        services.procurement_update(actor=demo_user(role), procurement=p, title="X")  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        services.appeal_create(
            actor=demo_user(role),
            board=board,
            year=2021,
            procurement=None,
            procurement_title="X",
            case_number="21RS1",
            company="Y AB",
            state="pagaende",
        )
    after = (Procurement.objects.count(), Appeal.objects.count(), AuditEvent.objects.count())
    assert after == before


def test_update_records_before_and_after(board: Board) -> None:
    p = Procurement.objects.filter(board=board, title="Licenspartner", state="avslutad").get()
    services.procurement_update(
        actor=demo_user("controller"), procurement=p, bids=6, end_date=dt.date(2021, 3, 1)
    )
    event = AuditEvent.objects.latest("pk")
    assert event.action == "procurement.procurement.update"
    assert event.before["bids"] is None and event.after["bids"] == 6  # type: ignore[index]
    with pytest.raises(ValidationError):
        services.procurement_update(actor=demo_user("controller"), procurement=p, board=None)


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"state": "avslutad", "outcome": ""}, "outcome"),
        ({"state": "pagaende", "outcome": "dom"}, "outcome"),
        ({"case_number": "21-RS"}, "case_number"),
        ({"procurement_title": "", "procurement": None}, "procurement_title"),
    ],
)
def test_appeal_rules(board: Board, fields: dict[str, Any], error_field: str) -> None:
    base = {"year": 2021, "procurement": None, "procurement_title": "X", "case_number": "21RS1"}
    base |= {"company": "Y AB", "state": "pagaende"} | fields
    before = (Appeal.objects.count(), AuditEvent.objects.count())
    with pytest.raises(ValidationError) as exc:
        services.appeal_create(actor=demo_user("controller"), board=board, **base)
    assert error_field in exc.value.message_dict
    assert (Appeal.objects.count(), AuditEvent.objects.count()) == before


def test_appeal_takes_the_procurements_title(board: Board) -> None:
    p = Procurement.objects.filter(board=board, title="Bloddatasystem").get()
    a = services.appeal_create(
        actor=demo_user("controller"),
        board=board,
        year=2021,
        procurement=p,
        procurement_title="",
        case_number="21RS9999",
        company="Z AB",
        state="avslutad",
        outcome="dom",
        decided_on=dt.date(2021, 11, 3),
    )
    assert a.procurement_title == "Bloddatasystem"
    assert AuditEvent.objects.latest("pk").action == "procurement.appeal.create"


def test_list_figure_count_cannot_exceed_unrecorded_rows(board: Board) -> None:
    with pytest.raises(ValidationError) as exc:
        services.list_figure_set(
            actor=demo_user("controller"),
            board=board,
            year=2021,
            unit="upphandlingsavdelningen",
            state="avslutad",
            miljokrav=58,
        )
    assert "miljokrav" in exc.value.message_dict
    with pytest.raises(ValidationError):
        services.list_figure_set(
            actor=demo_user("controller"),
            board=board,
            year=2021,
            unit="medicinsk_teknik",
            state="kommande",
            bids=3,
        )
    assert ListFigure.objects.filter(board=board, year=2021).count() == 4
