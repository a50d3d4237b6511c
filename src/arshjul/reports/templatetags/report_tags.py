"""Tags the generic HTML renderer uses to walk any report tree."""

from __future__ import annotations

from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def heading_tag(level: int, text: str, key: str, number: str = "") -> SafeString:
    tag = f"h{min(max(int(level), 2), 6)}"
    if number:
        return format_html(
            '<{} id="h-{}"><span class="num">{}</span> {}</{}>', tag, key, number, text, tag
        )
    return format_html('<{} id="h-{}">{}</{}>', tag, key, text, tag)


@register.simple_tag
def appendices_of(document: Any) -> list[Any]:
    return [s for s in document.sections if s.appendix]


@register.simple_tag
def render_block(block: Any, level: int) -> SafeString:
    # Each block template escapes its own values; only sanitised HTML is marked safe there.
    html = render_to_string(f"reports/blocks/{block.kind}.html", {"block": block, "level": level})
    return mark_safe(html)


@register.filter
def get_item(mapping: dict[str, Any], key: str) -> Any:
    return mapping.get(key)


@register.simple_tag
def discrepancy_rows(document: Any) -> list[dict[str, str]]:
    """The document's discrepancies with the titles and labels a reader knows them by and the
    figures in Swedish format."""
    from arshjul.reports.reconcile import describe

    return describe(document.sections, document.discrepancies)


@register.filter
def published_text(value: str) -> str:
    """A published figure ("149.0") as Swedish text ("149,0")."""
    from arshjul.reports.reconcile import shown

    return shown(value)
