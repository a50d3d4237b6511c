"""The outline editor in real Chromium: axe-core (WCAG 2.0/2.1 A and AA) finds no violations as
controller and as reader, with a section's form open, after a refused save and on the
confirmation of a reset; a move swaps the tree with htmx and keeps the focus on the button."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.browser.conftest import AppServer, Browser
from tests.browser.pages import Page, check_page

pytestmark = pytest.mark.browser

DOC = "verksamhetsberattelse"
PAGE = f"/servicenamnden/2021/rapporter/{DOC}/disposition/"
HEADING = "Disposition: Verksamhetsberättelse 2021"
TOP_LEVEL = "return [...document.querySelectorAll('#outline-tree ul.root > li')].map(li => li.id)"


def _section(db: AppServer, key: str) -> int:
    return int(
        db.scalar(
            "SELECT s.id FROM reports_outlinesection s"
            " JOIN reports_documentoutline o ON o.id = s.outline_id"
            " WHERE o.doc_type = %s AND o.year = 2021 AND s.key = %s",
            DOC,
            key,
        )
    )


def _stored_order(db: AppServer) -> list[str]:
    rows = db.query(
        "SELECT s.key FROM reports_outlinesection s"
        " JOIN reports_documentoutline o ON o.id = s.outline_id"
        " WHERE o.doc_type = %s AND o.year = 2021 AND s.parent_id IS NULL"
        " ORDER BY s.position, s.id",
        DOC,
    )
    return [row[0] for row in rows]


def _mark_tree(browser: Browser) -> None:
    """Mark the page and the tree, to see that htmx swapped the tree and nothing else."""
    browser.driver.execute_script(
        "window.outlineMarker = 1; document.getElementById('outline-tree').dataset.old = '1'"
    )


def _wait_for_swap(browser: Browser) -> None:
    browser.wait().until(
        lambda d: d.execute_script(
            "const t = document.getElementById('outline-tree'); return t && t.dataset.old !== '1'"
        )
    )
    assert browser.driver.execute_script("return window.outlineMarker") == 1  # no page load


def _save_without_title(browser: Browser) -> None:
    """Clear a text section's title and save: htmx swaps in the Swedish error (422)."""
    _mark_tree(browser)
    browser.field("Rubrik").clear()
    browser.driver.find_element(By.ID, "spara-avsnitt").click()
    _wait_for_swap(browser)
    assert "Ett textavsnitt behöver en rubrik." in browser.find("#redigera").text


PAGES = [
    Page("editor-controller", "controller", lambda db: PAGE, HEADING),
    Page("editor-reader", "lasare", lambda db: PAGE, HEADING),
    Page(
        "section-form",
        "controller",
        lambda db: f"{PAGE}{_section(db, 'ekonomi')}/",
        HEADING,
    ),
    Page(
        "section-form-error",
        "admin",
        lambda db: f"{PAGE}{_section(db, 'syfte')}/",
        HEADING,
        then=_save_without_title,
    ),
    Page(
        "add-under",
        "controller",
        lambda db: f"{PAGE}nytt/?under={_section(db, 'ekonomi')}",
        HEADING,
    ),
    Page("reset-confirm", "controller", lambda db: f"{PAGE}aterstall/", HEADING),
    Page(
        "default-outline",
        "controller",
        lambda db: "/servicenamnden/2021/rapporter/delarsrapport/disposition/",
        "Disposition: Delårsrapport 2021",
    ),
]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_has_no_axe_violations(browser: Browser, axe_source: str, page: Page) -> None:
    check_page(browser, axe_source, page)


def _move(browser: Browser, button: str, focused: str) -> list[str]:
    """Press a move button; the keyboard stays on ``focused`` in the new tree."""
    _mark_tree(browser)
    browser.find(f"#{button}").click()
    _wait_for_swap(browser)
    assert browser.driver.execute_script("return document.activeElement.id") == focused
    return list(browser.driver.execute_script(TOP_LEVEL))


def test_move_swaps_the_tree_with_htmx(browser: Browser) -> None:
    db = browser.server
    pk = _section(db, "inledning")
    before = _stored_order(db)
    assert before[:3] == ["inledning", "syfte", "vasentliga_handelser"]
    browser.log_in("controller")
    browser.get(PAGE)
    shown = _move(browser, f"ned-{pk}", f"ned-{pk}")
    assert shown[:3] == ["avsnitt-syfte", "avsnitt-inledning", "avsnitt-vasentliga_handelser"]
    status = "return document.getElementById('outline-status').textContent"
    assert browser.driver.execute_script(status).strip() == "”Inledning” flyttades ned."
    assert _stored_order(db)[:2] == ["syfte", "inledning"]
    # and back, for the other journeys: first again, it has no "Upp", the focus goes to "Ned"
    shown = _move(browser, f"upp-{pk}", f"ned-{pk}")
    assert shown[:2] == ["avsnitt-inledning", "avsnitt-syfte"]
    assert _stored_order(db) == before
