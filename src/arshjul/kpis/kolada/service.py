"""Storing a checked Kolada file: one ``KoladaImport`` and its values in one transaction with
one audit event; values for the same KPI × area × year × gender are replaced."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from arshjul.audit.services import audit_record, snapshot
from arshjul.kpis.kolada.reading import ParsedValue, parse_kolada_file
from arshjul.kpis.models import KoladaImport, KoladaValue
from arshjul.organisations import access
from arshjul.organisations.models import Organisation


@dataclass(frozen=True)
class KoladaResult:
    batch: KoladaImport
    created: int
    updated: int
    skipped: int  # marked isdeleted
    kpis: list[str]
    areas: list[str]
    years: list[int]
    more_pages: bool  # the JSON named a next page that is not in the file


def kolada_import(
    *, actor: Any, organisation: Organisation, file_name: str, data: bytes
) -> KoladaResult:
    """Check and store one Kolada file for the organisation. Raises ``KoladaImportError``
    (nothing written) or ``PermissionDenied``."""
    access.require(access.can_import_ledger(actor, organisation.pk))
    values, skipped, more = parse_kolada_file(data, file_name=file_name)
    with transaction.atomic():
        batch = KoladaImport(
            organisation=organisation,
            file_name=file_name[:255],
            sha256=hashlib.sha256(data).hexdigest(),
            rows=len(values),
            imported_by=actor if getattr(actor, "pk", None) else None,
        )
        batch.full_clean(exclude=["imported_by"])
        batch.save()
        created, updated = _store(organisation, batch, values)
        audit_record(
            actor=actor,
            action="kpis.kolada.import",
            obj=batch,
            organisation_id=organisation.pk,
            after=snapshot(batch) | {"created": created, "updated": updated, "skipped": skipped},
        )
    return KoladaResult(
        batch=batch,
        created=created,
        updated=updated,
        skipped=skipped,
        kpis=sorted({v.kpi for v in values}),
        areas=sorted({v.area_id for v in values}),
        years=sorted({v.year for v in values}),
        more_pages=more,
    )


def _store(
    organisation: Organisation, batch: KoladaImport, values: list[ParsedValue]
) -> tuple[int, int]:
    """Upsert in a fixed number of queries: read the existing rows of the file's KPIs, update
    the ones that exist, create the rest."""
    existing = {
        (row.kpi, row.area_id, row.year, row.gender): row
        for row in KoladaValue.objects.filter(
            organisation=organisation,
            kpi__in={v.kpi for v in values},
            year__in={v.year for v in values},
        )
    }
    new, changed = [], []
    for v in values:
        row = existing.get((v.kpi, v.area_id, v.year, v.gender))
        if row is None:
            new.append(
                KoladaValue(
                    organisation=organisation,
                    kpi=v.kpi,
                    area_id=v.area_id,
                    year=v.year,
                    gender=v.gender,
                    value=v.value,
                    count=v.count,
                    status=v.status,
                    batch=batch,
                )
            )
        else:
            row.value, row.count, row.status, row.batch = v.value, v.count, v.status, batch
            changed.append(row)
    KoladaValue.objects.bulk_create(new, batch_size=2000)
    KoladaValue.objects.bulk_update(changed, ["value", "count", "status", "batch"], batch_size=2000)
    return len(new), len(changed)
