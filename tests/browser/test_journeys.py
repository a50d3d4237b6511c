"""Journeys through the follow-up in real Chromium against the running app and its database."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from tests.browser.conftest import Browser

pytestmark = pytest.mark.browser

TREE_2021 = "/servicenamnden/2021/?period=helar"
IT_TITLE = "Arbetsätt, metoder och processer har effektiviserats genom digitala lösningar"


def _own_status(browser: Browser, pk: int) -> str:
    """The status cell of tree item ``pk`` itself (not of its children)."""
    return str(browser.find(f"#item-{pk} > .node-row .node-status").text)


def _submit_and_wait_for_swap(browser: Browser, submit: Callable[[], object]) -> None:
    """Submit (by calling ``submit``) and wait until htmx has swapped in the new form; a marker
    on ``window`` proves the page was not reloaded."""
    browser.driver.execute_script(
        "window.__noReload = true; document.getElementById('assessment-form').dataset.old = '1';"
    )
    submit()
    browser.wait().until(
        lambda d: d.execute_script(
            "const f = document.getElementById('assessment-form');"
            "return f !== null && f.dataset.old !== '1';"
        )
    )
    assert browser.driver.execute_script("return window.__noReload === true"), "page reloaded"


def _press(browser: Browser, *keys: str) -> None:
    ActionChains(browser.driver).send_keys(*keys).perform()


def _active(browser: Browser) -> Any:
    return browser.driver.switch_to.active_element


def test_reporter_changes_status_of_own_indicator_and_tree_shows_it(browser: Browser) -> None:
    db = browser.server
    pk = db.item_pk(year=2021, unit="it", behaviour="indicator")
    before = db.assessment(pk, "helar")
    assert before is not None and before["status_override"] == "delvis"
    assessments, events = db.count("followup_assessment"), db.count("audit_auditevent")

    browser.log_in("rapportor-it")
    browser.get(TREE_2021)
    link = browser.find(f"li.b-indicator#item-{pk} > .node-row .node-title a")
    assert IT_TITLE in link.text
    assert "Delvis" in _own_status(browser, pk)
    link.click()
    browser.wait().until(lambda d: d.current_url.endswith(f"/objekt/{pk}/"))
    row = browser.driver.find_element(By.XPATH, "//table//tr[th[normalize-space()='Helår 2021']]")
    row.find_element(By.PARTIAL_LINK_TEXT, "Rapportera").click()
    browser.wait().until(lambda d: d.current_url.endswith(f"/objekt/{pk}/uppfoljning/helar/"))

    status = Select(browser.field("Status"))
    assert status.first_selected_option.text == "Delvis"
    status.select_by_visible_text("Helt")
    comment = browser.field("Kommentar")
    comment.clear()
    comment.send_keys("Alla processer är nu digitala.")
    button = browser.driver.find_element(By.XPATH, "//button[normalize-space()='Spara']")
    _submit_and_wait_for_swap(browser, button.click)
    assert browser.find("#assessment-form .saved").text == "Sparat."
    assert "Helt" in browser.find("#assessment-form .current").text

    browser.get(TREE_2021)
    status_text = _own_status(browser, pk)
    assert "Helt" in status_text and "Delvis" not in status_text
    after = db.assessment(pk, "helar")
    assert after is not None
    assert (after["id"], after["status_override"], after["comment"]) == (
        before["id"],
        "helt",
        "Alla processer är nu digitala.",
    )
    assert db.count("followup_assessment") == assessments
    assert db.count("audit_auditevent") == events + 1
    action, object_id = db.query(
        "SELECT action, object_id FROM audit_auditevent ORDER BY id DESC LIMIT 1"
    )[0]
    assert (action, object_id) == ("followup.assessment.save", str(before["id"]))


def test_reporter_is_refused_the_form_of_another_units_item(browser: Browser) -> None:
    db = browser.server
    pk = db.item_pk(year=2021, unit="fastigheter", behaviour="assignment")
    before = db.assessment(pk, "helar")
    assert before is not None and before["comment"]
    assessments, events = db.count("followup_assessment"), db.count("audit_auditevent")
    url = f"/servicenamnden/2021/objekt/{pk}/uppfoljning/helar/"

    browser.log_in("rapportor-it")
    browser.get(url)
    assert browser.heading() == "Ingen behörighet"
    assert browser.driver.title == "Ingen behörighet – Årshjul"
    assert "Du kan bara rapportera för dina egna enheter." in browser.find("main").text
    assert browser.driver.find_elements(By.CSS_SELECTOR, "main form") == []

    got = browser.fetch(url)
    assert got["status"] == 403
    posted = browser.fetch(url, "POST", {"fulfilment": "uppnatt", "comment": "Kapad kommentar"})
    assert posted["status"] == 403
    assert "Ingen behörighet" in posted["body"]  # the app's 403, not a CSRF failure

    assert db.count("followup_assessment") == assessments
    assert db.count("audit_auditevent") == events
    assert db.assessment(pk, "helar") == before


def test_controller_reports_numeric_outcome_in_swedish_format(browser: Browser) -> None:
    db = browser.server
    pk = db.item_pk(year=2021, key="frisktal")
    browser.log_in("controller")
    browser.get(f"/servicenamnden/2021/objekt/{pk}/uppfoljning/helar/")
    button = browser.driver.find_element(By.XPATH, "//button[normalize-space()='Spara']")

    events = db.count("audit_auditevent")
    outcome = browser.field("Utfall totalt (%)")
    outcome.clear()
    outcome.send_keys("56,2 %")
    _submit_and_wait_for_swap(browser, button.click)
    assert browser.find("#assessment-form .saved").text == "Sparat."
    current = browser.find("#assessment-form .current").text
    assert "Aktuell bedömning: ● Helt – utfall 56,20 %" in current
    saved = db.assessment(pk, "helar")
    assert saved is not None and Decimal(str(saved["outcome"])) == Decimal("56.2")
    assert db.count("audit_auditevent") == events + 1

    outcome = browser.field("Utfall totalt (%)")
    outcome.clear()
    outcome.send_keys("abc")
    button = browser.driver.find_element(By.XPATH, "//button[normalize-space()='Spara']")
    _submit_and_wait_for_swap(browser, button.click)
    assert browser.driver.find_elements(By.CSS_SELECTOR, "#assessment-form .saved") == []
    alert = browser.find("#assessment-form p.errors[role=alert]")
    assert alert.text == "Formuläret innehåller fel. Rätta de markerade fälten."
    outcome = browser.field("Utfall totalt (%)")
    assert outcome.get_attribute("aria-invalid") == "true"
    error = browser.find(f"#{outcome.get_attribute('aria-describedby')}")  # read with the field
    assert error.text == "”abc” är inte ett tal. Skriv till exempel 1 234,5."
    assert outcome.get_attribute("value") == "abc"
    assert db.count("audit_auditevent") == events + 1
    unchanged = db.assessment(pk, "helar")
    assert unchanged is not None and Decimal(str(unchanged["outcome"])) == Decimal("56.2")


def test_keyboard_skip_link_comes_first_and_login_works(browser: Browser) -> None:
    browser.log_out()
    browser.get("/logga-in/")
    _press(browser, Keys.TAB)
    skip = _active(browser)
    assert skip.text == "Hoppa till innehållet"
    assert skip.rect["x"] >= 0, "the focused skip link stays off screen"
    _press(browser, Keys.ENTER)
    assert _active(browser).get_attribute("id") == "main"
    _press(browser, Keys.TAB)
    assert _active(browser).get_attribute("id") == "id_username"
    password = browser.server.passwords["rapportor-it"]
    _press(browser, "rapportor-it", Keys.TAB, password, Keys.ENTER)
    browser.wait().until(lambda d: "/logga-in/" not in d.current_url, "keyboard login failed")


def test_keyboard_fills_and_submits_follow_up_form(browser: Browser) -> None:
    db = browser.server
    pk = db.item_pk(year=2021, unit="it", behaviour="assignment")
    events = db.count("audit_auditevent")
    browser.log_in("rapportor-it")
    browser.get(f"/servicenamnden/2021/objekt/{pk}/uppfoljning/helar/")
    for _ in range(60):
        _press(browser, Keys.TAB)
        if _active(browser).get_attribute("id") == "id_fulfilment":
            break
    else:
        pytest.fail("Tab never reached the field Måluppfyllelse")
    outline = browser.driver.execute_script(
        "return getComputedStyle(document.activeElement).outlineStyle"
    )
    assert outline != "none", "the focused field has no visible focus outline"
    _press(browser, "m")  # typeahead in the closed select: Mindre avvikelse
    _press(browser, Keys.TAB, "f")  # Utveckling: Förbättrats
    _press(browser, Keys.TAB)
    assert _active(browser).get_attribute("id") == "id_comment"
    ActionChains(browser.driver).key_down(Keys.CONTROL).send_keys("a").key_up(
        Keys.CONTROL
    ).perform()
    _press(browser, "Införd med tangentbordet.", Keys.TAB)
    assert _active(browser).text == "Spara"
    _submit_and_wait_for_swap(browser, lambda: _press(browser, Keys.ENTER))
    assert browser.find("#assessment-form .saved").text == "Sparat."
    assert _active(browser).text == "Spara", "focus was lost when htmx swapped in the form"

    saved = db.assessment(pk, "helar")
    assert saved is not None
    assert (saved["fulfilment"], saved["trend"], saved["comment"]) == (
        "mindre_avvikelse",
        "forbattrats",
        "Införd med tangentbordet.",
    )
    assert db.count("audit_auditevent") == events + 1
