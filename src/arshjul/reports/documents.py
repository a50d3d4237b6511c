"""The document types. Each names its outline; the sections come from registered builders."""

from __future__ import annotations

from typing import Any, ClassVar

from arshjul.reports.model import Document
from arshjul.reports.reconcile import reconcile_published
from arshjul.reports.registry import BuildContext, document_type, section_builder


class DocumentType:
    key: ClassVar[str]
    title: ClassVar[str]
    needs_period: ClassVar[bool] = False
    outline: ClassVar[list[str]] = []

    def build(self, *, user: Any, plan_year: Any, period: Any | None) -> Document:
        context = BuildContext(user=user, plan_year=plan_year, period=period)
        sections = [s for key in self.outline if (s := section_builder(key)(context))]
        board = plan_year.board
        found = reconcile_published(
            sections,
            board=board,
            year=plan_year.year,
            document=self.key,
            period=period.key if period else "",
        )
        return Document(
            type=self.key,
            title=self.title,
            subtitle=self.subtitle(plan_year, period),
            organisation=str(board.organisation),
            board=board.name,
            year=plan_year.year,
            period=period.key if period else None,
            sections=sections,
            discrepancies=found,
        )

    def subtitle(self, plan_year: Any, period: Any | None) -> str:
        period_name = f"{period.name} " if period else ""
        return f"{plan_year.board.name}, {period_name}{plan_year.year}"


@document_type
class Verksamhetsberattelse(DocumentType):
    key = "verksamhetsberattelse"
    title = "Verksamhetsberättelse"
    needs_period = True
    outline = [
        "mal_strategier_uppdrag",
        "ekonomi",
        "byggprojekt",
        "produktionstal",
        "personalekonomi",
        "internkontroll",
        "handlingsplan",
        "upphandlingsrapport",
    ]


@document_type
class Verksamhetsplan(DocumentType):
    key = "verksamhetsplan"
    title = "Verksamhetsplan med budget"
    outline = [
        "mal_strategier_uppdrag",
        "ekonomi",
        "internkontroll",
        "bilaga_investeringar",
        "handlingsplan",
    ]

    def subtitle(self, plan_year: Any, period: Any | None) -> str:
        return f"{plan_year.board.name}, {plan_year.year}"
