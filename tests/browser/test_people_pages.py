"""The personnel pages in real Chromium: axe-core (WCAG 2.0/2.1 A and AA) finds no violations,
and the registers' htmx forms show Swedish errors in place."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.browser.conftest import Browser
from tests.browser.pages import Page, check_page

pytestmark = pytest.mark.browser

BASE = "/servicenamnden/personal"


def _submit_not_a_number(browser: Browser) -> None:
    """Type a non-number as an amount and let htmx swap in the form with its errors."""
    browser.driver.execute_script("document.getElementById('people-register').dataset.old = '1'")
    field = browser.field("4120 Sjuklön (mnkr) (frivilligt)")
    field.clear()
    field.send_keys("abc")
    browser.driver.find_element(By.XPATH, "//button[normalize-space()='Spara']").click()
    browser.wait().until(
        lambda d: d.execute_script(
            "return document.getElementById('people-register').dataset.old !== '1'"
        )
    )
    assert browser.find("#people-register .error").text.endswith(
        "”abc” är inte ett tal. Skriv till exempel 1 234,5."
    )


PAGES = [
    Page("year-reader", "lasare", lambda db: f"{BASE}/2021/", "Personalekonomi 2021"),
    Page("year-controller", "controller", lambda db: f"{BASE}/2021/", "Personalekonomi 2021"),
    Page("year-empty", "lasare", lambda db: f"{BASE}/2024/", "Personalekonomi 2024"),
    Page("year-without-plan", "lasare", lambda db: f"{BASE}/2020/", "Personalekonomi 2020"),
    Page(
        "costs",
        "controller",
        lambda db: f"{BASE}/2021/kostnader/",
        "Personalkostnader per kontogrupp 2021",
    ),
    Page(
        "costs-with-error",
        "controller",
        lambda db: f"{BASE}/2021/kostnader/",
        "Personalkostnader per kontogrupp 2021",
        then=_submit_not_a_number,
    ),
    Page(
        "fte",
        "controller",
        lambda db: f"{BASE}/2021/arsarbetare/",
        "Tillsvidareanställda årsarbetare 2021",
    ),
    Page("sick-leave", "admin", lambda db: f"{BASE}/2021/sjukfranvaro/", "Sjukfrånvaro 2021"),
    Page("leavers", "controller", lambda db: f"{BASE}/2021/avgangar/", "Avgångar 2021"),
    Page("import", "controller", lambda db: f"{BASE}/import/", "Importera personaluppgifter"),
    Page("forbidden", "lasare", lambda db: f"{BASE}/2021/kostnader/", "Ingen behörighet"),
]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_people_page_has_no_axe_violations(browser: Browser, axe_source: str, page: Page) -> None:
    check_page(browser, axe_source, page)
