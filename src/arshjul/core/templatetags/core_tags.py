"""Template filters shared by every app's pages and by the report renderer."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def badge(symbol: Any, prefix: str = "") -> SafeString:
    """A status as shape + text; the colour class is an addition, never the only sign.
    Takes anything with ``css``, ``shape`` and ``text`` (a ``Symbol`` or a report ``Badge``)."""
    if not symbol:
        return mark_safe("")
    return format_html(
        '<span class="badge {}"><span class="shape" aria-hidden="true">{}</span> {}{}</span>',
        symbol.css,
        symbol.shape,
        prefix,
        symbol.text,
    )


@register.filter
def sv_number(value: Any, decimals: int = 0) -> str:
    """A number in Swedish format on a page: ``1234.5|sv_number:1`` → ``1 234,5``."""
    from arshjul.core.formatting import format_number

    return format_number(value, int(decimals))
