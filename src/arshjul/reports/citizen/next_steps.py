"""Det här gör nämnden härnäst: the goals and the board's own assignments of next year's plan
when the board has one; otherwise this year's assignments that are not finished."""

from __future__ import annotations

from arshjul.followup.selectors import Node, plan_tree
from arshjul.planning.models import Assignment, Behaviour, Origin, PlanYear
from arshjul.planning.selectors import plan_years_of
from arshjul.reports.citizen.text import (
    behaviour,
    count,
    listed,
    para,
    sentence,
    title_of,
    walk,
)
from arshjul.reports.model import Block, Paragraph, Section
from arshjul.reports.registry import BuildContext, section

NEXT = 8  # goals and assignments listed at most
STATE = dict(Assignment.State.choices)


def unfinished(node: Node) -> bool:
    detail = getattr(node.item, "assignment", None)
    return (
        behaviour(node) == Behaviour.ASSIGNMENT
        and detail is not None
        and detail.state != Assignment.State.DONE
    )


def with_state(node: Node) -> str:
    return sentence("{}: {}", STATE[node.item.assignment.state], node.item.title)


def from_next_plan(context: BuildContext, following: PlanYear) -> list[Block]:
    """The goals first, then as many of the board's own assignments as there is room for."""
    nodes = list(walk(plan_tree(user=context.user, plan_year=following, period=None)))
    goals = [n for n in nodes if behaviour(n) == Behaviour.GOAL]
    assignments = [n for n in nodes if behaviour(n) == Behaviour.ASSIGNMENT]
    own = [n for n in assignments if n.item.origin == Origin.BOARD]
    year = following.year
    intro = [
        sentence("Nämnden har en plan för {}. Den säger vad verksamheten ska arbeta med.", year),
        sentence("Planen har {} mål och {} uppdrag.", count(len(goals)), count(len(assignments))),
    ]
    if council := sum(1 for n in assignments if n.item.origin == Origin.COUNCIL):
        intro.append(sentence("{} av uppdragen kommer från regionfullmäktige.", count(council)))
    room = NEXT - min(len(goals), NEXT)
    text = para(*intro) + listed(f"Målen för {year}", goals, NEXT, title_of, "Och {} mål till.")
    if own and room:
        text += listed("Nämndens egna uppdrag", own, room, title_of, "Och {} uppdrag till.")
    elif own:
        text += para(sentence("Nämnden har också {} egna uppdrag.", count(len(own))))
    return [Paragraph(text)]


def from_unfinished(context: BuildContext) -> list[Block]:
    tree = plan_tree(user=context.user, plan_year=context.plan_year, period=context.period)
    left = [n for n in walk(tree) if unfinished(n)]
    if not left:
        return []
    year = context.plan_year.year
    intro = para(
        sentence("Nämnden har ännu ingen plan för {}.", year + 1),
        sentence("Här är uppdrag från {} som inte är klara.", year),
    )
    more = "Och {} uppdrag till."
    return [Paragraph(intro + listed("Uppdrag som inte är klara", left, NEXT, with_state, more))]


@section("medborgare_framat")
def next_section(context: BuildContext) -> Section | None:
    year = context.plan_year.year
    board = context.plan_year.board
    following = next((p for p in plan_years_of(board=board) if p.year == year + 1), None)
    blocks = from_next_plan(context, following) if following else from_unfinished(context)
    if not blocks:
        return None
    return Section(key="medborgare_framat", title="Det här gör nämnden härnäst", blocks=blocks)
