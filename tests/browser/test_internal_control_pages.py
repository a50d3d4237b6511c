"""Internal control's pages in real Chromium: axe-core (WCAG 2.0/2.1 A and AA) finds no
violations, and the follow-up form posts with htmx and shows its errors in place."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.browser.conftest import AppServer, Browser
from tests.browser.pages import Page, check_page

pytestmark = pytest.mark.browser

BASE = "/servicenamnden/internkontroll"


def _action(db: AppServer) -> int:
    """The first action (in plan order) of the 2021 plan's Juridik risk."""
    return int(
        db.scalar(
            "SELECT a.id FROM internal_control_action a"
            " JOIN internal_control_planrisk pr ON pr.id = a.plan_risk_id"
            " JOIN internal_control_risk r ON r.id = pr.risk_id"
            ' WHERE r.key = %s ORDER BY a."order", a.id LIMIT 1',
            "juridik_korruption",
        )
    )


def _risk(db: AppServer) -> int:
    return int(db.scalar("SELECT id FROM internal_control_risk WHERE key = %s", "mt_sakerhet"))


def _submit_contradiction(browser: Browser) -> None:
    """Answer "Ej genomförd" to the effect of a finished action; htmx swaps in the errors."""
    browser.driver.execute_script("document.getElementById('ic-followup-form').dataset.old = '1'")
    Select(browser.field("Status")).select_by_visible_text("Avslutad")
    effect = browser.field("Har åtgärden bidragit till önskad effekt?")
    Select(effect).select_by_visible_text("Ej genomförd")
    browser.driver.find_element(By.XPATH, "//button[normalize-space()='Spara']").click()
    browser.wait().until(
        lambda d: d.execute_script(
            "return document.getElementById('ic-followup-form').dataset.old !== '1'"
        )
    )
    assert "passar bara en åtgärd som inte är genomförd" in browser.find("#ic-followup-form").text


PAGES = [
    Page(
        "plan-2021-helar",
        "controller",
        lambda db: f"{BASE}/2021/?period=helar",
        "Intern styrning och kontroll 2021, uppföljning helår",
    ),
    Page("plan-2024", "lasare", lambda db: f"{BASE}/2024/", "Intern styrning och kontroll 2024"),
    Page("plan-2025-reporter", "rapportor-it", lambda db: f"{BASE}/2025/", "Intern styrning"),
    Page(
        "risk-register-and-matrix",
        "controller",
        lambda db: f"{BASE}/2021/risker/",
        "Riskregister och riskmatris 2021",
    ),
    Page("risk-new", "controller", lambda db: f"{BASE}/2021/risker/ny/", "Ny risk"),
    Page("risk-edit", "admin", lambda db: f"{BASE}/2021/risker/{_risk(db)}/", "Ändra risk"),
    Page(
        "action-edit",
        "controller",
        lambda db: f"{BASE}/2021/atgarder/{_action(db)}/",
        "Ändra åtgärd",
    ),
    Page(
        "followup-form-with-error",
        "controller",
        lambda db: f"{BASE}/2021/atgarder/{_action(db)}/uppfoljning/helar/",
        "Följ upp åtgärd, helår 2021",
        then=_submit_contradiction,
    ),
    Page("isk-form", "controller", lambda db: f"{BASE}/2021/isk/", "ISK-bedömning 2021"),
    Page("isk-forbidden", "lasare", lambda db: f"{BASE}/2021/isk/", "Ingen behörighet"),
]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_has_no_axe_violations(browser: Browser, axe_source: str, page: Page) -> None:
    check_page(browser, axe_source, page)
