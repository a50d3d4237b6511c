"""Reads of the follow-up. Each selector runs a fixed number of queries whatever the plan size."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count, Prefetch

from arshjul.followup.calculations import summarise
from arshjul.followup.evaluation import Evaluation, evaluate
from arshjul.followup.models import Assessment, Fulfilment, Period
from arshjul.followup.texts import value_text
from arshjul.organisations import access
from arshjul.organisations.models import Unit
from arshjul.planning.models import Indicator, Item, ItemType, PlanYear
from arshjul.reports.model import Chart, ChartSeries


@dataclass
class Node:
    """An item of the plan tree with its assessment in the chosen period."""

    item: Item
    assessment: Assessment | None
    evaluation: Evaluation
    can_report: bool
    children: list[Node] = field(default_factory=list)


def periods_of(*, plan_year: PlanYear) -> list[Period]:
    return list(Period.objects.filter(plan_year=plan_year).order_by("order"))


def _items(plan_year: PlanYear) -> list[Item]:
    return list(
        Item.objects.filter(plan_year=plan_year)
        .select_related("item_type", "indicator", "assignment")
        .prefetch_related(Prefetch("responsible_units", queryset=Unit.objects.only("id")))
        .order_by("order", "pk")
    )


def previous_values(
    *, plan_year: PlanYear, period: Period | None, items: list[Item]
) -> dict[int, Decimal]:
    """For each item, the outcome before ``period``: an earlier period of the year, else the
    last outcome of the item it continues, else the indicator's baseline. Two queries."""
    found: dict[int, Decimal] = {}
    for item in items:
        indicator = getattr(item, "indicator", None)
        if indicator is not None and indicator.baseline_value is not None:
            found[item.pk] = indicator.baseline_value
    by_previous_item = {i.continues_id: i.pk for i in items if i.continues_id}
    for prev_item_id, outcome in (
        Assessment.objects.filter(item_id__in=by_previous_item, outcome__isnull=False)
        .order_by("period__order")
        .values_list("item_id", "outcome")
    ):
        found[by_previous_item[prev_item_id]] = outcome
    if period is not None:
        for item_id, outcome in (
            Assessment.objects.filter(
                item__plan_year=plan_year, period__order__lt=period.order, outcome__isnull=False
            )
            .order_by("period__order")
            .values_list("item_id", "outcome")
        ):
            found[item_id] = outcome
    return found


def plan_tree(*, user: Any, plan_year: PlanYear, period: Period | None) -> list[Node]:
    """The plan as a tree with each item's assessment and evaluation in ``period``."""
    items = _items(plan_year)
    assessments: dict[int, Assessment] = {}
    if period is not None:
        assessments = {a.item_id: a for a in Assessment.objects.filter(period=period)}
    previous = previous_values(plan_year=plan_year, period=period, items=items)
    may_report = access.report_checker(user, plan_year.board)
    nodes: dict[int, Node] = {}
    for item in items:
        assessment = assessments.get(item.pk)
        nodes[item.pk] = Node(
            item=item,
            assessment=assessment,
            evaluation=evaluate(
                item=item,
                assessment=assessment,
                previous_value=previous.get(item.pk),
                tolerance_percent=plan_year.status_tolerance,
            ),
            can_report=period is not None
            and not period.locked
            and may_report({u.pk for u in item.responsible_units.all()}),
        )
    roots: list[Node] = []
    for item in items:
        node = nodes[item.pk]
        parent = nodes.get(item.parent_id) if item.parent_id else None
        (parent.children if parent else roots).append(node)
    return roots


@dataclass
class TreeRow:
    """A node of the tree in document order with the list markup around it, so a template
    renders nested lists in one loop instead of one include per node."""

    node: Node
    head: str  # '<ul class="tree">' before the first child of a list, else ""
    tail: str  # the "</li>" and "</ul>" that close after this row


