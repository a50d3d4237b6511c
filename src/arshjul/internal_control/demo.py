"""The demo's intern styrning och kontroll from the seeds, loaded through the app's services
with the SYSTEM actor (facts in ``demo_data``). Idempotent: a year that already has a plan is
left as it is."""

from __future__ import annotations

from typing import Any

from arshjul.followup.models import Period
from arshjul.internal_control import demo_data as data
from arshjul.internal_control import services
from arshjul.internal_control.models import ControlPlan, PlanRisk, Risk
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board, Unit
from arshjul.planning.models import PlanYear


def load(board: Board) -> None:
    units = {u.key: u for u in Unit.objects.filter(board=board)}
    risks = {r.key: r for r in Risk.objects.filter(board=board)}
    for year, plan_data in data.PLANS.items():
        plan_year = PlanYear.objects.filter(board=board, year=year).first()
        if plan_year is None or ControlPlan.objects.filter(plan_year=plan_year).exists():
            continue
        plan = services.internal_control_plan_create(actor=SYSTEM, plan_year=plan_year)
        period_key = data.FOLLOWUP_PERIOD.get(year)
        period = Period.objects.get(plan_year=plan_year, key=period_key) if period_key else None
        for risk_key, actions in plan_data:
            plan_risk = _plan_risk(board, plan, risks, risk_key)
            for text, region_wide, unit_key, followup in actions:
                action = services.action_create(
                    actor=SYSTEM,
                    plan_risk=plan_risk,
                    text=text,
                    region_wide=region_wide,
                    responsible=units[unit_key] if unit_key else None,
                )
                if followup is not None and period is not None:
                    _follow_up(action, period, followup)
        if year == 2021:
            sufficient, reasoning = data.ISK_2021
            services.isk_assessment_save(
                actor=SYSTEM, plan=plan, sufficient=sufficient, reasoning=reasoning
            )


def _plan_risk(board: Board, plan: ControlPlan, risks: dict[str, Risk], key: str) -> PlanRisk:
    """The risk in the plan: created in the register with the plan the first time, chosen from
    the register when an earlier plan already holds it."""
    if key in risks:
        return services.plan_risk_add(actor=SYSTEM, plan=plan, risk=risks[key])
    process, text, scope, audit_report, requirements = data.RISKS[key]
    risks[key] = services.risk_create(
        actor=SYSTEM,
        board=board,
        key=key,
        process=process,
        text=text,
        scope=scope,
        audit_report=audit_report,
        requirements=requirements,
        plan=plan,
    )
    return PlanRisk.objects.get(plan=plan, risk=risks[key])


def _follow_up(action: Any, period: Period, followup: tuple[str, ...]) -> None:
    status, effect, effect_text, next_year, reason, comment = followup
    services.action_followup_save(
        actor=SYSTEM,
        action=action,
        period=period,
        status=status,
        effect=effect,
        effect_text=effect_text,
        next_year=next_year,
        next_year_reason=reason,
        comment=comment,
    )
