"""Internal control's pages run a pinned number of queries, however many risks and actions."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arshjul.followup.models import Period
from arshjul.internal_control import services
from arshjul.internal_control.models import Action, ControlPlan
from arshjul.organisations.models import Board, Unit
from tests.conftest import client_for

BASE = "/servicenamnden/internkontroll"
PAGES = {
    # path: {role: pinned query count}
    "/2021/?period=helar": {"controller": 13, "lasare": 13},
    "/2021/": {"controller": 12, "lasare": 12},
    "/2021/risker/": {"controller": 10, "lasare": 10},
}


def count_queries(client: Any, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def grow(board: Board, actor: Any, n: int) -> None:
    """Add n risks to the 2021 plan, each with two actions followed up at helår."""
    plan = ControlPlan.objects.select_related("plan_year__board").get(
        plan_year__board=board, plan_year__year=2021
    )
    helar = Period.objects.get(plan_year=plan.plan_year, key="helar")
    unit = Unit.objects.get(board=board, key="it")
    for i in range(n):
        risk = services.risk_create(
            actor=actor,
            board=board,
            process=f"Process {i % 3}",
            text=f"Extra risk {i}",
            scope="namndspecifik",
            probability=1 + i % 4,
            consequence=1 + (i // 4) % 4,
            plan=plan,
        )
        plan_risk = risk.plan_risks.get(plan=plan)
        for j in range(2):
            action = services.action_create(
                actor=actor, plan_risk=plan_risk, text=f"Åtgärd {i}.{j}", responsible=unit
            )
            services.action_followup_save(
                actor=actor, action=action, period=helar, status="avslutad", next_year="ja"
            )


@pytest.mark.parametrize("path", list(PAGES))
@pytest.mark.parametrize("role", ["controller", "lasare"])
def test_query_count_is_pinned_and_independent_of_plan_size(
    users: dict[str, Any], board: Board, path: str, role: str
) -> None:
    client = client_for(users[role])
    client.get(BASE + path)  # warm the session and caches
    before = count_queries(client, BASE + path)
    assert before == PAGES[path][role]
    grow(board, users["controller"], 6)
    assert count_queries(client, BASE + path) == before


def test_followup_form_query_count(users: dict[str, Any], board: Board) -> None:
    action = Action.objects.filter(plan_risk__plan__plan_year__year=2021).first()
    assert action is not None
    client = client_for(users["controller"])
    url = f"{BASE}/2021/atgarder/{action.pk}/uppfoljning/helar/"
    client.get(url)
    assert count_queries(client, url) == 10


@pytest.mark.parametrize(("year", "period", "expected"), [(2021, "helar", 6), (2024, None, 3)])
def test_report_section_query_count(
    users: dict[str, Any], board: Board, year: int, period: str | None, expected: int
) -> None:
    """What the section adds to a document: fixed, however large the plan."""
    from arshjul.internal_control.report_sections import build
    from arshjul.planning.models import PlanYear
    from arshjul.reports.registry import BuildContext

    plan_year = PlanYear.objects.select_related("board").get(board=board, year=year)
    the_period = Period.objects.get(plan_year=plan_year, key=period) if period else None
    context = BuildContext(user=users["controller"], plan_year=plan_year, period=the_period)
    with CaptureQueriesContext(connection) as ctx:
        assert build(context) is not None
    assert len(ctx.captured_queries) == expected
    if year == 2021:
        grow(board, users["controller"], 4)
        with CaptureQueriesContext(connection) as ctx:
            build(context)
        assert len(ctx.captured_queries) == expected
