"""The section builders return the seeds' sub-sections (002 §5, §6, §8; 003/004 §6, §9.1) with
every table under its old key, and the keys stay unique in a whole document (the HTML uses
them as element ids)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from arshjul.followup.models import Period
from arshjul.organisations.access import SYSTEM
from arshjul.planning.models import PlanYear
from arshjul.reports.model import Section, tables_of
from arshjul.reports.registry import BuildContext, section_builder
from arshjul.reports.renderers.html import render_html
from arshjul.reports.renderers.json import to_data
from arshjul.reports.services import build_document
from tests.conftest import demo_user
from tests.reports.helpers import find_section, iter_sections

pytestmark = pytest.mark.django_db


def built(key: str, year: int, period: str | None = None) -> Section:
    plan_year = PlanYear.objects.select_related("board").get(
        board__slug="servicenamnden", year=year
    )
    chosen = Period.objects.get(plan_year=plan_year, key=period) if period else None
    section = section_builder(key)(BuildContext(user=SYSTEM, plan_year=plan_year, period=chosen))
    assert section is not None
    return section


def shape(section: Section) -> list[tuple[str, str, list[str]]]:
    """(key, title, the keys of its keyed blocks) of each sub-section."""
    return [
        (s.key, s.title, [b.key for b in s.blocks if hasattr(b, "key")])  # type: ignore[attr-defined]
        for s in section.sections
    ]


def test_economy_of_a_follow_up_is_002_section_5() -> None:
    section = built("ekonomi", 2021, "helar")
    assert section.blocks == []  # no unmapped accounts in the demo
    assert shape(section) == [
        ("resultatrapport", "Resultatrapport", ["resultatrapport"]),
        ("arets_resultat", "Årets resultat", ["driftredovisning", "budgetavvikelse_per_omrade"]),
        ("investeringar", "Investeringar", ["investeringar"]),
    ]


def test_economy_of_a_follow_up_with_key_figures_has_them_as_a_subsection() -> None:
    section = built("ekonomi", 2024, "helar")
    assert [s.key for s in section.sections] == [
        "resultatrapport",
        "arets_resultat",
        "ekonomiska_nyckeltal",
        "investeringar",
    ]


def test_economy_of_a_plan_is_003_section_6() -> None:
    section = built("ekonomi", 2024)
    assert shape(section) == [
        ("ekonomiska_nyckeltal", "Ekonomiska nyckeltal", ["ekonomiska_nyckeltal"]),
        ("resultatbudget", "Resultatbudget", ["resultatrapport"]),
        ("driftbudget", "Driftbudget", ["driftbudget"]),
        ("investeringsbudget", "Investeringsbudget", ["investeringar"]),
    ]


def test_personnel_and_internal_control_are_002_sections_6_and_8() -> None:
    assert [(k, t) for k, t, _ in shape(built("personalekonomi", 2021, "helar"))] == [
        ("personalkostnader", "Personalkostnader"),
        ("kostnadsanalys", "Kostnadsanalys"),
        ("arsarbetare", "Antal tillsvidareanställda årsarbetare"),
        ("sjukfranvaro", "Sjukfrånvaro"),
    ]
    assert [(k, t) for k, t, _ in shape(built("internkontroll", 2021, "helar"))] == [
        ("internkontrollplan", "Internkontrollplan"),
        ("isk_bedomning", "ISK-bedömning"),
    ]


def test_the_entered_growth_rate_is_explained_under_the_costs_table() -> None:
    costs = built("personalekonomi", 2021, "helar").sections[0]
    assert [b.kind for b in costs.blocks] == ["table", "paragraph"]
    assert "Lönekostnadsökningstakten är inmatad" in costs.blocks[1].html  # type: ignore[attr-defined]


def test_every_table_keeps_its_key_once_in_the_document() -> None:
    document = to_data(
        build_document(
            user=demo_user("lasare"),
            type_key="verksamhetsberattelse",
            board_slug="servicenamnden",
            year=2021,
            period_key="helar",
        )
    )
    ekonomi = find_section(document, "ekonomi")
    inside = [b["key"] for s in iter_sections(ekonomi) for b in s["blocks"] if b["type"] == "table"]
    assert {"resultatrapport", "driftredovisning", "investeringar"} <= set(inside)
    keys = [b.key for b in tables_of([built("personalekonomi", 2021, "helar")])]
    assert keys == [
        "personalkostnader",
        "kostnadsanalys",
        "arsarbetare",
        "sjukfranvaro",
        "frisktal",
        "avgangar",
    ]


DOCUMENTS = [
    ("verksamhetsberattelse", 2021, "helar"),
    ("verksamhetsberattelse", 2024, "helar"),
    ("delarsrapport", 2021, "delar1"),
    ("verksamhetsplan", 2024, None),
    ("verksamhetsplan", 2025, None),
]


@pytest.mark.parametrize(("type_key", "year", "period"), DOCUMENTS)
def test_section_keys_and_html_ids_are_unique_in_a_document(
    type_key: str, year: int, period: str | None
) -> None:
    document = build_document(
        user=demo_user("lasare"),
        type_key=type_key,
        board_slug="servicenamnden",
        year=year,
        period_key=period,
    )
    keys = Counter(s["key"] for s in iter_sections(to_data(document)))
    assert [k for k, n in keys.items() if n > 1] == []
    ids = Counter(re.findall(r'\sid="([^"]+)"', render_html(document).decode()))
    assert [i for i, n in ids.items() if n > 1] == []
    assert any(i.startswith("s-") for i in ids)


def test_the_people_page_shows_the_subsections(users: dict[str, Any]) -> None:
    from tests.conftest import client_for

    html = client_for(users["lasare"]).get("/servicenamnden/personal/2021/").content.decode()
    for key in ("personalkostnader", "kostnadsanalys", "arsarbetare", "sjukfranvaro"):
        assert f'id="s-{key}"' in html
    assert 'id="t-sjukfranvaro"' in html and "<svg" in html
