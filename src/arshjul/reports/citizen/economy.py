"""Ekonomin i korthet: the year's result, its deviation from the budget, the net cost, the
gross investments and the FTE at the year's end, in sentences and one small table.

The amounts are read from the economy section's own tables (``result_table`` and
``investments_table`` over the same ``load``), so they are the figures of the resultatrapport
and the investment table to the last decimal. Without an outcome for the period (a plan year,
or a part of a year without figures) the section tells the year's budget as the plan decided
it. Words such as "överskott" and "underskott", "bättre" and "sämre" follow the sign."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arshjul.core.formatting import format_number
from arshjul.finance.report_sections.economy import investments_table, load, result_table
from arshjul.people import calculations as people_calc
from arshjul.people.selectors import fte_rows_of
from arshjul.reports.cells import FigureRow, figure_table
from arshjul.reports.citizen.text import para, sentence, span
from arshjul.reports.model import Block, Paragraph, Section, Table
from arshjul.reports.registry import BuildContext, section

MNKR = "miljoner kronor"
RESULT, NET_COST = "resultat", "verksamhetens_nettokostnad"  # line keys of finance.presets


@dataclass
class Figures:
    """The year's economy in a few figures (mnkr)."""

    year: int
    outcome: bool  # the outcome (utfall) of the period; else the budget the plan decided
    column: str  # the column's name: "Utfall 2021", "Budget 2024"
    lines: dict[str, Decimal | None]  # result-report line key → amount in the column
    labels: dict[str, str]  # result-report line key → label
    budget_result: Decimal | None = None
    deviation: Decimal | None = None
    investments: Decimal | None = None
    fte: Decimal | None = None


def column_values(table: Table, column: str) -> dict[str, Any]:
    return {row.key: row.cells[column].value for row in table.rows if column in row.cells}


def invested(table: Table | None, column: str) -> Decimal | None:
    """The Summa row of the investments, when a category has a figure in the column."""
    if table is None or not any(
        r.cells[column].value is not None for r in table.rows if not r.total
    ):
        return None
    return column_values(table, column).get("summa")


def economy_figures(context: BuildContext) -> Figures | None:
    economy = load(context)
    column = "utfall"
    if economy is not None and not (economy.follow_up and economy.detail(column)):
        economy = load(BuildContext(user=context.user, plan_year=context.plan_year, period=None))
        column = "budget"
    if economy is None or not economy.detail(column):
        return None
    version = economy.columns[column]
    assert version is not None  # detail() is empty without a version
    table = result_table(economy)
    figures = Figures(
        year=economy.year,
        outcome=column == "utfall",
        column=version.name,
        lines=column_values(table, column),
        labels={row.key: row.label for row in table.rows},
        investments=invested(investments_table(economy), column),
    )
    if figures.outcome:
        figures.budget_result = column_values(table, "budget").get(RESULT)
        figures.deviation = column_values(table, "budgetavvikelse").get(RESULT)
        figures.fte = year_end_fte(context)
    return figures


def year_end_fte(context: BuildContext) -> Decimal | None:
    """The FTE total per 31 December (the personnel section's Summa row), shown like that
    section in the full-year report only."""
    if context.period is None or context.period.key != "helar":
        return None
    plan_year = context.plan_year
    rows = fte_rows_of(board=plan_year.board, year=plan_year.year)
    return people_calc.fte_sum(people_calc.Split(r.women, r.men) for r in rows).total


def mnkr(amount: Decimal) -> str:
    return format_number(abs(amount), 1, unit=MNKR)


def surplus(amount: Decimal) -> str:
    """ "ett överskott på 2,0 miljoner kronor", "ett underskott på …" or "ett nollresultat"."""
    if amount == 0:
        return "ett nollresultat"
    return sentence("ett {} på {}", "överskott" if amount > 0 else "underskott", mnkr(amount))


def result_sentences(f: Figures, when: str) -> list[str]:
    result = f.lines.get(RESULT)
    if result is None:
        return []
    if f.outcome:
        texts = [sentence("Nämndens resultat för {} blev {}.", when, surplus(result))]
    else:
        texts = [
            "En budget är en plan för hur mycket pengar verksamheten ska få in och använda.",
            sentence("Nämndens budget för {} visar {}.", f.year, surplus(result)),
        ]
    if result < 0:
        texts.append("Ett underskott betyder att kostnaderna är större än intäkterna.")
    elif result > 0:
        texts.append("Ett överskott betyder att intäkterna är större än kostnaderna.")
    return texts


