"""Template filters that turn follow-up values into symbols and Swedish texts."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from arshjul.followup import symbols, texts
from arshjul.reports.model import Chart
from arshjul.reports.renderers.svg import render_chart_svg

register = template.Library()


@register.filter
def fulfilment_symbol(key: str | None) -> symbols.Symbol | None:
    return symbols.FULFILMENT.get(key or "")


@register.filter
def status_symbol(key: str | None) -> symbols.Symbol | None:
    return symbols.INDICATOR_STATUS.get(key or "")


@register.filter
def trend_symbol(key: str | None) -> symbols.Symbol | None:
    return symbols.TREND.get(key or "")


@register.filter
def outcome_text(assessment: Any, item: Any) -> str:
    return texts.outcome_text(item.indicator, assessment)


@register.filter
def target_text(item: Any) -> str:
    return texts.target_text(item.indicator)


@register.filter
def long_term_target_text(item: Any) -> str:
    return texts.target_text(item.indicator, long_term=True)


@register.filter
def value_text(value: Any, item: Any) -> str:
    return texts.value_text(value, item.indicator)


@register.filter
def heading(item: Any) -> str:
    return texts.item_heading(item)


@register.filter
def chart_svg(chart: Chart | None) -> SafeString:
    # The SVG renderer escapes every text it writes; numbers are formatted by us.
    return mark_safe(render_chart_svg(chart)) if chart else mark_safe("")


@register.filter
def shorten(text: str, length: int) -> str:
    """Cut a long title at ``length`` characters with "…" (a fast truncatechars)."""
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
