"""Charts as SVG vectors: accessible (role img, title, desc), standalone (xmlns, no external
references, no scripts) and without colour-only meaning: series differ by line style, marker
shape or fill pattern as well as colour, bars carry their values as text, and a matrix cell
states its value and level in words."""

from __future__ import annotations

import textwrap
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


def _open(chart: Chart, height: int) -> list[str]:
    uid = escape(chart.key)
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" '
        f'aria-labelledby="{uid}-t {uid}-d" class="chart" font-family="sans-serif">',
        f'<title id="{uid}-t">{escape(chart.title)}</title>',
        f'<desc id="{uid}-d">{escape(chart.description)}</desc>',
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


# Fill patterns by density (0 = none): a second series of bars and the levels of a matrix
# differ by pattern, not only by colour. Each pattern's id is prefixed by the chart's key, so
# several charts can stand in one HTML page.
PATTERNS = {
    1: '<circle cx="3" cy="3" r="1.2" fill="{ink}"/>',
    2: '<path d="M0,8 L8,0" stroke="{ink}" stroke-width="1.5"/>',
    3: '<path d="M0,8 L8,0 M0,0 L8,8" stroke="{ink}" stroke-width="1.5"/>',
}


def _patterns(uid: str, ink: str) -> str:
    defs = "".join(
        f'<pattern id="{uid}-p{level}" width="8" height="8" patternUnits="userSpaceOnUse">'
        f"{shape.format(ink=ink)}</pattern>"
        for level, shape in PATTERNS.items()
    )
    return f"<defs>{defs}</defs>"


def _patterned_rect(uid: str, x: float, y: float, w: float, h: float, fill: str, level: int) -> str:
    rect = f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{fill}"/>'
    if level in PATTERNS:
        rect += (
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
            f'fill="url(#{uid}-p{level})"/>'
        )
    return rect


BAR_LABELS, BAR_ROW = 300, 26  # most width of the category labels, height of one bar row
BAR_STEP, GROUP_GAP = 20, 10  # one bar within a group of several series, space between groups


def _bars(chart: Chart) -> str:
    """Horizontal bars (long category names stay readable): one bar per category and series,
    grouped by category. Each bar carries its value as text (with the series' label when
    there are several), and the series differ by fill pattern as well as colour."""
    count = len(chart.series)
    group = BAR_ROW if count == 1 else BAR_STEP * count + GROUP_GAP
    known = [v for s in chart.series for v in s.values if v is not None] + [Decimal(0)]
    low, high = min(known), max(known)
    span = (high - low) or Decimal(1)
    labels = min(BAR_LABELS, 16 + 7 * max(len(c) for c in chart.categories))
    plot_w = WIDTH - labels - RIGHT - (56 if count == 1 else 96)
    legend = 0 if count == 1 else 24
    height = TOP + group * len(chart.categories) + 16 + legend

    def x_at(v: Decimal) -> float:
        return labels + float((v - low) / span) * plot_w

    uid = escape(chart.key)
    parts = _open(chart, height)
    if count > 1:
        parts.append(_patterns(uid, "#ffffff"))
    zero = x_at(Decimal(0))
    for i, label in enumerate(chart.categories):
        top = TOP + i * group
        middle = top + (16 if count == 1 else (group - GROUP_GAP) / 2 + 4)
        parts.append(
            f'<text x="{labels - 8}" y="{middle:.1f}" text-anchor="end" font-size="12">'
            f"{escape(label)}</text>"
        )
        for j, series in enumerate(chart.series):
            value = series.values[i]
            if value is None:
                continue
            y = top + j * BAR_STEP
            left, right = sorted((zero, x_at(value)))
            if count == 1:
                colour = STYLES[0]["stroke"] if value >= 0 else STYLES[1]["stroke"]
            else:
                colour = STYLES[j % len(STYLES)]["stroke"]
            width = max(right - left, 1)
            parts.append(_patterned_rect(uid, left, y + 4, width, 16, colour, j % 4))
            text = format_number(value, chart.decimals)
            if count > 1:
                text = f"{series.label}: {text}"
            parts.append(
                f'<text x="{right + 4:.1f}" y="{y + 16}" font-size="12">{escape(text)}</text>'
            )
    parts.append(
        f'<line x1="{zero:.1f}" x2="{zero:.1f}" y1="{TOP - 4}" y2="{height - 12 - legend}" '
        'stroke="#333" stroke-width="1"/>'
    )
    if count > 1:
        parts += _bar_legend(chart, uid, labels, height)
    parts.append("</svg>")
    return "".join(parts)


def _bar_legend(chart: Chart, uid: str, left: float, height: float) -> list[str]:
    """Below the bars: each series' pattern and colour with its label."""
    parts = []
    for j, series in enumerate(chart.series):
        x = left + j * 140
        colour = STYLES[j % len(STYLES)]["stroke"]
        parts.append(_patterned_rect(uid, x, height - 22, 24, 12, colour, j % 4))
        parts.append(
            f'<text x="{x + 30}" y="{height - 12}" font-size="12">{escape(series.label)}</text>'
        )
    return parts


MATRIX_LEFT, MATRIX_BOTTOM, LINE = 104, 48, 15  # row labels, column labels, text line height
LEVEL_FILLS = ("#eef6ea", "#fff6d6", "#fde4cc", "#f9d4d4")  # light, so black text reads


