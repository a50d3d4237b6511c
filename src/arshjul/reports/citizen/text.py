"""The pieces the citizen sections write with: sentences with their data escaped, paragraphs,
short lists, the span of a period in words and the words for the plan's kinds of items."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.utils.html import format_html

from arshjul.core.formatting import format_number
from arshjul.followup.selectors import Node
from arshjul.planning.models import Behaviour, Origin, PlanYear

MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)


def sentence(template: str, *args: Any) -> str:
    """A sentence (or a part of one) with its data escaped."""
    return str(format_html(template, *args))


def para(*sentences: str) -> str:
    return "<p>" + " ".join(s for s in sentences if s) + "</p>"


def bullets(lines: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"


def count(n: int) -> str:
    return format_number(n)


def listed(
    heading: str, nodes: list[Node], limit: int, line: Callable[[Node], str], more: str
) -> str:
    """A short heading, at most ``limit`` lines and a sentence on how many were left out
    (``more`` holds one ``{}`` for that number)."""
    if not nodes or limit <= 0:
        return ""
    text = para(sentence("<strong>{}</strong>", heading))
    text += bullets(line(n) for n in nodes[:limit])
    if len(nodes) > limit:
        text += para(sentence(more, count(len(nodes) - limit)))
    return text


def walk(nodes: list[Node]) -> Iterator[Node]:
    """The plan tree's nodes in document order."""
    for node in nodes:
        yield node
        yield from walk(node.children)


def behaviour(node: Node) -> str:
    return node.item.item_type.behaviour


def title_of(node: Node) -> str:
    return sentence("{}", node.item.title)


def span(plan_year: PlanYear, period: Any | None) -> str:
    """ "2021" for a whole year, "januari–april 2021" for a part of one."""
    year = plan_year.year
    if period is None or (period.start.month, period.end.month) == (1, 12):
        return str(year)
    return f"{MONTHS[period.start.month - 1]}–{MONTHS[period.end.month - 1]} {year}"


def terms(plan_year: PlanYear, nodes: list[Node]) -> str:
    """Who the board is and what the words for the plan's kinds of items mean."""
    board = plan_year.board
    kinds = {(behaviour(n), n.item.origin) for n in nodes}
    texts = [
        sentence("{} är en nämnd i {}.", board.name, str(board.organisation)),
        "En nämnd är en grupp politiker som styr en del av regionens verksamhet.",
        "Varje år bestämmer nämnden vad verksamheten ska arbeta med.",
    ]
    if any(b == Behaviour.GOAL for b, _ in kinds):
        texts.append("Ett mål säger vad nämnden vill uppnå.")
    if (Behaviour.GOAL, Origin.BOARD) in kinds:
        texts.append("Ett nämndmål är ett mål som nämnden själv har bestämt.")
    if any(b == Behaviour.ASSIGNMENT for b, _ in kinds):
        texts.append("Ett uppdrag är en uppgift som verksamheten ska utföra.")
    if any(o == Origin.COUNCIL for _, o in kinds):
        texts.append(
            "En del mål och uppdrag kommer från regionfullmäktige. Regionfullmäktige är "
            "regionens högsta politiska församling. Invånarna röstar fram den i valet."
        )
    return para(*texts)
