"""Template filters of internal control's pages: symbols and texts from one place."""

from __future__ import annotations

from typing import Any

from django import template

from arshjul.followup.symbols import Symbol
from arshjul.internal_control import symbols, texts

register = template.Library()


@register.filter
def level_symbol(level: tuple[str, str] | None) -> Symbol | None:
    return symbols.level_symbol(level)


@register.filter
def risk_text(risk: Any) -> str:
    return texts.risk_text(risk)


@register.filter
def requirements_text(letters: str) -> str:
    return texts.requirements_text(letters)


@register.filter
def effect_text(followup: Any) -> str:
    return texts.effect_text(followup)


@register.filter
def next_year_text(followup: Any) -> str:
    return texts.next_year_text(followup)
