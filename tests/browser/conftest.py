"""Browser journeys: the real app in a subprocess, driven by one headless Chromium per session.

pytest-django's ``live_server`` is not used: its transactional flush would wipe the demo data
that ``tests/conftest.py`` loads for the other tests. Instead the session starts ``arshjul``
on a free port with its own database (SQLite in a temp dir, or a fresh PostgreSQL database when
the suite runs with ``DATABASE_URL``), loads the demo and logs in with the printed passwords.
Missing Chromium or axe-core fails the tests: ``make browser-deps`` (run by ``make test``)
installs them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
AXE_JS = REPO / "var" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
MISSING_HINT = "run `make browser-deps` (or `make test`, which runs it) to install it"
WAIT = 10  # seconds for any single wait in the browser
USER_LINE = re.compile(r"^\s+(?P<username>\S+)\s+\S+\s+(?P<password>\S+)\s*$")


@dataclass
class AppServer:
    """The running app: its address, demo passwords and a door to its database."""

    url: str
    data_dir: Path
    passwords: dict[str, str]
    database_url: str | None

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Run ``sql`` (``%s`` placeholders) on the server's own database, in a new connection."""
        if self.database_url:
            import psycopg

            with psycopg.connect(self.database_url, autocommit=True) as conn:
                return conn.execute(sql, params).fetchall()  # type: ignore[arg-type]
        lite = sqlite3.connect(self.data_dir / "arshjul.sqlite3", timeout=20)
        try:
            return lite.execute(sql.replace("%s", "?"), params).fetchall()
        finally:
            lite.close()

    def scalar(self, sql: str, *params: Any) -> Any:
        rows = self.query(sql, *params)
        assert len(rows) == 1, f"expected one row from {sql!r}, got {rows!r}"
        return rows[0][0]

    def count(self, table: str) -> int:
        return int(self.scalar(f"SELECT COUNT(*) FROM {table}"))

    def item_pk(self, *, year: int, key: str = "", unit: str = "", behaviour: str = "") -> int:
        """The first item (in plan order) of ``year`` matching the key, unit and behaviour."""
        sql = (
            "SELECT i.id FROM planning_item i"
            " JOIN planning_planyear py ON py.id = i.plan_year_id"
            " JOIN planning_itemtype t ON t.id = i.item_type_id"
            " WHERE py.year = %s"
        )
        params: list[Any] = [year]
        if key:
            sql += " AND i.key = %s"
            params.append(key)
        if behaviour:
            sql += " AND t.behaviour = %s"
            params.append(behaviour)
        if unit:
            sql += (
                " AND i.id IN (SELECT r.item_id FROM planning_item_responsible_units r"
                " JOIN organisations_unit u ON u.id = r.unit_id WHERE u.key = %s)"
            )
            params.append(unit)
        rows = self.query(sql + ' ORDER BY i."order", i.id', *params)
        assert rows, f"no {year} item with key={key!r} unit={unit!r} behaviour={behaviour!r}"
        return int(rows[0][0])

    def assessment(self, item_pk: int, period_key: str) -> dict[str, Any] | None:
        columns = ("id", "status_override", "fulfilment", "trend", "outcome", "comment")
        rows = self.query(
            "SELECT a.id, a.status_override, a.fulfilment, a.trend, a.outcome, a.comment"
            " FROM followup_assessment a JOIN followup_period p ON p.id = a.period_id"
            " WHERE a.item_id = %s AND p.key = %s",
            item_pk,
            period_key,
        )
        return dict(zip(columns, rows[0], strict=True)) if rows else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


