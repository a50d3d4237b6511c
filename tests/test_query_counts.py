"""The plan tree and the summary run a fixed number of queries whatever the plan size."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arshjul.followup import services as followup_services
from arshjul.organisations.models import Unit
from arshjul.planning import services as plan_services
from arshjul.planning.models import Item, ItemType, PlanYear
from tests.conftest import client_for

PAGES = {
    # url: {role: pinned query count}
    "/servicenamnden/2021/?period=helar": {"controller": 12, "rapportor-it": 13},
    "/servicenamnden/2021/sammanfattning/?period=helar": {"controller": 10, "rapportor-it": 10},
    # the document: +3 for the goals section's indicator charts (the indicators' items across
    # the years, their periods, their assessments), +1 for the board's stored outline
    "/servicenamnden/2021/rapporter/verksamhetsberattelse/?period=helar&format=json": {
        "controller": 49,
        "rapportor-it": 50,
    },
}


def count_queries(client: Any, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def grow_plan(plan_year: PlanYear, actor: Any, n: int) -> None:
    """Add n goals, each with an assessed numeric indicator, to the plan."""
    goal_type = ItemType.objects.get(plan_year=plan_year, key="namndmal")
    indicator_type = ItemType.objects.get(plan_year=plan_year, key="indikator")
    parent = Item.objects.get(plan_year=plan_year, key="s_kvalitet")
    unit = Unit.objects.get(key="it")
    period = plan_year.periods.get(key="helar")
    for i in range(n):
        goal = plan_services.item_create(
            actor=actor,
            plan_year=plan_year,
            item_type=goal_type,
            parent=parent,
            title=f"Extra mål {i}",
            origin="namnd",
            units=[unit],
            order=1000 + i,
        )
        followup_services.assessment_save(
            actor=actor, item=goal, period=period, fulfilment="uppnatt"
        )
        indicator = plan_services.item_create(
            actor=actor,
            plan_year=plan_year,
            item_type=indicator_type,
            parent=goal,
            title=f"Extra indikator {i}",
            origin="namnd",
            units=[unit],
            order=2000 + i,
            indicator={
                "measure": "numeric",
                "unit": "%",
                "target_comparator": ">=",
                "target_value": D(50),
            },
        )
        followup_services.assessment_save(
            actor=actor, item=indicator, period=period, outcome=D(40 + i)
        )


@pytest.mark.parametrize("url", list(PAGES))
@pytest.mark.parametrize("role", ["controller", "rapportor-it"])
def test_query_count_is_pinned_and_independent_of_plan_size(
    users: dict[str, Any], plan_2021: PlanYear, url: str, role: str
) -> None:
    client = client_for(users[role])
    count_queries(client, url)  # warm the session
    before = count_queries(client, url)
    grow_plan(plan_2021, users["controller"], 25)
    after = count_queries(client, url)
    assert (before, after) == (PAGES[url][role], PAGES[url][role])