def _cell_lines(chart: Chart, row: int, column: int, width: float) -> list[str]:
    texts = chart.cell_texts[row][column] if row < len(chart.cell_texts) else ""
    chars = max(int(width / 6.6), 8)
    return [
        wrapped for line in texts.splitlines() for wrapped in (textwrap.wrap(line, chars) or [""])
    ]


def _matrix(chart: Chart) -> str:
    """A grid: one row per series (top first), one column per category. Each cell shows its
    value (large), then its text lines (a level in words, the ids of what it counts) over a
    fill whose pattern repeats the level."""
    rows, columns = len(chart.series), len(chart.categories)
    cell_w = (WIDTH - MATRIX_LEFT - RIGHT) / columns
    lines = [[_cell_lines(chart, r, c, cell_w - 8) for c in range(columns)] for r in range(rows)]
    cell_h = max(64, LINE * (1 + max((len(x) for row in lines for x in row), default=0)) + 24)
    grid_h = cell_h * rows
    height = TOP + grid_h + MATRIX_BOTTOM
    uid = escape(chart.key)
    parts = _open(chart, height)
    parts.append(_patterns(uid, "#555555"))
    for r, series in enumerate(chart.series):
        y = TOP + r * cell_h
        parts.append(
            f'<text x="{MATRIX_LEFT - 8}" y="{y + cell_h / 2 + 4:.1f}" text-anchor="end" '
            f'font-size="12">{escape(series.label)}</text>'
        )
        for c in range(columns):
            level = chart.cell_levels[r][c] if r < len(chart.cell_levels) else 0
            box = (MATRIX_LEFT + c * cell_w, y, cell_w, cell_h)
            parts += _matrix_cell(uid, box, level, series.values[c], chart.decimals, lines[r][c])
    for c, label in enumerate(chart.categories):
        parts.append(
            f'<text x="{MATRIX_LEFT + (c + 0.5) * cell_w:.1f}" y="{TOP + grid_h + 18}" '
            f'text-anchor="middle" font-size="12">{escape(label)}</text>'
        )
    middle_x = MATRIX_LEFT + (WIDTH - MATRIX_LEFT - RIGHT) / 2
    parts.append(
        f'<text x="{middle_x:.1f}" y="{height - 8}" text-anchor="middle" font-size="13" '
        f'font-weight="bold">{escape(chart.x_label)}</text>'
    )
    middle_y = TOP + grid_h / 2
    parts.append(
        f'<text x="18" y="{middle_y:.1f}" text-anchor="middle" font-size="13" '
        f'font-weight="bold" transform="rotate(-90 18 {middle_y:.1f})">'
        f"{escape(chart.y_label)}</text>"
    )
    parts.append("</svg>")
    return "".join(parts)


def _matrix_cell(
    uid: str,
    box: tuple[float, float, float, float],
    level: int,
    value: Decimal | None,
    decimals: int,
    lines: list[str],
) -> list[str]:
    """One cell of the matrix: the level's fill and pattern, and over it on a plain label the
    value (large) and its text lines."""
    x, y, cell_w, cell_h = box
    fill = LEVEL_FILLS[min(max(level, 0), len(LEVEL_FILLS) - 1)]
    shown = "–" if value is None else format_number(value, decimals)
    box_h = 26 + LINE * len(lines)  # a plain label over the pattern
    return [
        _patterned_rect(uid, x, y, cell_w, cell_h, fill, level),
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{cell_w:.1f}" height="{cell_h}" '
        'fill="none" stroke="#333" stroke-width="1"/>',
        f'<rect x="{x + 6:.1f}" y="{y + 4}" width="{cell_w - 12:.1f}" height="{box_h}" '
        'fill="#ffffff" fill-opacity="0.9" rx="3"/>',
        f'<text x="{x + cell_w / 2:.1f}" y="{y + 22}" text-anchor="middle" '
        f'font-size="18" font-weight="bold">{escape(shown)}</text>',
        *(
            f'<text x="{x + cell_w / 2:.1f}" y="{y + 22 + LINE * (n + 1)}" '
            f'text-anchor="middle" font-size="11">{escape(text)}</text>'
            for n, text in enumerate(lines)
        ),
    ]


def render_chart_svg(chart: Chart) -> str:
    if not chart.categories or not chart.series:
        return ""
    if chart.chart_type == "matrix":
        return _matrix(chart)
    values = [v for s in chart.series for v in s.values if v is not None]
    if not values:
        return ""
    if chart.chart_type == "bar":
        return _bars(chart)
    return _lines(chart, values)


def _lines(chart: Chart, values: list[Decimal]) -> str:
    low, high = _scale(values)
    plot_w, plot_h = WIDTH - LEFT - RIGHT - 2 * INSET, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(chart.categories) - 1, 1)

    def x_at(i: int) -> float:
        return LEFT + INSET + (i * step if len(chart.categories) > 1 else plot_w / 2)

    def y_at(v: Decimal) -> float:
        return TOP + float((high - v) / (high - low)) * plot_h

    parts = _open(chart, HEIGHT)
    for i in range(5):
        v = low + (high - low) * i / 4
        y = y_at(v)
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
            'stroke="#ccc" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="12">'
            f"{escape(format_number(v, chart.decimals))}</text>"
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
