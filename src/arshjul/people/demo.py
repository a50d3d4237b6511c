"""The demo's personal from the seeds, loaded through the app's services (as SYSTEM), and the
seed's printed totals, changes and percentages stored as published figures to reconcile."""

from __future__ import annotations

from decimal import Decimal

from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Board
from arshjul.people import calculations as calc
from arshjul.people import demo_data as data
from arshjul.people import services
from arshjul.people.models import PersonnelYear
from arshjul.reconciliation.services import published_figure_set


def load(board: Board) -> None:
    if PersonnelYear.objects.filter(board=board).exists():
        return
    years = (data.YEAR, data.YEAR - 1)
    for index, year in enumerate(years):
        amounts = {group: Decimal(pair[index]) * calc.MILLION for group, *pair in data.COSTS}
        entered = data.GROWTH_RATE_ENTERED.get(year)
        services.personnel_costs_save(
            actor=SYSTEM,
            board=board,
            year=year,
            amounts=amounts,
            growth_rate_entered=Decimal(entered) if entered else None,
        )
        for order, (group, *figures) in enumerate(data.FTE, 1):
            women, men = figures[2 * index], figures[2 * index + 1]
            services.fte_row_save(
                actor=SYSTEM,
                board=board,
                year=year,
                group=group,
                women=Decimal(women),
                men=Decimal(men),
                order=order,
            )
        sick = data.SICK_LEAVE[year]
        frisktal = [Decimal(v) for v in sick["frisktal"]]
        services.sick_leave_save(
            actor=SYSTEM,
            board=board,
            year=year,
            scheduled_women=Decimal(sick["scheduled"][0]),
            scheduled_men=Decimal(sick["scheduled"][1]),
            short_women=Decimal(sick["short"][0]),
            short_men=Decimal(sick["short"][1]),
            long_women=Decimal(sick["long"][0]),
            long_men=Decimal(sick["long"][1]),
            frisktal=frisktal[0],
            frisktal_women=frisktal[1],
            frisktal_men=frisktal[2],
        )
        services.leavers_save(actor=SYSTEM, board=board, year=year, counts=data.LEAVERS[year])
    for table, row, column, value in data.PUBLISHED:
        published_figure_set(
            actor=SYSTEM,
            board=board,
            year=data.YEAR,
            document=data.DOCUMENT,
            period=data.PERIOD,
            table=table,
            row=row,
            column=column,
            value=value,
            source=data.SOURCE,
        )
