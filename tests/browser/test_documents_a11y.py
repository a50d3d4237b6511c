"""Every document type's HTML in real Chromium: axe-core (WCAG 2.0/2.1 A and AA) finds no
violation and no aria/label reference points at a missing id.

The pages are collected from the registry, so a document type added later is checked without
touching this module: each registered type, for each year the demo has data for (its
``demo_years``; otherwise 2021 for a follow-up and 2024 and 2025 for a plan) and, for a
follow-up, each period of the demo (delår 1, delår 2, helår) that the type is made for (its
``period_keys``; all three when it names none). Nothing is skipped: a type the demo cannot
build fails its test with the app's answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from arshjul.demo.data.organisation import PERIODS
from arshjul.reports.registry import document_types
from tests.browser.conftest import AppServer, Browser
from tests.browser.pages import Page, check_page

pytestmark = pytest.mark.browser

BOARD = "servicenamnden"
PERIOD_KEYS = ("delar1", "delar2", "helar")
DEMO_PERIODS = {key for key, *_ in PERIODS}  # the periods the demo creates for every year
FOLLOW_UP_YEARS = (2021,)
PLAN_YEARS = (2024, 2025)


def years_of(doc_type: type[Any]) -> tuple[int, ...]:
    declared = tuple(getattr(doc_type, "demo_years", ()) or ())
    if declared:
        return declared
    return FOLLOW_UP_YEARS if doc_type.needs_period else PLAN_YEARS


def periods_of(doc_type: type[Any]) -> tuple[str | None, ...]:
    if not doc_type.needs_period:
        return (None,)
    made_for = tuple(getattr(doc_type, "period_keys", ()) or ())
    return tuple(p for p in PERIOD_KEYS if p in DEMO_PERIODS and (not made_for or p in made_for))


def _at(path: str) -> Callable[[AppServer], str]:
    return lambda server: path


def document_pages() -> list[Page]:
    pages = []
    for key, doc_type in sorted(document_types().items()):
        for year in years_of(doc_type):
            for period in periods_of(doc_type):
                query = f"?period={period}" if period else ""
                path = f"/{BOARD}/{year}/rapporter/{key}/{query}"
                pages.append(
                    Page(
                        name=f"{key}-{year}" + (f"-{period}" if period else ""),
                        user="controller",
                        path=_at(path),
                        heading=doc_type.title,
                    )
                )
    return pages


PAGES = document_pages()


def test_every_document_type_is_collected() -> None:
    """Each registered type yields at least one page, so none escapes the check below."""
    covered = {page.name.split("-")[0] for page in PAGES}
    assert covered == set(document_types())
    assert {"verksamhetsberattelse-2021-helar", "verksamhetsplan-2024"} <= {p.name for p in PAGES}


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_document_html_has_no_axe_violations(browser: Browser, axe_source: str, page: Page) -> None:
    check_page(browser, axe_source, page)
