"""axe-core (WCAG 2.0/2.1 A and AA) finds no violations on the app's pages in real Chromium."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.browser.conftest import AppServer, Browser
from tests.browser.pages import Page, check_page

pytestmark = pytest.mark.browser

BASE = "/servicenamnden"


def _frisktal(db: AppServer) -> int:
    return db.item_pk(year=2021, key="frisktal")


def _it_indicator(db: AppServer) -> int:
    return db.item_pk(year=2021, unit="it", behaviour="indicator")


def _fastigheter(db: AppServer) -> int:
    return db.item_pk(year=2021, unit="fastigheter", behaviour="assignment")


def _savings_plan(db: AppServer) -> int:
    return int(db.scalar("SELECT id FROM finance_savingsplan ORDER BY id LIMIT 1"))


def _submit_not_a_number(browser: Browser) -> None:
    """Type a non-number as the outcome and let htmx swap in the form with its errors."""
    browser.driver.execute_script("document.getElementById('assessment-form').dataset.old = '1'")
    outcome = browser.field("Utfall totalt (%)")
    outcome.clear()
    outcome.send_keys("abc")
    browser.driver.find_element(By.XPATH, "//button[normalize-space()='Spara']").click()
    browser.wait().until(
        lambda d: d.execute_script(
            "return document.getElementById('assessment-form').dataset.old !== '1'"
        )
    )
    assert browser.find("#assessment-form .error").text.startswith("”abc” är inte ett tal.")


PAGES = [
    Page("login", None, lambda db: "/logga-in/", "Logga in"),
    Page(
        "plan-tree-2021-helar",
        "controller",
        lambda db: f"{BASE}/2021/?period=helar",
        "Verksamhetsplan med budget 2021",
    ),
    Page(
        "plan-tree-2025",
        "controller",
        lambda db: f"{BASE}/2025/",
        "Verksamhetsplan med budget 2025",
    ),
    Page(
        "item-numeric-with-chart",
        "controller",
        lambda db: f"{BASE}/2021/objekt/{_frisktal(db)}/",
        "Indikator: Frisktalet",
    ),
    Page(
        "item-qualitative",
        "rapportor-it",
        lambda db: f"{BASE}/2021/objekt/{_it_indicator(db)}/",
        "Indikator: Arbetsätt",
    ),
    Page(
        "follow-up-form-numeric",
        "controller",
        lambda db: f"{BASE}/2021/objekt/{_frisktal(db)}/uppfoljning/helar/",
        "Rapportera helår 2021",
    ),
    Page(
        "follow-up-form-qualitative",
        "rapportor-it",
        lambda db: f"{BASE}/2021/objekt/{_it_indicator(db)}/uppfoljning/helar/",
        "Rapportera helår 2021",
    ),
    Page(
        "follow-up-form-with-error",
        "controller",
        lambda db: f"{BASE}/2021/objekt/{_frisktal(db)}/uppfoljning/delar1/",
        "Rapportera delår 1 2021",
        then=_submit_not_a_number,
    ),
    Page(
        "summary",
        "lasare",
        lambda db: f"{BASE}/2021/sammanfattning/?period=helar",
        "Sammanfattning resultat av mål och uppdrag 2021",
    ),
    Page("periods", "controller", lambda db: f"{BASE}/2021/perioder/", "Perioder 2021"),
    Page("report-list", "lasare", lambda db: f"{BASE}/2021/rapporter/", "Rapporter 2021"),
    Page(
        "verksamhetsberattelse",
        "lasare",
        lambda db: f"{BASE}/2021/rapporter/verksamhetsberattelse/?period=helar",
        "Verksamhetsberättelse",
    ),
    Page(
        "forbidden-403",
        "rapportor-it",
        lambda db: f"{BASE}/2021/objekt/{_fastigheter(db)}/uppfoljning/helar/",
        "Ingen behörighet",
    ),
    Page(
        "economy-2021-helar",
        "controller",
        lambda db: f"{BASE}/ekonomi/2021/?period=helar",
        "Ekonomi 2021, helår",
    ),
    Page("economy-2024-plan", "controller", lambda db: f"{BASE}/ekonomi/2024/", "Ekonomi 2024"),
    Page("economy-reader", "lasare", lambda db: f"{BASE}/ekonomi/2021/", "Ekonomi 2021"),
    Page(
        "ledgers",
        "controller",
        lambda db: f"{BASE}/ekonomi/huvudbocker/",
        "Importerade huvudböcker",
    ),
    Page(
        "budget-import",
        "controller",
        lambda db: f"{BASE}/ekonomi/budget/",
        "Importera budget, prognos eller utfall",
    ),
    Page(
        "account-mapping",
        "controller",
        lambda db: f"{BASE}/ekonomi/kontoplan/",
        "Kontoplaner och kontokoppling",
    ),
    Page(
        "savings-plan",
        "controller",
        lambda db: f"{BASE}/ekonomi/handlingsplan/{_savings_plan(db)}/?period=2024-helar",
        "Åtgärder för en ekonomi i balans",
    ),
    Page(
        "budget-frames",
        "controller",
        lambda db: f"{BASE}/ekonomi/2024/budgetram/",
        "Budgetram per område 2024",
    ),
    Page("not-found-404", "lasare", lambda db: f"{BASE}/2021/objekt/999999/", "Sidan finns inte"),
]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_has_no_axe_violations(browser: Browser, axe_source: str, page: Page) -> None:
    check_page(browser, axe_source, page)
