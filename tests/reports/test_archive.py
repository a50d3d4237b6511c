"""Stored documents as reported: the store (hash, size, snapshot, one audit event without the
file), immutability, refused actors writing nothing, generation with its progress, the
background job and its task, the selectors, and comparing two real demo versions."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from arshjul.audit.models import AuditEvent
from arshjul.finance.models import FinanceVersion
from arshjul.finance.services import EntryInput, financial_entries_add
from arshjul.followup.models import Assessment
from arshjul.followup.services import assessment_save
from arshjul.organisations import services as org_services
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board, Unit
from arshjul.reports import archive
from arshjul.reports.compare import compare
from arshjul.reports.model import Cell, Column, Document, Row, Section, Table
from arshjul.reports.models import DocumentJob, StoredDocument
from arshjul.reports.renderers.json import to_data
from arshjul.reports.services import RENDERERS
from arshjul.reports.tasks import generate_document

pytestmark = pytest.mark.django_db

VB = {"doc_type": "verksamhetsberattelse", "year": 2021, "period_key": "helar"}


def small_document() -> Document:
    table = Table(
        "tal",
        "Tal",
        [Column("v", "Värde")],
        [Row("a", "A", {"v": Cell(Decimal("1.5"), "1,5")})],
    )
    return Document(
        type="verksamhetsberattelse",
        title="Verksamhetsberättelse",
        subtitle="Servicenämnden, Helår 2021",
        organisation="Region Örebro län",
        board="Servicenämnden",
        year=2021,
        period="helar",
        sections=[Section("ekonomi", "Ekonomi", [table], number="1")],
    )


def store(actor: Any, board: Board, content: bytes = b"%PDF-1.7 test") -> StoredDocument:
    return archive.document_store(
        actor=actor,
        board=board,
        document=small_document(),
        format="pdf",
        content=content,
        parameters={"period": "helar"},
    )


def state() -> tuple[int, int, int]:
    return StoredDocument.objects.count(), DocumentJob.objects.count(), AuditEvent.objects.count()


@pytest.fixture
def immediate_tasks(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


# The store ----------------------------------------------------------------------------------


def test_store_keeps_the_file_its_hash_size_and_the_document_as_data(
    board: Board, users: dict[str, Any]
) -> None:
    content = b"%PDF-1.7 Verksamhetsber\xc3\xa4ttelse"
    stored = store(users["controller"], board, content)
    row = StoredDocument.objects.get(pk=stored.pk)
    assert bytes(row.content) == content
    assert row.content_hash == hashlib.sha256(content).hexdigest()
    assert row.size == len(content) == 31
    assert row.snapshot == to_data(small_document())
    assert (row.doc_type, row.year, row.period_key, row.format) == (
        "verksamhetsberattelse",
        2021,
        "helar",
        "pdf",
    )
    assert row.title == "Verksamhetsberättelse, Servicenämnden, Helår 2021"
    assert (row.created_by, row.created_by_name) == (users["controller"], "Carl Controller")
    assert row.organisation_id == board.organisation_id
    assert row.parameters == {"period": "helar"}


def test_store_writes_one_audit_event_without_the_file_or_snapshot(
    board: Board, users: dict[str, Any]
) -> None:
    before = AuditEvent.objects.count()
    stored = store(users["admin"], board)
    assert AuditEvent.objects.count() == before + 1
    event = AuditEvent.objects.latest("pk")
    assert (event.action, event.object_id, event.actor) == (
        "reports.document.store",
        str(stored.pk),
        users["admin"],
    )
    assert "content" not in event.after and "snapshot" not in event.after
    assert event.after["content_hash"] == stored.content_hash
    assert event.after["size"] == stored.size
    assert "%PDF" not in json.dumps(event.after)


def test_the_system_actor_may_store(board: Board) -> None:
    stored = store(SYSTEM, board)
    assert (stored.created_by, stored.created_by_name) == (None, "system")


@pytest.mark.parametrize("role", ["lasare", "rapportor-it", "rapportor-fastigheter"])
def test_a_refused_actor_stores_nothing_and_logs_nothing(
    role: str, board: Board, users: dict[str, Any]
) -> None:
    before = state()
    with pytest.raises(PermissionDenied):
        store(users[role], board)
    assert state() == before


def test_an_unknown_format_is_refused(board: Board) -> None:
    before = state()
    with pytest.raises(ValidationError) as refused:
        archive.document_store(
            actor=SYSTEM,
            board=board,
            document=small_document(),
            format="odt",
            content=b"x",
            parameters={},
        )
    assert refused.value.message_dict == {"format": ["Formatet ”odt” finns inte."]}
    assert state() == before


# Immutability ---------------------------------------------------------------------------------


def test_a_stored_document_is_never_changed_or_deleted(board: Board) -> None:
    stored = store(SYSTEM, board)
    stored.title = "Ändrad"
    with pytest.raises(TypeError, match="ändras aldrig"):
        stored.save()
    with pytest.raises(TypeError, match="ändras aldrig"):
        StoredDocument.objects.filter(pk=stored.pk).update(title="Ändrad")
    with pytest.raises(TypeError, match="tas aldrig bort"):
        stored.delete()
    row = StoredDocument.objects.get(pk=stored.pk)
    assert row.title == "Verksamhetsberättelse, Servicenämnden, Helår 2021"
    assert hashlib.sha256(bytes(row.content)).hexdigest() == row.content_hash


# Generation -----------------------------------------------------------------------------------


def test_generate_builds_renders_and_stores_with_progress(
    board: Board, users: dict[str, Any]
) -> None:
    steps: list[tuple[int, str]] = []
    stored = archive.document_generate(
        actor=users["controller"],
        board=board,
        format="json",
        progress=lambda percent, message: steps.append((percent, message)),
        **VB,
    )
    assert steps == [
        (10, "Bygger dokumentet"),
        (50, "Ritar Data (JSON)"),
        (90, "Sparar i arkivet"),
    ]
    content = bytes(StoredDocument.objects.get(pk=stored.pk).content)
    assert json.loads(content) == stored.snapshot
    assert stored.snapshot["subtitle"] == "Servicenämnden, Helår 2021"
    assert stored.content_hash == hashlib.sha256(content).hexdigest()
    assert stored.parameters == {
        "board": "servicenamnden",
        "doc_type": "verksamhetsberattelse",
        "year": 2021,
        "period": "helar",
        "format": "json",
    }


def test_generate_html_stores_the_html_renderers_file(board: Board) -> None:
    stored = archive.document_generate(actor=SYSTEM, board=board, format="html", **VB)
    content = bytes(StoredDocument.objects.get(pk=stored.pk).content)
    assert content.startswith(b"<!DOCTYPE html>")
    assert "Verksamhetsberättelse".encode() in content
    assert stored.format == "html" and stored.size == len(content)


@pytest.mark.parametrize(
    ("request_", "errors"),
    [
        (
            {"doc_type": "okand", "year": 2021, "period_key": "helar", "format": "json"},
            {"doc_type": ["Dokumenttypen ”okand” finns inte."]},
        ),
        (
            {**VB, "period_key": "delar1", "format": "json"},
            {"period_key": ["Verksamhetsberättelse görs för perioderna helar."]},
        ),
        (
            {**VB, "period_key": "", "format": "json"},
            {"period_key": ["Välj en period för verksamhetsberättelse."]},
        ),
        (
            {**VB, "period_key": "kvartal", "format": "json"},
            {"period_key": ["Perioden ”kvartal” finns inte år 2021."]},
        ),
        ({**VB, "format": "rtf"}, {"format": ["Formatet ”rtf” finns inte."]}),
    ],
)
def test_generate_refuses_what_cannot_be_made_and_stores_nothing(
    board: Board, request_: dict[str, Any], errors: dict[str, list[str]]
) -> None:
    before = state()
    with pytest.raises(ValidationError) as refused:
        archive.document_generate(actor=SYSTEM, board=board, **request_)
    assert refused.value.message_dict == errors
    assert state() == before


def test_generate_refuses_a_reader_before_building(board: Board, users: dict[str, Any]) -> None:
    steps: list[int] = []
    with pytest.raises(PermissionDenied):
        archive.document_generate(
            actor=users["lasare"],
            board=board,
            format="json",
            progress=lambda p, m: steps.append(p),
            **VB,
        )
    assert steps == []


# The background job ---------------------------------------------------------------------------


def test_a_job_is_audited_queued_after_commit_and_run_by_the_task(
    board: Board,
    users: dict[str, Any],
    immediate_tasks: None,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    before = AuditEvent.objects.count()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        job = archive.document_job_request(
            actor=users["controller"], board=board, format="html", **VB
        )
    assert len(callbacks) == 1
    job.refresh_from_db()
    assert (job.state, job.progress, job.result_id) == ("koad", 0, None)
    event = AuditEvent.objects.filter(action="reports.document_job.request").latest("pk")
    assert event.after == {
        "doc_type": "verksamhetsberattelse",
        "year": 2021,
        "period": "helar",
        "format": "html",
    }
    with django_capture_on_commit_callbacks(execute=True):
        callbacks[0]()  # the commit: the immediate backend runs the task
    job.refresh_from_db()
    assert (job.state, job.progress) == ("klar", 100)
    assert job.result is not None and job.result.format == "html"
    assert job.message == f"Webbsida (HTML), {archive_size(job.result)} byte, sparad i arkivet."
    assert job.result.created_by == users["controller"]
    assert AuditEvent.objects.count() == before + 2  # the request and the store


def archive_size(stored: StoredDocument) -> str:
    return f"{stored.size:,}".replace(",", "\u00a0")


@pytest.mark.parametrize("role", ["lasare", "rapportor-it"])
def test_a_refused_job_request_writes_nothing(
    role: str, board: Board, users: dict[str, Any]
) -> None:
    before = state()
    with pytest.raises(PermissionDenied):
        archive.document_job_request(actor=users[role], board=board, format="json", **VB)
    assert state() == before


def test_an_invalid_job_request_writes_nothing(board: Board, users: dict[str, Any]) -> None:
    before = state()
    with pytest.raises(ValidationError):
        archive.document_job_request(
            actor=users["controller"], board=board, format="json", **{**VB, "period_key": "delar2"}
        )
    assert state() == before


def new_job(board: Board, user: Any, **fields: Any) -> DocumentJob:
    values = {"doc_type": "verksamhetsberattelse", "year": 2021, "period_key": "helar"}
    values |= {"format": "json"} | fields
    return DocumentJob.objects.create(
        organisation_id=board.organisation_id, board=board, requested_by=user, **values
    )


def test_the_task_fails_an_impossible_job_with_the_swedish_reason(
    board: Board, users: dict[str, Any]
) -> None:
    job = new_job(board, users["controller"], period_key="delar1")
    assert generate_document.call(job.pk) is None
    job.refresh_from_db()
    assert (job.state, job.progress, job.result_id) == ("misslyckad", 100, None)
    assert job.message == "Verksamhetsberättelse görs för perioderna helar."


def test_the_task_runs_as_the_requester_whose_rights_are_checked_again(
    board: Board, users: dict[str, Any]
) -> None:
    before = StoredDocument.objects.count()
    job = new_job(board, users["lasare"])
    assert generate_document.call(job.pk) is None
    job.refresh_from_db()
    assert (job.state, job.message) == ("misslyckad", archive.REFUSED)
    assert StoredDocument.objects.count() == before


def test_an_unexpected_error_fails_the_job_and_is_raised(
    board: Board, users: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(document: Document) -> bytes:
        raise RuntimeError("renderer broke")

    monkeypatch.setitem(RENDERERS, "json", broken)
    job = new_job(board, users["controller"])
    before = StoredDocument.objects.count()
    with pytest.raises(RuntimeError, match="renderer broke"):
        generate_document.call(job.pk)
    job.refresh_from_db()
    assert job.state == "misslyckad"
    assert job.message == (
        "Ett oväntat fel stoppade arbetet; inget dokument sparades. Felet är loggat."
    )
    assert StoredDocument.objects.count() == before


# Selectors ------------------------------------------------------------------------------------


@pytest.fixture
def other_board(board: Board) -> Board:
    return org_services.board_create(
        actor=SYSTEM, organisation=board.organisation, slug="annan-namnd", name="Annan nämnd"
    )


def test_selectors_scope_to_the_board_and_leave_the_file_unloaded(
    board: Board, other_board: Board
) -> None:
    mine = store(SYSTEM, board)
    theirs = store(SYSTEM, other_board)
    listed = list(archive.stored_documents(board=board, year=2021))
    assert [d.pk for d in listed] == [mine.pk]
    assert {"content", "snapshot"} <= listed[0].get_deferred_fields()
    assert list(archive.stored_documents(board=board, year=2024)) == []
    assert list(archive.stored_documents(board=board, doc_type="verksamhetsplan")) == []
    assert archive.stored_document(board, theirs.pk) is None
    found = archive.stored_document(board, mine.pk, content=False)
    assert found is not None and found.get_deferred_fields() == {"content"}


def test_the_newest_version_is_listed_first(board: Board) -> None:
    first, second = store(SYSTEM, board, b"1"), store(SYSTEM, board, b"2")
    assert [d.pk for d in archive.stored_documents(board=board)] == [second.pk, first.pk]


def test_file_names_are_swedish_without_spaces(board: Board) -> None:
    assert archive.stored_file_name(store(SYSTEM, board)) == "verksamhetsberattelse-2021-helar.pdf"


# Comparing two real versions -------------------------------------------------------------------


def vb_json(board: Board) -> StoredDocument:
    stored = archive.document_generate(actor=SYSTEM, board=board, format="json", **VB)
    return StoredDocument.objects.get(pk=stored.pk)


def test_two_versions_without_changes_in_between_compare_equal(board: Board) -> None:
    first, second = vb_json(board), vb_json(board)
    assert first.content_hash == second.content_hash
    assert compare(first, second).changes == []


def test_a_changed_assessment_shows_itself_and_the_summary_it_feeds(board: Board) -> None:
    before = vb_json(board)
    assessment = Assessment.objects.get(
        item__key="mal_ratt_saker", item__plan_year__year=2021, period__key="helar"
    )
    assert assessment.fulfilment == "mindre_avvikelse"
    fields = ("trend", "comment", "outcome", "outcome_women", "outcome_men", "value_missing")
    with transaction.atomic():
        assessment_save(
            actor=SYSTEM,
            item=assessment.item,
            period=assessment.period,
            fulfilment="uppnatt",
            status_override=assessment.status_override,
            override_reason=assessment.override_reason,
            **{name: getattr(assessment, name) for name in fields},
        )
    after = vb_json(board)
    found = [(c.kind, c.how, c.key, c.old, c.new) for c in compare(before, after).changes]
    assert found == [
        ("cell", "changed", "maluppfyllelse/namndmal/uppnatt", "4", "5"),
        ("cell", "changed", "maluppfyllelse/namndmal/mindre_avvikelse", "3", "2"),
        (
            "status",
            "changed",
            "s_kvalitet/mal_ratt_saker/fulfilment",
            "◆ Mindre avvikelse",
            "● Uppnått",
        ),
    ]
    change = compare(before, after).changes[2]
    assert change.path == (
        "Nämndens mål, strategier och uppdrag",
        "Perspektiv: Process",
        "Strategi: Kvalitet och utveckling",
    )
    assert change.row == "Mål Vi gör rätt saker på rätt sätt för att klara framtida utmaningar."


def test_a_new_cost_entry_changes_its_line_the_sums_below_and_the_units_deviation(
    board: Board,
) -> None:
    before = vb_json(board)
    outcome = FinanceVersion.objects.get(board=board, year=2021, kind="utfall")
    it = Unit.objects.get(board=board, key="it")
    entry = EntryInput(amount=Decimal("-100000"), unit=it, line="personalkostnader")
    financial_entries_add(actor=SYSTEM, version=outcome, entries=[entry])
    comparison = compare(before, vb_json(board))
    cells = [(c.key, c.old, c.new) for c in comparison.of_kind("cell")]
    lines = ("personalkostnader", "summa_kostnader", "verksamhetens_nettokostnad", "resultat")
    expected = [
        (f"resultatrapport/{line}/{column}", old, new)
        for line, figures in zip(
            lines,
            [
                ("−576,3", "6,6", "−33,5", "−576,4", "6,5", "−33,6"),
                ("−1\u00a0907,7", "33,5", "−149,8", "−1\u00a0907,8", "33,4", "−149,9"),
                ("151,4", "34,3", "−80,7", "151,3", "34,2", "−80,8"),
                ("−13,6", "33,5", "19,6", "−13,7", "33,4", "19,5"),
            ],
            strict=True,
        )
        for column, old, new in zip(
            ("utfall", "budgetavvikelse", "utfallsavvikelse"), figures[:3], figures[3:], strict=True
        )
    ]
    expected += [
        ("driftredovisning/omrade_it/budgetavvikelse", "2,2", "2,1"),
        ("driftredovisning/omrade_it/relation", "0,6", "0,6"),  # the value moved, not its text
        ("driftredovisning/resultat/budgetavvikelse", "33,5", "33,4"),
        ("driftredovisning/resultat/relation", "1,6", "1,6"),
    ]
    assert cells == expected
    assert comparison.counts == {"section": 0, "cell": 16, "status": 0, "discrepancy": 12}
    # the seed printed the old figures: every changed printed cell now disagrees with it
    added = {c.key for c in comparison.of_kind("discrepancy") if c.how == "added"}
    assert len(added) == 12 and added <= {key for key, _, _ in expected}
