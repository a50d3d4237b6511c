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
