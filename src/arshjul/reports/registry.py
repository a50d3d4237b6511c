"""Document types and section builders are registered classes and functions.

A document type names its outline as a list of section keys; each key is built by a section
builder that the owning app registers (``followup`` builds the goals section, ``finance`` the
economy). A builder takes the build context and returns a ``Section`` (or ``None`` when it has
nothing to say for that year).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from arshjul.reports.model import Section


@dataclass(frozen=True)
class BuildContext:
    user: Any
    plan_year: Any
    period: Any | None


SectionBuilder = Callable[[BuildContext], Section | None]

_SECTIONS: dict[str, SectionBuilder] = {}
_DOCUMENT_TYPES: dict[str, type[Any]] = {}


def section(key: str) -> Callable[[SectionBuilder], SectionBuilder]:
    def register(builder: SectionBuilder) -> SectionBuilder:
        _SECTIONS[key] = builder
        return builder

    return register


def section_builder(key: str) -> SectionBuilder:
    return _SECTIONS[key]


def document_type(cls: type[Any]) -> type[Any]:
    _DOCUMENT_TYPES[cls.key] = cls
    return cls


def get_document_type(key: str) -> type[Any]:
    return _DOCUMENT_TYPES[key]


def document_types() -> dict[str, type[Any]]:
    return dict(_DOCUMENT_TYPES)
