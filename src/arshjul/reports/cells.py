"""Cells and tables of figures, shared by every app's section builders."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from arshjul.core.formatting import format_number
from arshjul.reports.model import Cell, Column, Row, Table


def clean(value: Decimal | None) -> Decimal | None:
    """A computed Decimal without trailing zeros or exponent noise ("2059.1", "-47.1", "30")."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.quantize(Decimal("0.000001")).normalize()


def number_cell(value: Decimal | None, decimals: int = 1, unit: str = "") -> Cell:
    value = clean(value)
    return Cell(value, format_number(value, decimals, unit=unit))


def text_cell(text: str) -> Cell:
    return Cell(text, text)


@dataclass
class FigureRow:
    """A row of a figure table; ``decimals`` and ``unit`` override the table's for this row
    (hours beside percentages)."""

    key: str
    label: str
    values: Mapping[str, Decimal | None]
    total: bool = False
    decimals: int | None = None
    unit: str | None = None


def figure_table(
    *,
    key: str,
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[FigureRow],
    decimals: int = 1,
    row_header: str = "",
    caption: str = "",
    unit: str = "",
) -> Table:
    """A table of numbers: every column numeric, each cell the raw value and its Swedish text."""
    return Table(
        key=key,
        title=title,
        columns=[Column(k, label) for k, label in columns],
        rows=[
            Row(
                r.key,
                r.label,
                {
                    k: number_cell(
                        r.values.get(k),
                        decimals if r.decimals is None else r.decimals,
                        unit if r.unit is None else r.unit,
                    )
                    for k, _ in columns
                },
                total=r.total,
            )
            for r in rows
        ],
        row_header=row_header,
        caption=caption,
    )
