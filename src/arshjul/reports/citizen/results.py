"""Det här har nämnden gjort: the summary of results of the goals section, told in sentences,
and the goals reached and not reached, each with its badge (shape and text). A year that is
not followed up yet tells what its plan holds instead."""

from __future__ import annotations

from arshjul.followup import symbols
from arshjul.followup.selectors import Node, SummaryRow, fulfilment_summary, plan_tree
from arshjul.planning.models import Behaviour
from arshjul.reports.citizen.text import (
    behaviour,
    bullets,
    count,
    listed,
    para,
    sentence,
    span,
    terms,
    title_of,
    walk,
)
from arshjul.reports.model import Block, Cell, Column, Paragraph, Row, Section, Table
from arshjul.reports.registry import BuildContext, section

LISTED = 5  # goals listed per kind (reached, not reached)
REACHED = "uppnatt"

VERBS: dict[
    str, dict[str, str]
] = {  # what happened at each fulfilment level, to a goal and to an assignment
    Behaviour.GOAL: {
        "uppnatt": "nåddes",
        "mindre_avvikelse": "nåddes delvis",
        "storre_avvikelse": "nåddes inte",
    },
    Behaviour.ASSIGNMENT: {
        "uppnatt": "gick som planerat",
        "mindre_avvikelse": "gick delvis som planerat",
        "storre_avvikelse": "gick inte som planerat",
    },
}
MEANING = {
    "uppnatt": "att målet nåddes eller att uppdraget gick som planerat",
    "mindre_avvikelse": "att det nästan blev som planerat",
    "storre_avvikelse": "att det inte blev som planerat",
}


def fulfilment(node: Node) -> str:
    return node.assessment.fulfilment if node.assessment else ""


def summary_lines(rows: list[SummaryRow], kinds: dict[str, str]) -> str:
    """One line per row of the summary: "Nämndens mål: 4 av 7 nåddes. 3 nåddes delvis." """
    levels = list(symbols.FULFILMENT)
    lines = []
    for row in rows:
        total = sum(row.counts.values())
        if not total:
            continue
        verbs = VERBS.get(kinds.get(row.key, ""), VERBS[Behaviour.GOAL])
        first, *others = levels
        parts = [
            sentence(
                "{}: {} av {} {}.", row.label, count(row.counts[first]), count(total), verbs[first]
            )
        ]
        parts += [
            sentence("{} {}.", count(row.counts[level]), verbs[level])
            for level in others
            if row.counts[level]
        ]
        lines.append(" ".join(parts))
    return bullets(lines)


def badge_meanings() -> str:
    return para(
        *(
            sentence("{} {} betyder {}.", s.shape, s.text, MEANING[key])
            for key, s in symbols.FULFILMENT.items()
        )
    )


def summary_table(rows: list[SummaryRow], when: str) -> Table:
    """The counts of the goals section's summary table, with the badges as column labels."""
    levels = symbols.FULFILMENT
    columns = [Column(key, f"{s.shape} {s.text}") for key, s in levels.items()]

    def cells(row: SummaryRow) -> dict[str, Cell]:
        total = sum(row.counts.values())
        found = {key: Cell(row.counts[key], count(row.counts[key])) for key in levels}
        return {**found, "totalt": Cell(total, count(total))}

    return Table(
        key="medborgare_resultat",
        title=f"Mål och uppdrag {when}",
        row_header="Vad",
        columns=[*columns, Column("totalt", "Totalt")],
        rows=[Row(key=row.key, label=row.label, cells=cells(row)) for row in rows],
    )


def with_badge(node: Node) -> str:
    symbol = symbols.FULFILMENT[fulfilment(node)]
    return sentence("{} {}: {}", symbol.shape, symbol.text, node.item.title)


def goal_lists(goals: list[Node]) -> str:
    reached = [n for n in goals if fulfilment(n) == REACHED]
    missed = [n for n in goals if fulfilment(n) not in ("", REACHED)]
    return listed(
        "Mål som nåddes", reached, LISTED, with_badge, "Och {} mål till nåddes."
    ) + listed(
        "Mål som inte nåddes helt",
        missed,
        LISTED,
        with_badge,
        "Och {} mål till nåddes inte helt.",
    )


def plan_contents(counted: list[Node]) -> str:
    """How many items of each row of the summary the plan holds, in the summary's order."""
    found: dict[str, tuple[str, int]] = {}
    for node in sorted(counted, key=lambda n: n.item.item_type.order):
        item_type = node.item.item_type
        label, n = found.get(item_type.summary_key, (item_type.summary_label, 0))
        found[item_type.summary_key] = (label, n + 1)
    return bullets(sentence("{}: {}", label, count(n)) for label, n in found.values())


def not_followed_up(context: BuildContext, counted: list[Node]) -> list[Block]:
    year = context.plan_year.year
    status = (
        sentence(
            "Nämnden har ännu inte följt upp sina mål och uppdrag för {}.",
            span(context.plan_year, context.period),
        )
        if context.period is not None
        else sentence("Det här är nämndens plan för {}. Uppföljningen kommer senare.", year)
    )
    goals = [n for n in counted if behaviour(n) == Behaviour.GOAL]
    blocks: list[Block] = [
        Paragraph(terms(context.plan_year, counted)),
        Paragraph(
            para(status, sentence("Planen för {} innehåller:", year)) + plan_contents(counted)
        ),
    ]
    if goals:
        more = "Och {} mål till."
        blocks.append(Paragraph(listed(f"Mål för {year}", goals, LISTED, title_of, more)))
    return blocks


@section("medborgare_resultat")
def results_section(context: BuildContext) -> Section | None:
    tree = plan_tree(user=context.user, plan_year=context.plan_year, period=context.period)
    counted = [n for n in walk(tree) if n.item.item_type.summary_key]
    if not counted:
        return None
    result = Section(key="medborgare_resultat", title="Det här har nämnden gjort")
    rows = []
    if context.period is not None:
        rows = fulfilment_summary(plan_year=context.plan_year, period=context.period)
    if not any(sum(row.counts.values()) for row in rows):
        result.blocks.extend(not_followed_up(context, counted))
        return result
    when = span(context.plan_year, context.period)
    kinds = {n.item.item_type.summary_key: behaviour(n) for n in counted}
    intro = para(sentence("Så här gick det med nämndens mål och uppdrag under {}:", when))
    result.blocks += [
        Paragraph(terms(context.plan_year, counted)),
        Paragraph(intro + summary_lines(rows, kinds)),
        summary_table(rows, when),
        Paragraph(badge_meanings()),
    ]
    goals = [n for n in counted if behaviour(n) == Behaviour.GOAL]
    if lists := goal_lists(goals):
        result.blocks.append(Paragraph(lists))
    return result
