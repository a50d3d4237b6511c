"""The tables and the chart of personalekonomi (002 §6), one function each, shared by the
report section and the personnel page. Their keys are listed in ``report_sections``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal

from arshjul.core.slugs import label_key
from arshjul.people import calculations as calc
from arshjul.people.models import LeaverReason
from arshjul.people.selectors import PeopleFigures, YearFigures
from arshjul.reports.cells import FigureRow, figure_table
from arshjul.reports.model import Chart, ChartSeries, Table

GENDERS = (("kvinnor", "women", "Kvinnor"), ("man", "men", "Män"), ("totalt", "total", "Totalt"))


def split_columns(year: int, change_label: str = "Förändring") -> list[tuple[str, str]]:
    return (
        [(key, f"{label} {year}") for key, _, label in GENDERS]
        + [(f"{key}_fg", f"{label} {year - 1}") for key, _, label in GENDERS]
        + [(f"forandring_{key}", f"{change_label} {label.lower()}") for key, _, label in GENDERS]
    )


def _table(
    key: str,
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[tuple[FigureRow, int, str]],
    row_header: str = "",
    caption: str = "",
) -> Table:
    """A table whose rows carry their own decimals and unit (hours beside percentages)."""
    return figure_table(
        key=key,
        title=title,
        columns=columns,
        rows=[replace(r, decimals=decimals, unit=unit) for r, decimals, unit in rows],
        row_header=row_header,
        caption=caption,
    )


def split_values(current: calc.Split, previous: calc.Split) -> dict[str, Decimal | None]:
    values: dict[str, Decimal | None] = {}
    for key, attr, _ in GENDERS:
        values[key] = getattr(current, attr)
        values[f"{key}_fg"] = getattr(previous, attr)
        values[f"forandring_{key}"] = calc.change(getattr(current, attr), getattr(previous, attr))
    return values


def costs_table(f: PeopleFigures) -> Table:
    cur, prev = f.current, f.previous
    growth = {
        f"utfall_{cur.year}": calc.growth_rate(
            cur.cost_total, prev.cost_total, cur.growth_rate_entered
        ),
        f"utfall_{prev.year}": calc.growth_rate(
            prev.cost_total, f.earlier.cost_total, prev.growth_rate_entered
        ),
    }
    totals = {
        f"utfall_{cur.year}": calc.mnkr(cur.cost_total),
        f"utfall_{prev.year}": calc.mnkr(prev.cost_total),
    }
    columns = [(f"utfall_{y.year}", f"Utfall {y.year}") for y in (cur, prev)]
    return _table(
        "personalkostnader",
        "Personalkostnader",
        columns,
        [
            (FigureRow("lonekostnadsokningstakt", "Lönekostnadsökningstakt (%)", growth), 1, "%"),
            (FigureRow("lonekostnad_40_41_mnkr", "Lönekostnad (40-41) (mnkr)", totals), 1, ""),
        ],
    )


def cost_analysis_table(f: PeopleFigures) -> Table:
    cur, prev = f.current, f.previous
    rows = []
    for group in calc.COST_GROUPS:
        label = f"{group.accounts} {group.label}".strip()
        rows.append(
            _cost_row(group.key, label, cur.costs.get(group.key), prev.costs.get(group.key))
        )
    rows.append(
        _cost_row(
            "totalt_kontoklass_40_41",
            "Totalt kontoklass 40-41",
            cur.cost_total,
            prev.cost_total,
            total=True,
        )
    )
    return figure_table(
        key="kostnadsanalys",
        title="Kostnadsanalys",
        columns=[
            ("utfall", f"Utfall {cur.year}, mnkr"),
            ("utfall_fg", f"Utfall {prev.year}, mnkr"),
            ("forandring_mnkr", "Förändring, mnkr"),
            ("forandring_procent", "Förändring %"),
        ],
        rows=rows,
        row_header="Konto och kategori",
        caption="Förändring i procent visas som – när föregående års belopp är 0.",
    )


def _cost_row(
    key: str, label: str, cur: Decimal | None, prev: Decimal | None, total: bool = False
) -> FigureRow:
    current, previous = calc.mnkr(cur), calc.mnkr(prev)
    values = {
        "utfall": current,
        "utfall_fg": previous,
        "forandring_mnkr": calc.change(current, previous),
        "forandring_procent": calc.change_percent(current, previous),
    }
    return FigureRow(key, label, values, total=total)


def fte_table(f: PeopleFigures) -> Table:
    cur = {r.group: calc.Split(r.women, r.men) for r in f.current.fte}
    prev = {r.group: calc.Split(r.women, r.men) for r in f.previous.fte}
    names = [r.group for r in f.current.fte] + [
        r.group for r in f.previous.fte if r.group not in cur
    ]
    empty = calc.Split(None, None)
    rows = [
        (FigureRow(label_key(n), n, split_values(cur.get(n, empty), prev.get(n, empty))), 1, "")
        for n in names
    ]
    summa = split_values(calc.fte_sum(cur.values()), calc.fte_sum(prev.values()))
    rows.append((FigureRow("summa", "Summa", summa, total=True), 1, ""))
    return _table(
        "arsarbetare",
        "Antal tillsvidareanställda årsarbetare",
        split_columns(f.year),
        rows,
        row_header="Yrkesgrupp",
        caption=f"Antal årsarbetare per 31 december {f.year} och {f.year - 1}.",
    )


HOUR_ROWS = (
    ("schemalagda_timmar", "Schemalagda timmar", lambda h: h.scheduled),
    (
        "sjukfranvaro_korttidsfranvaro_tim",
        "Sjukfrånvaro, korttidsfrånvaro (tim)",
        lambda h: h.short,
    ),
    ("sjukfranvaro_langtidsfranvaro_tim", "Sjukfrånvaro, långtidsfrånvaro (tim)", lambda h: h.long),
    ("sjukfranvaro_totalt_tim", "Sjukfrånvaro totalt (tim)", lambda h: h.sick),
)
PERCENT_ROWS = (
    ("sjukfranvaro_korttidsfranvaro", "Sjukfrånvaro, korttidsfrånvaro %", "short"),
    ("sjukfranvaro_langtidsfranvaro", "Sjukfrånvaro, långtidsfrånvaro %", "long"),
    ("sjukfranvaro_totalt", "Sjukfrånvaro totalt %", "sick"),
)


def sick_leave_table(f: PeopleFigures) -> Table | None:
    cur, prev = f.current.sick_hours(), f.previous.sick_hours()
    if cur is None and prev is None:
        return None
    empty = calc.Split(None, None)
    rows: list[tuple[FigureRow, int, str]] = []
    for key, label, part in HOUR_ROWS:
        values = split_values(_part(cur, part, empty), _part(prev, part, empty))
        rows.append((FigureRow(key, label, values), 0, ""))
    for key, label, kind in PERCENT_ROWS:
        percents: dict[str, Decimal | None] = {}
        for gkey, gender, _ in GENDERS:
            percents[gkey] = cur.percent(kind, gender) if cur else None
            percents[f"{gkey}_fg"] = prev.percent(kind, gender) if prev else None
            percents[f"forandring_{gkey}"] = calc.percent_change(cur, prev, kind, gender)
        rows.append((FigureRow(key, label, percents), 2, "%"))
    return _table(
        "sjukfranvaro",
        "Sjukfrånvaro",
        split_columns(f.year, "Förändring"),
        rows,
        row_header="Kategori",
        caption=(
            "Procent av schemalagd tid. Förändringen av timmarna är i antal timmar och av "
            "procenten i procentenheter, beräknad ur de oavrundade andelarna."
        ),
    )


def _part(
    hours: calc.SickHours | None, part: Callable[[calc.SickHours], calc.Split], empty: calc.Split
) -> calc.Split:
    return part(hours) if hours is not None else empty


def frisktal_table(f: PeopleFigures) -> Table | None:
    def split(y: YearFigures) -> calc.Split:
        s = y.sick
        return calc.Split(s.frisktal_women, s.frisktal_men) if s else calc.Split(None, None)

    totals = [y.sick.frisktal if y.sick else None for y in (f.current, f.previous)]
    if all(t is None for t in totals):
        return None
    values = split_values(split(f.current), split(f.previous))
    values["totalt"], values["totalt_fg"] = totals  # counted per person: entered, not a sum
    values["forandring_totalt"] = calc.change(*totals)
    return _table(
        "frisktal",
        "Frisktal",
        split_columns(f.year),
        [(FigureRow("frisktal", "Frisktal %", values), 2, "%")],
        caption=(
            "Andel anställda med högst 5 sjukdagar och/eller högst 3 sjuktillfällen, som "
            "personalsystemet räknat fram per person."
        ),
    )


def leavers_table(f: PeopleFigures) -> Table | None:
    if not f.current.leavers and not f.previous.leavers:
        return None
    rows = []
    for reason in LeaverReason:
        cur, prev = f.current.leavers.get(reason.value), f.previous.leavers.get(reason.value)
        if cur is None and prev is None:
            continue
        rows.append(_leaver_row(reason.value, str(reason.label), cur, prev))
    rows.append(
        _leaver_row(
            "summa",
            "Summa",
            sum(f.current.leavers.values()) if f.current.leavers else None,
            sum(f.previous.leavers.values()) if f.previous.leavers else None,
            total=True,
        )
    )
    return figure_table(
        key="avgangar",
        title="Avgångar bland tillsvidareanställda",
        columns=[
            ("antal", str(f.year)),
            ("antal_fg", str(f.year - 1)),
            ("forandring", "Förändring"),
        ],
        rows=rows,
        decimals=0,
        row_header="Avgångsorsak",
    )


def _leaver_row(
    key: str, label: str, cur: int | None, prev: int | None, total: bool = False
) -> FigureRow:
    current = Decimal(cur) if cur is not None else None
    previous = Decimal(prev) if prev is not None else None
    values = {"antal": current, "antal_fg": previous, "forandring": calc.change(current, previous)}
    return FigureRow(key, label, values, total=total)


def key_figures_table(f: PeopleFigures) -> Table | None:
    """SKR's mandatory sick-leave key figures, once the year's headcounts are entered."""
    sick = f.current.sick
    hours = f.current.sick_hours()
    if sick is None or hours is None or sick.employees_women is None:
        return None
    cur = calc.key_figures(hours, sick.employees_women, sick.employees_men)
    prev_hours, prev_sick = f.previous.sick_hours(), f.previous.sick
    prev = (
        calc.key_figures(
            hours=prev_hours,
            employees_women=prev_sick.employees_women,
            employees_men=prev_sick.employees_men,
        )
        if prev_hours is not None and prev_sick is not None
        else calc.KeyFigures(None, None, None, None)
    )
    labels = (
        ("sjukfranvaro_totalt", "Total sjukfrånvaro", "total"),
        ("kvinnor", "Kvinnor", "women"),
        ("man", "Män", "men"),
        ("andel_langtidsfranvaro", "Andel av sjukfrånvaron som är långtidsfrånvaro", "long_share"),
    )
    rows = [
        FigureRow(key, label, {"utfall": getattr(cur, a), "utfall_fg": getattr(prev, a)})
        for key, label, a in labels
    ]
    return figure_table(
        key="sjukfranvaro_nyckeltal",
        title="Obligatoriska nyckeltal för sjukfrånvaro",
        columns=[("utfall", f"Utfall {f.year}"), ("utfall_fg", f"Utfall {f.year - 1}")],
        rows=rows,
        decimals=2,
        unit="%",
        row_header="Procent av schemalagd tid",
        caption=(
            f"En grupp med färre än {calc.SMALL_GROUP} anställda visas som – så att ingen "
            "enskild persons sjukfrånvaro kan utläsas."
        ),
    )


def sick_leave_chart(table: Table, year: int) -> Chart | None:
    """Total sick leave per gender, this year and last, read from the ``sjukfranvaro`` table's
    own cells so that the chart and its text alternative show exactly the table's figures."""
    row = next((r for r in table.rows if r.key == "sjukfranvaro_totalt"), None)
    if row is None:
        return None
    years = ((str(year), ""), (str(year - 1), "_fg"))
    series = [
        ChartSeries(
            f"ar_{label}", label, [row.cells[f"{key}{suffix}"].value for key, *_ in GENDERS]
        )
        for label, suffix in years
    ]
    if all(v is None for s in series for v in s.values):
        return None
    described = ". ".join(
        f"{label}: "
        + ", ".join(
            f"{name.lower()} {row.cells[f'{key}{suffix}'].text}" for key, _, name in GENDERS
        )
        for label, suffix in years
    )
    return Chart(
        key="sjukfranvaro_per_kon",
        title=f"Sjukfrånvaro totalt per kön {year} och {year - 1}, procent av schemalagd tid",
        chart_type="bar",
        categories=[name for *_, name in GENDERS],
        series=series,
        unit="%",
        description=f"{described}.",
        decimals=2,
    )
