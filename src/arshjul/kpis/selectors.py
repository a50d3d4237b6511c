"""Reads of the production figures: a year's figures with this and last year's outcome, the
computed change and trend, the target and the Kolada value beside them, in a fixed number of
queries (figures; values of both years; Kolada values of the organisation's area) plus one
call per computed procurement share in use."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import OuterRef, Subquery

from arshjul.followup import symbols
from arshjul.kpis import calculations as calc
from arshjul.kpis.models import Figure, FigureValue, KoladaArea, KoladaValue, Source
from arshjul.organisations.models import Board
from arshjul.procurement.selectors import requirement_shares


def value_period(period_key: str | None) -> str:
    """The stored period of a report period: the whole year (helår) is stored as ""."""
    return "" if not period_key or period_key == "helar" else period_key


@dataclass(frozen=True)
class FigureLine:
    """One figure of a year, everything computed that a page or a document shows."""

    figure: Figure
    outcome: Decimal | None
    previous: Decimal | None
    computed: bool  # the outcome comes from the procurement register
    change: Decimal | None
    trend: str | None
    target: Decimal | None
    target_text: str
    note: str
    kolada: Decimal | None

    @property
    def key(self) -> str:
        return self.figure.key

    @property
    def label(self) -> str:
        scope = f" {self.figure.scope_note}" if self.figure.scope_note else ""
        return f"{self.figure.label}{scope}"

    @property
    def trend_symbol(self) -> symbols.Symbol | None:
        """The trend as shape + text for the ``badge`` filter."""
        return symbols.TREND.get(self.trend or "")

    def outcome_text(self) -> str:
        f = self.figure
        return calc.value_text(self.outcome, unit=f.unit, decimals=f.decimals)

    def previous_text(self) -> str:
        if self.previous is None:
            return calc.NO_COMPARISON
        f = self.figure
        return calc.value_text(self.previous, unit=f.unit, decimals=f.decimals)

    def change_text(self) -> str:
        if self.previous is None or self.outcome is None:
            return ""
        f = self.figure
        return calc.change_text(
            self.change, kind=f.change_kind, unit=f.unit, decimals=f.change_decimals
        )

    def target_label(self) -> str:
        f = self.figure
        return calc.target_text(
            self.target, unit=f.unit, decimals=f.decimals, text=self.target_text
        )

    def kolada_text(self) -> str:
        f = self.figure
        return calc.value_text(self.kolada, unit=f.unit, decimals=max(f.decimals, 1))


def computed_shares(
    *, board: Board, years: list[int], kinds: set[str]
) -> dict[tuple[str, int], Decimal]:
    """(kind, year) → the percent computed from the procurement register, where it has rows."""
    if not kinds:
        return {}
    shares = requirement_shares(board=board, years=years)
    return {key: value for key, value in shares.items() if key[0] in kinds}


def year_figures(*, board: Board, year: int, period: str = "") -> list[FigureLine]:
    """The board's figures reported in ``year`` with their values for the year (or period)
    and the same span last year."""
    period = value_period(period)
    figures = list(
        Figure.objects.filter(board=board, valid_from__lte=year)
        .exclude(valid_to__lt=year)
        .order_by("order", "pk")
    )
    if not figures:
        return []
    values = {
        (v.figure_id, v.year): v
        for v in FigureValue.objects.filter(
            figure__board=board, year__in=[year, year - 1], period=period
        )
    }
    kolada = _kolada_values(board, year, {f.kolada_kpi for f in figures if f.kolada_kpi})
    kinds = {f.source for f in figures if f.source != Source.ENTERED}
    computed = computed_shares(board=board, years=[year, year - 1], kinds=kinds)
    return [_line(f, year, values, computed, kolada) for f in figures]


def _line(
    figure: Figure,
    year: int,
    values: dict[tuple[int, int], FigureValue],
    computed: dict[tuple[str, int], Decimal],
    kolada: dict[str, Decimal | None],
) -> FigureLine:
    this, last = values.get((figure.pk, year)), values.get((figure.pk, year - 1))
    outcome = computed.get((figure.source, year))
    is_computed = outcome is not None
    if outcome is None and this is not None:
        outcome = this.outcome
    previous = computed.get((figure.source, year - 1))
    if previous is None and last is not None:
        previous = last.outcome
    return FigureLine(
        figure=figure,
        outcome=outcome,
        previous=previous,
        computed=is_computed,
        change=calc.change(outcome, previous, figure.change_kind, figure.decimals),
        trend=calc.trend(
            current=outcome,
            previous=previous,
            direction=figure.direction,
            decimals=figure.decimals,
        ),
        target=this.target if this else None,
        target_text=this.target_text if this else "",
        note=this.note if this else "",
        kolada=kolada.get(figure.kolada_kpi) if figure.kolada_kpi else None,
    )


def _kolada_values(board: Board, year: int, kpis: set[str]) -> dict[str, Decimal | None]:
    """The Kolada totals (gender T) of the organisation's own area for the year, one query."""
    if not kpis:
        return {}
    area = KoladaArea.objects.filter(organisation_id=OuterRef("organisation_id")).values("area_id")[
        :1
    ]
    rows = KoladaValue.objects.filter(
        organisation_id=board.organisation_id,
        kpi__in=kpis,
        year=year,
        gender=KoladaValue.Gender.TOTAL,
        area_id=Subquery(area),
    ).values_list("kpi", "value")
    return dict(rows)


def figure_value(*, figure: Figure, year: int, period: str = "") -> FigureValue | None:
    return FigureValue.objects.filter(figure=figure, year=year, period=value_period(period)).first()


def kolada_area(*, board: Board) -> KoladaArea | None:
    return KoladaArea.objects.filter(organisation_id=board.organisation_id).first()
