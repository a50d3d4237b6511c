"""The "Ekonomi" section, in sub-sections as the seeds number them: for a follow-up (002 §5)
Resultatrapport, Årets resultat (the operating report per area and its chart), Ekonomiska
nyckeltal (where entered) and Investeringar; for a plan (003/004 §6) Ekonomiska nyckeltal,
Resultatbudget (the table ``resultatrapport``), Driftbudget and Investeringsbudget (the table
``investeringar``). Amounts in mnkr. Table keys are the same in both."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from arshjul.core.formatting import format_number
from arshjul.core.slugs import label_key
from arshjul.finance import calculations as calc
from arshjul.finance import selectors as sel
from arshjul.finance.models import FinanceVersion, InvestmentCategory
from arshjul.organisations.models import Board, Unit
from arshjul.reconciliation.selectors import published_for_document
from arshjul.reports.cells import FigureRow, figure_table
from arshjul.reports.model import Block, Chart, ChartSeries, Paragraph, Section, Table
from arshjul.reports.registry import BuildContext, section

UNIT = "mnkr"


def mnkr(amount: Decimal | None) -> Decimal | None:
    return calc.scaled(amount, UNIT)


@dataclass
class Economy:
    """Everything the section needs, read with a fixed number of queries."""

    year: int
    follow_up: bool
    columns: dict[str, FinanceVersion | None]  # column key → version
    lines: sel.Lines
    sums: sel.EntrySums
    ledger: dict[int, sel.Amounts]
    units: list[Unit]
    board: Board
    previous_budget: FinanceVersion | None = None

    def detail(self, column: str) -> sel.Amounts | None:
        version = self.columns.get(column)
        if version is None:
            return None
        ledger = self.ledger.get(version.year) if version.kind == "utfall" else None
        return sel.add(self.sums.by_version.get(version.pk), ledger)

    def totals(self, column: str) -> sel.Amounts | None:
        detail = self.detail(column)
        return None if detail is None else self.lines.totals(detail)


def load(context: BuildContext) -> Economy | None:
    plan_year = context.plan_year
    year, board = plan_year.year, plan_year.board
    versions = sel.versions_for(board=board, years=[year, year - 1])
    if not versions:
        return None
    follow_up = context.period is not None
    if follow_up:
        columns = {
            "utfall": sel.version_of(versions, year=year, kind="utfall"),
            "budget": sel.version_of(versions, year=year, kind="budget"),
            "utfall_fg": sel.version_of(versions, year=year - 1, kind="utfall"),
        }
    else:
        columns = {
            "budget": sel.version_of(versions, year=year, kind="budget", first=True),
            "prognos": sel.version_of(versions, year=year - 1, kind="prognos"),
            "budget_fg": sel.version_of(versions, year=year - 1, kind="budget"),
        }
    lines = sel.result_lines(organisation_id=board.organisation_id, year=year)
    months = context.period.end.month if context.period else None
    previous_budget = sel.version_of(versions, year=year - 1, kind="budget") if follow_up else None
    chosen = [v for v in [*columns.values(), previous_budget] if v is not None]
    return Economy(
        year=year,
        follow_up=follow_up,
        columns=columns,
        lines=lines,
        sums=sel.entry_sums(versions=chosen, lines=lines, months=months),
        ledger=sel.ledger_sums(board=board, years=[year, year - 1], lines=lines),
        units=list(Unit.objects.filter(board=board).order_by("order")),
        board=board,
        previous_budget=previous_budget,
    )


def _column_labels(economy: Economy) -> list[tuple[str, str]]:
    labels = [(key, v.name) for key, v in economy.columns.items() if v is not None]
    if economy.follow_up:
        labels += [("budgetavvikelse", "Budgetavvikelse"), ("utfallsavvikelse", "Utfallsavvikelse")]
    return labels


def result_table(economy: Economy) -> Table:
    totals = {key: economy.totals(key) for key in economy.columns}
    rows = []
    for line in economy.lines.defs:
        values = {k: mnkr(t.get(line.key)) if t else None for k, t in totals.items()}
        if economy.follow_up:
            values["budgetavvikelse"] = calc.difference(values["utfall"], values["budget"])
            values["utfallsavvikelse"] = calc.difference(values["utfall"], values["utfall_fg"])
        rows.append(FigureRow(line.key, line.label, values, total=line.is_sum))
    return figure_table(
        key="resultatrapport",
        title="Resultatrapport",
        columns=_column_labels(economy),
        rows=rows,
        row_header="Belopp i mnkr",
    )


def _unit_amounts(economy: Economy, column: str) -> dict[int | None, sel.Amounts]:
    version = economy.columns.get(column) if column != "budget_fg" else economy.previous_budget
    if version is None:
        return {}
    return {
        unit_id: amounts
        for (version_id, unit_id), amounts in economy.sums.by_unit.items()
        if version_id == version.pk
    }


def _income(economy: Economy, amounts: sel.Amounts | None) -> Decimal | None:
    if amounts is None:
        return None
    return sum((amounts.get(k, Decimal(0)) for k in economy.lines.income_keys), Decimal(0))


def _result(economy: Economy, amounts: sel.Amounts | None) -> Decimal | None:
    return None if amounts is None else economy.lines.totals(amounts)["resultat"]


def _unit_rows(economy: Economy, *columns: str) -> list[tuple[str, str, int | None]]:
    """(row key, label, unit id) of every unit with figures in the columns, in unit order."""
    present = {u for c in columns for u in _unit_amounts(economy, c)}
    ordered = sorted(economy.units, key=lambda u: (u.kind != Unit.Kind.AREA, u.order))
    rows: list[tuple[str, str, int | None]] = [
        (label_key(u.name), u.name, u.pk) for u in ordered if u.pk in present
    ]
    unassigned = [_unit_amounts(economy, c).get(None) for c in columns]
    if any(_income(economy, amounts) for amounts in unassigned):
        rows.append(("ej_fordelat", "Ej fördelat på område", None))
    return rows


def operating_report(economy: Economy) -> tuple[Table, Chart]:
    """Driftredovisning: budget deviation (utfall − budget result), omsättning (the income),
    relation % and the previous year's deviation, per area; the sum row is computed likewise."""
    rows = []
    previous = _previous_deviations(economy)
    for key, label, unit_id in _unit_rows(economy, "utfall", "budget"):
        deviation = _deviation(economy, unit_id, "utfall", "budget")
        turnover = _income(economy, _unit_amounts(economy, "utfall").get(unit_id))
        rows.append((key, label, mnkr(deviation), mnkr(turnover)))
    table_rows = []
    for key, label, deviation, turnover in rows:
        values = {
            "budgetavvikelse": deviation,
            "omsattning": turnover,
            "relation": calc.relation_percent(deviation, turnover),
            "budgetavvikelse_fg": previous.get(key),
        }
        table_rows.append(FigureRow(key, label, values))
    totals: dict[str, Decimal | None] = {
        col: sum((r.values[col] or Decimal(0) for r in table_rows), Decimal(0))
        for col in ("budgetavvikelse", "omsattning", "budgetavvikelse_fg")
    }
    totals["relation"] = calc.relation_percent(totals["budgetavvikelse"], totals["omsattning"])
    table_rows.append(FigureRow("resultat", "Resultat", totals, total=True))
    year = economy.year
    table = figure_table(
        key="driftredovisning",
        title="Driftredovisning",
        columns=[
            ("budgetavvikelse", f"Budgetavvikelse {year}"),
            ("omsattning", f"Omsättning {year}"),
            ("relation", "Relation (%)"),
            ("budgetavvikelse_fg", f"Budgetavvikelse {year - 1}"),
        ],
        rows=table_rows,
        row_header="Belopp i mnkr",
        caption=(
            "Omsättning är områdets intäkter under året. Föregående års avvikelse beräknas ur "
            "föregående års utfall och budget per område, och tas annars som den redovisades "
            "i föregående års verksamhetsberättelse."
        ),
    )
    return table, deviation_chart(year, rows)


