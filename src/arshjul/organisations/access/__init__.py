"""The access module: the one place that decides who may read and write what.

Every view reaches a domain object through an ``access_*`` function here (404 when the object
does not exist for this user, 403 when it exists but the action is refused), and every service
re-checks with a ``can_*`` function before it writes. The rules (``can_*``) and the doors of
the plan, follow-up and economy live in this file; the register apps' doors are its submodules
(``access.people``, ``access.kpis``, ``access.internal_control``, ``access.procurement``),
built only on these rules and imported by their views (not here, so that loading this module
never loads their models).

Roles per board (``Membership.Role``):
- administrator: everything on the board, including its configuration;
- controller: plans and compiles for the whole board (all items, all periods);
- reporter: reads the board, reports follow-up only on items whose responsible units are among
  the units given to the reporter or under them;
- reader: reads the board.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404

from arshjul.organisations.models import Board, Membership, Unit

Role = Membership.Role
_CACHE = "_arshjul_memberships"


def _memberships(user: Any) -> dict[int, Membership]:
    """The user's memberships by board id, loaded once per user object (one query)."""
    if not getattr(user, "is_authenticated", False):
        return {}
    cached = getattr(user, _CACHE, None)
    if cached is None:
        rows = Membership.objects.filter(user=user).select_related("board")
        rows = rows.prefetch_related("units")
        cached = {m.board_id: m for m in rows}
        setattr(user, _CACHE, cached)
    return cached


def role_on(user: Any, board: Board) -> str | None:
    if getattr(user, "is_superuser", False) and user.is_active:
        return Role.ADMINISTRATOR
    membership = _memberships(user).get(board.pk)
    return membership.role if membership else None


def boards_for(user: Any) -> list[Board]:
    if getattr(user, "is_superuser", False):
        return list(Board.objects.order_by("name"))
    return list(Board.objects.filter(pk__in=_memberships(user)).order_by("name"))


def can_read_board(user: Any, board: Board) -> bool:
    return role_on(user, board) is not None


def can_plan(user: Any, board: Board) -> bool:
    """Change the plan, its model, periods and locks."""
    return role_on(user, board) in (Role.ADMINISTRATOR, Role.CONTROLLER)


def can_administer(user: Any, board: Board) -> bool:
    return role_on(user, board) == Role.ADMINISTRATOR


def can_import_ledger(user: Any, organisation_id: int) -> bool:
    """Import a ledger (SIE) into an organisation: an administrator or controller of one of its
    boards (the CLI acts as SYSTEM, a superuser)."""
    if getattr(user, "is_superuser", False) and user.is_active:
        return True
    planners = (Role.ADMINISTRATOR, Role.CONTROLLER)
    return any(
        m.role in planners and m.board.organisation_id == organisation_id
        for m in _memberships(user).values()
    )


def reporter_unit_ids(user: Any, board: Board) -> set[int]:
    """The units a reporter reports for: the units given and every unit under them."""
    membership = _memberships(user).get(board.pk)
    if membership is None:
        return set()
    given = {u.pk for u in membership.units.all()}
    children: dict[int | None, list[int]] = {}
    for pk, parent_id in Unit.objects.filter(board=board).values_list("pk", "parent_id"):
        children.setdefault(parent_id, []).append(pk)
    covered, stack = set(), list(given)
    while stack:
        pk = stack.pop()
        if pk not in covered:
            covered.add(pk)
            stack.extend(children.get(pk, []))
    return covered


def report_checker(user: Any, board: Board) -> Callable[[set[int]], bool]:
    """A check, prepared once per request, of whether ``user`` may report on an item of
    ``board`` with the given responsible unit ids (used for whole trees at a time)."""
    role = role_on(user, board)
    if role in (Role.ADMINISTRATOR, Role.CONTROLLER):
        return lambda unit_ids: True
    if role != Role.REPORTER:
        return lambda unit_ids: False
    covered = reporter_unit_ids(user, board)
    return lambda unit_ids: bool(unit_ids & covered)


def can_report_on(user: Any, item: Any) -> bool:
    """Write the follow-up (assessments) of a plan item."""
    check = report_checker(user, item.plan_year.board)
    return check({u.pk for u in item.responsible_units.all()})


def access_board(user: Any, slug: str) -> Board:
    board = Board.objects.filter(slug=slug).first()
    if board is None or not can_read_board(user, board):
        raise Http404("Nämnden finns inte.")
    return board


def require(allowed: bool, message: str = "Du saknar behörighet för detta.") -> None:
    """Raise 403 unless ``allowed``; used by views and services alike."""
    if not allowed:
        raise PermissionDenied(message)


def access_plan_year(user: Any, board_slug: str, year: int) -> Any:
    """The plan year of a readable board, or 404."""
    from arshjul.planning.models import PlanYear

    board = access_board(user, board_slug)
    plan_year = PlanYear.objects.select_related("board").filter(board=board, year=year).first()
    if plan_year is None:
        raise Http404("Året finns inte i planen.")
    return plan_year


