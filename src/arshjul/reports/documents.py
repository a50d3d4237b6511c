"""The document types. Each names its default outline (the seeds' tables of contents); a board
adjusts it per year as data (``reports.outline``). The sections come from registered builders."""

from __future__ import annotations

from typing import Any, ClassVar

from arshjul.reports.model import Document, Section
from arshjul.reports.outline import OutlineSpec, assemble, data, outline_nodes, text
from arshjul.reports.reconcile import reconcile_published
from arshjul.reports.registry import BuildContext, document_type, section_builder


class DocumentType:
    key: ClassVar[str]
    title: ClassVar[str]
    needs_period: ClassVar[bool] = False
    period_keys: ClassVar[tuple[str, ...]] = ()  # the periods it is made for; () = any
    outline: ClassVar[list[OutlineSpec]] = []
    demo_years: ClassVar[tuple[int, ...]] = ()  # where the demo has data for it
    # an appendix published inside another document shares that document's published figures
    published_in: ClassVar[str | None] = None

    @classmethod
    def period_refusal(cls, period_key: str) -> str | None:
        """Why the type is not made for this period, or None when it is."""
        if cls.period_keys and period_key not in cls.period_keys:
            return f"{cls.title} görs för perioderna {', '.join(cls.period_keys)}."
        return None

    @classmethod
    def periods_made_for(cls, periods: list[Any]) -> list[Any]:
        """Of a year's periods, those the type is made for."""
        return [p for p in periods if cls.period_refusal(p.key) is None]

    def build(self, *, user: Any, plan_year: Any, period: Any | None) -> Document:
        context = BuildContext(user=user, plan_year=plan_year, period=period)
        board = plan_year.board

        def build_section(key: str) -> Section | None:
            return section_builder(key)(context)

        nodes = outline_nodes(board=board, year=plan_year.year, doc_type=self.key)
        sections = assemble(nodes, build_section)
        found = reconcile_published(
            sections,
            board=board,
            year=plan_year.year,
            document=self.published_in or self.key,
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
    """002's table of contents."""

    key = "verksamhetsberattelse"
    title = "Verksamhetsberättelse"
    needs_period = True
    period_keys = ("helar",)
    demo_years = (2021,)
    outline = [
        text("inledning", "Inledning"),
        text("syfte", "Syfte"),
        text("vasentliga_handelser", "Väsentliga händelser"),
        data("mal_strategier_uppdrag"),
        data(
            "ekonomi",
            "Ekonomi",
            data("ekonomi/resultatrapport", "Resultatrapport servicenämnden"),
            data("ekonomi/arets_resultat", "Årets resultat"),
            data("ekonomi/ekonomiska_nyckeltal", "Ekonomiska nyckeltal"),
            data("handlingsplan", "Vidtagna åtgärder för att nå ekonomi i balans"),
            data("ekonomi/investeringar", "Investeringar", data("byggprojekt")),
            data("produktionstal"),
        ),
        data("personalekonomi"),
        text("framtida_utmaningar", "Framtida utmaningar"),
        data("internkontroll"),
        data("upphandlingsrapport", "Upphandlingsrapport", appendix=True),
    ]


@document_type
class Delarsrapport(DocumentType):
    """An interim report: the annual report's follow-up for the months so far, with forecast."""

    key = "delarsrapport"
    title = "Delårsrapport"
    needs_period = True
    period_keys = ("delar1", "delar2")
    demo_years = (2021,)
    outline = [
        text("inledning", "Inledning"),
        text("vasentliga_handelser", "Väsentliga händelser"),
        data("mal_strategier_uppdrag"),
        data(
            "ekonomi",
            "Ekonomi",
            data("handlingsplan", "Vidtagna åtgärder för att nå ekonomi i balans"),
        ),
        data("personalekonomi"),
        data("internkontroll"),
    ]


@document_type
class Verksamhetsplan(DocumentType):
    """003's and 004's table of contents."""

    key = "verksamhetsplan"
    title = "Verksamhetsplan med budget"
    demo_years = (2024, 2025)
    outline = [
        text("inledning", "Inledning"),
        text("vision_och_vardegrund", "Vision och värdegrund"),
        text("syfte_och_roll", "Syfte och roll"),
        text("omvarld", "Omvärld, nuvarande situation och framtida utmaningar"),
        data("mal_strategier_uppdrag"),
        data("ekonomi", "Budget"),
        text("organisation", "Organisation"),
        text("uppfoljning", "Uppföljning"),
        data("internkontroll"),
        data("bilaga_investeringar", appendix=True),
        data("handlingsplan", appendix=True),
    ]

    def subtitle(self, plan_year: Any, period: Any | None) -> str:
        return f"{plan_year.board.name}, {plan_year.year}"


@document_type
class Upphandlingsrapport(DocumentType):
    """002's appendix as a document of its own."""

    key = "upphandlingsrapport"
    title = "Upphandlingsrapport"
    published_in = "verksamhetsberattelse"
    needs_period = True
    period_keys = ("helar",)
    demo_years = (2021,)
    outline = [text("inledning", "Inledning"), data("upphandlingsrapport", "Upphandlingar")]


@document_type
class Handlingsplan(DocumentType):
    """003's appendix "Åtgärder för en ekonomi i balans"; in a follow-up year, its follow-up."""

    key = "handlingsplan"
    title = "Handlingsplan för ekonomi i balans"
    published_in = "verksamhetsplan"
    demo_years = (2024,)
    outline = [text("inledning", "Inledning"), data("handlingsplan", "Åtgärder")]

    def subtitle(self, plan_year: Any, period: Any | None) -> str:
        return f"{plan_year.board.name}, {plan_year.year}"


@document_type
class Medborgarversion(DocumentType):
    """A short plain-language version for citizens, from the same data."""

    key = "medborgarversion"
    title = "Kortversion för invånare"
    needs_period = True
    period_keys = ("helar",)
    demo_years = (2021,)
    outline = [
        data("medborgare_resultat"),
        data("medborgare_ekonomi"),
        data("medborgare_framat"),
    ]
