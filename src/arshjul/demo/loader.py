"""Loads the Servicenämnden demo through the audited services, so the demo is built exactly as
a customer's data would be."""

from __future__ import annotations

import datetime as dt
import secrets
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from arshjul.demo.data import organisation as org_data
from arshjul.demo.data import plan_2021, plan_2024, plan_2025
from arshjul.demo.economy import load_economy
from arshjul.followup import services as followup_services
from arshjul.followup.calculations import indicator_status
from arshjul.followup.evaluation import target_of
from arshjul.followup.models import Period
from arshjul.internal_control import demo as ic_demo
from arshjul.kpis import demo as kpis_demo
from arshjul.organisations import services as org_services
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board, Organisation, Unit
from arshjul.people import demo as people_demo
from arshjul.planning import services as plan_services
from arshjul.planning.models import Item, ItemType, PlanYear
from arshjul.procurement import demo as procurement_demo
from arshjul.reports import demo as reports_demo

PLANS = (plan_2021.PLAN, plan_2024.PLAN, plan_2025.PLAN)
STATUS_TOLERANCE = Decimal(5)


def _dec(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


@transaction.atomic
def load_demo(*, reset: bool = False) -> list[tuple[str, str, str]]:
    """Create the demo organisation (unless it exists) and (re)set the demo users' passwords.
    Returns (username, role, password) for printing."""
    existing = Organisation.objects.filter(slug=org_data.ORGANISATION["slug"]).first()
    if existing and reset:
        existing.delete()
        existing = None
    if existing is None:
        organisation = org_services.organisation_create(actor=SYSTEM, **org_data.ORGANISATION)
        board = org_services.board_create(actor=SYSTEM, organisation=organisation, **org_data.BOARD)
        units = _load_units(board)
        keyed: dict[str, Item] = {}
        for plan in PLANS:
            _load_plan(board, units, plan, keyed)
        load_economy(board)
        # procurement before kpis: the production figures on requirements are computed from it
        for load_part in (procurement_demo.load, kpis_demo.load, people_demo.load, ic_demo.load):
            load_part(board)
        reports_demo.load(board)  # the documents' texts
    board = Board.objects.get(slug=org_data.BOARD["slug"])
    return _load_users(board)


def _load_units(board: Board) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for order, (key, name, kind, parent, start, end, predecessors) in enumerate(org_data.UNITS):
        units[key] = org_services.unit_create(
            actor=SYSTEM,
            board=board,
            key=key,
            name=name,
            kind=kind,
            valid_from=start,
            valid_to=end,
            parent=units[parent] if parent else None,
            predecessors=[units[p] for p in predecessors],
            order=order,
        )
    return units


def _load_plan(
    board: Board, units: dict[str, Unit], plan: dict[str, Any], keyed: dict[str, Item]
) -> None:
    year = plan["year"]
    plan_year = plan_services.plan_year_create(
        actor=SYSTEM,
        board=board,
        year=year,
        title=plan["title"],
        status_tolerance=STATUS_TOLERANCE,
    )
    types: dict[str, ItemType] = {}
    for order, spec in enumerate(plan["item_types"]):
        types[spec["key"]] = plan_services.item_type_create(
            actor=SYSTEM,
            plan_year=plan_year,
            key=spec["key"],
            name=spec["name"],
            name_plural=spec["name_plural"],
            behaviour=spec["behaviour"],
            parents=[types[p] for p in spec["parents"]],
            summary_key=spec.get("summary_key") or "",
            summary_label=spec.get("summary_label") or "",
            order=order,
        )
    periods = {}
    for order, (key, name, start, end) in enumerate(org_data.PERIODS):
        periods[key] = followup_services.period_create(
            actor=SYSTEM,
            plan_year=plan_year,
            key=key,
            name=name,
            start=dt.date.fromisoformat(f"{year}-{start}"),
            end=dt.date.fromisoformat(f"{year}-{end}"),
            order=order,
        )
    loader = _PlanLoader(plan_year, types, units, periods, keyed)
    for spec in plan["items"]:
        loader.add(spec, parent=None)
    loader.link_contributions()


class _PlanLoader:
    def __init__(
        self,
        plan_year: PlanYear,
        types: dict[str, ItemType],
        units: dict[str, Unit],
        periods: dict[str, Period],
        keyed: dict[str, Item],
    ) -> None:
        self.plan_year, self.types, self.units = plan_year, types, units
        self.periods, self.keyed = periods, keyed
        self.order = 0
        self.links: list[tuple[Item, list[str]]] = []

    def add(self, spec: dict[str, Any], parent: Item | None) -> None:
        self.order += 1
        item = plan_services.item_create(
            actor=SYSTEM,
            plan_year=self.plan_year,
            item_type=self.types[spec["type"]],
            parent=parent,
            title=spec["title"],
            origin=spec["origin"],
            units=[self.units[k] for k in spec["units"]],
            label=spec.get("label") or "",
            number=spec.get("number"),
            description=spec.get("description") or "",
            key=spec.get("key") or "",
            order=self.order,
            continues=self.keyed.get(spec["continues"]) if spec.get("continues") else None,
            indicator=_indicator_values(spec.get("indicator")),
            assignment=_assignment_values(spec.get("assignment")),
        )
        if spec.get("key"):
            self.keyed[spec["key"]] = item
        if spec.get("contributes_to"):
            self.links.append((item, spec["contributes_to"]))
        for period_key, followup in (spec.get("followup") or {}).items():
            self._assess(item, self.periods[period_key], followup)
        for child in spec.get("children", []):
            self.add(child, parent=item)

    def _assess(self, item: Item, period: Period, followup: dict[str, Any]) -> None:
        values: dict[str, Any] = {
            "fulfilment": followup.get("fulfilment") or "",
            "trend": followup.get("trend") or "",
            "comment": followup.get("comment") or "",
        }
        if item.item_type.behaviour == "indicator":
            values |= {
                "outcome": _dec(followup.get("outcome")),
                "outcome_women": _dec(followup.get("women")),
                "outcome_men": _dec(followup.get("men")),
                "value_missing": bool(followup.get("missing")),
            }
            values |= _published_status(item, values, followup.get("status"))
        followup_services.assessment_save(actor=SYSTEM, item=item, period=period, **values)

    def link_contributions(self) -> None:
        for item, keys in self.links:
            plan_services.item_link_contributions(
                actor=SYSTEM, item=item, targets=[self.keyed[k] for k in keys]
            )


def _published_status(item: Item, values: dict[str, Any], published: str | None) -> dict[str, str]:
    """A qualitative indicator's status is what was published. A numeric one's is computed;
    where the published status differs (or there is no target to compute against) it is kept
    as a visible manual status with the reason."""
    if not published:
        return {}
    if not item.indicator.is_numeric:
        return {"status_override": published}

    computed = indicator_status(
        outcome=values["outcome"],
        missing=values["value_missing"],
        target=target_of(item.indicator),
        direction=item.indicator.direction,
        tolerance_percent=item.plan_year.status_tolerance,
    )
    if computed == published:
        return {}
    reason = (
        "Status enligt den publicerade verksamhetsberättelsen; indikatorn saknar numeriskt "
        "målvärde att räkna mot."
        if item.indicator.target_value is None
        else "Status enligt den publicerade verksamhetsberättelsen."
    )
    return {"status_override": published, "override_reason": reason}


def _indicator_values(spec: dict[str, Any] | None) -> dict[str, Any] | None:
    if spec is None:
        return None
    target = spec.get("target") or {}
    long_term = spec.get("long_term_target") or {}
    baseline = spec.get("baseline") or {}
    return {
        "measure": spec["measure"],
        "unit": spec.get("unit") or "",
        "direction": spec.get("direction") or "higher",
        "decimals": spec.get("decimals") or 0,
        "gender_split": bool(spec.get("gender_split")),
        "target_comparator": target.get("comparator") or "",
        "target_value": _dec(target.get("value")),
        "target_high": _dec(target.get("high")),
        "long_term_comparator": long_term.get("comparator") or "",
        "long_term_value": _dec(long_term.get("value")),
        "long_term_high": _dec(long_term.get("high")),
        "baseline_value": _dec(baseline.get("value")),
        "baseline_women": _dec(baseline.get("women")),
        "baseline_men": _dec(baseline.get("men")),
        "baseline_year": baseline.get("year"),
    }


def _assignment_values(spec: dict[str, Any] | None) -> dict[str, Any] | None:
    if spec is None:
        return None
    return {
        "decision_reference": spec.get("dnr") or "",
        "paragraph": spec.get("paragraph") or "",
        "due_date": dt.date.fromisoformat(spec["due"]) if spec.get("due") else None,
        "state": spec.get("state") or "ej_paborjat",
    }


def _load_users(board: Board) -> list[tuple[str, str, str]]:
    user_model = get_user_model()
    printed = []
    units = {u.key: u for u in Unit.objects.filter(board=board)}
    for username, full_name, role, unit_keys in org_data.USERS:
        first, _, last = full_name.partition(" ")
        user, _ = user_model.objects.get_or_create(
            username=username, defaults={"first_name": first, "last_name": last}
        )
        password = secrets.token_urlsafe(9)
        user.set_password(password)
        user.save()
        org_services.membership_set(
            actor=SYSTEM, board=board, user=user, role=role, units=[units[k] for k in unit_keys]
        )
        printed.append((username, role, password))
    return printed
