"""The economy pages as every role: the year's economy with its discrepancies, the account
plans (configuration for controllers and administrators) and the savings plan's follow-up."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from arshjul.audit.models import AuditEvent
from arshjul.finance import services as finance_services
from arshjul.finance.models import (
    AccountPlan,
    FinanceVersion,
    LineMapping,
    ResultLine,
    SavingsFollowup,
    SavingsMeasure,
    SavingsPlan,
)
from arshjul.followup import services as followup_services
from arshjul.followup.models import Period
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board, Unit
from arshjul.reconciliation.services import published_figure_set
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

E = "/servicenamnden/ekonomi"
ROLES = ["admin", "controller", "rapportor-it", "lasare", "anonymous"]
PLANNERS = {"admin", "controller"}
MINUS, NBSP = "\u2212", "\u00a0"


@pytest.fixture
def plan(board: Board) -> SavingsPlan:
    return SavingsPlan.objects.get(board=board)


@pytest.fixture
def measure(plan: SavingsPlan) -> SavingsMeasure:
    return plan.measures.select_related("unit").order_by("order").first()  # type: ignore[return-value]


def client_as(users: dict[str, Any], role: str) -> Client:
    return Client() if role == "anonymous" else client_for(users[role])


def expected(role: str, *, planners_only: bool) -> int:
    if role == "anonymous":
        return 302
    return 403 if planners_only and role not in PLANNERS else 200


def region_bas(board: Board) -> AccountPlan:
    return AccountPlan.objects.get(organisation_id=board.organisation_id, key="region-bas")


def line(board: Board, key: str) -> ResultLine:
    return ResultLine.objects.get(organisation_id=board.organisation_id, key=key)


# --- every URL × role ---------------------------------------------------------------------------


def page_urls(board: Board, plan: SavingsPlan, measure: SavingsMeasure) -> dict[str, bool]:
    """url → planners only."""
    mapping = LineMapping.objects.filter(plan=region_bas(board)).order_by("first").first()
    assert mapping is not None
    return {
        f"{E}/2021/": False,
        f"{E}/2021/?period=helar": False,
        f"{E}/2024/": False,
        f"{E}/2024/?period=delar2": False,
        f"{E}/2025/": False,
        f"{E}/kontoplan/": True,
        f"{E}/kontoplan/{mapping.pk}/ta-bort/": True,
        f"{E}/handlingsplan/{plan.pk}/": False,
        f"{E}/handlingsplan/{plan.pk}/?period=2024-delar1": False,
        f"{E}/handlingsplan/{plan.pk}/uppfoljning/2024-helar/{measure.pk}/": True,
    }


@pytest.mark.parametrize("role", ROLES)
def test_every_economy_page_answers_each_role_as_expected(
    users: dict[str, Any], board: Board, plan: SavingsPlan, measure: SavingsMeasure, role: str
) -> None:
    client = client_as(users, role)
    for url, planners_only in page_urls(board, plan, measure).items():
        response = client.get(url)
        assert response.status_code == expected(role, planners_only=planners_only), url
        if role == "anonymous":
            assert response["Location"].startswith("/logga-in/")


@pytest.mark.parametrize("role", ROLES)
def test_mapping_add_is_refused_to_everyone_but_planners(
    users: dict[str, Any], board: Board, role: str
) -> None:
    events, ranges = AuditEvent.objects.count(), LineMapping.objects.count()
    data = {"plan": region_bas(board).pk, "line": line(board, "finansnetto").pk}
    response = client_as(users, role).post(f"{E}/kontoplan/", {**data, "first": 8000, "last": 8099})
    assert response.status_code == expected(role, planners_only=True)
    added = 1 if role in PLANNERS else 0
    assert LineMapping.objects.count() == ranges + added
    assert AuditEvent.objects.count() == events + added


@pytest.mark.parametrize("role", ROLES)
def test_savings_followup_post_is_refused_to_everyone_but_planners(
    users: dict[str, Any], plan: SavingsPlan, measure: SavingsMeasure, role: str
) -> None:
    events = AuditEvent.objects.count()
    url = f"{E}/handlingsplan/{plan.pk}/uppfoljning/2024-helar/{measure.pk}/"
    response = client_as(users, role).post(url, {"realised": "100"})
    assert response.status_code == expected(role, planners_only=True)
    saved = 1 if role in PLANNERS else 0
    assert SavingsFollowup.objects.filter(measure=measure).count() == saved
    assert AuditEvent.objects.count() == events + saved


@pytest.mark.parametrize(
    "url",
    [
        f"{E}/1999/",
        f"{E}/2021/?period=kvartal9",
        "/annan-namnd/ekonomi/2021/",
        "/annan-namnd/ekonomi/kontoplan/",
        f"{E}/kontoplan/999999/ta-bort/",
        f"{E}/handlingsplan/999999/",
        f"{E}/handlingsplan/PLAN/?period=2021-helar",  # not one of the plan's years
        f"{E}/handlingsplan/PLAN/?period=2024-okand",
        f"{E}/handlingsplan/PLAN/uppfoljning/2021-helar/MEASURE/",
        f"{E}/handlingsplan/PLAN/uppfoljning/helar/MEASURE/",
        f"{E}/handlingsplan/PLAN/uppfoljning/2024-helar/999999/",
    ],
)
def test_unknown_year_period_plan_or_measure_gives_404(
    users: dict[str, Any], plan: SavingsPlan, measure: SavingsMeasure, url: str
) -> None:
    url = url.replace("PLAN", str(plan.pk)).replace("MEASURE", str(measure.pk))
    assert client_for(users["controller"]).get(url).status_code == 404


# --- the overview -------------------------------------------------------------------------------


def test_overview_2021_full_year_shows_result_and_the_building_project_discrepancies(
    users: dict[str, Any],
) -> None:
    response = client_for(users["controller"]).get(f"{E}/2021/?period=helar")
    html = response.content.decode()
    assert f"{MINUS}13,6" in html  # resultat, utfall 2021
    assert 'id="t-driftredovisning"' in html and "<svg" in html  # operating report + chart
    assert 'id="t-driftbudget"' not in html
    assert "Publicerade siffror som inte stämmer med beräkningen" in html
    rows = [
        (d["table"], d["row"], d["column"], d["published"], d["computed"])
        for d in response.context["discrepancies"]
    ]
    assert rows == [
        ("Servicenämnd", "Servicenämnden totalt", "Total investeringskalkyl", "149,0", "482,1"),
        ("Servicenämnd", "Servicenämnden totalt", "Beslutad budget t.o.m. 2021", "119,0", "359,4"),
        ("Servicenämnd", "Servicenämnden totalt", "Totalt utfall t.o.m. 2021", "26,8", "226,4"),
        ("Servicenämnd", "Servicenämnden totalt", "Utfall under 2021", "1,3", "136,4"),
    ]
    assert '<td class="num">149,0</td><td class="num">482,1</td>' in html


def test_overview_2024_plan_shows_budget_result_and_the_handlingsplan_discrepancies(
    users: dict[str, Any], plan: SavingsPlan
) -> None:
    response = client_for(users["admin"]).get(f"{E}/2024/")
    html = response.content.decode()
    assert 'id="t-driftbudget"' in html and 'id="t-driftredovisning"' not in html
    assert "23,2" in html  # resultat, budget 2024
    rows = [
        (d["row"], d["column"], d["published"], d["computed"])
        for d in response.context["discrepancies"]
    ]
    assert rows == [
        ("Personalkostnadsreduceringar", "2024", f"27{NBSP}039", f"27{NBSP}579"),
        ("Personalkostnadsreduceringar", "Antal årsarbetare 2024", "49", "47,5"),
        ("Övriga kostnadsreduceringar", "2024", f"53{NBSP}801", f"55{NBSP}856"),
        ("Totalsumma", "2024", f"84{NBSP}754", f"87{NBSP}349"),
        ("Totalsumma", "Antal årsarbetare 2024", "49", "47,5"),
    ]
    assert f'<td class="num">27{NBSP}039</td><td class="num">27{NBSP}579</td>' in html
    assert f"{E}/handlingsplan/{plan.pk}/" in html


def test_readers_see_the_figures_but_not_the_discrepancy_box(users: dict[str, Any]) -> None:
    html = client_for(users["lasare"]).get(f"{E}/2021/?period=helar").content.decode()
    assert f"{MINUS}13,6" in html
    assert "Publicerade siffror som inte stämmer" not in html
    assert f"{E}/kontoplan/" not in html


def test_overview_nav_marks_the_economy_and_the_chosen_period(users: dict[str, Any]) -> None:
    html = client_for(users["controller"]).get(f"{E}/2021/?period=delar2").content.decode()
    assert f'<a href="{E}/2021/" aria-current="page">Ekonomi</a>' in html
    assert '<a href="?period=delar2" aria-current="true">Delår 2</a>' in html


# --- account plans ------------------------------------------------------------------------------


def test_mapping_add_writes_the_range_and_one_audit_event(
    users: dict[str, Any], board: Board
) -> None:
    events = AuditEvent.objects.count()
    plan, target = region_bas(board), line(board, "finansnetto")
    response = client_for(users["controller"]).post(
        f"{E}/kontoplan/", {"plan": plan.pk, "line": target.pk, "first": "8000", "last": "8099"}
    )
    assert response.status_code == 200
    assert LineMapping.objects.filter(plan=plan, line=target, first=8000, last=8099).exists()
    assert list(AuditEvent.objects.order_by("pk")[events:].values_list("action", flat=True)) == [
        "finance.line_mapping.create"
    ]
    assert "Konton 8000–8099 kopplas nu till Finansnetto i Region-Bas." in response.content.decode()


def test_overlapping_range_is_refused_with_422_and_nothing_written(
    users: dict[str, Any], board: Board
) -> None:
    events, ranges = AuditEvent.objects.count(), LineMapping.objects.count()
    response = client_for(users["controller"]).post(
        f"{E}/kontoplan/",
        {
            "plan": region_bas(board).pk,
            "line": line(board, "finansnetto").pk,
            "first": "3500",
            "last": "3600",
        },
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert "Intervallet överlappar 3000–3999 → Övriga intäkter i kontoplanen." in html
    assert html.startswith('<div id="mapping-table">')  # the htmx partial
    assert (LineMapping.objects.count(), AuditEvent.objects.count()) == (ranges, events)


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        ("12", "99", "Ange ett kontonummer med fyra siffror, till exempel 3010."),
        ("8100", "8050", "Till konto kan inte vara lägre än från konto."),
        ("", "8050", "Ange ett kontonummer."),
    ],
)
def test_invalid_account_numbers_get_swedish_errors(
    users: dict[str, Any], board: Board, first: str, last: str, message: str
) -> None:
    ranges = LineMapping.objects.count()
    response = client_for(users["admin"]).post(
        f"{E}/kontoplan/",
        {
            "plan": region_bas(board).pk,
            "line": line(board, "finansnetto").pk,
            "first": first,
            "last": last,
        },
    )
    assert response.status_code == 422
    assert message in response.content.decode()
    assert LineMapping.objects.count() == ranges


def test_a_sum_line_cannot_take_accounts(users: dict[str, Any], board: Board) -> None:
    response = client_for(users["controller"]).post(
        f"{E}/kontoplan/",
        {
            "plan": region_bas(board).pk,
            "line": line(board, "resultat").pk,
            "first": "8000",
            "last": "8099",
        },
    )
    assert response.status_code == 422
    assert "Välj en resultatrad." in response.content.decode()


def test_mapping_delete_asks_first_and_then_removes_with_one_audit_event(
    users: dict[str, Any], board: Board
) -> None:
    client = client_for(users["controller"])
    chosen = LineMapping.objects.get(plan=region_bas(board), first=8900)
    url = f"{E}/kontoplan/{chosen.pk}/ta-bort/"
    events = AuditEvent.objects.count()
    confirm = client.get(url).content.decode()
    assert "Ta bort kontointervallet?" in confirm
    assert LineMapping.objects.filter(pk=chosen.pk).exists()
    response = client.post(url)
    assert response.status_code == 200
    assert not LineMapping.objects.filter(pk=chosen.pk).exists()
    assert AuditEvent.objects.count() == events + 1
    assert "8900–8999 är inte längre kopplade till Fastighetsfinansiering" in (
        response.content.decode()
    )


def test_reader_cannot_delete_a_range(users: dict[str, Any], board: Board) -> None:
    chosen = LineMapping.objects.get(plan=region_bas(board), first=8900)
    response = client_for(users["lasare"]).post(f"{E}/kontoplan/{chosen.pk}/ta-bort/")
    assert response.status_code == 403
    assert LineMapping.objects.filter(pk=chosen.pk).exists()


# --- savings plan -------------------------------------------------------------------------------


def followup_url(plan: SavingsPlan, measure: SavingsMeasure, period: str = "2024-helar") -> str:
    return f"{E}/handlingsplan/{plan.pk}/uppfoljning/{period}/{measure.pk}/"


def test_savings_followup_saves_tkr_as_kronor_with_one_audit_event(
    users: dict[str, Any], plan: SavingsPlan, measure: SavingsMeasure
) -> None:
    events = AuditEvent.objects.count()
    response = client_for(users["controller"]).post(
        followup_url(plan, measure),
        {"realised": "1 250,5", "fte": "2,5", "comment": "Vakanser tillsattes inte."},
    )
    assert response.status_code == 200
    saved = SavingsFollowup.objects.get(measure=measure, period__plan_year__year=2024)
    assert (saved.realised, saved.fte, saved.comment) == (
        D("1250500"),
        D("2.5"),
        "Vakanser tillsattes inte.",
    )
    assert AuditEvent.objects.count() == events + 1
    html = response.content.decode()
    assert "Sparat." in html
    assert f"1{NBSP}251" in html  # the realised effect in tkr on the page


def test_savings_page_shows_planned_against_realised_per_area_and_in_total(
    users: dict[str, Any], plan: SavingsPlan, measure: SavingsMeasure
) -> None:
    client_for(users["controller"]).post(followup_url(plan, measure), {"realised": "500"})
    response = client_for(users["lasare"]).get(f"{E}/handlingsplan/{plan.pk}/?period=2024-helar")
    table = response.context["followup_table"]
    rows = {r.key: [r.cells[c].text for c in ("plan", "utfall", "avvikelse")] for r in table.rows}
    area = measure.unit.name
    assert rows["totalsumma"] == [f"87{NBSP}349", "500", f"{MINUS}86{NBSP}849"]
    assert any(label == area for label in [r.label for r in table.rows])
    html = response.content.decode()
    assert "Rapportera" not in html  # a reader reads only
    assert 'id="t-handlingsplan_uppfoljning"' in html


def test_htmx_save_returns_the_form_and_the_updated_summary_out_of_band(
    users: dict[str, Any], plan: SavingsPlan, measure: SavingsMeasure
) -> None:
    response = client_for(users["admin"]).post(
        followup_url(plan, measure), {"realised": "964"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.startswith('<div id="savings-followup-form">')
    assert '<div id="savings-followup-summary" hx-swap-oob="true">' in html


def test_locked_period_refuses_the_followup_with_the_services_message(
    users: dict[str, Any], plan: SavingsPlan, measure: SavingsMeasure
) -> None:
    period = Period.objects.get(plan_year__board=plan.board, plan_year__year=2024, key="helar")
    followup_services.period_lock(actor=SYSTEM, period=period, locked=True)
    events = AuditEvent.objects.count()
    response = client_for(users["controller"]).post(followup_url(plan, measure), {"realised": "10"})
    assert response.status_code == 422
    assert "Perioden är låst." in response.content.decode()
    assert not SavingsFollowup.objects.filter(measure=measure).exists()
    assert AuditEvent.objects.count() == events


def test_followup_input_errors_are_swedish(
    users: dict[str, Any], plan: SavingsPlan, measure: SavingsMeasure
) -> None:
    client = client_for(users["controller"])
    response = client.post(followup_url(plan, measure), {"realised": "mycket"})
    assert response.status_code == 422
    assert "”mycket” är inte ett tal." in response.content.decode()
    response = client.post(followup_url(plan, measure), {"realised": ""})
    assert "Ange den realiserade effekten." in response.content.decode()
    assert not SavingsFollowup.objects.filter(measure=measure).exists()


# --- query counts -------------------------------------------------------------------------------

OVERVIEW = {
    # url: {role: pinned query count}
    f"{E}/2021/?period=helar": {"controller": 21, "lasare": 20},
    f"{E}/2024/": {"controller": 22, "lasare": 21},
}


def count_queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def grow_economy(board: Board, n: int) -> None:
    """More entries (accounts, areas, months), building projects, measures and follow-ups."""
    units = list(Unit.objects.filter(board=board, kind=Unit.Kind.AREA))
    for year, kind in ((2021, "utfall"), (2024, "budget")):
        version = FinanceVersion.objects.filter(board=board, year=year, kind=kind).first()
        assert version is not None
        finance_services.financial_entries_add(
            actor=SYSTEM,
            version=version,
            entries=[
                finance_services.EntryInput(
                    amount=D(100 + i),
                    unit=units[i % len(units)],
                    account=str(3000 + i),
                    month=1 + i % 12,
                )
                for i in range(n)
            ],
        )
    plan = SavingsPlan.objects.get(board=board)
    helar = Period.objects.get(plan_year__board=board, plan_year__year=2024, key="helar")
    for i in range(n):
        finance_services.building_project_create(
            actor=SYSTEM,
            board=board,
            year=2021,
            owner=f"Nämnd {i % 3}",
            owner_total_label=f"Nämnd {i % 3} totalt",
            name=f"Projekt {i}",
            total_calculation=D(1_000_000),
            order=500 + i,
        )
        extra = finance_services.savings_measure_create(
            actor=SYSTEM,
            plan=plan,
            unit=units[i % len(units)],
            effects=[D(1000)] * 3,
            category="ovriga",
            label=f"Åtgärd {i}",
            order=500 + i,
        )
        finance_services.savings_followup_save(
            actor=SYSTEM, measure=extra, period=helar, realised=D(500)
        )
    for i, key in enumerate(("finansnetto", "personalkostnader", "ovriga_kostnader")):
        published_figure_set(
            actor=SYSTEM,
            board=board,
            year=2021 if i % 2 else 2024,
            table="resultatrapport",
            row=key,
            column="utfall" if i % 2 else "budget",
            value="1.0",
            document="verksamhetsberattelse" if i % 2 else "verksamhetsplan",
            period="helar" if i % 2 else "",
        )


@pytest.mark.parametrize("url", list(OVERVIEW))
@pytest.mark.parametrize("role", ["controller", "lasare"])
def test_overview_query_count_is_pinned_and_independent_of_data_size(
    users: dict[str, Any], board: Board, url: str, role: str
) -> None:
    client = client_for(users[role])
    count_queries(client, url)  # warm the session
    before = count_queries(client, url)
    grow_economy(board, 30)
    after = count_queries(client, url)
    assert (before, after) == (OVERVIEW[url][role], OVERVIEW[url][role])


# --- budget frames ------------------------------------------------------------------------------

FRAMES = f"{E}/2024/budgetram/"


def frame_field(board: Board, name: str) -> str:
    from arshjul.organisations.models import Unit

    return f"unit_{Unit.objects.get(board=board, name=name).pk}"


@pytest.mark.parametrize(
    ("role", "status"),
    [("admin", 200), ("controller", 200), ("rapportor-it", 403), ("lasare", 403)],
)
def test_budget_frames_page_is_for_planners(users: dict[str, Any], role: str, status: int) -> None:
    assert client_for(users[role]).get(FRAMES).status_code == status


def test_budget_frames_show_the_seed_and_save_the_changed_ones(
    users: dict[str, Any], board: Board
) -> None:
    import re

    client = client_for(users["controller"])
    page = client.get(FRAMES).content.decode()
    shown = dict(re.findall(r'name="(unit_\d+)"(?: value="([^"]*)")?', page))
    common = frame_field(board, "Förvaltningsgemensamt")
    assert shown[common] == f"{MINUS}23,2"  # 003 §6.4: varav budgetram −23,2 mnkr
    events = AuditEvent.objects.count()
    response = client.post(FRAMES, {**shown, frame_field(board, "Område IT"): "1,5"})
    assert response.status_code == 200
    assert "1 budgetramar ändrades" in response.content.decode()
    assert AuditEvent.objects.count() == events + 1  # only the changed unit
    assert "1,5" in client.get(f"{E}/2024/").content.decode()


def test_a_bad_frame_rerenders_and_writes_nothing(users: dict[str, Any], board: Board) -> None:
    client = client_for(users["controller"])
    events = AuditEvent.objects.count()
    response = client.post(FRAMES, {frame_field(board, "Område IT"): "mycket"})
    assert response.status_code == 422 and AuditEvent.objects.count() == events
    assert "inte ett tal" in response.content.decode()


def test_a_year_without_budget_has_no_frames_page(users: dict[str, Any]) -> None:
    assert client_for(users["controller"]).get(f"{E}/1999/budgetram/").status_code == 404
