"""Economy journeys in real Chromium: a controller uploads a real SIE file, watches the
background import's progress and opens the ledger with its result; a broken file is refused
with its line and leaves no ledger; the economy overview shows the published figures that
disagree with the computed ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from tests.browser.conftest import REPO, Browser

pytestmark = pytest.mark.browser

BASE = "/servicenamnden/ekonomi"
SIE = REPO.parent / "shared" / "testdata" / "sie"
if not SIE.is_dir():
    SIE = Path("/work/shared/testdata/sie")
IMPORT_WAIT = 60  # seconds: the worker polls for tasks, then imports


def upload(browser: Browser, path: Path) -> str:
    """Choose the file, press Importera and wait until the progress section stops polling."""
    browser.log_in("controller")
    browser.get(f"{BASE}/huvudbocker/")
    browser.field("SIE-fil").send_keys(str(path))
    browser.driver.find_element(By.XPATH, "//button[normalize-space()='Importera']").click()
    # one script per poll: htmx replaces the section every second, so no element is held
    finished = """
        const s = document.getElementById('ledger-upload');
        return s && s.querySelector('progress') && !s.hasAttribute('hx-get') ? s.innerText : null;
    """
    text = browser.wait(IMPORT_WAIT).until(
        lambda d: d.execute_script(finished), f"the import of {path.name} did not finish"
    )
    return str(text)


def test_controller_uploads_a_sie_file_and_opens_the_imported_ledger(browser: Browser) -> None:
    ledgers = browser.server.count("finance_ledgerimport")
    text = upload(browser, SIE / "jsisie__transaktioner_ovnbolag.se")
    assert "Klar" in text, text
    assert browser.server.count("finance_ledgerimport") == ledgers + 1
    browser.driver.find_element(By.LINK_TEXT, "Visa huvudboken").click()
    browser.wait().until(lambda d: "Huvudbok:" in d.find_element(By.TAG_NAME, "h1").text)
    page = browser.find("main").text
    assert "163" in page and "671" in page  # vouchers, transactions
    # the year's result in Swedish format (the browser's text turns no-break spaces into spaces)
    assert re.search(r"Resultat\s+277\s798,46", page), page


def test_a_broken_file_is_refused_with_its_line_and_no_ledger_is_written(
    browser: Browser, tmp_path: Path
) -> None:
    broken = tmp_path / "trasig.se"
    original = (SIE / "jsisie__XE_SIE_4_20151125095119.SE").read_bytes()
    broken.write_bytes(original)
    ledgers = browser.server.count("finance_ledgerimport")
    text = upload(browser, broken)
    assert "avvisades" in text and "rad 1356" in text, text
    assert browser.server.count("finance_ledgerimport") == ledgers


def test_overview_shows_the_published_building_project_figures(browser: Browser) -> None:
    browser.log_in("controller")
    browser.get(f"{BASE}/2021/?period=helar")
    box = browser.find("section.discrepancies").text
    assert "Servicenämnden totalt" in box and "149,0" in box and "482,1" in box
    link = browser.find("section.discrepancies a")
    target = str(link.get_attribute("href")).rsplit("#", 1)[1]
    link.click()
    assert browser.driver.current_url.endswith(f"#{target}")
    assert browser.find(f"#{target} caption").text  # the link lands on a titled table
