"""Background work of the economy (the Tasks API; run by ``arshjul db_worker``)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django_tasks import task

from arshjul.finance.ledger import LedgerImportError, ledger_import
from arshjul.finance.models import LedgerUpload
from arshjul.finance.sie import SieError
from arshjul.organisations.access import SYSTEM

State = LedgerUpload.State


def _mark(upload_id: int, **fields: object) -> None:
    LedgerUpload.objects.filter(pk=upload_id).update(**fields)


@task()
def import_ledger_upload(upload_id: int) -> int | None:
    """Import an uploaded SIE file as the user who uploaded it; record progress and outcome on
    the upload, which the page polls. Returns the ledger id, or None when refused."""
    upload = LedgerUpload.objects.select_related("board__organisation", "requested_by").get(
        pk=upload_id
    )
    _mark(upload_id, state=State.RUNNING, progress=5, message="Importen har startat")

    def progress(percent: int, message: str) -> None:
        _mark(upload_id, progress=percent, message=message)

    try:
        ledger = ledger_import(
            actor=upload.requested_by or SYSTEM,
            organisation=upload.board.organisation,
            board=upload.board,
            file_name=upload.file_name,
            data=bytes(upload.data),
            progress=progress,
        )
    except (SieError, LedgerImportError, PermissionDenied) as error:
        _mark(upload_id, state=State.FAILED, progress=100, message=str(error), data=b"")
        return None
    except Exception:
        message = "Ett oväntat fel stoppade importen; inget sparades. Felet är loggat."
        _mark(upload_id, state=State.FAILED, progress=100, message=message)
        raise
    message = f"Importerad: {ledger.vouchers} verifikationer, {ledger.transactions} transaktioner."
    _mark(upload_id, state=State.DONE, progress=100, message=message, ledger=ledger, data=b"")
    return ledger.pk