def deviation_sentences(f: Figures) -> list[str]:
    if f.deviation is None or f.budget_result is None:
        return []
    texts = [sentence("Nämnden hade budgeterat {}.", surplus(f.budget_result))]
    if f.deviation == 0:
        texts.append("Resultatet blev precis som budgeten.")
    else:
        word = "bättre" if f.deviation > 0 else "sämre"
        texts.append(sentence("Resultatet blev {} {} än budgeten.", mnkr(f.deviation), word))
    return texts


def net_cost_sentences(f: Figures) -> list[str]:
    """The net cost in report sign: positive when the income is larger than the costs."""
    net = f.lines.get(NET_COST)
    if net is None:
        return []
    if net == 0:
        return [
            "Intäkterna och kostnaderna är lika stora före räntor och andra finansiella poster."
        ]
    larger, smaller = ("intäkterna", "kostnaderna") if net > 0 else ("kostnaderna", "intäkterna")
    template = (
        "Före räntor och andra finansiella poster var {} {} större än {}."
        if f.outcome
        else "Enligt budgeten blir {} {} större än {} före räntor och andra finansiella poster."
    )
    return [sentence(template, larger, mnkr(net), smaller)]


def investment_sentences(f: Figures, when: str) -> list[str]:
    if f.investments is None:
        return []
    amount = format_number(f.investments, 1, unit=MNKR)
    text = (
        sentence("Nämnden investerade för {} under {}.", amount, when)
        if f.outcome
        else sentence("Nämnden planerar att investera för {} under {}.", amount, f.year)
    )
    return [text, "En investering är något som används i många år, till exempel en byggnad."]


def fte_sentences(f: Figures) -> list[str]:
    if f.fte is None:
        return []
    return [
        sentence(
            "Den 31 december {} hade verksamheten {} årsarbetare med tillsvidareanställning.",
            f.year,
            format_number(f.fte, 1),
        ),
        "En årsarbetare är samma sak som en person som arbetar heltid ett helt år.",
    ]


def economy_table(f: Figures) -> Table:
    net_label = f.labels.get(NET_COST, "")
    rows = [
        FigureRow(RESULT, f"Resultat ({MNKR})", {"belopp": f.lines.get(RESULT)}),
        FigureRow("budgetavvikelse", f"Skillnad mot budget ({MNKR})", {"belopp": f.deviation}),
        FigureRow(NET_COST, f"{net_label} ({MNKR})", {"belopp": f.lines.get(NET_COST)}),
        FigureRow("investeringar", f"Investeringar ({MNKR})", {"belopp": f.investments}),
        FigureRow("arsarbetare", "Årsarbetare den 31 december", {"belopp": f.fte}),
    ]
    return figure_table(
        key="medborgare_ekonomi",
        title="Ekonomin i siffror",
        columns=[("belopp", f.column)],
        row_header="Vad",
        rows=[r for r in rows if r.values["belopp"] is not None],
    )


@section("medborgare_ekonomi")
def economy_section(context: BuildContext) -> Section | None:
    figures = economy_figures(context)
    if figures is None:
        return None
    blocks: list[Block] = []
    when = str(figures.year)
    if figures.outcome:
        when = span(context.plan_year, context.period)
    elif context.period is not None:
        missing = sentence(
            "Det finns ännu inga siffror för hur det gick under {}.",
            span(context.plan_year, context.period),
        )
        blocks.append(Paragraph(para(missing, "Här visar vi i stället nämndens budget.")))
    groups = (
        result_sentences(figures, when),
        deviation_sentences(figures),
        net_cost_sentences(figures),
        investment_sentences(figures, when),
        fte_sentences(figures),
    )
    blocks += [Paragraph(para(*texts)) for texts in groups if texts]
    blocks.append(economy_table(figures))
    return Section(key="medborgare_ekonomi", title="Ekonomin i korthet", blocks=blocks)
