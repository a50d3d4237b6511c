"""The outline editor's pages: every URL as each role (and an outsider), refused writes change
nothing, Swedish errors with 422, a controller's adjustments reaching the built document, the
reset, and the page's query count pinned whatever the number of sections."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from arshjul.audit.models import AuditEvent
from arshjul.organisations import services as org_services
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board
from arshjul.reports import outline as services
from arshjul.reports.model import Document, Section
from arshjul.reports.models import DocumentOutline, OutlineSection
from arshjul.reports.services import build_document
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

BASE = "/servicenamnden/2021/rapporter"
DOC = "verksamhetsberattelse"  # stored for 2021 by the demo (its texts)
PAGE = f"{BASE}/{DOC}/disposition/"
UNSTORED = f"{BASE}/delarsrapport/disposition/"  # the default applies
ROLES = ["admin", "controller", "rapportor-it", "lasare", "utomstaende"]
PLANNERS = {"admin", "controller"}
HTMX = {"HX-Request": "true"}


@pytest.fixture
def clients(users: dict[str, Any]) -> dict[str, Client]:
    outsider = get_user_model().objects.create_user("utomstaende")
    return {role: client_for(users.get(role, outsider)) for role in ROLES}


def section(key: str, doc_type: str = DOC) -> OutlineSection:
    return OutlineSection.objects.get(
        outline__board__slug="servicenamnden",
        outline__year=2021,
        outline__doc_type=doc_type,
        key=key,
    )


def url(key: str, action: str = "") -> str:
    return f"{PAGE}{section(key).pk}/{action}"


def state() -> tuple[Any, ...]:
    """Everything a write could change: the outlines, their sections and the audit trail."""
    rows = list(OutlineSection.objects.order_by("pk").values())
    return rows, DocumentOutline.objects.count(), AuditEvent.objects.count()


def document(user: Any) -> Document:
    return build_document(
        user=user, type_key=DOC, board_slug="servicenamnden", year=2021, period_key="helar"
    )


def find(sections: list[Section], key: str) -> Section | None:
    for s in sections:
        if s.key == key:
            return s
        if (found := find(s.sections, key)) is not None:
            return found
    return None


# Every URL × role -------------------------------------------------------------------------

# (name, method, url, data, what a planner gets)
Request = tuple[str, str, Callable[[], str], dict[str, str], int]
REQUESTS: list[Request] = [
    ("edit-form", "get", lambda: url("inledning"), {}, 200),
    ("add-form", "get", lambda: f"{PAGE}nytt/?under={section('ekonomi').pk}", {}, 200),
    ("reset-confirm", "get", lambda: f"{PAGE}aterstall/", {}, 200),
    ("delete-confirm", "get", lambda: url("syfte", "ta-bort/"), {}, 200),
    ("materialise", "post", lambda: f"{UNSTORED}anpassa/", {}, 302),
    ("edit", "post", lambda: url("syfte"), {"title": "Syftet", "included": "on"}, 302),
    ("add", "post", lambda: f"{PAGE}nytt/", {"nytt-title": "Ny text"}, 302),
    ("move", "post", lambda: url("syfte", "flytta/"), {"offset": "-1"}, 302),
    ("include", "post", lambda: url("personalekonomi", "med/"), {"included": "nej"}, 302),
    ("delete", "post", lambda: url("syfte", "ta-bort/"), {}, 302),
    ("reset", "post", lambda: f"{PAGE}aterstall/", {}, 302),
]


@pytest.mark.parametrize("role", ROLES)
def test_every_member_reads_the_outline_and_only_planners_get_controls(
    clients: dict[str, Client], role: str
) -> None:
    for page in (PAGE, UNSTORED):
        response = clients[role].get(page)
        if role == "utomstaende":
            assert response.status_code == 404
            continue
        text = response.content.decode()
        assert response.status_code == 200
        assert "<h1>Disposition: " in text and "Visa dokumentet" in text
    if role == "utomstaende":
        return
    stored = clients[role].get(PAGE).content.decode()
    unstored = clients[role].get(UNSTORED).content.decode()
    assert ("Uteslut<span" in stored) == (role in PLANNERS)
    assert ("Återställ standard" in stored) == (role in PLANNERS)
    assert ("Lägg till textavsnitt" in stored) == (role in PLANNERS)
    assert (">Anpassa</button>" in unstored) == (role in PLANNERS)
    assert "Uteslut<span" not in unstored  # nothing to change before it is stored


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("request_", REQUESTS, ids=[r[0] for r in REQUESTS])
def test_each_url_per_role(clients: dict[str, Client], role: str, request_: Request) -> None:
    _, method, make_url, data, planner_status = request_
    before = state()
    response = getattr(clients[role], method)(make_url(), data)
    expected = {"utomstaende": 404, "rapportor-it": 403, "lasare": 403}.get(role, planner_status)
    assert response.status_code == expected, response.content.decode()[:500]
    if expected != 200 and method == "post" and role not in PLANNERS:
        assert state() == before  # a refused write changes nothing and logs nothing
    if method == "post" and role in PLANNERS:
        assert state() != before


def test_anonymous_is_sent_to_login(db: Any) -> None:
    for page in (PAGE, url("syfte")):
        response = Client().get(page)
        assert response.status_code == 302 and response["Location"].startswith("/logga-in/")


def test_other_boards_types_and_unknown_rows_are_404(
    clients: dict[str, Client], board: Board
) -> None:
    other = org_services.board_create(
        actor=SYSTEM, organisation=board.organisation, slug="annan-namnd", name="Annan nämnd"
    )
    foreign = services.outline_materialise(actor=SYSTEM, board=other, year=2021, doc_type=DOC)
    foreign_pk = foreign.entries.get(key="syfte").pk
    other_type = section("inledning", "upphandlingsrapport").pk
    client = clients["controller"]
    before = state()
    for pk in (foreign_pk, other_type, 999_999):
        assert client.get(f"{PAGE}{pk}/").status_code == 404
        assert client.post(f"{PAGE}{pk}/", {"title": "X", "included": "on"}).status_code == 404
        assert client.post(f"{PAGE}{pk}/flytta/", {"offset": "1"}).status_code == 404
        assert client.post(f"{PAGE}{pk}/med/", {"included": "nej"}).status_code == 404
        assert client.post(f"{PAGE}{pk}/ta-bort/").status_code == 404
    assert clients["lasare"].post(f"{PAGE}{foreign_pk}/ta-bort/").status_code == 404
    assert client.get(f"{BASE}/okand/disposition/").status_code == 404
    assert (
        client.get("/servicenamnden/1999/rapporter/verksamhetsberattelse/disposition/").status_code
        == 404
    )
    assert client.post(f"{UNSTORED}nytt/", {"nytt-title": "X"}).status_code == 404
    assert client.post(f"{UNSTORED}aterstall/").status_code == 404
    assert state() == before


def test_malformed_input_gives_404_or_422_never_500(clients: dict[str, Client]) -> None:
    client = clients["controller"]
    huge = "99999999999999999999"
    before = state()
    assert client.get(f"{PAGE}{huge}/").status_code == 404
    assert client.post(f"{PAGE}{huge}/flytta/", {"offset": "1"}).status_code == 404
    assert client.get(f"{PAGE}nytt/?under={huge}").status_code == 200
    assert client.get(f"{PAGE}nytt/?under=-1").status_code == 200
    for data in (
        {"nytt-title": "X", "nytt-parent": huge},
        {"nytt-title": "X\x00"},
        {"nytt-title": "X" * 201},
    ):
        assert client.post(f"{PAGE}nytt/", data).status_code == 422, data
    too_long = {"title": "Syfte", "text_html": "<p>" + "x" * 20_000 + "</p>", "included": "on"}
    response = client.post(url("syfte"), too_long)
    assert response.status_code == 422
    assert "Säkerställ att detta värde har som mest 20000 tecken" in response.content.decode()
    assert state() == before


def test_writes_refuse_get_and_reads_refuse_post(clients: dict[str, Client]) -> None:
    client = clients["controller"]
    assert client.get(f"{UNSTORED}anpassa/").status_code == 405
    assert client.get(url("syfte", "flytta/")).status_code == 405
    assert client.get(url("syfte", "med/")).status_code == 405
    assert client.post(PAGE).status_code == 405


# A controller's adjustments reach the document -------------------------------------------


def test_controller_adjusts_the_outline_and_the_document_follows(
    clients: dict[str, Client], users: dict[str, Any]
) -> None:
    client = clients["controller"]
    response = client.post(f"{PAGE}nytt/", {"nytt-title": "Särskilda satsningar"}, headers=HTMX)
    assert response.status_code == 200 and "<html" not in response.content.decode()
    added = OutlineSection.objects.get(outline__doc_type=DOC, title="Särskilda satsningar")
    assert added.parent is None and added.source == "" and added.key == "text-sarskilda-satsningar"
    assert 'id="redigera"' in response.content.decode()  # opened for its text

    data = {
        "title": "Särskilda satsningar 2021",
        "text_html": '<p onclick="x()">Nya <strong>tjänster</strong>.</p><script>alert(1)</script>',
        "included": "on",
    }
    response = client.post(f"{PAGE}{added.pk}/", data)
    assert response.status_code == 302
    assert response["Location"] == f"{PAGE}#avsnitt-{added.key}"
    added.refresh_from_db()
    assert added.text_html == "<p>Nya <strong>tjänster</strong>.</p>"
    assert added.title == "Särskilda satsningar 2021"

    for _ in range(2):  # last (after the appendix) → before internkontroll
        response = client.post(f"{PAGE}{added.pk}/flytta/", {"offset": "-1"}, headers=HTMX)
        assert response.status_code == 200
    assert "flyttades upp" in response.content.decode()
    response = client.post(url("personalekonomi", "med/"), {"included": "nej"})
    assert response.status_code == 302
    ekonomi = {"title": "Ekonomi och budget", "text_html": "", "included": "on"}
    assert client.post(url("ekonomi"), ekonomi).status_code == 302

    built = document(users["controller"])
    keys = [s.key for s in built.sections]
    assert keys == [
        "inledning",
        "syfte",
        "vasentliga_handelser",
        "mal_strategier_uppdrag",
        "ekonomi",
        "framtida_utmaningar",
        added.key,
        "internkontroll",
        "upphandlingsrapport",
    ]
    mine = built.sections[6]
    assert (mine.number, mine.title) == ("7", "Särskilda satsningar 2021")
    assert [b.html for b in mine.blocks] == ["<p>Nya <strong>tjänster</strong>.</p>"]  # type: ignore[attr-defined]
    assert built.sections[4].title == "Ekonomi och budget"
    assert find(built.sections, "personalekonomi") is None
    assert find(built.sections, "sjukfranvaro") is None  # excluded with its whole section

    response = client.post(f"{PAGE}aterstall/")
    assert response.status_code == 302
    assert DocumentOutline.objects.filter(doc_type=DOC, year=2021).count() == 0
    page = client.get(PAGE).content.decode()
    assert "Standarddispositionen för verksamhetsberättelse gäller." in page
    assert "Dispositionen är återställd till standarden." in page  # the message after redirect
    restored = document(users["controller"])
    assert [s.key for s in restored.sections] == [
        "mal_strategier_uppdrag",
        "ekonomi",
        "personalekonomi",
        "internkontroll",
        "upphandlingsrapport",
    ]  # the default without the demo's texts: text sections without text are left out
    assert restored.sections[1].title == "Ekonomi"


def test_materialise_stores_the_default_once(clients: dict[str, Client]) -> None:
    client = clients["controller"]
    response = client.post(f"{UNSTORED}anpassa/", headers=HTMX)
    assert response.status_code == 200 and "Uteslut<span" in response.content.decode()
    outline = DocumentOutline.objects.get(doc_type="delarsrapport", year=2021)
    keys = list(outline.entries.filter(parent=None).values_list("key", flat=True))
    assert keys == [
        "inledning",
        "vasentliga_handelser",
        "mal_strategier_uppdrag",
        "ekonomi",
        "personalekonomi",
        "internkontroll",
    ]
    events = AuditEvent.objects.count()
    assert client.post(f"{UNSTORED}anpassa/").status_code == 302
    assert DocumentOutline.objects.filter(doc_type="delarsrapport").count() == 1
    assert AuditEvent.objects.count() == events


def test_page_shows_numbers_holdings_and_exclusions(clients: dict[str, Client]) -> None:
    services.outline_section_update(
        actor=SYSTEM, section=section("syfte"), title="Syfte", text_html="", included=False
    )
    text = clients["lasare"].get(PAGE).content.decode()
    assert '<span class="kind">Bilaga 1</span>' in text
    assert "ur underlaget: upphandlingsrapport · bilaga" in text
    assert "ur underlaget: ekonomi/resultatrapport" in text
    assert "text (tom ännu)" in text
    assert "○</span> Utesluten" in text
    # syfte is out, so väsentliga händelser is 2, ekonomi 4 and its first sub-section 4.1
    assert '<span class="kind">2</span>\n      <strong>Väsentliga händelser</strong>' in text
    assert '<span class="kind">4</span>\n      <strong>Ekonomi</strong>' in text
    assert '<span class="kind">4.1</span>\n      <strong>Resultatrapport servicenämnden' in text


# Errors: 422 with Swedish messages, nothing changed ---------------------------------------


def test_text_section_without_title_is_refused(clients: dict[str, Client]) -> None:
    before = state()
    response = clients["controller"].post(url("syfte"), {"title": " ", "included": "on"})
    assert response.status_code == 422
    assert "Ett textavsnitt behöver en rubrik." in response.content.decode()
    assert state() == before


def test_data_section_may_drop_its_title(clients: dict[str, Client]) -> None:
    response = clients["controller"].post(url("ekonomi"), {"title": "", "included": "on"})
    assert response.status_code == 302
    assert section("ekonomi").title == ""


def test_preview_shows_the_sanitised_text_without_saving(clients: dict[str, Client]) -> None:
    before = state()
    data = {
        "title": "Syfte",
        "text_html": "<h3>Rubrik</h3><p>Text<img src=x onerror=alert(1)></p><script>x()</script>",
        "included": "on",
        "forhandsgranska": "1",
    }
    response = clients["controller"].post(url("syfte"), data, headers=HTMX)
    text = response.content.decode()
    assert response.status_code == 200 and "<html" not in text
    assert '<div class="para"><h3>Rubrik</h3><p>Text</p></div>' in text
    assert "tas bort när den sparas" in text
    assert "<script>x()" not in text and "onerror" not in text.split('class="para"')[1]
    assert state() == before


@pytest.mark.parametrize(
    ("action", "data", "message"),
    [
        ("flytta/", {"offset": "-1"}, "Avsnittet kan inte flyttas dit."),
        ("flytta/", {"offset": "7"}, "Välj ett giltigt alternativ."),
        ("med/", {"included": "kanske"}, "Välj ett giltigt alternativ."),
        ("ta-bort/", {}, "Avsnitt med innehåll ur underlaget tas inte bort"),
    ],
)
def test_refused_actions_rerender_with_422(
    clients: dict[str, Client], action: str, data: dict[str, str], message: str
) -> None:
    key = "mal_strategier_uppdrag" if action == "ta-bort/" else "inledning"
    before = state()
    for headers in ({}, HTMX):
        response = clients["controller"].post(url(key, action), data, headers=headers)
        assert response.status_code == 422
        assert message in response.content.decode()
    assert state() == before


def test_add_errors_are_swedish(clients: dict[str, Client]) -> None:
    client = clients["controller"]
    before = state()
    response = client.post(f"{PAGE}nytt/", {"nytt-title": ""})
    assert response.status_code == 422 and "Detta fält måste fyllas i." in response.content.decode()
    under = {
        "nytt-title": "Bilaga X",
        "nytt-parent": str(section("ekonomi").pk),
        "nytt-appendix": "on",
    }
    response = client.post(f"{PAGE}nytt/", under, headers=HTMX)
    assert response.status_code == 422
    assert "Bara ett avsnitt på översta nivån kan vara bilaga." in response.content.decode()
    foreign = {
        "nytt-title": "X",
        "nytt-parent": str(section("inledning", "upphandlingsrapport").pk),
    }
    response = client.post(f"{PAGE}nytt/", foreign)
    assert (
        response.status_code == 422 and "Välj ett giltigt alternativ." in response.content.decode()
    )
    assert state() == before


def test_sub_section_is_added_under_its_parent_and_deleted_with_confirmation(
    clients: dict[str, Client],
) -> None:
    client = clients["controller"]
    parent = section("ekonomi")
    page = client.get(f"{PAGE}nytt/?under={parent.pk}").content.decode()
    assert f'<option value="{parent.pk}" selected>Under 5 Ekonomi</option>' in page
    response = client.post(f"{PAGE}nytt/", {"nytt-title": "Kommentar", "nytt-parent": parent.pk})
    added = OutlineSection.objects.get(outline__doc_type=DOC, title="Kommentar")
    assert response["Location"] == f"{PAGE}{added.pk}/#redigera"
    assert added.parent_id == parent.pk
    assert list(parent.children.values_list("key", flat=True))[-1] == added.key
    confirm = client.get(f"{PAGE}{added.pk}/ta-bort/").content.decode()
    assert "Ta bort textavsnittet ”Kommentar”?" in confirm
    assert OutlineSection.objects.filter(pk=added.pk).exists()
    response = client.post(f"{PAGE}{added.pk}/ta-bort/", headers=HTMX)
    assert response.status_code == 200 and "”Kommentar” är borttaget" in response.content.decode()
    assert not OutlineSection.objects.filter(pk=added.pk).exists()


def test_reset_asks_first(clients: dict[str, Client]) -> None:
    before = state()
    response = clients["controller"].get(f"{PAGE}aterstall/", headers=HTMX)
    text = response.content.decode()
    assert response.status_code == 200 and "Återställa standarddispositionen?" in text
    assert state() == before


# Query count ------------------------------------------------------------------------------

PINNED = {"page": 9, "partial": 9}


def _count(client: Client, path: str, **headers: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path, headers=headers).status_code == 200
    return len(ctx.captured_queries)


def test_page_query_count_is_pinned_and_independent_of_the_sections(
    clients: dict[str, Client],
) -> None:
    client = clients["controller"]
    counts = {"page": _count(client, PAGE), "partial": _count(client, PAGE, HX_Request="true")}
    assert counts == PINNED
    outline = DocumentOutline.objects.get(doc_type=DOC, year=2021)
    parent = section("ekonomi")
    for i in range(6):
        services.outline_section_add(
            actor=SYSTEM, outline=outline, title=f"Extra {i}", parent=parent if i % 2 else None
        )
    assert _count(client, PAGE) == PINNED["page"]
    assert _count(clients["lasare"], PAGE) == PINNED["page"]
