"""Tags the generic HTML renderer uses to walk any report tree."""

from __future__ import annotations

from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils.html import escape, format_html
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


@register.simple_tag
def table_body(block: Any) -> SafeString:
    """The rows of a table: written in Python rather than template loops, because the largest
    documents hold thousands of cells (the template engine's lookups were most of the time)."""
    from arshjul.reports.reconcile import shown

    numeric = [(c.key, ' class="num"' if c.numeric else "") for c in block.columns]
    parts = []
    for row in block.rows:
        parts.append('<tr class="total">' if row.total else "<tr>")
        parts.append(f'<th scope="row">{escape(row.label)}</th>')
        for key, css in numeric:
            cell = row.cells.get(key)
            text = escape(cell.text) if cell is not None else ""
            if cell is not None and cell.published:
                published = escape(shown(cell.published))
                text += f' <span class="published">⚠ publicerat: {published}</span>'
            parts.append(f"<td{css}>{text}</td>")
        parts.append("</tr>")
    return mark_safe("".join(parts))  # every value above is escaped


@register.filter
def published_text(value: str) -> str:
    """A published figure ("149.0") as Swedish text ("149,0")."""
    from arshjul.reports.reconcile import shown

    return shown(value)
