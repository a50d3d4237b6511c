"""The follow-up's part of the documents: "Nämndens mål, strategier och uppdrag" with its
legend, the summary of results and one subsection per root of the plan tree; in a follow-up,
each status list is followed by the charts (outcome against target over the years) of its
numeric indicators that have values in at least two years."""

from __future__ import annotations

from collections.abc import Iterator

from arshjul.core.formatting import format_number
from arshjul.followup import symbols
from arshjul.followup.selectors import (
    Node,
    fulfilment_summary,
    indicator_histories,
    item_chart,
    plan_tree,
    years_with_values,
)
from arshjul.followup.texts import baseline_text, item_heading, outcome_text, target_text
from arshjul.reports.model import (
    Badge,
    Block,
    Cell,
    Chart,
    Column,
    Legend,
    LegendEntry,
    Paragraph,
    Row,
    Section,
    StatusEntry,
    StatusList,
    Table,
)
from arshjul.reports.registry import BuildContext, section


def as_badge(symbol: symbols.Symbol) -> Badge:
    return Badge(key=symbol.key, shape=symbol.shape, text=symbol.text, css=symbol.css)


def badge(table: dict[str, symbols.Symbol], key: str | None) -> Badge | None:
    symbol = table.get(key or "")
    return as_badge(symbol) if symbol else None


def legends(with_status: bool) -> list[Legend]:
    chosen = symbols.LEGENDS if with_status else ()
    return [
        Legend(
            key=key,
            title=title,
            entries=[LegendEntry(as_badge(s), s.legend) for s in table.values()],
        )
        for key, title, table in chosen
    ]


SUMMARY_COLUMNS = [
    Column("uppnatt", "Uppnått eller överträffat målnivån"),
    Column("mindre_avvikelse", "Mindre, acceptabel avvikelse från målnivån"),
    Column("storre_avvikelse", "Större negativ avvikelse från målnivån"),
]


def summary_table(context: BuildContext) -> Table:
    assert context.period is not None
    rows = fulfilment_summary(plan_year=context.plan_year, period=context.period)
    return Table(
        key="maluppfyllelse",
        title="Sammanfattning resultat av mål och uppdrag",
        row_header="Resultat måluppfyllelse",
        columns=SUMMARY_COLUMNS,
        rows=[
            Row(
                key=row.key,
                label=row.label,
                cells={
                    c.key: Cell(row.counts[c.key], format_number(row.counts[c.key]))
                    for c in SUMMARY_COLUMNS
                },
            )
            for row in rows
        ],
    )


def entry(node: Node, with_status: bool) -> StatusEntry:
    item, evaluation = node.item, node.evaluation
    indicator = (
        getattr(item, "indicator", None) if item.item_type.behaviour == "indicator" else None
    )
    assessment = node.assessment if with_status else None
    result = StatusEntry(
        key=item.key or f"item-{item.pk}",
        kind=item.item_type.name,
        label=item.label,
        title=item.title,
        comment_html=assessment.comment if assessment else "",
        children=[entry(child, with_status) for child in node.children],
    )
    if indicator is not None:
        if indicator.target_value is not None:
            result.target = target_text(indicator)
        if indicator.long_term_value is not None:
            result.long_term_target = target_text(indicator, long_term=True)
        result.baseline = baseline_text(indicator)
        if (
            indicator.is_numeric
            and with_status
            and (indicator.target_value is not None or assessment is not None)
        ):
            result.outcome = outcome_text(indicator, assessment)
    if with_status:
        result.fulfilment = badge(symbols.FULFILMENT, assessment.fulfilment if assessment else None)
        result.status = badge(symbols.INDICATOR_STATUS, evaluation.status)
        result.trend = badge(symbols.TREND, evaluation.trend)
        if evaluation.overridden:
            result.note = f"Manuellt satt status. Skäl: {evaluation.override_reason}"
    return result


def indicator_charts(context: BuildContext) -> dict[int, Chart]:
    """Outcome against target over the years, per numeric indicator with values in at least
    two years (this year up to the period, and the years of the items it continues)."""
    charts: dict[int, Chart] = {}
    for item, history in indicator_histories(plan_year=context.plan_year, period=context.period):
        if len(years_with_values(history)) < 2:
            continue
        chart = item_chart(item=item, history=history, key=f"utfall_{item.key or item.pk}")
        if chart is not None:
            charts[item.pk] = chart
    return charts


@section("mal_strategier_uppdrag")
def goals_section(context: BuildContext) -> Section:
    with_status = context.period is not None
    tree = plan_tree(user=context.user, plan_year=context.plan_year, period=context.period)
    charts = indicator_charts(context) if with_status else {}
    title = "Nämndens mål, strategier och uppdrag" if with_status else "Mål, strategier och uppdrag"
    result = Section(key="mal_strategier_uppdrag", title=title)
    result.blocks.extend(legends(with_status))
    if with_status:
        result.sections.append(
            Section(
                key="sammanfattning",
                title="Sammanfattning resultat av mål och uppdrag",
                blocks=[summary_table(context)],
            )
        )
    result.sections.extend(node_section(node, with_status, charts) for node in tree)
    return result


def node_section(node: Node, with_status: bool, charts: dict[int, Chart]) -> Section:
    """A heading item (perspective, strategy, målområde) becomes a section; its other children
    become the entries of a status list, followed by the charts of the indicators among them,
    its heading children subsections."""
    key = node.item.key or f"item-{node.item.pk}"
    blocks: list[Block] = []
    if with_status and node.assessment and node.assessment.comment:
        blocks.append(Paragraph(html=node.assessment.comment))
    listed = [c for c in node.children if not is_heading(c)]
    if listed:
        blocks.append(
            StatusList(key=key, title="", entries=[entry(c, with_status) for c in listed])
        )
        blocks.extend(charts[n.item.pk] for n in _walk(listed) if n.item.pk in charts)
    return Section(
        key=key,
        title=item_heading(node.item),
        blocks=blocks,
        sections=[node_section(c, with_status, charts) for c in node.children if is_heading(c)],
    )


def _walk(nodes: list[Node]) -> Iterator[Node]:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def is_heading(node: Node) -> bool:
    return node.item.item_type.behaviour == "group"
