"""axe-core (WCAG 2.0/2.1 A and AA) finds no violations on the production-figure pages in real
Chromium, including the forms after an htmx swap with errors and a refused Kolada file."""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from tests.browser.conftest import AppServer, Browser
from tests.browser.pages import Page, check_page

pytestmark = pytest.mark.browser

BASE = "/servicenamnden/nyckeltal"


def _phone(db: AppServer) -> int:
    return int(
        db.scalar(
            "SELECT id FROM kpis_figure WHERE key = %s", "medelsvarstid_i_telefonvaxeln_sekunder"
        )
    )


def _swap(browser: Browser, container: str, button: str) -> None:
    """Click ``button`` and wait until htmx has replaced ``container``."""
    browser.driver.execute_script(f"document.getElementById('{container}').dataset.old = '1'")
    browser.driver.find_element(By.XPATH, f"//button[normalize-space()='{button}']").click()
    browser.wait().until(
        lambda d: d.execute_script(
            f"return document.getElementById('{container}').dataset.old !== '1'"
        )
    )


def _value_not_a_number(browser: Browser) -> None:
    outcome = browser.field("Utfall (frivilligt)")
    outcome.clear()
    outcome.send_keys("abc")
    _swap(browser, "value-form", "Spara utfall och målvärde")
    assert "”abc” är inte ett tal." in browser.find("#value-form .error").text


def _bad_kolada_file(browser: Browser) -> None:
    path = Path(browser.server.data_dir) / "trasig-kolada.json"
    path.write_text('{"values": [{"kpi": "X1", "municipality": 18}]}', encoding="utf-8")
    browser.field("Fil").send_keys(str(path))
    _swap(browser, "kolada-import", "Importera")
    assert "fält values[0].kpi" in browser.find("#kolada-import-problems").text


PAGES = [
    Page("year-reader", "lasare", lambda db: f"{BASE}/2021/", "Produktions- och nyckeltal 2021"),
    Page("year-controller", "controller", lambda db: f"{BASE}/2021/", "Produktions- och nyckeltal"),
    Page("figure-create", "controller", lambda db: f"{BASE}/2021/nytt/", "Nytt produktions-"),
    Page(
        "figure-edit-with-error",
        "controller",
        lambda db: f"{BASE}/2021/{_phone(db)}/",
        "Medelsvarstid i telefonväxeln",
        then=_value_not_a_number,
    ),
    Page("kolada-import", "controller", lambda db: f"{BASE}/kolada/", "Importera nyckeltal"),
    Page(
        "kolada-import-refused",
        "controller",
        lambda db: f"{BASE}/kolada/",
        "Importera nyckeltal",
        then=_bad_kolada_file,
    ),
]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_has_no_axe_violations(browser: Browser, axe_source: str, page: Page) -> None:
    check_page(browser, axe_source, page)
