"""The one helper for htmx: a request asks for a partial, everything else gets the full page."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def render_page_or_partial(
    request: HttpRequest,
    *,
    page: str,
    partial: str,
    context: dict[str, Any],
    status: int = 200,
) -> HttpResponse:
    """Render ``partial`` for htmx requests and ``page`` (which includes it) otherwise."""
    template = partial if is_htmx(request) else page
    return render(request, template, context, status=status)
