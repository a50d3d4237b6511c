"""The demo's document outlines: the seeds' texts (as our own summaries) and titles, written
through the outline services like a controller would."""

from __future__ import annotations

from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board
from arshjul.reports import outline as services
from arshjul.reports.demo_data import TEXTS, TITLES


def load(board: Board) -> None:
    for doc_type, year in sorted(set(TEXTS) | set(TITLES)):
        stored = services.outline_materialise(
            actor=SYSTEM, board=board, year=year, doc_type=doc_type
        )
        texts = TEXTS.get((doc_type, year), {})
        titles = TITLES.get((doc_type, year), {})
        for section in stored.entries.filter(key__in=set(texts) | set(titles)):
            services.outline_section_update(
                actor=SYSTEM,
                section=section,
                title=titles.get(section.key, section.title),
                text_html=texts.get(section.key, section.text_html),
                included=True,
            )
