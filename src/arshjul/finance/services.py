"""Writes of the economy, each in a transaction with one audit event. Bulk writes (a version's
entries, an import) write one event that names how many rows they wrote."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from arshjul.audit.services import audit_record, save_audited, snapshot
from arshjul.finance import presets
from arshjul.finance.models import (
    AccountPlan,
    BudgetFrame,
    BuildingProject,
    FinanceVersion,
    FinancialEntry,
    ImportBatch,
    InvestmentEntry,
    InvestmentObject,
    KeyFigureValue,
    LineMapping,
    ResultLine,
    SavingsFollowup,
    SavingsMeasure,
    SavingsPlan,
)
from arshjul.organisations import access
from arshjul.organisations.models import Board, Organisation, Unit


@transaction.atomic
def finance_setup(*, actor: Any, organisation: Organisation) -> list[ResultLine]:
    """Seed the result-report lines and the account plans (with their mappings) of a new
    organisation from the presets; a controller edits them afterwards."""
    access.require(access.can_import_ledger(actor, organisation.pk))
    lines: dict[str, ResultLine] = {}
    for order, (key, label, _parent, is_sum, first_year) in enumerate(presets.RESULT_LINES):
        lines[key] = ResultLine.objects.create(
            organisation=organisation,
            key=key,
            label=label,
            order=order,
            is_sum=is_sum,
            first_year=first_year,
        )
    for key, _label, parent, *_ in presets.RESULT_LINES:
        if parent:
            lines[key].parent = lines[parent]
            lines[key].save(update_fields=["parent"])
    for plan_key, name, kind, default, ranges in presets.ACCOUNT_PLANS:
        plan = AccountPlan.objects.create(
            organisation=organisation, key=plan_key, name=name, kind=kind, is_default=default
        )
        LineMapping.objects.bulk_create(
            LineMapping(organisation=organisation, plan=plan, line=lines[line], first=a, last=b)
            for a, b, line in ranges
        )
    audit_record(
        actor=actor,
        action="finance.setup",
        obj=organisation,
        organisation_id=organisation.pk,
        after={"lines": list(lines), "plans": [p[0] for p in presets.ACCOUNT_PLANS]},
    )
    return list(lines.values())


@transaction.atomic
def line_mapping_set(
    *, actor: Any, plan: AccountPlan, line: ResultLine, first: int, last: int
) -> LineMapping:
    """Add an account range to a line of the result report (a controller's edit)."""
    access.require(access.can_import_ledger(actor, plan.organisation_id))
    if line.is_sum or line.organisation_id != plan.organisation_id:
        raise ValidationError({"line": "Konton kan bara kopplas till en detaljrad."})
    overlapping = plan.mappings.filter(first__lte=last, last__gte=first)
    if overlapping.exists():
        raise ValidationError(
            {"first": f"Intervallet överlappar {overlapping.first()} i kontoplanen."}
        )
    mapping = LineMapping(
        organisation_id=plan.organisation_id, plan=plan, line=line, first=first, last=last
    )
    return save_audited(actor=actor, action="finance.line_mapping.create", obj=mapping)


@transaction.atomic
def line_mapping_delete(*, actor: Any, mapping: LineMapping) -> None:
    access.require(access.can_import_ledger(actor, mapping.organisation_id))
    before = snapshot(mapping)
    audit_record(
        actor=actor,
        action="finance.line_mapping.delete",
        obj=mapping,
        organisation_id=mapping.organisation_id,
        before=before,
    )
    mapping.delete()


@transaction.atomic
def finance_version_create(
    *, actor: Any, board: Board, year: int, kind: str, name: str, revision: int = 1
) -> FinanceVersion:
    access.require(access.can_plan(actor, board))
    version = FinanceVersion(
        organisation_id=board.organisation_id,
        board=board,
        year=year,
        kind=kind,
        revision=revision,
        name=name,
    )
    return save_audited(actor=actor, action="finance.version.create", obj=version)


@dataclass(frozen=True)
class EntryInput:
    """One amount to write: kronor in report sign, to a line key or an account."""

    amount: Decimal
    unit: Unit | None = None
    line: str = ""
    account: str = ""
    month: int | None = None


def _entry_rows(
    version: FinanceVersion, entries: Iterable[EntryInput], batch: ImportBatch | None
) -> list[FinancialEntry]:
    lines = {
        line.key: line
        for line in ResultLine.objects.filter(organisation_id=version.organisation_id, is_sum=False)
    }
    rows = []
    for entry in entries:
        if entry.line and entry.line not in lines:
            raise ValidationError(f"Resultatraden ”{entry.line}” finns inte.")
        row = FinancialEntry(
            organisation_id=version.organisation_id,
            version=version,
            unit=entry.unit,
            line=lines[entry.line] if entry.line else None,
            account=entry.account,
            month=entry.month,
            amount=entry.amount,
            batch=batch,
        )
        # clean_fields, not full_clean: a CheckConstraint's validate() asks the database once
        # per row; the two constraints are checked here in Python instead.
        row.clean_fields(exclude=["organisation", "version", "batch", "unit", "line"])
        if bool(entry.line) == bool(entry.account):
            raise ValidationError("Ett belopp ska ha antingen en resultatrad eller ett konto.")
        if entry.month is not None and not 1 <= entry.month <= 12:
            raise ValidationError(f"Månaden {entry.month} finns inte (1–12).")
        rows.append(row)
    return rows


@transaction.atomic
def financial_entries_add(
    *,
    actor: Any,
    version: FinanceVersion,
    entries: Sequence[EntryInput],
    batch: ImportBatch | None = None,
) -> int:
    """Add amounts to a version (from the plan's budget work, the demo or an import)."""
    access.require(access.can_plan(actor, version.board))
    rows = FinancialEntry.objects.bulk_create(_entry_rows(version, entries, batch))
    total = sum((row.amount for row in rows), Decimal(0))
    audit_record(
        actor=actor,
        action="finance.entries.add",
        obj=version,
        organisation_id=version.organisation_id,
        after={"rows": len(rows), "sum": str(total), "batch": batch.pk if batch else None},
    )
    return len(rows)


@transaction.atomic
def budget_frame_set(
    *, actor: Any, version: FinanceVersion, unit: Unit, amount: Decimal
) -> BudgetFrame:
    access.require(access.can_plan(actor, version.board))
    frame = BudgetFrame.objects.filter(version=version, unit=unit).first()
    before = snapshot(frame) if frame else None
    if frame is None:
        frame = BudgetFrame(organisation_id=version.organisation_id, version=version, unit=unit)
    frame.amount = amount
    return save_audited(actor=actor, action="finance.budget_frame.set", obj=frame, before=before)


@transaction.atomic
def budget_frames_set(
    *, actor: Any, version: FinanceVersion, amounts: dict[Unit, Decimal | None]
) -> int:
    """Set the frames of several units at once (None removes a unit's frame); one audit
    event per changed unit, all or nothing. Returns how many changed."""
    access.require(access.can_plan(actor, version.board))
    frames = {f.unit_id: f for f in BudgetFrame.objects.filter(version=version)}
    changed = 0
    for unit, amount in amounts.items():
        frame = frames.get(unit.pk)
        if amount is None and frame is not None:
            audit_record(
                actor=actor,
                action="finance.budget_frame.remove",
                obj=frame,
                organisation_id=frame.organisation_id,
                before=snapshot(frame),
            )
            frame.delete()
            changed += 1
        elif amount is not None and (frame is None or frame.amount != amount):
            budget_frame_set(actor=actor, version=version, unit=unit, amount=amount)
            changed += 1
    return changed


@transaction.atomic
def key_figure_set(
    *, actor: Any, version: FinanceVersion, key: str, label: str, value: Decimal
) -> KeyFigureValue:
    access.require(access.can_plan(actor, version.board))
    KeyFigureValue.objects.filter(version=version, key=key).delete()
    figure = KeyFigureValue(
        organisation_id=version.organisation_id, version=version, key=key, label=label, value=value
    )
    return save_audited(actor=actor, action="finance.key_figure.set", obj=figure)


@transaction.atomic
def investment_set(
    *,
    actor: Any,
    version: FinanceVersion,
    category: str,
    amount: Decimal,
    carried_over: bool = False,
) -> InvestmentEntry:
    access.require(access.can_plan(actor, version.board))
    InvestmentEntry.objects.filter(
        version=version, category=category, carried_over=carried_over
    ).delete()
    entry = InvestmentEntry(
        organisation_id=version.organisation_id,
        version=version,
        category=category,
        carried_over=carried_over,
        amount=amount,
    )
    return save_audited(actor=actor, action="finance.investment.set", obj=entry)


@transaction.atomic
def investment_object_create(*, actor: Any, board: Board, **fields: Any) -> InvestmentObject:
    access.require(access.can_plan(actor, board))
    obj = InvestmentObject(organisation_id=board.organisation_id, board=board, **fields)
    return save_audited(actor=actor, action="finance.investment_object.create", obj=obj)


@transaction.atomic
def building_project_create(*, actor: Any, board: Board, **fields: Any) -> BuildingProject:
    access.require(access.can_plan(actor, board))
    project = BuildingProject(organisation_id=board.organisation_id, board=board, **fields)
    return save_audited(actor=actor, action="finance.building_project.create", obj=project)


@transaction.atomic
def savings_plan_create(
    *,
    actor: Any,
    board: Board,
    title: str,
    decided_on: dt.date,
    first_year: int,
    required_saving: Decimal,
    years: int = 3,
) -> SavingsPlan:
    access.require(access.can_plan(actor, board))
    plan = SavingsPlan(
        organisation_id=board.organisation_id,
        board=board,
        title=title,
        decided_on=decided_on,
        first_year=first_year,
        years=years,
        required_saving=required_saving,
    )
    return save_audited(actor=actor, action="finance.savings_plan.create", obj=plan)


@transaction.atomic
def savings_measure_create(
    *, actor: Any, plan: SavingsPlan, unit: Unit, effects: Sequence[Decimal], **fields: Any
) -> SavingsMeasure:
    access.require(access.can_plan(actor, plan.board))
    if len(effects) != plan.years:
        raise ValidationError(f"Ange effekten för {plan.years} år.")
    padded = [*effects, Decimal(0), Decimal(0)][:3]
    measure = SavingsMeasure(
        organisation_id=plan.organisation_id,
        plan=plan,
        unit=unit,
        effect_1=padded[0],
        effect_2=padded[1],
        effect_3=padded[2],
        **fields,
    )
    return save_audited(actor=actor, action="finance.savings_measure.create", obj=measure)


@transaction.atomic
def savings_followup_save(
    *,
    actor: Any,
    measure: SavingsMeasure,
    period: Any,
    realised: Decimal,
    fte: Decimal | None = None,
    comment: str = "",
) -> SavingsFollowup:
    """The realised effect of a measure in a period (reported by a controller)."""
    access.require(access.can_plan(actor, measure.plan.board))
    if period.locked:
        raise ValidationError("Perioden är låst.")
    existing = SavingsFollowup.objects.filter(measure=measure, period=period).first()
    before = snapshot(existing) if existing else None
    followup = existing or SavingsFollowup(
        organisation_id=measure.organisation_id, measure=measure, period=period
    )
    followup.realised, followup.fte, followup.comment = realised, fte, comment
    return save_audited(
        actor=actor, action="finance.savings_followup.save", obj=followup, before=before
    )
