"""The archive in real Chromium: a controller asks for the 2021 annual report as HTML from
the archive page, watches the background job finish (the session's ``db_worker`` runs it) and
downloads the stored file, whose bytes match the stored hash; axe-core finds no violation on
the archive list, the job page and the comparison of two versions (with a changed goal in
between, restored afterwards)."""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.browser.conftest import AppServer, Browser
from tests.browser.pages import Page, check_page

pytestmark = pytest.mark.browser

BASE = "/servicenamnden/2021/rapporter/arkiv/"
JOB_WAIT = 90  # seconds: the worker polls for tasks, then builds and renders the report
FINISHED = """
    const s = document.getElementById('document-job');
    return s && s.querySelector('progress') && !s.hasAttribute('hx-get') ? s.innerText : null;
"""


def generate(browser: Browser, fmt: str = "Webbsida (HTML)") -> str:
    """As the logged-in planner: ask for Verksamhetsberättelse helår 2021 in ``fmt`` and wait
    until the job page stops polling; returns the job section's text."""
    browser.get(BASE)
    Select(browser.field("Dokument")).select_by_visible_text("Verksamhetsberättelse")
    Select(browser.field("Period")).select_by_visible_text("Helår")
    Select(browser.field("Format")).select_by_visible_text(fmt)
    browser.driver.find_element(By.XPATH, "//button[normalize-space()='Skapa och spara']").click()
    browser.wait().until(lambda d: "/arkiv/jobb/" in d.current_url, "no job page after the form")
    assert browser.heading() == "Beställt dokument"
    text = browser.wait(JOB_WAIT).until(
        lambda d: d.execute_script(FINISHED), "the document job did not finish"
    )
    return str(text)


@pytest.fixture
def downloads(driver: Any) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="arshjul-downloads-"))
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)}
    )
    yield folder
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "default"})
    for file in folder.iterdir():
        file.unlink()
    folder.rmdir()


def wait_for_file(folder: Path, name: str) -> Path:
    deadline = time.monotonic() + 30
    path = folder / name
    while time.monotonic() < deadline:
        if path.exists() and not (folder / f"{name}.crdownload").exists():
            return path
        time.sleep(0.1)
    pytest.fail(f"{name} was not downloaded; the folder holds {sorted(folder.iterdir())}")


def test_controller_generates_the_annual_report_and_downloads_it(
    browser: Browser, downloads: Path
) -> None:
    db = browser.server
    stored_before = db.count("reports_storeddocument")
    browser.log_in("controller")
    text = generate(browser)
    assert "Klar: Webbsida (HTML)" in text and "sparad i arkivet" in text
    assert db.count("reports_storeddocument") == stored_before + 1
    pk, content_hash, size = db.query(
        "SELECT id, content_hash, size FROM reports_storeddocument ORDER BY id DESC LIMIT 1"
    )[0]
    link = browser.driver.find_element(By.LINK_TEXT, "Hämta dokumentet")
    assert link.get_attribute("href").endswith(f"{BASE}{pk}/")
    link.click()
    file = wait_for_file(downloads, "verksamhetsberattelse-2021-helar.html")
    content = file.read_bytes()
    assert hashlib.sha256(content).hexdigest() == content_hash and len(content) == size
    assert content.startswith(b"<!DOCTYPE html>")
    browser.get(BASE)
    row = browser.find(f"a[href='{BASE}{pk}/']").find_element(By.XPATH, "./ancestor::tr")
    assert "Carl Controller" in row.text and content_hash[:12] in row.text


def goal(server: AppServer) -> tuple[int, dict[str, Any]]:
    pk = server.item_pk(year=2021, key="mal_ratt_saker")
    assessment = server.assessment(pk, "helar")
    assert assessment is not None
    return pk, assessment


def post_goal(browser: Browser, pk: int, fulfilment: str, assessment: dict[str, Any]) -> None:
    data = {
        "fulfilment": fulfilment,
        "trend": assessment["trend"] or "",
        "comment": assessment["comment"] or "",
    }
    answer = browser.fetch(f"/servicenamnden/2021/objekt/{pk}/uppfoljning/helar/", "POST", data)
    assert answer["status"] == 200, answer["body"][:500]


@pytest.fixture
def two_versions(browser: Browser) -> Iterator[tuple[int, int]]:
    """Two stored JSON versions of the annual report with one goal's fulfilment changed in
    between (and restored afterwards, so other journeys see the demo)."""
    db = browser.server
    pk, original = goal(db)
    browser.log_in("controller")
    generate(browser, "Data (JSON)")
    old = int(db.scalar("SELECT MAX(id) FROM reports_storeddocument"))
    browser.get(BASE)
    changed = "uppnatt" if original["fulfilment"] != "uppnatt" else "storre_avvikelse"
    try:
        post_goal(browser, pk, changed, original)
        generate(browser, "Data (JSON)")
        new = int(db.scalar("SELECT MAX(id) FROM reports_storeddocument"))
    finally:
        post_goal(browser, pk, original["fulfilment"], original)
    assert goal(db)[1]["fulfilment"] == original["fulfilment"]
    yield old, new


def choose_the_same_version_twice(browser: Browser) -> None:
    """The comparison form refused: both selects on one version (422, errors announced)."""
    Select(browser.field("Version B (efter)")).select_by_index(0)
    Select(browser.field("Version A (före)")).select_by_index(0)
    browser.driver.find_element(By.XPATH, "//button[normalize-space()='Jämför']").click()
    browser.wait().until(lambda d: d.find_elements(By.CSS_SELECTOR, "[role=alert]"))
    assert "Välj två olika versioner." in browser.find("[role=alert]").text


def test_archive_job_and_comparison_pages_pass_axe(
    browser: Browser, axe_source: str, two_versions: tuple[int, int]
) -> None:
    old, new = two_versions
    job = int(browser.server.scalar("SELECT MAX(id) FROM reports_documentjob"))
    compare = f"{BASE}jamfor/?a={old}&b={new}"
    pages = [
        Page("archive list (controller)", "controller", lambda s: BASE, "Arkiv 2021"),
        Page("archive list (reader)", "lasare", lambda s: BASE, "Arkiv 2021"),
        Page("job page", "controller", lambda s: f"{BASE}jobb/{job}/", "Beställt dokument"),
        Page("comparison", "lasare", lambda s: compare, "Jämförelse av två versioner"),
        Page(
            "comparison refused",
            "lasare",
            lambda s: compare,
            "Jämförelse av två versioner",
            choose_the_same_version_twice,
        ),
    ]
    for page in pages:
        check_page(browser, axe_source, page)
        if page.name == "comparison":
            summary = browser.find("#summary-h").find_element(By.XPATH, "..").text
            assert "Tabellceller 2" in summary and "Status i mål och uppdrag 1" in summary
            status = browser.find("#status-h").find_element(By.XPATH, "..").text
            assert "Vi gör rätt saker på rätt sätt" in status and "Måluppfyllelse" in status
