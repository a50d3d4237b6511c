"""Every URL as every role: who gets 200, 302, 403 or 404, and that writes respect it."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from arshjul.audit.models import AuditEvent
from arshjul.followup.models import Assessment
from arshjul.planning.models import Item
from tests.conftest import client_for

ROLES = ["admin", "controller", "rapportor-it", "rapportor-fastigheter", "lasare"]
B = "/servicenamnden"


def read_urls(item: Item) -> list[str]:
    return [
        f"{B}/2021/",
        f"{B}/2021/?period=delar2",
        f"{B}/2024/",
        f"{B}/2025/",
        f"{B}/2021/sammanfattning/?period=helar",
        f"{B}/2021/objekt/{item.pk}/",
        f"{B}/2021/rapporter/",
        f"{B}/2021/rapporter/verksamhetsberattelse/?period=helar",
        f"{B}/2021/rapporter/verksamhetsberattelse/?period=helar&format=json",
        f"{B}/2025/rapporter/verksamhetsplan/",
        f"{B}/2021/rapporter/delarsrapport/?period=delar2",
        f"{B}/2021/rapporter/upphandlingsrapport/?period=helar",
        f"{B}/2024/rapporter/handlingsplan/",
        f"{B}/2021/rapporter/medborgarversion/?period=helar",
        f"{B}/2021/rapporter/verksamhetsberattelse/disposition/",
        f"{B}/2021/rapporter/arkiv/",
        f"{B}/ekonomi/2021/?period=helar",
        f"{B}/ekonomi/2024/",
        f"{B}/ekonomi/huvudbocker/",
        f"{B}/nyckeltal/2021/",
        f"{B}/personal/2021/",
        f"{B}/internkontroll/2021/?period=helar",
        f"{B}/internkontroll/2024/",
        f"{B}/internkontroll/2021/risker/",
        f"{B}/upphandling/2021/",
        f"{B}/upphandling/2021/?state=avslutad",
    ]


@pytest.mark.parametrize("role", ROLES)
def test_every_role_reads_every_page(users: dict[str, Any], it_indicator: Item, role: str) -> None:
    client = client_for(users[role])
    for url in read_urls(it_indicator):
        assert client.get(url).status_code == 200, url


def test_anonymous_is_sent_to_login(it_indicator: Item) -> None:
    client = Client()
    for url in ["/", *read_urls(it_indicator)]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/logga-in/")


def test_user_without_membership_gets_404(it_indicator: Item) -> None:
    outsider = get_user_model().objects.create_user("utomstaende", password="x-y-z-123456")
    client = client_for(outsider)
    for url in read_urls(it_indicator):
        assert client.get(url).status_code == 404, url
    assert client.get("/").status_code == 200  # the start page says there is no board


EDIT_EXPECTED = {
    "admin": (200, 200),
    "controller": (200, 200),
    "rapportor-it": (200, 403),
    "rapportor-fastigheter": (403, 200),
    "lasare": (403, 403),
}


@pytest.mark.parametrize("role", ROLES)
def test_follow_up_form_access_per_role(
    users: dict[str, Any], it_indicator: Item, fastigheter_item: Item, role: str
) -> None:
    client = client_for(users[role])
    for item, expected in zip((it_indicator, fastigheter_item), EDIT_EXPECTED[role], strict=True):
        url = f"{B}/2021/objekt/{item.pk}/uppfoljning/helar/"
        assert client.get(url).status_code == expected, (role, item)


@pytest.mark.parametrize("role", ROLES)
def test_follow_up_post_per_role_changes_only_what_is_allowed(
    users: dict[str, Any], fastigheter_item: Item, role: str
) -> None:
    client = client_for(users[role])
    url = f"{B}/2021/objekt/{fastigheter_item.pk}/uppfoljning/helar/"
    events = AuditEvent.objects.count()
    before = list(Assessment.objects.filter(item=fastigheter_item).values())
    response = client.post(url, {"fulfilment": "mindre_avvikelse", "comment": "Ny kommentar"})
    allowed = EDIT_EXPECTED[role][1] == 200
    assert response.status_code == (200 if allowed else 403)
    if allowed:
        assert AuditEvent.objects.count() == events + 1
        assert Assessment.objects.get(item=fastigheter_item).fulfilment == "mindre_avvikelse"
    else:
        assert AuditEvent.objects.count() == events
        assert list(Assessment.objects.filter(item=fastigheter_item).values()) == before


@pytest.mark.parametrize(
    "url",
    [
        f"{B}/1999/",
        f"{B}/2021/?period=kvartal9",
        f"{B}/2021/sammanfattning/?period=okand",
        f"{B}/2021/objekt/999999/",
        f"{B}/2024/objekt/ITEM/",  # an item of 2021 asked for under 2024
        f"{B}/2021/objekt/ITEM/uppfoljning/okand/",
        "/annan-namnd/2021/",
        f"{B}/2021/rapporter/okand-rapport/",
        f"{B}/2021/rapporter/verksamhetsberattelse/",  # no period
        f"{B}/2021/rapporter/verksamhetsberattelse/?period=helar&format=exe",
        f"{B}/2021/rapporter/verksamhetsberattelse/?period=x",
        f"{B}/2021/rapporter/verksamhetsberattelse/?period=delar1",  # not made for delår
        f"{B}/2021/rapporter/okand-rapport/disposition/",
        f"{B}/2021/rapporter/arkiv/999999/",
    ],
)
def test_unknown_year_period_or_object_gives_404(
    users: dict[str, Any], it_indicator: Item, url: str
) -> None:
    client = client_for(users["controller"])
    response = client.get(url.replace("ITEM", str(it_indicator.pk)))
    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()


def test_post_without_csrf_token_is_refused(users: dict[str, Any], it_indicator: Item) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["controller"])
    url = f"{B}/2021/objekt/{it_indicator.pk}/uppfoljning/helar/"
    events = AuditEvent.objects.count()
    assert client.post(url, {"status_override": "helt"}).status_code == 403
    assert AuditEvent.objects.count() == events


def test_security_headers(users: dict[str, Any]) -> None:
    response = client_for(users["lasare"]).get(f"{B}/2021/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("role", ROLES)
def test_period_lock_per_role(users: dict[str, Any], role: str) -> None:
    from arshjul.followup.models import Period

    client = client_for(users[role])
    url = f"{B}/2021/perioder/"
    assert client.get(url).status_code == 200
    events = AuditEvent.objects.count()
    response = client.post(url, {"period": "delar1", "locked": "1"})
    allowed = role in ("admin", "controller")
    assert response.status_code == (200 if allowed else 403)
    assert Period.objects.get(plan_year__year=2021, key="delar1").locked is allowed
    assert AuditEvent.objects.count() == events + (1 if allowed else 0)


def test_locked_period_form_shows_swedish_error(users: dict[str, Any], it_indicator: Item) -> None:
    client = client_for(users["controller"])
    client.post(f"{B}/2021/perioder/", {"period": "helar", "locked": "1"})
    response = client.post(
        f"{B}/2021/objekt/{it_indicator.pk}/uppfoljning/helar/", {"status_override": "helt"}
    )
    assert response.status_code == 422
    assert "Helår är låst och kan inte ändras." in response.content.decode()
