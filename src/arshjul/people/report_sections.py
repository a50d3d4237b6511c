"""Personalekonomi: the report section ``personalekonomi`` (Verksamhetsberättelse, helår; the
board's personnel page builds the same section for a year), in the sub-sections of 002 §6:
``personalkostnader``, ``kostnadsanalys``, ``arsarbetare`` and ``sjukfranvaro`` (sick leave, its
chart ``sjukfranvaro_per_kon``, frisktal, the key figures and the leavers).

Tables, their row keys (slugs of the Swedish labels) and column keys:

- ``personalkostnader``: rows ``lonekostnadsokningstakt`` (%), ``lonekostnad_40_41_mnkr``;
  columns ``utfall_<year>``, ``utfall_<year-1>``.
- ``kostnadsanalys``: one row per account group (``manadsloner`` … ``ovrigt_konto_40xx_41xx``,
  see ``calculations.COST_GROUPS``) and ``totalt_kontoklass_40_41``; columns ``utfall``,
  ``utfall_fg``, ``forandring_mnkr``, ``forandring_procent`` (mnkr, one decimal).
- ``arsarbetare``: one row per occupational group (slug of its name) and ``summa``; columns
  ``kvinnor``, ``man``, ``totalt`` (per 31 December of the year), ``kvinnor_fg``, ``man_fg``,
  ``totalt_fg`` (the year before) and ``forandring_kvinnor``, ``forandring_man``,
  ``forandring_totalt``.
- ``sjukfranvaro``: rows ``schemalagda_timmar``, ``sjukfranvaro_korttidsfranvaro_tim``,
  ``sjukfranvaro_langtidsfranvaro_tim``, ``sjukfranvaro_totalt_tim`` (hours) and
  ``sjukfranvaro_korttidsfranvaro``, ``sjukfranvaro_langtidsfranvaro``, ``sjukfranvaro_totalt``
  (% of scheduled time, two decimals; the change columns in percentage points); the columns
  as ``arsarbetare``.
- ``frisktal`` (when entered): row ``frisktal``; columns as ``arsarbetare``.
- ``avgangar`` (when entered): one row per reason and ``summa``; columns ``antal``,
  ``antal_fg``, ``forandring``.
- ``sjukfranvaro_nyckeltal`` (when headcounts are entered): SKR's mandatory key figures, rows
  ``sjukfranvaro_totalt``, ``kvinnor``, ``man``, ``andel_langtidsfranvaro``; columns
  ``utfall``, ``utfall_fg``. A gender with fewer than 10 employees is shown as "–".

Every total, change and percentage is computed from the stored rows; a division by zero is
``None`` and shown as "–".
"""

from __future__ import annotations

from arshjul.people.report_tables import (
    cost_analysis_table,
    costs_table,
    frisktal_table,
    fte_table,
    key_figures_table,
    leavers_table,
    sick_leave_chart,
    sick_leave_table,
)
from arshjul.people.selectors import PeopleFigures, people_figures
from arshjul.reports.model import Block, Paragraph, Section
from arshjul.reports.registry import BuildContext, section

GROWTH_NOTE = (
    "Lönekostnadsökningstakten är inmatad för år vars föregående år saknar personalkostnader "
    "i systemet; annars beräknas den."
)
LEDGER_NOTE = "Kostnaderna är summerade ur nämndens importerade huvudbok där den finns."


def sick_leave_blocks(figures: PeopleFigures) -> list[Block]:
    blocks: list[Block] = []
    sick = sick_leave_table(figures)
    if sick is not None:
        chart = sick_leave_chart(sick, figures.year)
        blocks += [sick, chart] if chart is not None else [sick]
    optional = (frisktal_table(figures), key_figures_table(figures), leavers_table(figures))
    return blocks + [t for t in optional if t is not None]


def personnel_section(figures: PeopleFigures) -> Section | None:
    """002 §6: 6.1 Personalkostnader, 6.2 Kostnadsanalys, 6.3 Antal tillsvidareanställda
    årsarbetare and 6.4 Sjukfrånvaro (with frisktal, the key figures and the leavers)."""
    if figures.empty:
        return None
    cur, prev = figures.current, figures.previous
    entered = cur.growth_rate_entered is not None or prev.growth_rate_entered is not None
    growth = [Paragraph(GROWTH_NOTE)] if entered else []
    ledger = [Paragraph(LEDGER_NOTE)] if cur.from_ledger or prev.from_ledger else []
    parts: list[tuple[str, str, list[Block]]] = [
        ("personalkostnader", "Personalkostnader", [costs_table(figures), *growth]),
        ("kostnadsanalys", "Kostnadsanalys", [cost_analysis_table(figures), *ledger]),
    ]
    if cur.fte or prev.fte:
        fte = fte_table(figures)
        parts.append(("arsarbetare", fte.title, [fte]))
    parts.append(("sjukfranvaro", "Sjukfrånvaro", sick_leave_blocks(figures)))
    return Section(
        key="personalekonomi",
        title="Personalekonomi",
        sections=[Section(key, title, blocks) for key, title, blocks in parts if blocks],
    )


@section("personalekonomi")
def build(context: BuildContext) -> Section | None:
    """Figures per 31 December: shown in the full-year report (and for a year on its page),
    not in an interim report."""
    if context.period is not None and context.period.key != "helar":
        return None
    plan_year = context.plan_year
    return personnel_section(people_figures(board=plan_year.board, year=plan_year.year))
