"""How internal control's facts read, the same on the pages and in the documents."""

from __future__ import annotations

import datetime as dt

from django.utils.html import format_html

from arshjul.core.formatting import DASH, format_date
from arshjul.internal_control.models import ActionFollowup, IskAssessment, Risk

REGION_WIDE_RISK = "Regionövergripande: "
NOT_GIVEN = "Ej angivet"


def risk_text(risk: Risk) -> str:
    """``Regionövergripande: <risk> (Revisionsrapport 19RS3049)`` as the plans print it."""
    prefix = REGION_WIDE_RISK if risk.is_region_wide else ""
    source = f" ({risk.audit_report})" if risk.audit_report else ""
    return f"{prefix}{risk.text}{source}"


def requirements_text(letters: str) -> str:
    return ", ".join(letters) if letters else DASH


def effect_answer(followup: ActionFollowup) -> str:
    return followup.get_effect_display() if followup.effect else NOT_GIVEN


def next_year_answer(followup: ActionFollowup) -> str:
    return followup.get_next_year_display() if followup.next_year else NOT_GIVEN


def effect_text(followup: ActionFollowup | None) -> str:
    """The answer and its explanation: ``Ja. Överlämningen fungerade.``."""
    if followup is None:
        return ""
    answer = effect_answer(followup)
    return f"{answer}. {followup.effect_text}" if followup.effect_text else answer


def next_year_text(followup: ActionFollowup | None) -> str:
    if followup is None:
        return ""
    answer = next_year_answer(followup)
    return f"{answer}, {followup.next_year_reason}" if followup.next_year_reason else answer


def deadline_text(value: dt.date | None) -> str:
    return format_date(value)  # "–" when there is no deadline


def isk_html(isk: IskAssessment) -> str:
    verdict = "tillräcklig" if isk.sufficient else "inte tillräcklig"
    return str(
        format_html(
            "<p><strong>ISK-bedömning:</strong> Den interna styrningen och kontrollen bedöms "
            "som {}. {}</p>",
            verdict,
            isk.reasoning,
        )
    )


# The requirements a–e of 002 §8, shortened for choice lists and the register.
REQUIREMENTS = {
    "a": "a) verksamheten fullgör sina uppgifter och når beslutade mål och uppdrag",
    "b": "b) verksamheten bedrivs inom tilldelade ekonomiska ramar",
    "c": "c) styrande dokument, lagar, förordningar, föreskrifter och avtal följs",
    "d": "d) redovisning och uppföljning är rättvisande och ändamålsenlig",
    "e": "e) informationssäkerheten är tillgodosedd",
}
