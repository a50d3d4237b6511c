"""The follow-up form: Swedish numbers accepted, nonsense refused in Swedish, htmx partials."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest

from arshjul.audit.models import AuditEvent
from arshjul.followup.models import Assessment
from arshjul.planning.models import Item
from tests.conftest import client_for


def url(item: Item) -> str:
    return f"/servicenamnden/2021/objekt/{item.pk}/uppfoljning/helar/"


@pytest.mark.parametrize(
    ("typed", "stored", "status_text"),
    [
        ("56,2 %", D("56.2"), "Helt"),
        ("54 %", D("54"), "Delvis"),
        ("1 234,5", D("1234.5"), "Helt"),
        ("−3,2", D("-3.2"), "Inte alls"),
    ],
)
def test_swedish_numbers_are_accepted(
    users: dict[str, Any], numeric_indicator: Item, typed: str, stored: D, status_text: str
) -> None:
    client = client_for(users["controller"])
    response = client.post(url(numeric_indicator), {"outcome": typed}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assessment = Assessment.objects.get(item=numeric_indicator, period__key="helar")
    assert assessment.outcome == stored
    html = response.content.decode()
    assert "Sparat." in html
    assert f"</span> {status_text}</span>" in html
    assert "<html" not in html  # an htmx request gets the partial only


@pytest.mark.parametrize("typed", ["abc", "12,3,4", "5 kr", "1e9"])
def test_nonsense_gives_a_swedish_form_error_and_saves_nothing(
    users: dict[str, Any], numeric_indicator: Item, typed: str
) -> None:
    client = client_for(users["controller"])
    events = AuditEvent.objects.count()
    before = Assessment.objects.get(item=numeric_indicator, period__key="helar").outcome
    response = client.post(url(numeric_indicator), {"outcome": typed})
    assert response.status_code == 422
    html = response.content.decode()
    assert "är inte ett tal" in html
    assert "Formuläret innehåller fel" in html
    assert AuditEvent.objects.count() == events
    assert Assessment.objects.get(item=numeric_indicator, period__key="helar").outcome == before


def test_service_rule_errors_are_shown_on_the_form(
    users: dict[str, Any], numeric_indicator: Item
) -> None:
    client = client_for(users["controller"])
    response = client.post(url(numeric_indicator), {"outcome": "60", "status_override": "delvis"})
    assert response.status_code == 422
    assert "Ange skälet till att statusen sätts för hand." in response.content.decode()


def test_too_many_decimals_and_huge_numbers_are_refused(
    users: dict[str, Any], numeric_indicator: Item
) -> None:
    client = client_for(users["controller"])
    for typed, message in [("1,123456", "decimaler"), ("99999999999", "för stort")]:
        response = client.post(url(numeric_indicator), {"outcome": typed})
        assert response.status_code == 422
        assert message in response.content.decode()


def test_form_shows_current_values_in_swedish(
    users: dict[str, Any], numeric_indicator: Item
) -> None:
    response = client_for(users["controller"]).get(url(numeric_indicator))
    html = response.content.decode()
    assert 'value="53,85"' in html
    assert "Utfall totalt (%)" in html
    assert "Utfall kvinnor (%)" in html


def test_full_page_without_htmx(users: dict[str, Any], numeric_indicator: Item) -> None:
    response = client_for(users["controller"]).post(url(numeric_indicator), {"outcome": "57"})
    assert response.status_code == 200
    assert "<html" in response.content.decode()
