"""factory_boy factories for small plans built from scratch (the demo covers the big one)."""

from __future__ import annotations

import factory

from arshjul.followup.models import Period
from arshjul.organisations.models import Board, Organisation, Unit
from arshjul.planning.models import ItemType, PlanYear


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    slug = factory.Sequence(lambda n: f"region-{n}")
    name = factory.Sequence(lambda n: f"Region {n}")


class BoardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Board

    organisation = factory.SubFactory(OrganisationFactory)
    slug = factory.Sequence(lambda n: f"namnd-{n}")
    name = factory.Sequence(lambda n: f"Nämnd {n}")


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    board = factory.SubFactory(BoardFactory)
    organisation = factory.SelfAttribute("board.organisation")
    key = factory.Sequence(lambda n: f"enhet-{n}")
    name = factory.Sequence(lambda n: f"Område {n}")
    kind = Unit.Kind.AREA
    valid_from = 2020


class PlanYearFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanYear

    board = factory.SubFactory(BoardFactory)
    organisation = factory.SelfAttribute("board.organisation")
    year = 2026
    title = factory.LazyAttribute(lambda o: f"Verksamhetsplan {o.year}")


class ItemTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ItemType

    plan_year = factory.SubFactory(PlanYearFactory)
    organisation = factory.SelfAttribute("plan_year.organisation")
    key = factory.Sequence(lambda n: f"typ-{n}")
    name = "Mål"
    name_plural = "Mål"
    behaviour = "goal"
    may_be_root = True


class PeriodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Period

    plan_year = factory.SubFactory(PlanYearFactory)
    organisation = factory.SelfAttribute("plan_year.organisation")
    key = "helar"
    name = "Helår"
    start = factory.LazyAttribute(lambda o: f"{o.plan_year.year}-01-01")
    end = factory.LazyAttribute(lambda o: f"{o.plan_year.year}-12-31")