def _deviation(economy: Economy, unit_id: int | None, outcome: str, budget: str) -> Decimal | None:
    return calc.difference(
        _result(economy, _unit_amounts(economy, outcome).get(unit_id)),
        _result(economy, _unit_amounts(economy, budget).get(unit_id)),
    )


def _previous_deviations(economy: Economy) -> dict[str, Decimal | None]:
    """Last year's deviation per area row: computed where last year's figures per area exist,
    otherwise as last year's annual report published it."""
    computed = {
        key: mnkr(_deviation(economy, unit_id, "utfall_fg", "budget_fg"))
        for key, label, unit_id in _unit_rows(economy, "utfall_fg", "budget_fg")
    }
    reported = published_for_document(
        board=economy.board,
        year=economy.year - 1,
        document="verksamhetsberattelse",
        period="helar",
    )
    as_reported = {
        row: Decimal(f.value)
        for (table, row, column), f in reported.items()
        if table == "driftredovisning" and column == "budgetavvikelse"
    }
    return {**as_reported, **{k: v for k, v in computed.items() if v is not None}}


def deviation_chart(
    year: int, rows: list[tuple[str, str, Decimal | None, Decimal | None]]
) -> Chart:
    described = "; ".join(f"{label} {format_number(d, 1)} mnkr" for _, label, d, _ in rows)
    return Chart(
        key="budgetavvikelse_per_omrade",
        title=f"Budgetavvikelse per område {year}",
        chart_type="bar",
        categories=[label for _, label, _, _ in rows],
        series=[
            ChartSeries("budgetavvikelse", f"Budgetavvikelse {year}", [d for *_, d, _ in rows])
        ],
        unit="mnkr",
        description=f"{described}.",
    )


