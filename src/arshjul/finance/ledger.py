"""Importing a SIE file into the ledger: all or nothing, in one transaction.

The file is read strictly (``finance.sie.read_sie(strict=True)``): a malformed line, an
unterminated quote, a bad date or amount, an unbalanced voucher, a damaged encoding or a
#KSUMMA mismatch refuses the whole file with a Swedish message naming file and line, and nothing
is written. A file already imported (same SHA-256 in the organisation) is refused too.

Transactions are written in bulk: PostgreSQL's COPY, SQLite's executemany, in chunks, so a
million rows load in seconds; the file's own balances (#IB/#UB/#RES) are kept per account as
the published figures the ledger page reconciles against.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

from django.db import connection, transaction

from arshjul.audit.services import audit_record, snapshot
from arshjul.finance.models import (
    AccountPlan,
    LedgerAccount,
    LedgerImport,
    LedgerTransaction,
    LedgerUpload,
)
from arshjul.finance.sie import SieError, SieFile, read_sie
from arshjul.organisations import access
from arshjul.organisations.models import Board, Organisation

Progress = Callable[[int, str], None]
CHUNK = 50_000


class LedgerImportError(ValueError):
    """A refusal that is not the file's syntax (already imported, no fiscal year …)."""

    def __init__(self, message: str, *, file_name: str, line: int | None = None) -> None:
        self.message, self.file_name, self.line = message, file_name, line
        where = f"{file_name}, rad {line}" if line else file_name
        super().__init__(f"{where}: {message}")


def _quiet(percent: int, message: str) -> None:
    return None


def ledger_import(
    *,
    actor: Any,
    organisation: Organisation,
    file_name: str,
    data: bytes,
    board: Board | None = None,
    plan_key: str | None = None,
    progress: Progress = _quiet,
) -> LedgerImport:
    """Read, check and store one SIE file. Raises ``SieError`` or ``LedgerImportError``."""
    access.require(access.can_import_ledger(actor, organisation.pk))
    if board is not None:
        access.require(board.organisation_id == organisation.pk and access.can_plan(actor, board))
    digest = hashlib.sha256(data).hexdigest()
    _refuse_duplicate(organisation, digest, file_name)
    plan = _plan(organisation, plan_key, file_name)
    progress(10, "Läser och kontrollerar filen")
    sie = read_sie(data, file_name=file_name, strict=True)
    _refuse_unusable(sie)
    progress(50, f"Skriver {len(sie.transactions):,} transaktioner".replace(",", " "))
    with transaction.atomic():
        ledger = _create_ledger(actor, organisation, board, plan, sie, digest)
        _write_accounts(ledger, sie)
        _write_transactions(ledger, sie, progress)
        audit_record(
            actor=actor,
            action="finance.ledger.import",
            obj=ledger,
            organisation_id=organisation.pk,
            after=snapshot(ledger),
        )
    progress(100, "Klar")
    return ledger


def _refuse_duplicate(organisation: Organisation, digest: str, file_name: str) -> None:
    earlier = LedgerImport.objects.filter(organisation=organisation, sha256=digest).first()
    if earlier is not None:
        when = earlier.imported_at.strftime("%Y-%m-%d %H:%M")
        raise LedgerImportError(
            f"Filen är redan importerad (som {earlier.file_name} {when}).", file_name=file_name
        )


def _plan(organisation: Organisation, key: str | None, file_name: str) -> AccountPlan:
    plans = AccountPlan.objects.filter(organisation=organisation)
    plan = plans.filter(key=key).first() if key else plans.filter(kind="bas").first()
    if plan is None:
        names = ", ".join(plans.values_list("key", flat=True)) or "inga"
        raise LedgerImportError(
            f"Kontoplanen ”{key or 'bas'}” finns inte (finns: {names}).", file_name=file_name
        )
    return plan


def _refuse_unusable(sie: SieFile) -> None:
    if sie.is_import_file and sie.flag == 1:
        raise LedgerImportError(
            "Filen är markerad som redan inläst (#FLAGGA 1).", file_name=sie.file_name, line=1
        )
    year = next((y for y in sie.fiscal_years if y.index == 0), None)
    dated = year is not None and year.start is not None and year.end is not None
    # A 4I file carries vouchers for a year the receiving system already has, so a #RAR 0
    # without dates (BL Administration writes one) is taken from the vouchers' own dates.
    # Every other file must say which year its balances belong to.
    if year is not None and not dated and not (sie.is_import_file and sie.transactions):
        raise LedgerImportError(
            "Räkenskapsåret (#RAR 0) saknar start- eller slutdatum.", file_name=sie.file_name
        )
    if year is None and not sie.transactions:
        raise LedgerImportError(
            "Filen har varken räkenskapsår (#RAR 0) eller verifikationer.", file_name=sie.file_name
        )


def _fiscal_year(sie: SieFile) -> tuple[dt.date | None, dt.date | None]:
    year = next((y for y in sie.fiscal_years if y.index == 0), None)
    if year is not None and year.start is not None and year.end is not None:
        return year.start, year.end
    dates = sie.transactions.date
    return (min(dates), max(dates)) if dates else (None, None)