def _postgres(admin_url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


@contextmanager
def _server_database(env: dict[str, str]) -> Iterator[str | None]:
    """With DATABASE_URL (a PostgreSQL run): a fresh database on the same server for the app,
    dropped afterwards. Without: none, so the app uses SQLite in its data dir."""
    if not env.get("DATABASE_URL"):
        env.pop("DATABASE_URL", None)
        yield None
        return
    admin_url = _with_database(env["DATABASE_URL"], "postgres")
    name = f"arshjul_browser_{os.getpid()}"
    _postgres(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _postgres(admin_url, f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = _with_database(admin_url, name)
    try:
        yield env["DATABASE_URL"]
    finally:
        _postgres(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _arshjul(*args: str, env: dict[str, str]) -> str:
    """Run an ``arshjul`` command in the app's environment; its output, or fail the tests."""
    cmd = [sys.executable, "-m", "arshjul.cli", *args]
    result = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        pytest.fail(
            f"arshjul {' '.join(args)} failed ({result.returncode}):\n"
            f"{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def _load_demo(env: dict[str, str]) -> dict[str, str]:
    """Migrate, load the demo and return the printed passwords by username."""
    _arshjul("migrate", "--verbosity", "0", env=env)
    out = _arshjul("demo_load", env=env)
    matches = (USER_LINE.match(line) for line in out.splitlines()[1:])
    passwords = {m["username"]: m["password"] for m in matches if m}
    assert "rapportor-it" in passwords, f"no demo users in the output of demo_load:\n{out}"
    return passwords


def _wait_until_up(url: str, process: subprocess.Popen[Any], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the app server exited ({process.returncode}):\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url + "/logga-in/", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    pytest.fail(f"the app server did not answer on {url} within 30 s:\n{log.read_text()}")


def _assert_static_served(url: str) -> None:
    for path in ("/static/css/arshjul.css", "/static/vendor/htmx.min.js"):
        try:
            with urllib.request.urlopen(url + path, timeout=5) as response:
                assert response.status == 200
        except urllib.error.HTTPError as exc:
            pytest.fail(f"the app server does not serve {path}: HTTP {exc.code}")


@contextmanager
def _serve(env: dict[str, str], log: Path) -> Iterator[str]:
    """``arshjul runserver --insecure`` (DEBUG off, static files served) on a free port.

    runserver rather than gunicorn: with DEBUG off only ``--insecure`` serves /static/ without
    adding a static-file server to the project."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [
        sys.executable,
        "-m",
        "arshjul.cli",
        "runserver",
        f"127.0.0.1:{port}",
        "--insecure",
        "--noreload",
    ]
    with log.open("w") as out:
        process = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_until_up(url, process, log)
        _assert_static_served(url)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def _worker(env: dict[str, str], log: Path) -> Iterator[None]:
    """``arshjul db_worker``: the background tasks (SIE imports) run as in the demo."""
    cmd = [sys.executable, "-m", "arshjul.cli", "db_worker", "--verbosity", "0"]
    with log.open("w") as out:
        process = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def app_server() -> Iterator[AppServer]:
    """The real app with the demo, in its own process and database, for the whole session."""
    tmp = Path(tempfile.mkdtemp(prefix="arshjul-browser-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env |= {
        "ARSHJUL_DATA_DIR": str(tmp),
        "ARSHJUL_DEBUG": "0",
        "ARSHJUL_SECURE_COOKIES": "0",
        "ARSHJUL_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SETTINGS_MODULE": "arshjul.settings",
        "PYTHONUNBUFFERED": "1",
    }
    try:
        with _server_database(env) as database_url:
            passwords = _load_demo(env)
            with _serve(env, tmp / "server.log") as url, _worker(env, tmp / "worker.log"):
                yield AppServer(url, tmp, passwords, database_url)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _require(path: Path, what: str) -> None:
    if not path.exists():
        pytest.fail(f"{what} is missing at {path}: {MISSING_HINT}", pytrace=False)


@pytest.fixture(scope="session")
def driver() -> Iterator[Any]:
    """One headless Chromium for the whole session; tests log in as they need."""
    _require(CHROMIUM, "Chromium")
    _require(CHROMEDRIVER, "ChromeDriver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="arshjul-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1280,1024",
        "--lang=sv",
    ):
        options.add_argument(argument)
    browser = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    browser.set_page_load_timeout(30)
    browser.set_script_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def axe_source() -> str:
    _require(AXE_JS, "axe-core")
    return AXE_JS.read_text()


class Browser:
    """The session's Chromium pointed at the app, with the few moves the journeys share."""

    def __init__(self, driver: Any, server: AppServer) -> None:
        self.driver = driver
        self.server = server

    def get(self, path: str) -> None:
        self.driver.get(self.server.url + path)

    def wait(self, timeout: float = WAIT) -> Any:
        from selenium.webdriver.support.ui import WebDriverWait

        return WebDriverWait(self.driver, timeout)

    def find(self, css: str) -> Any:
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.CSS_SELECTOR, css)

    def field(self, label: str) -> Any:
        """The form control whose <label> reads exactly ``label``."""
        from selenium.webdriver.common.by import By

        labels = [
            el for el in self.driver.find_elements(By.TAG_NAME, "label") if el.text.strip() == label
        ]
        assert len(labels) == 1, f"expected one label {label!r}, found {len(labels)}"
        return self.driver.find_element(By.ID, labels[0].get_attribute("for"))

    def heading(self) -> str:
        return str(self.find("h1").text)

    def log_out(self) -> None:
        if self.driver.current_url.startswith(self.server.url):
            self.driver.delete_all_cookies()

    def log_in(self, username: str) -> None:
        """Log in through the login form, as a person would."""
        from selenium.webdriver.common.by import By

        self.log_out()
        self.get("/logga-in/")
        self.field("Användarnamn").send_keys(username)
        self.field("Lösenord").send_keys(self.server.passwords[username])
        self.driver.find_element(By.XPATH, "//button[normalize-space()='Logga in']").click()
        self.wait().until(
            lambda d: "/logga-in/" not in d.current_url, f"{username} could not log in"
        )

    def fetch(self, path: str, method: str = "GET", data: dict[str, str] | None = None) -> dict:
        """Request ``path`` from the page with fetch() (CSRF token from the cookie); returns
        the status and body."""
        script = """
            const [path, method, data, done] = arguments;
            const token = (document.cookie.match(/(?:^|; )csrftoken=([^;]*)/) || [])[1] || '';
            const init = {method, credentials: 'same-origin', headers: {'X-CSRFToken': token}};
            if (data) init.body = new URLSearchParams(data);
            fetch(path, init).then(async r => done({status: r.status, body: await r.text()}))
                             .catch(e => done({status: 0, body: String(e)}));
        """
        return dict(self.driver.execute_async_script(script, path, method, data))

    def broken_idrefs(self) -> list[str]:
        """References (aria-describedby, aria-labelledby, label for) to ids not on the page;
        axe only lists these as "needs review"."""
        return list(
            self.driver.execute_script("""
            const broken = [];
            for (const el of document.querySelectorAll(
                    '[aria-describedby], [aria-labelledby], label[for]')) {
                for (const attr of ['aria-describedby', 'aria-labelledby', 'for']) {
                    for (const id of (el.getAttribute(attr) || '').split(/\\s+/)) {
                        if (id && !document.getElementById(id)) {
                            broken.push(`${el.tagName.toLowerCase()}[${attr}="${id}"]`);
                        }
                    }
                }
            }
            return broken;
        """)
        )

    def axe_violations(self, axe_source: str) -> list[dict[str, Any]]:
        if not self.driver.execute_script("return typeof window.axe === 'object'"):
            self.driver.execute_script(axe_source)
        result = self.driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag',
                                         values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(r => done(JSON.stringify(r.violations)))
               .catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));
        """)
        return list(json.loads(result))


@pytest.fixture
def browser(driver: Any, app_server: AppServer) -> Iterator[Browser]:
    page = Browser(driver, app_server)
    yield page
    page.log_out()
