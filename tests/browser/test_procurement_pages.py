"""axe-core finds no violations on the procurement pages in real Chromium, and the filter
swaps the lists with htmx."""

from __future__ import annotations

import pytest
from selenium.webdriver.support.ui import Select

from tests.browser.conftest import AppServer, Browser
from tests.browser.pages import Page, check_page

pytestmark = pytest.mark.browser

BASE = "/servicenamnden/upphandling"


def _procurement(db: AppServer) -> int:
    return int(db.scalar("SELECT id FROM procurement_procurement ORDER BY id LIMIT 1"))


def _appeal(db: AppServer) -> int:
    return int(db.scalar("SELECT id FROM procurement_appeal ORDER BY id LIMIT 1"))


PAGES = [
    Page("year-reader", "lasare", lambda db: f"{BASE}/2021/", "Upphandling 2021"),
    Page("year-controller", "controller", lambda db: f"{BASE}/2021/", "Upphandling 2021"),
    Page("new-procurement", "controller", lambda db: f"{BASE}/2021/ny/", "Ny upphandling 2021"),
    Page(
        "edit-procurement",
        "controller",
        lambda db: f"{BASE}/upphandlingar/{_procurement(db)}/",
        "Ändra upphandling",
    ),
    Page(
        "new-appeal",
        "controller",
        lambda db: f"{BASE}/2021/overprovningar/ny/",
        "Ny överprövning 2021",
    ),
    Page(
        "edit-appeal",
        "controller",
        lambda db: f"{BASE}/overprovningar/{_appeal(db)}/",
        "Ändra överprövning",
    ),
    Page(
        "list-figure",
        "controller",
        lambda db: f"{BASE}/2021/listsiffror/?unit=medicinsk_teknik&state=avslutad",
        "Siffror för en hel lista 2021",
    ),
]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_has_no_axe_violations(browser: Browser, axe_source: str, page: Page) -> None:
    check_page(browser, axe_source, page)


def test_filter_swaps_the_lists(browser: Browser) -> None:
    browser.log_in("lasare")
    browser.get(f"{BASE}/2021/")
    Select(browser.find("#id_unit")).select_by_value("medicinsk_teknik")
    # read the text in one script per poll: htmx replaces the element while we wait
    shown = "return (document.getElementById('procurement-lists') || {}).innerText || ''"
    browser.wait().until(lambda d: "77 upphandlingar visas." in d.execute_script(shown))
