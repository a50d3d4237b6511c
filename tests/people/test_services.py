"""The personnel services: each rule, one audit event per write, refused writes write nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from arshjul.audit.models import AuditEvent
from arshjul.finance.models import AccountPlan, LedgerImport, LedgerTransaction
from arshjul.organisations.models import Board
from arshjul.people import services
from arshjul.people.models import FteRow, Leavers, PersonnelCost, PersonnelYear, SickLeave
from arshjul.people.selectors import people_figures
from tests.conftest import demo_user

YEAR = 2023  # a year without demo figures

HOURS = {
    "scheduled_women": D(1000),
    "scheduled_men": D(800),
    "short_women": D(30),
    "short_men": D(20),
    "long_women": D(40),
    "long_men": D(10),
}


def counts() -> tuple[int, ...]:
    models = (PersonnelYear, PersonnelCost, FteRow, SickLeave, Leavers, AuditEvent)
    return tuple(m.objects.count() for m in models)


def test_costs_save_writes_rows_and_one_event(board: Board, users: dict[str, Any]) -> None:
    events = AuditEvent.objects.count()
    year = services.personnel_costs_save(
        actor=users["controller"],
        board=board,
        year=YEAR,
        amounts={"manadsloner": D(1_000_000), "sjuklon": D(50_000)},
        growth_rate_entered=D("3.1"),
    )
    assert {c.group: c.amount for c in year.costs.all()} == {
        "manadsloner": D(1_000_000),
        "sjuklon": D(50_000),
    }
    assert AuditEvent.objects.count() == events + 1
    event = AuditEvent.objects.latest("pk")
    assert event.action == "people.costs.save"
    assert event.after is not None and event.after["costs"]["sjuklon"] == "50000.00"


def test_costs_save_none_removes_a_group(board: Board, users: dict[str, Any]) -> None:
    actor = users["admin"]
    services.personnel_costs_save(
        actor=actor, board=board, year=YEAR, amounts={"manadsloner": D(1), "sjuklon": D(2)}
    )
    year = services.personnel_costs_save(
        actor=actor, board=board, year=YEAR, amounts={"sjuklon": None}
    )
    assert [c.group for c in year.costs.all()] == ["manadsloner"]


def test_costs_save_refuses_an_unknown_group(board: Board, users: dict[str, Any]) -> None:
    before = counts()
    with pytest.raises(ValidationError, match="Okänd kontogrupp"):
        services.personnel_costs_save(
            actor=users["controller"], board=board, year=YEAR, amounts={"4999": D(1)}
        )
    assert counts() == before


@pytest.mark.parametrize("role", ["lasare", "rapportor-it", "rapportor-fastigheter"])
def test_writes_are_refused_for_readers_and_reporters(board: Board, role: str) -> None:
    actor = demo_user(role)
    before = counts()
    calls = [
        lambda: services.personnel_costs_save(
            actor=actor, board=board, year=YEAR, amounts={"manadsloner": D(1)}
        ),
        lambda: services.fte_row_save(
            actor=actor, board=board, year=YEAR, group="Chef", women=D(1), men=D(1)
        ),
        lambda: services.sick_leave_save(actor=actor, board=board, year=YEAR, **HOURS),
        lambda: services.leavers_save(actor=actor, board=board, year=YEAR, counts={"extern": 1}),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert counts() == before


def test_fte_row_save_creates_and_updates_by_name(board: Board, users: dict[str, Any]) -> None:
    actor = users["controller"]
    events = AuditEvent.objects.count()
    row = services.fte_row_save(
        actor=actor, board=board, year=YEAR, group=" Chef ", women=D("3.5"), men=D(2)
    )
    assert (row.group, row.order) == ("Chef", 1)
    again = services.fte_row_save(
        actor=actor, board=board, year=YEAR, group="chef", women=D(4), men=D(2)
    )
    assert again.pk == row.pk and again.women == D(4)
    assert AuditEvent.objects.count() == events + 2
    event = AuditEvent.objects.latest("pk")
    assert event.before is not None and event.before["women"] == "3.50"


@pytest.mark.parametrize(
    ("group", "women", "men"),
    [("", D(1), D(1)), ("Chef", D(-1), D(1)), ("Chef", D(1), D("-0.5"))],
)
def test_fte_row_save_refuses(
    board: Board, users: dict[str, Any], group: str, women: D, men: D
) -> None:
    before = counts()
    with pytest.raises(ValidationError):
        services.fte_row_save(
            actor=users["controller"], board=board, year=YEAR, group=group, women=women, men=men
        )
    assert counts() == before


def test_fte_row_delete_is_audited(board: Board, users: dict[str, Any]) -> None:
    actor = users["controller"]
    row = services.fte_row_save(
        actor=actor, board=board, year=YEAR, group="X", women=D(1), men=D(1)
    )
    events = AuditEvent.objects.count()
    services.fte_row_delete(actor=actor, row=row)
    assert not FteRow.objects.filter(pk=row.pk).exists()
    assert AuditEvent.objects.latest("pk").action == "people.fte_row.delete"
    assert AuditEvent.objects.count() == events + 1


def test_sick_leave_save(board: Board, users: dict[str, Any]) -> None:
    events = AuditEvent.objects.count()
    sick = services.sick_leave_save(
        actor=users["controller"], board=board, year=YEAR, frisktal=D("51.2"), **HOURS
    )
    assert sick.scheduled_women == D(1000) and sick.frisktal == D("51.2")
    assert AuditEvent.objects.count() == events + 1
    assert AuditEvent.objects.latest("pk").action == "people.sick_leave.save"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"long_men": None}, "Ange alla timmar"),
        ({"long_women": D(971)}, "fler timmar än schemalagd tid"),
        ({"short_men": D(-5)}, "0"),
        ({"frisktal": D("1234.567")}, "siffror"),
        ({"frisktal": D("150")}, "100"),
    ],
)
def test_sick_leave_save_refuses(
    board: Board, users: dict[str, Any], change: dict[str, Any], message: str
) -> None:
    before = counts()
    with pytest.raises(ValidationError, match=message):
        services.sick_leave_save(
            actor=users["controller"], board=board, year=YEAR, **(HOURS | change)
        )
    assert counts() == before


def test_sick_leave_save_refuses_unknown_field(board: Board, users: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="Okänt fält"):
        services.sick_leave_save(actor=users["controller"], board=board, year=YEAR, foo=D(1))


def test_leavers_save(board: Board, users: dict[str, Any]) -> None:
    actor = users["controller"]
    services.leavers_save(actor=actor, board=board, year=YEAR, counts={"extern": 3, "pension": 2})
    year = services.leavers_save(actor=actor, board=board, year=YEAR, counts={"pension": None})
    assert {r.reason: r.count for r in year.leavers.all()} == {"extern": 3}
    assert AuditEvent.objects.latest("pk").after == {"extern": 3}
    with pytest.raises(ValidationError, match="Okänd avgångsorsak"):
        services.leavers_save(actor=actor, board=board, year=YEAR, counts={"flytt": 1})


def test_year_out_of_range_is_refused(board: Board, users: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="orimligt"):
        services.leavers_save(actor=users["controller"], board=board, year=1800, counts={})


def test_costs_come_from_an_imported_ledger(board: Board) -> None:
    """With a ledger for the year, the groups are summed from it in SQL (debit = cost)."""
    plan = AccountPlan.objects.get(organisation_id=board.organisation_id, is_default=True)
    ledger = LedgerImport.objects.create(
        organisation_id=board.organisation_id,
        board=board,
        plan=plan,
        file_name="hb.se",
        sha256="x" * 64,
        sie_type=4,
        encoding="cp437",
        year_start=dt.date(YEAR, 1, 1),
        year_end=dt.date(YEAR, 12, 31),
        vouchers=1,
        transactions=5,
    )
    for account, ore in [
        ("4011", 100_000_00),
        ("40811", 50_000_00),
        ("4120", 7_000_00),
        ("4010", 1_000_00),
        ("5010", 9_999_00),
    ]:
        LedgerTransaction.objects.create(
            organisation_id=board.organisation_id,
            ledger=ledger,
            account=account,
            date=dt.date(YEAR, 3, 1),
            period=YEAR * 100 + 3,
            amount_ore=ore,
        )
    figures = people_figures(board=board, year=YEAR)
    assert figures.current.from_ledger
    assert figures.current.costs == {
        "manadsloner": D(150_000),
        "sjuklon": D(7_000),
        "ovrigt_konto_40xx_41xx": D(1_000),
    }
    assert figures.current.cost_total == D(158_000)
