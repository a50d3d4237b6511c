"""Importing SIE ledgers: all or nothing, refusals with file and line, the database unchanged
after a refusal (row counts and audit log), the web upload as a background task, and the
ledger page computed in the database with a fixed number of queries."""

from __future__ import annotations

from collections.abc import Callable
from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arshjul.audit.models import AuditEvent
from arshjul.finance.models import LedgerAccount, LedgerImport, LedgerTransaction, LedgerUpload
from tests.conftest import client_for, demo_user

pytestmark = pytest.mark.django_db

VALID = """#FLAGGA 0
#PROGRAM "Testprogram" 1.0
#FORMAT PC8
#GEN 20220110
#SIETYP 4
#FNAMN "Testbolaget AB"
#ORGNR 556677-8899
#RAR 0 20210101 20211231
#KONTO 1930 "Bank"
#KONTO 3010 "Försäljning"
#KONTO 5010 "Lokalhyra"
#KONTO 7010 "Löner"
#IB 0 1930 1000.00
#UB 0 1930 1300.00
#RES 0 3010 -2000.00
#RES 0 5010 500.00
#RES 0 7010 1200.00
#VER A 1 20210115 "Försäljning"
{
#TRANS 1930 {} 2000.00
#TRANS 3010 {} -2000.00
}
#VER A 2 20210131 "Hyra"
{
#TRANS 5010 {} 500.00
#TRANS 1930 {} -500.00
}
#VER A 3 20210225 "Lön"
{
#TRANS 7010 {1 "10"} 1200.00
#TRANS 1930 {} -1200.00
}
"""

# (what is wrong, line to replace (1-based) or None to append, new text, line in the message)
MALFORMED: list[tuple[str, int | None, str, int]] = [
    ("unterminated quote", 6, '#FNAMN "Testbolaget AB', 6),
    ("impossible date", 18, '#VER A 1 20210230 "Försäljning"', 18),
    ("ISO date", 18, '#VER A 1 2021-01-15 "Försäljning"', 18),
    ("decimal comma", 20, "#TRANS 1930 {} 2000,00", 20),
    ("plus sign", 20, "#TRANS 1930 {} +2000.00", 20),
    ("three decimals", 20, "#TRANS 1930 {} 2000.001", 20),
    ("letters as amount", 20, "#TRANS 1930 {} tusen", 20),
    ("non-numeric account", 21, "#TRANS 30A0 {} -2000.00", 21),
    ("missing amount", 21, "#TRANS 3010 {}", 21),
    ("unbalanced voucher", 21, "#TRANS 3010 {} -1998.00", 18),
    ("transaction outside a voucher", None, "#TRANS 1930 {} 5.00", 33),
    ("voucher never closed", 32, "#TRANS 1930 {} 0.00", 29),
    ("bad fiscal year date", 8, "#RAR 0 20210101 20211331", 8),
    ("control character in a string", 9, '#KONTO 1930 "Ba\x01nk"', 9),
    ("bad period in #PSALDO", None, "#PSALDO 0 202113 3010 {} -2000.00", 33),
    ("damaged encoding", 10, '#KONTO 3010 "F\ufffdrs\ufffdljning"', 10),
    ("checksum announced but missing", 2, '#KSUMMA\n#PROGRAM "Testprogram" 1.0', 0),
]


def mutate(line_no: int | None, text: str) -> bytes:
    lines = VALID.rstrip("\n").split("\n")
    if line_no is None:
        lines.append(text)
    else:
        lines[line_no - 1] = text
    encoding = "utf-8" if "\ufffd" in text else "cp437"
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def state() -> tuple[int, ...]:
    return (
        LedgerImport.objects.count(),
        LedgerAccount.objects.count(),
        LedgerTransaction.objects.count(),
        AuditEvent.objects.count(),
    )


def sie_import(tmp_path: Any, name: str, data: bytes, *extra: str) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    out = StringIO()
    call_command(
        "sie", "import", str(path), "--organisation", "region-orebro-lan", *extra, stdout=out
    )
    return out.getvalue()


def test_a_valid_file_is_imported_with_balances_and_transactions(tmp_path: Any) -> None:
    before = state()
    output = sie_import(tmp_path, "giltig.se", VALID.encode("cp437"))
    assert "3 verifikationer, 6 transaktioner" in output
    ledger = LedgerImport.objects.get(file_name="giltig.se")
    assert (ledger.company, ledger.sie_type, str(ledger.year_start)) == (
        "Testbolaget AB",
        4,
        "2021-01-01",
    )
    assert state() == (before[0] + 1, before[1] + 4, before[2] + 6, before[3] + 1)
    assert LedgerAccount.objects.get(ledger=ledger, number="1930").ub == 130000
    centres = set(
        LedgerTransaction.objects.filter(ledger=ledger).values_list("cost_centre", flat=True)
    )
    assert centres == {"", "10"}


