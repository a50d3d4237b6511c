"""HTML renderer: one self-contained, accessible HTML file for any document."""

from __future__ import annotations

from django.template.loader import render_to_string

from arshjul.reports.model import Document


def render_html(document: Document, *, nonce: str = "") -> bytes:
    return render_to_string("reports/document.html", {"document": document, "nonce": nonce}).encode(
        "utf-8"
    )