def tree_rows(nodes: list[Node]) -> list[TreeRow]:
    rows: list[TreeRow] = []

    def walk(level: list[Node], css: str) -> None:
        for index, node in enumerate(level):
            rows.append(TreeRow(node, f'<ul class="{css}">' if index == 0 else "", ""))
            walk(node.children, "tree")
            rows[-1].tail += "</li>" + ("</ul>" if index == len(level) - 1 else "")

    walk(nodes, "tree root")
    return rows


@dataclass(frozen=True)
class SummaryRow:
    key: str
    label: str
    counts: dict[str, int]


def fulfilment_summary(*, plan_year: PlanYear, period: Period) -> list[SummaryRow]:
    """Count items per summary category × fulfilment in a period (002, 4.1). Two queries."""
    types = list(
        ItemType.objects.filter(plan_year=plan_year)
        .exclude(summary_key="")
        .order_by("order")
        .values_list("summary_key", "summary_label")
    )
    rows = (
        Assessment.objects.filter(period=period, item__plan_year=plan_year)
        .exclude(item__item_type__summary_key="")
        .exclude(fulfilment="")
        .values_list("item__item_type__summary_key", "fulfilment")
        .annotate(n=Count("id"))
    )
    levels = [choice.value for choice in Fulfilment]
    labels: dict[str, str] = {}
    for key, label in types:
        labels.setdefault(key, label)
    table = summarise(rows, categories=list(labels), levels=levels)
    return [SummaryRow(key=k, label=labels[k], counts=table[k]) for k in labels]


def item_node(*, user: Any, item: Item, period: Period) -> Node:
    """One item with its evaluated assessment in ``period`` (for the follow-up form)."""
    assessment = Assessment.objects.filter(item=item, period=period).first()
    previous = previous_values(plan_year=item.plan_year, period=period, items=[item])
    return Node(
        item=item,
        assessment=assessment,
        evaluation=evaluate(
            item=item,
            assessment=assessment,
            previous_value=previous.get(item.pk),
            tolerance_percent=item.plan_year.status_tolerance,
        ),
        can_report=access.can_report_on(user, item),
    )


@dataclass(frozen=True)
class HistoryRow:
    item: Item
    period: Period
    assessment: Assessment | None
    evaluation: Evaluation


def _chain(item: Item) -> list[Item]:
    """The item and the same item in earlier and later years, oldest first."""
    related = ("item_type", "indicator", "plan_year", "assignment")
    chain = [item]
    seen = {item.pk}
    current: Item | None = item
    while current is not None and current.continues_id and current.continues_id not in seen:
        current = Item.objects.select_related(*related).filter(pk=current.continues_id).first()
        if current is not None:
            chain.insert(0, current)
            seen.add(current.pk)
    current = item
    while current is not None:
        current = (
            Item.objects.select_related(*related)
            .filter(continues=current)
            .exclude(pk__in=seen)
            .first()
        )
        if current is not None:
            chain.append(current)
            seen.add(current.pk)
    return chain


def item_history(*, user: Any, item: Item) -> list[HistoryRow]:
    """Every period of every year of the item's chain, with its evaluated assessment."""
    chain = _chain(item)
    periods = list(
        Period.objects.filter(plan_year__in={i.plan_year_id for i in chain})
        .select_related("plan_year")
        .order_by("plan_year__year", "order")
    )
    assessments = {
        (a.item_id, a.period_id): a
        for a in Assessment.objects.filter(item_id__in=[i.pk for i in chain])
    }
    return _history_rows(chain, periods, assessments)


def _history_rows(
    chain: list[Item], periods: list[Period], assessments: dict[tuple[int, int], Assessment]
) -> list[HistoryRow]:
    """The rows of a chain (oldest item first) over the given periods, each assessment
    evaluated against the last outcome before it (or the indicator's baseline). No queries."""
    rows: list[HistoryRow] = []
    last_outcome: Decimal | None = None
    for chained in chain:
        indicator = getattr(chained, "indicator", None)
        baseline = indicator.baseline_value if indicator is not None else None
        previous = last_outcome if last_outcome is not None else baseline
        for period in (p for p in periods if p.plan_year_id == chained.plan_year_id):
            assessment = assessments.get((chained.pk, period.pk))
            evaluation = evaluate(
                item=chained,
                assessment=assessment,
                previous_value=previous,
                tolerance_percent=period.plan_year.status_tolerance,
            )
            rows.append(HistoryRow(chained, period, assessment, evaluation))
            if assessment is not None and assessment.outcome is not None:
                previous = last_outcome = assessment.outcome
    return rows


