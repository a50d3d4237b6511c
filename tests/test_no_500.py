"""No path gives a 500: follow every link each role can see, and try malformed paths."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.conftest import client_for

LINK = re.compile(r'href="(/[^"#]*)"')
START = ["/", "/servicenamnden/2021/", "/servicenamnden/2024/", "/servicenamnden/2025/"]


@pytest.mark.parametrize("role", ["controller", "rapportor-it", "lasare"])
def test_every_link_a_role_can_see_answers_without_error(users: dict[str, Any], role: str) -> None:
    client = client_for(users[role])
    seen: set[str] = set()
    queue = list(START)
    while queue and len(seen) < 400:
        url = queue.pop(0).replace("&amp;", "&")
        if url in seen or url.startswith(("/static/", "/admin/", "/logga-ut/")):
            continue
        seen.add(url)
        response = client.get(url, follow=True)
        assert response.status_code in (200, 403, 404), (url, response.status_code)
        if "text/html" in response.get("Content-Type", ""):
            queue.extend(LINK.findall(response.content.decode()))
    assert len(seen) > 60  # the crawl really covered the plan (items, forms, reports)


@pytest.mark.parametrize(
    "path",
    [
        "/servicenamnden/99999999999999999999/",
        "/servicenamnden/2021/objekt/99999999999999999999/",
        "/servicenamnden/2021/?period=%00",
        "/servicenamnden/2021/objekt/1/uppfoljning/%C3%A5%C3%A4/",
        "/servicenamnden/2021/rapporter/verksamhetsberattelse/?period=helar&format=%27",
        "/%E2%80%AE/2021/",
        "/servicenamnden/0/",
    ],
)
def test_malformed_paths_give_404_not_500(users: dict[str, Any], path: str) -> None:
    response = client_for(users["controller"]).get(path)
    assert response.status_code == 404


def test_malformed_post_gives_form_errors_not_500(users: dict[str, Any], it_indicator: Any) -> None:
    url = f"/servicenamnden/2021/objekt/{it_indicator.pk}/uppfoljning/helar/"
    client = client_for(users["controller"])
    for data in [
        {"status_override": "nonsense"},
        {"trend": "x" * 5000},
        {"value_missing": "on", "comment": "\x00"},
    ]:
        response = client.post(url, data)
        assert response.status_code in (200, 422), data
