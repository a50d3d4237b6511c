"""Shared fixtures. The Servicenämnden demo is loaded once into the test database, so tests
run against the real dataset; each test runs in a transaction that is rolled back."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from arshjul.demo.loader import load_demo
from arshjul.organisations.models import Board
from arshjul.planning.models import Item, PlanYear


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: Any, django_db_blocker: Any) -> None:
    with django_db_blocker.unblock():
        load_demo()


@pytest.fixture
def board(db: Any) -> Board:
    return Board.objects.get(slug="servicenamnden")


@pytest.fixture
def plan_2021(board: Board) -> PlanYear:
    return PlanYear.objects.get(board=board, year=2021)


def demo_user(username: str) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=username)


@pytest.fixture
def users(db: Any) -> dict[str, Any]:
    names = ["admin", "controller", "rapportor-it", "rapportor-fastigheter", "lasare"]
    return {name: demo_user(name) for name in names}


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def it_indicator(plan_2021: PlanYear) -> Item:
    """The 2021 qualitative indicator owned by Område IT."""
    return Item.objects.get(
        plan_year=plan_2021, item_type__behaviour="indicator", responsible_units__key="it"
    )


@pytest.fixture
def fastigheter_item(plan_2021: PlanYear) -> Item:
    return Item.objects.filter(plan_year=plan_2021, responsible_units__key="fastigheter").first()


@pytest.fixture
def numeric_indicator(plan_2021: PlanYear) -> Item:
    return Item.objects.get(plan_year=plan_2021, key="frisktal")