def _create_ledger(
    actor: Any,
    organisation: Organisation,
    board: Board | None,
    plan: AccountPlan,
    sie: SieFile,
    digest: str,
) -> LedgerImport:
    start, end = _fiscal_year(sie)
    return LedgerImport.objects.create(
        organisation=organisation,
        board=board,
        plan=plan,
        file_name=sie.file_name[:255],
        sha256=digest,
        program=" ".join(p for p in (sie.program, sie.program_version) if p)[:200],
        sie_type=sie.sie_type,
        encoding=sie.encoding,
        company=(sie.company or "")[:200],
        org_number=(sie.org_number or "")[:20],
        year_start=start,
        year_end=end,
        vouchers=len(sie.vouchers),
        transactions=len(sie.transactions),
        imported_by=actor if getattr(actor, "pk", None) else None,
    )


def _write_accounts(ledger: LedgerImport, sie: SieFile) -> None:
    numbers = set(sie.accounts) | set(sie.transactions.account)
    numbers |= {account for (year, account) in (*sie.ib, *sie.ub, *sie.res) if year == 0}
    LedgerAccount.objects.bulk_create(
        LedgerAccount(
            organisation_id=ledger.organisation_id,
            ledger=ledger,
            number=number,
            name=(sie.accounts[number].name if number in sie.accounts else "")[:200],
            account_type=(sie.accounts[number].ktyp or "") if number in sie.accounts else "",
            ib=sie.ib.get((0, number)),
            ub=sie.ub.get((0, number)),
            res=sie.res.get((0, number)),
        )
        for number in sorted(numbers)
    )


def _rows(ledger: LedgerImport, sie: SieFile) -> Iterator[tuple[Any, ...]]:
    org, pk = ledger.organisation_id, ledger.pk
    iso: dict[dt.date, tuple[str, int]] = {}
    for _voucher, account, amount, date, cost_centre in sie.transactions.rows():
        day = iso.get(date)
        if day is None:
            day = iso[date] = (date.isoformat(), date.year * 100 + date.month)
        yield org, pk, account, day[0], day[1], amount, cost_centre or ""


COLUMNS = "organisation_id, ledger_id, account, date, period, amount_ore, cost_centre"


def _write_transactions(ledger: LedgerImport, sie: SieFile, progress: Progress) -> None:
    """Bulk insert. No progress is reported while rows are written: the connection is busy
    with the COPY, and the open transaction would hide the progress from other readers."""
    table = LedgerTransaction._meta.db_table
    if connection.vendor == "postgresql":
        _copy(table, ledger, sie)
        return
    sql = f"INSERT INTO {table} ({COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s)"
    rows = _rows(ledger, sie)
    with connection.cursor() as cursor:
        while chunk := list(islice(rows, CHUNK)):
            cursor.executemany(sql, chunk)


def _copy_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _copy(table: str, ledger: LedgerImport, sie: SieFile) -> None:
    """COPY … FROM STDIN in text format, fed in chunks formatted column by column: the dates
    and cost centres of a file are few, so each is formatted once and looked up per row."""
    rows = sie.transactions
    days = {d: f"{d.isoformat()}\t{d.year * 100 + d.month}" for d in set(rows.date)}
    centres = {c: _copy_escape(c or "") for c in set(rows.cost_centre)}
    line = f"{ledger.organisation_id}\t{ledger.pk}\t{{}}\t{{}}\t{{}}\t{{}}\n".format
    with connection.cursor() as cursor:
        raw = cursor.cursor  # the psycopg cursor under Django's wrapper
        with raw.copy(f"COPY {table} ({COLUMNS}) FROM STDIN") as copy:
            for start in range(0, len(rows), CHUNK):
                stop = start + CHUNK
                copy.write(
                    "".join(
                        map(
                            line,
                            rows.account[start:stop],
                            map(days.__getitem__, rows.date[start:stop]),
                            rows.amount_ore[start:stop],
                            map(centres.__getitem__, rows.cost_centre[start:stop]),
                        )
                    )
                )


@transaction.atomic
def ledger_upload_create(*, actor: Any, board: Board, file_name: str, data: bytes) -> LedgerUpload:
    """Keep an uploaded file and queue its import as a background task (after commit)."""
    access.require(access.can_plan(actor, board))
    upload = LedgerUpload.objects.create(
        organisation_id=board.organisation_id,
        board=board,
        file_name=file_name[:255],
        data=data,
        requested_by=actor if getattr(actor, "pk", None) else None,
    )
    audit_record(
        actor=actor,
        action="finance.ledger_upload.create",
        obj=upload,
        organisation_id=board.organisation_id,
        after={"file_name": upload.file_name, "bytes": len(data)},
    )
    from arshjul.finance.tasks import import_ledger_upload

    transaction.on_commit(lambda: import_ledger_upload.enqueue(upload.pk))
    return upload


__all__ = ["LedgerImportError", "SieError", "ledger_import", "ledger_upload_create"]
