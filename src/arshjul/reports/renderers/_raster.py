"""Charts as pictures for the formats that cannot hold SVG (DOCX): the chart's SVG
(``renderers.svg``) rasterised to PNG by Typst, so no other image library is needed."""

from __future__ import annotations

import typst

from arshjul.reports.model import Chart
from arshjul.reports.renderers.svg import render_chart_svg

PPI = 150
# The SVG comes in through sys.inputs, so nothing of it is read as Typst markup.
_SOURCE = (
    b"#set page(width: auto, height: auto, margin: 0pt, fill: white)\n"
    b'#image(bytes(sys.inputs.svg), format: "svg")\n'
)


def svg_to_png(svg: str, *, ppi: int = PPI) -> bytes:
    png = typst.compile(_SOURCE, format="png", ppi=ppi, sys_inputs={"svg": svg})
    return png[0] if isinstance(png, list) else png  # one page: one picture


def chart_png(chart: Chart, *, ppi: int = PPI) -> bytes | None:
    """The chart as PNG, or None when it has nothing to draw (the SVG renderer draws nothing)."""
    svg = render_chart_svg(chart)
    return svg_to_png(svg, ppi=ppi) if svg else None


def png_width_inches(png: bytes, *, ppi: int = PPI) -> float:
    """The picture's natural width: its pixels (from the IHDR chunk) at ``ppi``."""
    return int.from_bytes(png[16:20], "big") / ppi
