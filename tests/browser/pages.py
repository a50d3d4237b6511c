"""One page of the app checked in Chromium: who opens it, where, the heading it must show, an
optional step first (submit a bad value, swap a partial), then axe-core (WCAG 2.0/2.1 A and AA)
must find no violation and no aria/label reference may point at a missing id. Every browser
module lists its pages as ``Page`` rows and runs ``check_page`` on each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.browser.conftest import AppServer, Browser


@dataclass(frozen=True)
class Page:
    name: str
    user: str | None  # None: logged out
    path: Callable[[AppServer], str]
    heading: str
    then: Callable[[Browser], None] | None = None


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v.get('impact')}): {v['help']} – {v.get('helpUrl', '')}")
        for node in v["nodes"]:
            summary = " ".join(str(node.get("failureSummary", "")).split())
            lines.append(f"    {node['target']}: {summary[:300]}")
    return "\n".join(lines)


def check_page(browser: Browser, axe_source: str, page: Page) -> None:
    if page.user is None:
        browser.log_out()
    else:
        browser.log_in(page.user)
    browser.get(page.path(browser.server))
    assert browser.heading().startswith(page.heading), browser.heading()
    if page.then is not None:
        page.then(browser)
    violations = browser.axe_violations(axe_source)
    assert violations == [], f"axe found on {page.name}:\n{describe(violations)}"
    assert browser.broken_idrefs() == []
