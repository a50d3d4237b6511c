"""The one way to write an audit event; called by every service inside its transaction."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction
from django.forms.models import model_to_dict

from arshjul.audit.models import AuditEvent


def snapshot(obj: models.Model, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """The field values of a row as JSON-able data, for the before/after of an event."""
    data = model_to_dict(obj, exclude=list(exclude))
    return {key: _plain(value) for key, value in data.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, list | tuple | set):
        return sorted(_plain(v) for v in value)
    return value


def audit_record(
    *,
    actor: Any,
    action: str,
    obj: models.Model,
    organisation_id: int,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent:
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit_record must run inside the service's transaction")
    return AuditEvent.objects.create(
        organisation_id=organisation_id,
        actor=actor if getattr(actor, "pk", None) else None,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        before=before,
        after=after,
    )


def save_audited(
    *,
    actor: Any,
    action: str,
    obj: Any,
    before: dict[str, Any] | None = None,
    exclude: tuple[str, ...] = (),
) -> Any:
    """The common write of a service: validate the row, save it and record one event with its
    before (if given) and after, in the caller's transaction."""
    obj.full_clean()
    obj.save()
    audit_record(
        actor=actor,
        action=action,
        obj=obj,
        organisation_id=obj.organisation_id,
        before=before,
        after=snapshot(obj, exclude=exclude),
    )
    return obj