def operating_budget(economy: Economy, frames: dict[tuple[int, int], Decimal]) -> Table:
    """Driftbudget: omsättning (budgeted income) and varav budgetram per area, for the plan's
    budget and this year's forecast."""
    budget, forecast = economy.columns["budget"], economy.columns["prognos"]
    by_budget, by_forecast = _unit_amounts(economy, "budget"), _unit_amounts(economy, "prognos")
    rows, sums = (
        [],
        {
            k: Decimal(0)
            for k in ("omsattning", "budgetram", "omsattning_prognos", "budgetram_prognos")
        },
    )
    for key, label, unit_id in _unit_rows(economy, "budget", "prognos"):
        values = {
            "omsattning": mnkr(_income(economy, by_budget.get(unit_id))),
            "budgetram": mnkr(frames.get((budget.pk, unit_id))) if budget and unit_id else None,
            "omsattning_prognos": mnkr(_income(economy, by_forecast.get(unit_id))),
            "budgetram_prognos": (
                mnkr(frames.get((forecast.pk, unit_id))) if forecast and unit_id else None
            ),
        }
        for k, v in values.items():
            sums[k] += v or Decimal(0)
        rows.append(FigureRow(key, label, values))
    rows.append(FigureRow("summa", "Summa", dict(sums), total=True))
    b_name = budget.name if budget else "Budget"
    f_name = forecast.name if forecast else "Prognos"
    return figure_table(
        key="driftbudget",
        title="Driftbudget",
        columns=[
            ("omsattning", f"{b_name}: omsättning"),
            ("budgetram", f"{b_name}: varav budgetram"),
            ("omsattning_prognos", f"{f_name}: omsättning"),
            ("budgetram_prognos", f"{f_name}: varav budgetram"),
        ],
        rows=rows,
        row_header="Belopp i mnkr",
    )


def key_figures_table(economy: Economy) -> Table | None:
    chosen = [v for v in economy.columns.values() if v is not None]
    figures = sel.key_figures_of(chosen)
    if not figures:
        return None
    keys = sorted({(key, f.label) for (_, key), f in figures.items()})
    rows = []
    for key, label in keys:
        values = {
            col: (figures[(v.pk, key)].value if v and (v.pk, key) in figures else None)
            for col, v in economy.columns.items()
        }
        rows.append(FigureRow(key, label, values))
    columns = [(k, v.name) for k, v in economy.columns.items() if v is not None]
    return figure_table(
        key="ekonomiska_nyckeltal",
        title="Ekonomiska nyckeltal",
        columns=columns,
        rows=rows,
        row_header="Procent",
    )