def indicator_histories(
    *, plan_year: PlanYear, period: Period | None
) -> list[tuple[Item, list[HistoryRow]]]:
    """Each numeric indicator of ``plan_year`` with its history: the items it continues in
    earlier years and their periods, and this year's periods up to ``period``. For the
    documents' charts; three queries whatever the plan size."""
    items = {
        i.pk: i
        for i in Item.objects.filter(
            plan_year__board_id=plan_year.board_id,
            plan_year__year__lte=plan_year.year,
            item_type__behaviour="indicator",
            indicator__measure=Indicator.Measure.NUMERIC,
        )
        .select_related("item_type", "indicator", "plan_year")
        .order_by("order", "pk")
    }
    chains: list[list[Item]] = []
    for item in items.values():
        if item.plan_year_id != plan_year.pk:
            continue
        chain = [item]
        while chain[0].continues_id in items and items[chain[0].continues_id] not in chain:
            chain.insert(0, items[chain[0].continues_id])
        chains.append(chain)
    periods = [
        p
        for p in Period.objects.filter(plan_year_id__in={i.plan_year_id for i in items.values()})
        .select_related("plan_year")
        .order_by("plan_year__year", "order")
        if period is None or p.plan_year.year < plan_year.year or p.order <= period.order
    ]
    assessments = {
        (a.item_id, a.period_id): a for a in Assessment.objects.filter(item_id__in=items)
    }
    return [(chain[-1], _history_rows(chain, periods, assessments)) for chain in chains]


def years_with_values(history: list[HistoryRow]) -> set[int]:
    """The years in which an item's chain has an outcome (or a baseline) to show."""
    years = {
        row.period.plan_year.year
        for row in history
        if row.assessment is not None and row.assessment.outcome is not None
    }
    for row in history:
        indicator = getattr(row.item, "indicator", None)
        if (
            indicator is not None
            and indicator.baseline_year
            and indicator.baseline_value is not None
        ):
            years.add(indicator.baseline_year)
    return years


def item_chart(*, item: Item, history: list[HistoryRow], key: str = "") -> Chart | None:
    """Outcome against target over periods and years, for a numeric indicator (the item page
    and, for the indicators with values in two years or more, the documents)."""
    indicator = getattr(item, "indicator", None)
    if item.item_type.behaviour != "indicator" or indicator is None or not indicator.is_numeric:
        return None
    categories: list[str] = []
    outcomes: list[Decimal | None] = []
    targets: list[Decimal | None] = []
    seen_baselines: set[int] = set()
    for row in history:
        chained = row.item.indicator
        year = chained.baseline_year
        if (
            year
            and chained.baseline_value is not None
            and year not in seen_baselines
            and not any(c.endswith(str(year)) for c in categories)
        ):
            seen_baselines.add(year)
            categories.append(f"Utfall {year}")
            outcomes.append(chained.baseline_value)
            targets.append(None)
        if row.assessment is None or row.assessment.outcome is None:
            continue
        categories.append(f"{row.period.name} {row.period.plan_year.year}")
        outcomes.append(row.assessment.outcome)
        targets.append(chained.target_value)
    if not outcomes:
        return None
    unit = indicator.unit
    description = "; ".join(
        f"{c}: utfall {value_text(o, indicator)}"
        + (f", målvärde {value_text(t, indicator)}" if t is not None else "")
        for c, o, t in zip(categories, outcomes, targets, strict=True)
    )
    return Chart(
        key=key or f"chart-{item.pk}",
        title=f"Utfall mot målvärde: {item.title}",
        chart_type="line",
        categories=categories,
        series=[ChartSeries("utfall", "Utfall", outcomes), ChartSeries("mal", "Målvärde", targets)],
        unit=unit,
        description=f"{description}.",
    )
