"""The archive's pages as each role (and an outsider): list, generate (through the background
task), the job's progress, the download and the comparison; other boards' and years' documents
are 404, invalid forms 422 with Swedish errors, and the list's query count is pinned."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
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
from arshjul.reports import archive
from arshjul.reports.model import Cell, Column, Document, Row, Section, Table
from arshjul.reports.models import DocumentJob, StoredDocument
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

BASE = "/servicenamnden/2021/rapporter/arkiv/"
ROLES = ["admin", "controller", "rapportor-it", "lasare", "utomstaende"]
PLANNERS = {"admin", "controller"}
VB = {"doc_type": "verksamhetsberattelse", "period_key": "helar", "format": "html"}


@pytest.fixture
def clients(users: dict[str, Any]) -> dict[str, Client]:
    outsider = get_user_model().objects.create_user("utomstaende", password="x-y-z-123456")
    return {role: client_for(users.get(role, outsider)) for role in ROLES}


@pytest.fixture
def immediate_tasks(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def document(
    value: str = "1.5", *, doc_type: str = "verksamhetsberattelse", year: int = 2021
) -> Document:
    number = Decimal(value)
    table = Table(
        "tal",
        "Nyckeltal",
        [Column("v", "Värde")],
        [Row("a", "Antal ärenden", {"v": Cell(number, str(number).replace(".", ","))})],
    )
    return Document(
        type=doc_type,
        title="Verksamhetsberättelse",
        subtitle=f"Servicenämnden, Helår {year}",
        organisation="Region Örebro län",
        board="Servicenämnden",
        year=year,
        period="helar",
        sections=[Section("ekonomi", "Ekonomi", [table], number="1")],
    )


def stored(board: Board, value: str = "1.5", fmt: str = "pdf", **kwargs: Any) -> StoredDocument:
    return archive.document_store(
        actor=SYSTEM,
        board=board,
        document=document(value, **kwargs),
        format=fmt,
        content=b"%PDF-1.7 " + value.encode(),
        parameters={},
    )


def state() -> tuple[int, int, int]:
    return StoredDocument.objects.count(), DocumentJob.objects.count(), AuditEvent.objects.count()


# Every URL as every role ----------------------------------------------------------------------


def expected(role: str, *, planner_only: bool = False) -> int:
    if role == "utomstaende":
        return 404
    if planner_only and role not in PLANNERS:
        return 403
    return 200


@pytest.mark.parametrize("role", ROLES)
def test_every_page_as_every_role(role: str, clients: dict[str, Client], board: Board) -> None:
    client = clients[role]
    a, b = stored(board, "1.5"), stored(board, "2.5")
    job = DocumentJob.objects.create(
        organisation_id=board.organisation_id, board=board, year=2021, **VB
    )
    assert client.get(BASE).status_code == expected(role)
    assert client.get(f"{BASE}{a.pk}/").status_code == expected(role)
    assert client.get(f"{BASE}jamfor/").status_code == expected(role)
    assert client.get(f"{BASE}jamfor/?a={a.pk}&b={b.pk}").status_code == expected(role)
    assert client.get(f"{BASE}jobb/{job.pk}/").status_code == expected(role, planner_only=True)


@pytest.mark.parametrize("role", ROLES)
def test_only_planners_may_generate_and_a_refusal_writes_nothing(
    role: str,
    clients: dict[str, Client],
    immediate_tasks: None,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    before = state()
    with django_capture_on_commit_callbacks(execute=False):
        response = clients[role].post(f"{BASE}skapa/", VB)
    if role in PLANNERS:
        job = DocumentJob.objects.latest("pk")
        assert response.status_code == 302
        assert response["Location"] == f"{BASE}jobb/{job.pk}/"
    else:
        assert response.status_code == (404 if role == "utomstaende" else 403)
        assert state() == before


def test_the_generate_form_is_shown_to_planners_only(clients: dict[str, Client]) -> None:
    for role in ROLES[:-1]:
        page = clients[role].get(BASE).content.decode()
        assert ('action="/servicenamnden/2021/rapporter/arkiv/skapa/"' in page) == (
            role in PLANNERS
        )


def test_anonymous_is_sent_to_login(board: Board) -> None:
    a = stored(board)
    for path in (BASE, f"{BASE}{a.pk}/", f"{BASE}jamfor/", f"{BASE}skapa/"):
        response = Client().get(path)
        assert response.status_code == 302 and response["Location"].startswith("/logga-in/")


def test_reads_refuse_post_and_generate_refuses_get(
    clients: dict[str, Client], board: Board
) -> None:
    client = clients["controller"]
    a = stored(board)
    assert client.post(BASE).status_code == 405
    assert client.post(f"{BASE}{a.pk}/").status_code == 405
    assert client.get(f"{BASE}skapa/").status_code == 405


# Other boards, other years, unknown rows --------------------------------------------------------


def test_other_boards_and_years_documents_and_jobs_are_404(
    clients: dict[str, Client], board: Board
) -> None:
    other = org_services.board_create(
        actor=SYSTEM, organisation=board.organisation, slug="annan-namnd", name="Annan nämnd"
    )
    mine = stored(board)
    theirs = stored(other)
    other_year = stored(board, year=2024)
    job = DocumentJob.objects.create(
        organisation_id=other.organisation_id, board=other, year=2021, **VB
    )
    for role in ("controller", "lasare"):
        client = clients[role]
        for pk in (theirs.pk, other_year.pk, 999_999):
            assert client.get(f"{BASE}{pk}/").status_code == 404
            assert client.get(f"{BASE}jamfor/?a={mine.pk}&b={pk}").status_code == 404
            assert client.get(f"{BASE}jamfor/?a={pk}&b={mine.pk}").status_code == 404
        assert client.get(f"{BASE}jobb/{job.pk}/").status_code == 404
        assert client.get(f"{BASE}jobb/999999/").status_code == 404
    assert clients["controller"].get("/servicenamnden/1999/rapporter/arkiv/").status_code == 404
    assert clients["controller"].get("/annan-namnd/2021/rapporter/arkiv/").status_code == 404


# Forms: Swedish errors with 422 -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({**VB, "period_key": "delar1"}, "Verksamhetsberättelse görs för perioderna helar."),
        ({**VB, "period_key": ""}, "Välj en period för verksamhetsberättelse."),
        ({**VB, "format": "odt"}, "Välj ett giltigt alternativ"),
        ({**VB, "doc_type": "okand"}, "Välj ett giltigt alternativ"),
        ({"period_key": "helar"}, "Detta fält måste fyllas i."),
    ],
)
def test_an_invalid_request_re_renders_the_form_with_422(
    data: dict[str, str], message: str, clients: dict[str, Client]
) -> None:
    before = state()
    response = clients["controller"].post(f"{BASE}skapa/", data)
    assert response.status_code == 422
    page = response.content.decode()
    assert message in page and 'role="alert"' in page
    assert state() == before


def test_invalid_comparisons_are_422_with_swedish_errors(
    clients: dict[str, Client], board: Board
) -> None:
    client = clients["lasare"]
    a = stored(board)
    plan = stored(board, doc_type="verksamhetsplan")
    cases = {
        f"?a={a.pk}&b={a.pk}": "Välj två olika versioner.",
        f"?a={a.pk}&b={plan.pk}": "Välj två versioner av samma dokument och period.",
        f"?a=x&b={a.pk}": "Fyll i ett heltal.",
        f"?a={a.pk}": "Detta fält måste fyllas i.",
    }
    for query, message in cases.items():
        response = client.get(f"{BASE}jamfor/{query}")
        assert response.status_code == 422, query
        assert message in response.content.decode(), query


# Generation runs the task; the job page shows its progress ------------------------------------


def test_a_controller_generates_and_the_job_page_links_the_stored_file(
    clients: dict[str, Client],
    users: dict[str, Any],
    immediate_tasks: None,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    client = clients["controller"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{BASE}skapa/", VB)
    job = DocumentJob.objects.latest("pk")
    assert (job.state, job.progress, job.requested_by) == ("klar", 100, users["controller"])
    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert "<h1>Beställt dokument</h1>" in html
    assert "Verksamhetsberättelse 2021, helår (Webbsida (HTML))" in html
    assert f'href="{BASE}{job.result_id}/">Hämta dokumentet</a>' in html
    assert "hx-get" not in html  # done: no more polling
    listing = client.get(BASE).content.decode()
    assert "Verksamhetsberättelse, Servicenämnden, Helår 2021" in listing
    download = client.get(f"{BASE}{job.result_id}/")
    assert download["Content-Type"] == "text/html; charset=utf-8"
    assert download.content.startswith(b"<!DOCTYPE html>")


def test_a_running_job_is_polled_every_second_as_a_partial(
    clients: dict[str, Client], board: Board, users: dict[str, Any]
) -> None:
    job = DocumentJob.objects.create(
        organisation_id=board.organisation_id,
        board=board,
        year=2021,
        requested_by=users["controller"],
        state="pagar",
        progress=50,
        message="Ritar PDF",
        **VB,
    )
    url = f"{BASE}jobb/{job.pk}/"
    partial = clients["admin"].get(url, headers={"HX-Request": "true"}).content.decode()
    assert partial.lstrip().startswith('<section id="document-job"')
    assert f'hx-get="{url}" hx-trigger="every 1s"' in partial
    assert 'value="50"' in partial and "Pågår: Ritar PDF" in partial
    page = clients["admin"].get(url).content.decode()
    assert "<!DOCTYPE html>" in page and f'<a href="{url}">läs in sidan igen</a>' in page
    listing = clients["controller"].get(BASE).content.decode()
    assert "Pågående beställningar" in listing and "Pågår, 50 %" in listing


def test_a_failed_job_says_so(clients: dict[str, Client], board: Board) -> None:
    job = DocumentJob.objects.create(
        organisation_id=board.organisation_id,
        board=board,
        year=2021,
        state="misslyckad",
        progress=100,
        message="Verksamhetsberättelse görs för perioderna helar.",
        **VB,
    )
    html = clients["controller"].get(f"{BASE}jobb/{job.pk}/").content.decode()
    assert "Misslyckades: Verksamhetsberättelse görs för perioderna helar." in html
    assert "inget sparades" in html and "Hämta dokumentet" not in html


# Download -------------------------------------------------------------------------------------


def test_download_has_a_swedish_file_name_its_type_and_nosniff(
    clients: dict[str, Client], board: Board
) -> None:
    a = stored(board)
    response = clients["lasare"].get(f"{BASE}{a.pk}/")
    assert response.content == b"%PDF-1.7 1.5"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="verksamhetsberattelse-2021-helar.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    xlsx = stored(board, fmt="xlsx")
    response = clients["lasare"].get(f"{BASE}{xlsx.pk}/")
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )


# The list and the comparison ------------------------------------------------------------------


def test_the_list_shows_each_version_with_who_when_hash_and_size(
    clients: dict[str, Client], board: Board
) -> None:
    a = stored(board)
    html = clients["lasare"].get(BASE).content.decode()
    assert f'href="{BASE}{a.pk}/"' in html
    assert f'<code title="{a.content_hash}">{a.content_hash[:12]}</code>' in html
    assert "<td>Helår</td><td>PDF</td><td>system</td>" in html
    assert f'<td class="num">{a.size} byte</td>' in html
    assert 'action="/servicenamnden/2021/rapporter/arkiv/jamfor/"' not in html  # one version
    plan = stored(board, "9", doc_type="verksamhetsplan")
    newest = stored(board, "2.5")
    html = clients["lasare"].get(BASE).content.decode()
    assert 'action="/servicenamnden/2021/rapporter/arkiv/jamfor/"' in html
    # preselected: the newest as B, the one before it of the same document as A
    a_select, b_select = html.split('name="a"')[1], html.split('name="b"')[1]
    assert f'<option value="{a.pk}" selected>' in a_select.split("</select>")[0]
    assert f'<option value="{newest.pk}" selected>' in b_select.split("</select>")[0]
    assert f'value="{plan.pk}" selected' not in html


def test_the_comparison_lists_the_changed_cell_and_counts_per_kind(
    clients: dict[str, Client], board: Board
) -> None:
    a, b = stored(board, "1.5"), stored(board, "2.5")
    response = clients["lasare"].get(f"{BASE}jamfor/?a={a.pk}&b={b.pk}")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<th scope="row"><a href="#cell-h">Tabellceller</a></th><td class="num">1</td>' in html
    assert '<th scope="row">Avsnitt</th><td class="num">0</td>' in html
    assert (
        '<td>Ekonomi</td><td>Nyckeltal</td><th scope="row">Antal ärenden</th><td>Värde</td>'
        '<td>Ändrad</td><td class="num">1,5</td><td class="num">2,5</td>'
    ) in html
    same = clients["lasare"].get(f"{BASE}jamfor/?a={a.pk}&b={stored(board, '1.5').pk}")
    assert "Versionerna har samma innehåll" in same.content.decode()


def test_the_report_list_links_the_archive(clients: dict[str, Client]) -> None:
    html = clients["lasare"].get("/servicenamnden/2021/rapporter/").content.decode()
    assert f'href="{BASE}"' in html
    assert "verksamhetsberattelse/?period=delar1" not in html  # made for helår only


# Query count ----------------------------------------------------------------------------------


def list_queries(client: Client) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(BASE).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(("role", "pinned"), [("controller", 9), ("lasare", 8)])
def test_the_list_runs_a_fixed_number_of_queries(
    role: str, pinned: int, clients: dict[str, Client], board: Board
) -> None:
    stored(board)
    DocumentJob.objects.create(organisation_id=board.organisation_id, board=board, year=2021, **VB)
    assert list_queries(clients[role]) == pinned
    for value in ("2", "3", "4", "5"):
        stored(board, value)
        DocumentJob.objects.create(
            organisation_id=board.organisation_id, board=board, year=2021, **VB
        )
    assert list_queries(clients[role]) == pinned


@pytest.mark.parametrize(
    "path",
    [
        "99999999999999999999/",
        "jobb/99999999999999999999/",
        "jamfor/?a=99999999999999999999&b=1",
    ],
)
def test_numbers_beyond_any_row_are_404_not_500(path: str, clients: dict[str, Client]) -> None:
    assert clients["controller"].get(BASE + path).status_code == 404


def test_malformed_input_gives_form_errors_not_500(clients: dict[str, Client]) -> None:
    client = clients["controller"]
    for query in ("?a=1&b=%00", "?a=-1&b=1", "?a=" + "9" * 5000):
        assert client.get(f"{BASE}jamfor/{query}").status_code == 422, query
    for data in (
        {**VB, "period_key": "\x00"},
        {**VB, "format": "x" * 5000},
        {"doc_type": ["a", "b"]},
    ):
        assert client.post(f"{BASE}skapa/", data).status_code == 422, data