def investments_table(economy: Economy) -> Table | None:
    chosen = [v for v in economy.columns.values() if v is not None]
    amounts = sel.investments_of(chosen)
    if not amounts:
        return None
    carried = economy.follow_up and any(c for (_, _, c) in amounts)
    rows: list[FigureRow] = []
    totals: dict[str, Decimal] = {}
    for category in InvestmentCategory:
        for part in (False, True) if carried else (False,):
            values = {}
            for col, version in economy.columns.items():
                amount = amounts.get((version.pk, category.value, part)) if version else None
                values[col] = mnkr(amount)
                totals[col] = totals.get(col, Decimal(0)) + (values[col] or Decimal(0))
            suffix = " överfört från tidigare års budget" if part else " innevarande års budget"
            key = category.value + ("_overfort" if part else "")
            rows.append(FigureRow(key, str(category.label) + (suffix if carried else ""), values))
    rows.append(FigureRow("summa", "Summa", dict(totals), total=True))
    columns = [(k, v.name) for k, v in economy.columns.items() if v is not None]
    return figure_table(
        key="investeringar",
        title="Bruttoinvesteringar",
        columns=columns,
        rows=rows,
        row_header="Belopp i mnkr",
    )


def follow_up_sections(economy: Economy) -> list[Section]:
    """002 §5: 5.1 Resultatrapport, 5.2 Årets resultat (the operating report per area and its
    chart), then the key figures where entered and 5.4 Investeringar."""
    table, chart = operating_report(economy)
    parts: list[tuple[str, str, list[Block | None]]] = [
        ("resultatrapport", "Resultatrapport", [result_table(economy)]),
        ("arets_resultat", "Årets resultat", [table, chart]),
        ("ekonomiska_nyckeltal", "Ekonomiska nyckeltal", [key_figures_table(economy)]),
        ("investeringar", "Investeringar", [investments_table(economy)]),
    ]
    return _subsections(parts)


def plan_sections(economy: Economy) -> list[Section]:
    """003/004 §6: 6.2 Ekonomiska nyckeltal, 6.3 Resultatbudget, 6.4 Driftbudget and
    6.5 Investeringsbudget (6.1, the budget's prose, is not a figure we hold)."""
    chosen = [v for v in economy.columns.values() if v is not None]
    parts: list[tuple[str, str, list[Block | None]]] = [
        ("ekonomiska_nyckeltal", "Ekonomiska nyckeltal", [key_figures_table(economy)]),
        ("resultatbudget", "Resultatbudget", [result_table(economy)]),
        ("driftbudget", "Driftbudget", [operating_budget(economy, sel.frames_of(chosen))]),
        ("investeringsbudget", "Investeringsbudget", [investments_table(economy)]),
    ]
    return _subsections(parts)


def _subsections(parts: list[tuple[str, str, list[Block | None]]]) -> list[Section]:
    """The sub-sections that have something to show, each with its blocks."""
    found = []
    for key, title, blocks in parts:
        shown = [b for b in blocks if b is not None]
        if shown:
            found.append(Section(key=key, title=title, blocks=shown))
    return found


@section("ekonomi")
def economy_section(context: BuildContext) -> Section | None:
    economy = load(context)
    if economy is None:
        return None
    blocks: list[Block] = []
    if economy.sums.unmapped:
        accounts = ", ".join(sorted(economy.sums.unmapped))
        blocks.append(Paragraph(f"Konton utan resultatrad i kontoplanen: {accounts}."))
    sections = follow_up_sections(economy) if economy.follow_up else plan_sections(economy)
    return Section(key="ekonomi", title="Ekonomi", blocks=blocks, sections=sections)
