"""The report model: every document is a tree of sections holding blocks.

A document type builds the tree from selectors; renderers (JSON, HTML, later PDF, DOCX, XLSX)
walk any tree and know no document type. Tables carry each cell's raw value and its Swedish
text, and every block has a stable key, so tests and the comparison of stored versions can
address any figure as (table, row, column).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar


@dataclass
class Cell:
    value: Any  # int, Decimal, str or None; Decimal is written to JSON as a decimal string
    text: str  # the formatted Swedish text
    published: str | None = None  # set when a source printed a different figure here


@dataclass
class Column:
    key: str
    label: str
    numeric: bool = True


@dataclass
class Row:
    key: str
    label: str
    cells: dict[str, Cell]
    total: bool = False  # a sum row, shown emphasised


@dataclass
class Block:
    kind: ClassVar[str] = "block"


@dataclass
class Heading(Block):
    kind: ClassVar[str] = "heading"
    text: str
    level: int = 3


@dataclass
class Paragraph(Block):
    """Sanitised HTML (from the rich-text editor) or plain text."""

    kind: ClassVar[str] = "paragraph"
    html: str


@dataclass
class Table(Block):
    kind: ClassVar[str] = "table"
    key: str
    title: str
    columns: list[Column]
    rows: list[Row]
    row_header: str = ""  # label of the first (row label) column
    caption: str = ""


@dataclass
class Badge:
    """A status: a shape and a text (and a colour class as an addition, never alone)."""

    key: str
    shape: str
    text: str
    css: str

    def shown(self, prefix: str = "") -> str:
        """ "◆ Status: Delvis": the shape, then the words."""
        return f"{self.shape} {prefix}{self.text}"


@dataclass
class StatusEntry:
    key: str
    kind: str  # the item type's name: "Mål", "Indikator", "Uppdrag" ...
    label: str  # "Effektmål 10", "Nr 28" or ""
    title: str
    fulfilment: Badge | None = None
    status: Badge | None = None
    trend: Badge | None = None
    outcome: str = ""
    target: str = ""
    baseline: str = ""  # a plan's "utfall, senast kända värde" (with its year)
    long_term_target: str = ""  # a plan's "långsiktigt målvärde"
    note: str = ""  # e.g. "Manuellt satt status: <reason>"
    comment_html: str = ""
    children: list[StatusEntry] = field(default_factory=list)

    @property
    def figures(self) -> list[tuple[str, str]]:
        """The entry's figures with their labels, in the order every renderer shows them:
        [("Utfall", "61 %"), ("Årets målvärde", "> 77 %"), ...]; empty ones left out."""
        target_label = "Årets målvärde" if self.long_term_target else "Målvärde"
        pairs = [
            ("Utfall, senast kända värde", self.baseline),
            ("Utfall", self.outcome),
            (target_label, self.target),
            ("Långsiktigt målvärde", self.long_term_target),
        ]
        return [(label, text) for label, text in pairs if text]

    @property
    def badges(self) -> list[tuple[Badge, str]]:
        """The entry's statuses with the words that introduce them, in the order every
        renderer shows them: fulfilment, the period's status ("Status: "), the trend."""
        pairs = [(self.fulfilment, ""), (self.status, "Status: "), (self.trend, "")]
        return [(badge, prefix) for badge, prefix in pairs if badge is not None]

    @property
    def name(self) -> str:
        """ "Effektmål 10", "Uppdrag Nr 28", "Indikator": the kind once, then the label."""
        if not self.label or self.label == self.kind:
            return self.kind
        if self.label.lower().startswith(self.kind.lower()):
            return self.label
        return f"{self.kind} {self.label}"


@dataclass
class StatusList(Block):
    kind: ClassVar[str] = "status_list"
    key: str
    title: str
    entries: list[StatusEntry]


@dataclass
class ChartSeries:
    key: str
    label: str
    values: list[Decimal | None]


@dataclass
class Chart(Block):
    """A chart that renderers draw as vectors; ``description`` is its text alternative."""

    kind: ClassVar[str] = "chart"
    key: str
    title: str
    chart_type: str  # "line" | "bar" | "matrix"
    categories: list[str]
    series: list[ChartSeries]
    unit: str
    description: str
    decimals: int = 1  # of the values written in the chart
    # A matrix is a grid: one row per series (top first), one column per category; each cell
    # shows its value, the lines of ``cell_texts[row][column]`` and the pattern of
    # ``cell_levels[row][column]`` (0 = none … 3 = densest). The axes are titled x/y_label.
    x_label: str = ""
    y_label: str = ""
    cell_texts: list[list[str]] = field(default_factory=list)
    cell_levels: list[list[int]] = field(default_factory=list)


@dataclass
class LegendEntry:
    badge: Badge
    explanation: str


@dataclass
class Legend(Block):
    kind: ClassVar[str] = "legend"
    key: str
    title: str
    entries: list[LegendEntry]


@dataclass
class Section:
    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    number: str = ""  # "5", "5.1" or "Bilaga 1": set by the document's outline, not by builders
    appendix: bool = False  # listed under "Bilagor" after the numbered sections


@dataclass
class Discrepancy:
    """A published figure that disagrees with the computed one."""

    table: str
    row: str
    column: str
    published: Any
    computed: Any


@dataclass
class Document:
    type: str
    title: str
    subtitle: str
    organisation: str
    board: str
    year: int
    period: str | None
    sections: list[Section]
    discrepancies: list[Discrepancy] = field(default_factory=list)


def sections_of(sections: list[Section]) -> Iterator[Section]:
    """Every section of a tree, depth first in document order."""
    for section in sections:
        yield section
        yield from sections_of(section.sections)


def blocks_of(sections: list[Section]) -> Iterator[tuple[Section, Block]]:
    """Every block of a tree with the section that holds it, in document order."""
    for section in sections_of(sections):
        for block in section.blocks:
            yield section, block


def tables_of(sections: list[Section]) -> Iterator[Table]:
    return (block for _, block in blocks_of(sections) if isinstance(block, Table))
