"""The personnel pages per role (200 / 403 / 404), the register forms (Swedish input, errors,
refused writes write nothing) and pinned query counts that do not grow with the rows."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from arshjul.audit.models import AuditEvent
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board
from arshjul.people import services
from arshjul.people.models import FteRow, PersonnelCost, PersonnelYear, SickLeave
from tests.conftest import client_for

BASE = "/servicenamnden/personal"
READ = [f"{BASE}/2021/", f"{BASE}/import/mall.csv", f"{BASE}/import/mall.xlsx"]
WRITE = [
    f"{BASE}/2021/kostnader/",
    f"{BASE}/2021/arsarbetare/",
    f"{BASE}/2021/sjukfranvaro/",
    f"{BASE}/2021/avgangar/",
    f"{BASE}/import/",
]
ROLES = {
    "admin": (200, 200),
    "controller": (200, 200),
    "rapportor-it": (200, 403),
    "rapportor-fastigheter": (200, 403),
    "lasare": (200, 403),
}


@pytest.mark.parametrize("role", list(ROLES))
def test_pages_per_role(users: dict[str, Any], role: str) -> None:
    client = client_for(users[role])
    read, write = ROLES[role]
    for url in READ:
        assert client.get(url).status_code == read, url
    for url in WRITE:
        assert client.get(url).status_code == write, url


def test_outsider_and_anonymous(db: Any, django_user_model: Any) -> None:
    outsider = django_user_model.objects.create_user("utomstaende", password="x")
    client = client_for(outsider)
    for url in READ + WRITE:
        assert client.get(url).status_code == 404, url
    anonymous = Client()
    for url in READ + WRITE:
        response = anonymous.get(url)
        assert response.status_code == 302 and "/logga-in/" in response["Location"]


@pytest.mark.parametrize(
    "url",
    [f"{BASE}/1800/", f"{BASE}/2200/kostnader/", "/okand-namnd/personal/2021/"],
)
def test_unknown_year_or_board_is_404(users: dict[str, Any], url: str) -> None:
    assert client_for(users["controller"]).get(url).status_code == 404


def test_year_page_shows_the_tables(users: dict[str, Any]) -> None:
    html = client_for(users["lasare"]).get(f"{BASE}/2021/").content.decode()
    for key in ("personalkostnader", "kostnadsanalys", "arsarbetare", "sjukfranvaro"):
        assert f'id="t-{key}"' in html
    assert "924,4" in html and "6,22\u00a0%" in html
    assert "Publicerade siffror som inte stämmer" not in html  # planners only
    assert f"{BASE}/2021/kostnader/" not in html
    planner = client_for(users["controller"]).get(f"{BASE}/2021/").content.decode()
    assert "Publicerade siffror som inte stämmer" in planner and "46,6" in planner
    assert f"{BASE}/2021/kostnader/" in planner


def test_last_year_without_a_plan_can_be_read_and_entered(users: dict[str, Any]) -> None:
    """2020 has no plan in the demo, but its figures are the 2021 report's comparison."""
    html = client_for(users["lasare"]).get(f"{BASE}/2020/").content.decode()
    assert "Personalekonomi 2020" in html and "877,9" in html
    costs = client_for(users["controller"]).get(f"{BASE}/2020/kostnader/").content.decode()
    assert 'value="290,5"' in costs and 'value="4,4"' in costs


def test_year_without_figures(users: dict[str, Any]) -> None:
    html = client_for(users["lasare"]).get(f"{BASE}/2024/").content.decode()
    assert "Det finns inga personaluppgifter för 2024." in html


def _counts() -> tuple[int, ...]:
    return tuple(m.objects.count() for m in (PersonnelYear, PersonnelCost, FteRow, AuditEvent))


@pytest.mark.parametrize("role", ["lasare", "rapportor-it"])
def test_refused_posts_write_nothing(users: dict[str, Any], board: Board, role: str) -> None:
    client = client_for(users[role])
    row = FteRow.objects.filter(personnel_year__board=board, personnel_year__year=2021).first()
    assert row is not None
    before = _counts()
    posts = {
        f"{BASE}/2021/kostnader/": {"manadsloner": "1"},
        f"{BASE}/2021/arsarbetare/": {"group": "Chef", "women": "1", "men": "1"},
        f"{BASE}/2021/sjukfranvaro/": {"frisktal": "50"},
        f"{BASE}/2021/avgangar/": {"extern": "1"},
        f"{BASE}/2021/arsarbetare/{row.pk}/ta-bort/": {},
    }
    for url, data in posts.items():
        assert client.post(url, data).status_code == 403, url
    assert _counts() == before


