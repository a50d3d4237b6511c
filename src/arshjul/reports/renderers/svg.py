"""Charts as SVG vectors: accessible (role img, title, desc) and without scripts or colour-only
meaning (series differ by line style and marker shape as well as colour)."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from arshjul.core.formatting import format_number
from arshjul.reports.model import Chart

WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 24, 56
INSET = 48  # keeps the first and last category labels inside the picture
STYLES = [
    {"stroke": "#1b4f8a", "dash": "", "marker": "circle"},
    {"stroke": "#7a3b00", "dash": "6 4", "marker": "square"},
    {"stroke": "#3b6e22", "dash": "2 3", "marker": "diamond"},
]


def _scale(values: list[Decimal]) -> tuple[Decimal, Decimal]:
    low, high = min(values), max(values)
    if low == high:
        low, high = low - 1, high + 1
    pad = (high - low) / 10
    low = min(Decimal(0), low - pad) if low >= 0 and low - pad < 0 else low - pad
    return low, high + pad


def _marker(kind: str, x: float, y: float, colour: str) -> str:
    if kind == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}"/>'
    if kind == "diamond":
        points = f"{x:.1f},{y - 5:.1f} {x + 5:.1f},{y:.1f} {x:.1f},{y + 5:.1f} {x - 5:.1f},{y:.1f}"
        return f'<polygon points="{points}" fill="{colour}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>'


BAR_LABELS, BAR_ROW = 300, 26  # width of the category labels, height of one bar row


def _bars(chart: Chart) -> str:
    """Horizontal bars (long category names stay readable), one series; each bar carries its
    value as text, so neither colour nor length alone tells the figure."""
    values = chart.series[0].values
    known = [v for v in values if v is not None] + [Decimal(0)]
    low, high = min(known), max(known)
    span = (high - low) or Decimal(1)
    plot_w = WIDTH - BAR_LABELS - RIGHT - 56
    height = TOP + BAR_ROW * len(chart.categories) + 16

    def x_at(v: Decimal) -> float:
        return BAR_LABELS + float((v - low) / span) * plot_w

    uid = escape(chart.key)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{uid}-t {uid}-d" class="chart">',
        f'<title id="{uid}-t">{escape(chart.title)}</title>',
        f'<desc id="{uid}-d">{escape(chart.description)}</desc>',
    ]
    zero = x_at(Decimal(0))
    for i, (label, value) in enumerate(zip(chart.categories, values, strict=True)):
        y = TOP + i * BAR_ROW
        parts.append(
            f'<text x="{BAR_LABELS - 8}" y="{y + 16}" text-anchor="end" font-size="12">'
            f"{escape(label)}</text>"
        )
        if value is None:
            continue
        left, right = sorted((zero, x_at(value)))
        colour = STYLES[0]["stroke"] if value >= 0 else STYLES[1]["stroke"]
        parts.append(
            f'<rect x="{left:.1f}" y="{y + 4}" width="{max(right - left, 1):.1f}" height="16" '
            f'fill="{colour}"/>'
        )
        parts.append(
            f'<text x="{right + 4:.1f}" y="{y + 16}" font-size="12">'
            f"{escape(format_number(value, 1))}</text>"
        )
    parts.append(
        f'<line x1="{zero:.1f}" x2="{zero:.1f}" y1="{TOP - 4}" y2="{height - 12}" '
        'stroke="#333" stroke-width="1"/>'
    )
    parts.append("</svg>")
    return "".join(parts)


def render_chart_svg(chart: Chart) -> str:
    values = [v for s in chart.series for v in s.values if v is not None]
    if not values or not chart.categories:
        return ""
    if chart.chart_type == "bar":
        return _bars(chart)
    low, high = _scale(values)
    plot_w, plot_h = WIDTH - LEFT - RIGHT - 2 * INSET, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(chart.categories) - 1, 1)

    def x_at(i: int) -> float:
        return LEFT + INSET + (i * step if len(chart.categories) > 1 else plot_w / 2)

    def y_at(v: Decimal) -> float:
        return TOP + float((high - v) / (high - low)) * plot_h

    uid = escape(chart.key)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{uid}-t {uid}-d" class="chart">',
        f'<title id="{uid}-t">{escape(chart.title)}</title>',
        f'<desc id="{uid}-d">{escape(chart.description)}</desc>',
    ]
    for i in range(5):
        v = low + (high - low) * i / 4
        y = y_at(v)
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
            'stroke="#ccc" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="12">'
            f"{escape(format_number(v, 1))}</text>"
        )
    for i, label in enumerate(chart.categories):
        parts.append(
            f'<text x="{x_at(i):.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle" '
            f'font-size="12">{escape(label)}</text>'
        )
    for index, series in enumerate(chart.series):
        style = STYLES[index % len(STYLES)]
        points = [(x_at(i), y_at(v)) for i, v in enumerate(series.values) if v is not None]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            dash = f' stroke-dasharray="{style["dash"]}"' if style["dash"] else ""
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{style["stroke"]}" '
                f'stroke-width="2"{dash}/>'
            )
        parts.extend(_marker(style["marker"], x, y, style["stroke"]) for x, y in points)
        legend_x = LEFT + index * 160
        parts.append(_marker(style["marker"], legend_x, HEIGHT - 14, style["stroke"]))
        parts.append(
            f'<text x="{legend_x + 10}" y="{HEIGHT - 10}" font-size="12">'
            f"{escape(series.label)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