def access_item(user: Any, plan_year: Any, pk: int, *, write: bool = False) -> Any:
    """An item of a readable plan year (404 otherwise); with ``write`` also 403 unless the
    user may report on it."""
    from arshjul.planning.models import Item

    item = (
        Item.objects.select_related("item_type", "plan_year__board", "indicator", "assignment")
        .prefetch_related("responsible_units")
        .filter(plan_year=plan_year, pk=pk)
        .first()
    )
    if item is None:
        raise Http404("Objektet finns inte.")
    if write:
        require(can_report_on(user, item), "Du kan bara rapportera för dina egna enheter.")
    return item


def chosen_period(periods: list[Any], key: str | None) -> Any | None:
    """``?period=<key>`` among a year's periods already read: None without a key (the page
    shows the plan), 404 for a key the year does not have."""
    if not key:
        return None
    for period in periods:
        if period.key == key:
            return period
    raise Http404("Perioden finns inte.")


def access_period(plan_year: Any, key: str) -> Any:
    from arshjul.followup.models import Period

    period = Period.objects.filter(plan_year=plan_year, key=key).first()
    if period is None:
        raise Http404("Perioden finns inte.")
    return period


def access_ledger(user: Any, board: Board, pk: int) -> Any:
    """An imported ledger seen from a board: the board's own (readable by its readers) or one
    imported for the organisation without a board (for its planners only)."""
    from arshjul.finance.models import LedgerImport

    ledger = (
        LedgerImport.objects.select_related("plan", "board")
        .filter(organisation_id=board.organisation_id, pk=pk)
        .first()
    )
    if ledger is None or ledger.board_id not in (None, board.pk):
        raise Http404("Huvudboken finns inte.")
    if ledger.board_id is None:
        require(can_plan(user, board))
    return ledger


def access_ledger_upload(user: Any, board: Board, pk: int) -> Any:
    from arshjul.finance.models import LedgerUpload

    upload = LedgerUpload.objects.defer("data").filter(board=board, pk=pk).first()
    if upload is None:
        raise Http404("Uppladdningen finns inte.")
    require(can_plan(user, board))
    return upload


CONFIG_REFUSED = "Kontoplanen är inställningar som bara controller och administratör kan se."
SAVINGS_REFUSED = "Bara controller och administratör kan rapportera åtgärdernas utfall."


def access_finance_config(user: Any, board_slug: str) -> Board:
    """A readable board whose economy configuration (account plans) the user may change."""
    board = access_board(user, board_slug)
    require(can_plan(user, board), CONFIG_REFUSED)
    return board


def access_line_mapping(user: Any, board: Board, pk: int) -> Any:
    """An account range of the board's organisation (the caller has passed the config door)."""
    from arshjul.finance.models import LineMapping

    require(can_plan(user, board), CONFIG_REFUSED)
    mapping = (
        LineMapping.objects.select_related("plan", "line")
        .filter(organisation_id=board.organisation_id, pk=pk)
        .first()
    )
    if mapping is None:
        raise Http404("Kontointervallet finns inte.")
    return mapping


def access_savings_plan(user: Any, board: Board, pk: int) -> Any:
    """A savings plan (Handlingsplan) of a board the user reads."""
    from arshjul.finance.models import SavingsPlan

    require(can_read_board(user, board))
    plan = SavingsPlan.objects.select_related("board").filter(board=board, pk=pk).first()
    if plan is None:
        raise Http404("Handlingsplanen finns inte.")
    return plan


def access_savings_measure(user: Any, plan: Any, pk: int, *, write: bool = False) -> Any:
    """A measure of the plan; with ``write`` also 403 unless the user plans the board."""
    from arshjul.finance.models import SavingsMeasure

    measure = SavingsMeasure.objects.select_related("unit", "plan").filter(plan=plan, pk=pk).first()
    if measure is None:
        raise Http404("Åtgärden finns inte.")
    if write:
        require(can_plan(user, plan.board), SAVINGS_REFUSED)
    return measure


def period_slug(period: Any) -> str:
    """A period named across years, as the savings pages address it: ``2024-helar``."""
    return f"{period.plan_year.year}-{period.key}"


def access_savings_period(plan: Any, slug: str) -> Any:
    """A period (``<year>-<key>``) of one of the plan's years on the plan's board, or 404."""
    from arshjul.followup.models import Period

    year_text, _, key = slug.partition("-")
    if not year_text.isdigit() or int(year_text) not in plan.plan_years:
        raise Http404("Perioden finns inte i handlingsplanens år.")
    period = (
        Period.objects.select_related("plan_year")
        .filter(plan_year__board_id=plan.board_id, plan_year__year=int(year_text), key=key)
        .first()
    )
    if period is None:
        raise Http404("Perioden finns inte.")
    return period


class SystemActor:
    """The actor of command-line operations (demo loading, imports started by an operator).
    It has every right; its audit events carry no user."""

    pk = None
    is_active = True
    is_authenticated = True
    is_superuser = True

    def __str__(self) -> str:
        return "system"


SYSTEM = SystemActor()
