from __future__ import annotations

from typing import Any

from tests.conftest import client_for


def test_pages_render_for_reader(users: dict[str, Any], it_indicator: Any) -> None:
    client = client_for(users["lasare"])
    base = "/servicenamnden/2021/"
    for url in [
        base,
        base + "?period=delar1",
        base + "sammanfattning/",
        f"{base}objekt/{it_indicator.pk}/",
        base + "rapporter/",
        base + "rapporter/verksamhetsberattelse/?period=helar",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url


def test_plan_without_follow_up_shows_latest_known_outcome(users: dict[str, Any]) -> None:
    html = client_for(users["lasare"]).get("/servicenamnden/2025/").content.decode()
    assert "Senast kända utfall: 79 (2021)" in html
    assert "Mål: ≥\u00a080" in html
    assert "Senast kända utfall: 6,1\u00a0% (2023)" in html
    assert "Mål: ≤\u00a05,5\u00a0%" in html


def test_item_page_shows_contributes_to_both_ways(users: dict[str, Any]) -> None:
    from arshjul.planning.models import Item

    goal = Item.objects.get(key="mal_klimat")
    rus = Item.objects.get(key="s_rus")
    client = client_for(users["lasare"])
    html = client.get(f"/servicenamnden/2021/objekt/{goal.pk}/").content.decode()
    assert "Bidrar till" in html and f"/objekt/{rus.pk}/" in html
    html = client.get(f"/servicenamnden/2021/objekt/{rus.pk}/").content.decode()
    assert "Får bidrag från" in html and f"/objekt/{goal.pk}/" in html


def test_start_page_redirects_a_one_board_user_and_lists_boards_otherwise(
    users: dict[str, Any],
) -> None:
    from arshjul.organisations.access import SYSTEM
    from arshjul.organisations.models import Board
    from arshjul.organisations.services import membership_set
    from tests.factories import BoardFactory

    response = client_for(users["lasare"]).get("/")
    assert response.status_code == 302
    assert response["Location"] == "/servicenamnden/2025/"
    other = BoardFactory(slug="regionstyrelsen", name="Regionstyrelsen")
    membership_set(actor=SYSTEM, board=other, user=users["lasare"], role="reader")
    html = client_for(users["lasare"]).get("/").content.decode()
    assert '<a href="/servicenamnden/2025/">Servicenämnden</a>' in html
    assert "Regionstyrelsen (ingen plan ännu)" in html
    assert Board.objects.count() == 2
