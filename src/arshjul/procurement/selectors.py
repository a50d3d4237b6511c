"""Reads of the procurement report, each a fixed number of queries: the lists, the appeals and
the summaries (two queries: the year's rows as plain values and the list figures; the maths in
``calculations``)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import QuerySet

from arshjul.organisations.models import Board
from arshjul.procurement import calculations as calc
from arshjul.procurement.models import Appeal, ListFigure, Procurement, ProcuringUnit, State

FACT_FIELDS = ("value_kr", "bids", *calc.REQUIREMENTS)


UNIT_ORDER = {unit: i for i, unit in enumerate(ProcuringUnit.values)}
STATE_ORDER = {state: i for i, state in enumerate(State.values)}


def procurements(*, board: Board, year: int, state: str = "", unit: str = "") -> list[Procurement]:
    """The year's procurements in the report's order: by list, unit (as the choices name
    them) and the order they were entered in."""
    rows = Procurement.objects.filter(board=board, year=year)
    if state:
        rows = rows.filter(state=state)
    if unit:
        rows = rows.filter(unit=unit)
    return sorted(
        rows, key=lambda p: (STATE_ORDER[p.state], UNIT_ORDER[p.unit], p.order, p.title, p.pk)
    )


def appeals(*, board: Board, year: int) -> list[Appeal]:
    rows = Appeal.objects.filter(board=board, year=year).select_related("procurement")
    return list(rows.order_by("reported_earlier", "order", "pk"))


def procurement_choices(*, board: Board, year: int) -> QuerySet[Procurement]:
    """The procurements an appeal of ``year`` may concern: that year's and the year before."""
    return Procurement.objects.filter(board=board, year__in=(year - 1, year)).order_by(
        "title", "pk"
    )


def years_with_data(*, board: Board) -> list[int]:
    years = set(Procurement.objects.filter(board=board).values_list("year", flat=True))
    years |= set(Appeal.objects.filter(board=board).values_list("year", flat=True))
    return sorted(years)


@dataclass(frozen=True)
class SummaryRow:
    unit: str  # a ProcuringUnit value, or "" for all units
    unit_label: str
    half: str  # "h1", "h2" or "helar"
    summary: calc.Summary

    @property
    def label(self) -> str:
        return f"{self.unit_label}, {calc.HALVES[self.half]}"


@dataclass(frozen=True)
class YearSummary:
    by_list: dict[tuple[str, str], calc.Summary]  # (unit, state) → count and value
    finished: list[SummaryRow]  # per unit and half-year, then the units' total


def _facts(row: dict[str, object]) -> calc.RowFacts:
    return calc.RowFacts(**{name: row[name] for name in FACT_FIELDS})  # type: ignore[arg-type]


def list_figure_of(*, board: Board, year: int, unit: str, state: str) -> ListFigure | None:
    """The list figure of one list of the year, if recorded."""
    return ListFigure.objects.filter(board=board, year=year, unit=unit, state=state).first()


def year_summary(*, board: Board, year: int) -> YearSummary:
    """The lists' counts and values and the finished procurements per unit and half-year."""
    rows = Procurement.objects.filter(board=board, year=year)
    values = list(rows.values("unit", "state", "end_date", *FACT_FIELDS))
    figures = list(
        ListFigure.objects.filter(board=board, year=year).values("unit", "state", *FACT_FIELDS)
    )
    grouped: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for row in values:
        grouped[(str(row["unit"]), str(row["state"]))].append(row)
    figures_of: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for figure in figures:
        figures_of[(str(figure["unit"]), str(figure["state"]))].append(figure)
    by_list = {
        (unit, state): calc.summarise(
            map(_facts, grouped[(unit, state)]), figures_of[(unit, state)]
        )
        for unit in ProcuringUnit.values
        for state in State.values
        if grouped[(unit, state)] or figures_of[(unit, state)]
    }
    return YearSummary(by_list, _finished_rows(year, grouped, figures_of))


def _finished_rows(
    year: int,
    grouped: dict[tuple[str, str], list[dict[str, object]]],
    figures_of: dict[tuple[str, str], list[dict[str, object]]],
) -> list[SummaryRow]:
    out: list[SummaryRow] = []
    everything: list[dict[str, object]] = []
    all_figures: list[dict[str, object]] = []
    for unit, label in ProcuringUnit.choices:
        rows = grouped[(unit, State.AVSLUTAD)]
        figures = figures_of[(unit, State.AVSLUTAD)]
        if not rows and not figures:
            continue
        for half in ("h1", "h2"):
            dated = [r for r in rows if calc.half_of(r["end_date"], year) == half]  # type: ignore[arg-type]
            if dated:
                out.append(SummaryRow(unit, str(label), half, calc.summarise(map(_facts, dated))))
        whole = calc.summarise(map(_facts, rows), figures)
        out.append(SummaryRow(unit, str(label), "helar", whole))
        everything += rows
        all_figures += figures
    if out:
        total = calc.summarise(map(_facts, everything), all_figures)
        out.append(SummaryRow("", "Totalt", "helar", total))
    return out


def requirement_share(*, board: Board, year: int, kind: str) -> Decimal | None:
    """The percent (0-100) of the year's finished procurements, all procuring units of the
    board, that carried the requirement ``kind`` ("miljokrav", "uppforandekod",
    "social_hansyn"); None when the year has no finished procurements. A procurement whose
    answer is not recorded counts as without, unless its list reports a count."""
    if kind not in calc.REQUIREMENTS:
        raise ValueError(f"Okänt krav: {kind}")
    return requirement_shares(board=board, years=[year]).get((kind, year))


def requirement_shares(*, board: Board, years: list[int]) -> dict[tuple[str, int], Decimal]:
    """(kind, year) → ``requirement_share`` for every requirement and year, in two queries
    (years without finished procurements are left out)."""
    counts: dict[int, int] = defaultdict(int)
    with_it: dict[tuple[str, int], int] = defaultdict(int)
    finished = Procurement.objects.filter(board=board, year__in=years, state=State.AVSLUTAD)
    for year, *answers in finished.values_list("year", *calc.REQUIREMENTS):
        counts[year] += 1
        for kind, answer in zip(calc.REQUIREMENTS, answers, strict=True):
            with_it[(kind, year)] += bool(answer)
    figures = ListFigure.objects.filter(board=board, year__in=years, state=State.AVSLUTAD)
    for year, *reported in figures.values_list("year", *calc.REQUIREMENTS):
        for kind, n in zip(calc.REQUIREMENTS, reported, strict=True):
            with_it[(kind, year)] += n or 0
    return {
        (kind, year): share
        for year, count in counts.items()
        for kind in calc.REQUIREMENTS
        if (share := calc.share(with_it[(kind, year)], count)) is not None
    }