@pytest.mark.parametrize(
    ("what", "line_no", "text", "line"), MALFORMED, ids=[m[0] for m in MALFORMED]
)
def test_a_malformed_file_is_refused_with_its_line_and_nothing_is_written(
    tmp_path: Any, what: str, line_no: int | None, text: str, line: int
) -> None:
    before = state()
    with pytest.raises(CommandError) as refused:
        sie_import(tmp_path, "trasig.se", mutate(line_no, text))
    message = str(refused.value)
    assert message.startswith("trasig.se")
    if line:
        assert f"rad {line}" in message, message
    assert state() == before


def test_the_same_file_twice_is_refused(tmp_path: Any) -> None:
    sie_import(tmp_path, "forsta.se", VALID.encode("cp437"))
    before = state()
    with pytest.raises(CommandError, match="redan importerad"):
        sie_import(tmp_path, "andra.se", VALID.encode("cp437"))
    assert state() == before


def test_an_unknown_organisation_or_chart_is_refused(tmp_path: Any) -> None:
    path = tmp_path / "giltig.se"
    path.write_bytes(VALID.encode("cp437"))
    with pytest.raises(CommandError, match="organisation"):
        call_command("sie", "import", str(path), "--organisation", "finns-inte")
    with pytest.raises(CommandError, match="Kontoplanen"):
        sie_import(tmp_path, "giltig.se", VALID.encode("cp437"), "--kontoplan", "ingen")


def test_inspect_prints_the_file_without_touching_the_database(tmp_path: Any) -> None:
    import json

    path = tmp_path / "giltig.se"
    path.write_bytes(VALID.encode("cp437"))
    before = state()
    out = StringIO()
    call_command("sie", "inspect", str(path), "--format", "json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["company"] == "Testbolaget AB"
    assert report["accounts"]["1930"] == {
        "name": "Bank",
        "ib": "1000.00",
        "ub": "1300.00",
        "res": None,
        "trans_sum": "300.00",
    }
    assert report["checksum"] == "absent"
    assert state() == before


@pytest.fixture
def immediate_tasks(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def upload(client: Any, name: str, data: bytes) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(
        "/servicenamnden/ekonomi/huvudbocker/ladda-upp/",
        {"file": SimpleUploadedFile(name, data)},
        HTTP_HX_REQUEST="true",
    )


def test_an_upload_is_imported_by_the_background_task_and_reports_progress(
    immediate_tasks: None, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    client = client_for(demo_user("controller"))
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, "webb.se", VALID.encode("cp437"))
    assert response.status_code == 202
    done = LedgerUpload.objects.get(file_name="webb.se")
    assert (done.state, done.progress, done.ledger is not None) == ("klar", 100, True)
    page = client.get(f"/servicenamnden/ekonomi/huvudbocker/uppladdning/{done.pk}/")
    assert "Visa huvudboken" in page.content.decode()
    assert done.ledger.board.slug == "servicenamnden"


def test_a_refused_upload_says_why_and_writes_no_ledger(
    immediate_tasks: None, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    client = client_for(demo_user("controller"))
    before = LedgerImport.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, "fel.se", mutate(20, "#TRANS 1930 {} 2000,00"))
    failed = LedgerUpload.objects.get(file_name="fel.se")
    assert failed.state == "misslyckad" and "fel.se, rad 20" in failed.message
    assert LedgerImport.objects.count() == before


@pytest.mark.parametrize(
    ("user", "status"),
    [("controller", 202), ("admin", 202), ("rapportor-it", 403), ("lasare", 403)],
)
def test_only_planners_may_upload(user: str, status: int, immediate_tasks: None) -> None:
    assert (
        upload(client_for(demo_user(user)), "roll.se", VALID.encode("cp437")).status_code == status
    )


def ledger_page_queries(client: Any, pk: int) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/servicenamnden/ekonomi/huvudbocker/{pk}/")
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode()


def test_the_ledger_page_computes_the_result_in_the_database_with_fixed_queries(
    tmp_path: Any,
) -> None:
    small = VALID.encode("cp437")
    vouchers = "".join(
        f'#VER B {n} 20210301 "Extra"\n{{\n#TRANS 5010 {{}} 10.00\n#TRANS 1930 {{}} -10.00\n}}\n'
        for n in range(1, 201)
    )
    large = (VALID.replace("#UB 0 1930 1300.00", "#UB 0 1930 -700.00") + vouchers).encode("cp437")
    sie_import(tmp_path, "liten.se", small, "--board", "servicenamnden")
    sie_import(tmp_path, "stor.se", large, "--board", "servicenamnden")
    client = client_for(demo_user("controller"))
    client.get("/servicenamnden/ekonomi/huvudbocker/")
    small_count, html = ledger_page_queries(
        client, LedgerImport.objects.get(file_name="liten.se").pk
    )
    large_count, large_html = ledger_page_queries(
        client, LedgerImport.objects.get(file_name="stor.se").pk
    )
    assert small_count == large_count
    assert "Filens saldon stämmer" in html
    assert "5010" in large_html and "saldo avviker" in large_html  # RES 500 vs 2 500 from the rows