def test_costs_form_saves_mnkr(users: dict[str, Any], board: Board) -> None:
    client = client_for(users["controller"])
    response = client.get(f"{BASE}/2021/kostnader/")
    assert 'value="298,2"' in response.content.decode()
    data = {"manadsloner": "1 234,5", "sjuklon": "6,4", "growth_rate_entered": ""}
    response = client.post(f"{BASE}/2025/kostnader/", data, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "Sparat." in response.content.decode()
    assert "<html" not in response.content.decode()  # the partial
    costs = PersonnelCost.objects.filter(personnel_year__board=board, personnel_year__year=2025)
    assert {c.group: c.amount for c in costs} == {
        "manadsloner": D("1234500000"),
        "sjuklon": D("6400000"),
    }
    assert AuditEvent.objects.latest("pk").action == "people.costs.save"


def test_costs_form_errors_in_swedish(users: dict[str, Any]) -> None:
    before = _counts()
    response = client_for(users["controller"]).post(
        f"{BASE}/2025/kostnader/", {"manadsloner": "abc"}
    )
    assert response.status_code == 422
    assert "”abc” är inte ett tal." in response.content.decode()
    assert _counts() == before


def test_fte_form_adds_updates_and_deletes(users: dict[str, Any], board: Board) -> None:
    client = client_for(users["controller"])
    response = client.post(
        f"{BASE}/2025/arsarbetare/", {"group": "Chef", "women": "3,5", "men": "2"}
    )
    assert response.status_code == 200
    row = FteRow.objects.get(personnel_year__board=board, personnel_year__year=2025)
    assert (row.women, row.men) == (D("3.5"), D(2))
    assert "Chef" in client.get(f"{BASE}/2025/arsarbetare/").content.decode()
    response = client.post(f"{BASE}/2025/arsarbetare/", {"group": "", "women": "", "men": "x"})
    assert response.status_code == 422
    html = response.content.decode()
    assert "Ange yrkesgrupp." in html and "Ange antal årsarbetare" in html
    response = client.post(f"{BASE}/2025/arsarbetare/{row.pk}/ta-bort/")
    assert response.status_code == 302
    assert not FteRow.objects.filter(pk=row.pk).exists()


def test_fte_delete_of_another_years_row_is_404(users: dict[str, Any], board: Board) -> None:
    row = FteRow.objects.filter(personnel_year__board=board, personnel_year__year=2021).first()
    assert row is not None
    response = client_for(users["controller"]).post(f"{BASE}/2025/arsarbetare/{row.pk}/ta-bort/")
    assert response.status_code == 404
    assert FteRow.objects.filter(pk=row.pk).exists()


def test_sick_leave_form_rule_error_on_the_field(users: dict[str, Any]) -> None:
    data = {
        "scheduled_women": "100",
        "scheduled_men": "100",
        "short_women": "60",
        "short_men": "1",
        "long_women": "60",
        "long_men": "1",
    }
    before = SickLeave.objects.count()
    response = client_for(users["controller"]).post(f"{BASE}/2025/sjukfranvaro/", data)
    assert response.status_code == 422
    assert "fler timmar än schemalagd tid" in response.content.decode()
    assert SickLeave.objects.count() == before
    data["short_women"] = "10"
    response = client_for(users["controller"]).post(f"{BASE}/2025/sjukfranvaro/", data)
    assert response.status_code == 200 and SickLeave.objects.count() == before + 1


def test_leavers_form(users: dict[str, Any], board: Board) -> None:
    client = client_for(users["admin"])
    assert 'value="28"' in client.get(f"{BASE}/2021/avgangar/").content.decode()
    response = client.post(f"{BASE}/2025/avgangar/", {"extern": "-1"})
    assert response.status_code == 422 and "Ange 0 eller fler." in response.content.decode()
    response = client.post(f"{BASE}/2025/avgangar/", {"extern": "4", "pension": ""})
    assert response.status_code == 200


# --- query counts ----------------------------------------------------------------------------

PINNED = {
    # session, user, board, memberships (+ units), plan years, then the page's own
    f"{BASE}/2021/": {"controller": 12, "lasare": 11},  # planners: + published figures
    f"{BASE}/2021/kostnader/": {"controller": 10, "lasare": 0},
    f"{BASE}/2021/arsarbetare/": {"controller": 7, "lasare": 0},
    f"{BASE}/2021/sjukfranvaro/": {"controller": 10, "lasare": 0},
}


def count_queries(user: Any, url: str) -> int:
    """The queries of one request by a logged-in user whose session is already warm."""
    client = client_for(user)
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def grow(board: Board, n: int) -> None:
    for i in range(n):
        for year in (2021, 2020):
            services.fte_row_save(
                actor=SYSTEM, board=board, year=year, group=f"Extra {i}", women=D(1), men=D(1)
            )


@pytest.mark.parametrize("url", list(PINNED))
def test_query_counts_are_pinned_and_do_not_grow(
    users: dict[str, Any], board: Board, url: str
) -> None:
    roles = {role: pinned for role, pinned in PINNED[url].items() if pinned}
    assert {role: count_queries(users[role], url) for role in roles} == roles
    grow(board, 15)
    assert {role: count_queries(users[role], url) for role in roles} == roles
