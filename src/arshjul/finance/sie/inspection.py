"""What a read SIE file says about itself, as JSON-ready dicts: ``inspect`` and ``reconcile``.

Amounts are decimal strings with two decimals (``"-1234.50"``), dates ISO strings.

``reconcile`` compares the two pictures a file gives (SPEC-NOTES.md §5): its balances
(#IB/#UB/#RES for year 0) and its vouchers (#TRANS). A balance account (#KTYP T or S, or
without #KTYP an account in class 1–2) should have IB 0 + ΣTRANS = UB 0, a result account
(all others) ΣTRANS = RES 0. A balance is only compared when the file writes that kind of
balance at all: #UB 0 for balance accounts, #RES 0 for result accounts. A missing row then
means zero, as the spec lets writers leave out zero balances (a missing #IB 0 too: the
Hogia sample starts year 0 from zero although its #UB -1 does not). A file without #TRANS
has nothing to reconcile.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from arshjul.finance.sie.model import SieFile
from arshjul.finance.sie.values import format_ore

BALANCE_TYPES = frozenset("TS")
BALANCE_CLASSES = frozenset("12")


def inspect(sie: SieFile) -> dict[str, Any]:
    """A summary of the file for people and for the import preview."""
    program = " ".join(part for part in (sie.program, sie.program_version) if part)
    return {
        "program": program or None,
        "format_declared": sie.format_declared,
        "encoding": sie.encoding,
        "sie_type": sie.sie_type,
        "company": sie.company,
        "org_number": sie.org_number,
        "fiscal_years": [
            {"index": year.index, "start": _iso(year.start), "end": _iso(year.end)}
            for year in sie.fiscal_years
        ],
        "vouchers": len(sie.vouchers),
        "transactions": len(sie.transactions),
        "accounts": _accounts(sie),
        "unbalanced_vouchers": list(sie.unbalanced_vouchers),
        "checksum": sie.checksum,
        "warnings": list(sie.warnings),
    }


def trans_sums(sie: SieFile) -> dict[str, int]:
    """ΣTRANS per account in öre."""
    sums: dict[str, int] = {}
    get = sums.get
    for account, amount in zip(sie.transactions.account, sie.transactions.amount_ore, strict=True):
        sums[account] = get(account, 0) + amount
    return sums


def all_accounts(sie: SieFile, sums: Iterable[str]) -> list[str]:
    """Every #KONTO and every account with a balance or a transaction, in order."""
    numbers = set(sie.accounts).union(sums)
    for balances in (sie.ib, sie.ub, sie.res):
        numbers.update(account for _, account in balances)
    return sorted(numbers)


def reconcile(sie: SieFile) -> list[dict[str, str]]:
    """The accounts whose balances disagree with their #TRANS (see the module docstring)."""
    if not len(sie.transactions):
        return []
    sums = trans_sums(sie)
    opening = _year_balances(sie.ib, 0) or {}
    closing, results = _year_balances(sie.ub, 0), _year_balances(sie.res, 0)
    mismatches = []
    for account in all_accounts(sie, sums):
        moved = sums.get(account, 0)
        if is_balance_account(sie, account):
            if closing is None:
                continue
            kind, published = "balans", closing.get(account, 0)
            computed = opening.get(account, 0) + moved
        else:
            if results is None:
                continue
            kind, published, computed = "resultat", results.get(account, 0), moved
        if published != computed:
            mismatches.append(
                {
                    "account": account,
                    "kind": kind,
                    "published": format_ore(published),
                    "computed": format_ore(computed),
                }
            )
    return mismatches


def is_balance_account(sie: SieFile, account: str) -> bool:
    info = sie.accounts.get(account)
    return balance_account(account, info.ktyp if info is not None else None)


def balance_account(account: str, ktyp: str | None) -> bool:
    """A balance account by its #KTYP (T, S) where the file gives one, else by its class (1, 2);
    the imported ledger uses the same rule."""
    return ktyp in BALANCE_TYPES if ktyp else account[:1] in BALANCE_CLASSES


def _year_balances(balances: dict[tuple[int, str], int], year: int) -> dict[str, int] | None:
    found = {account: amount for (index, account), amount in balances.items() if index == year}
    return found or None


def _accounts(sie: SieFile) -> dict[str, dict[str, str | None]]:
    sums = trans_sums(sie)
    described: dict[str, dict[str, str | None]] = {}
    for account in all_accounts(sie, sums):
        info = sie.accounts.get(account)
        described[account] = {
            "name": info.name if info else None,
            "ib": _amount(sie.ib.get((0, account))),
            "ub": _amount(sie.ub.get((0, account))),
            "res": _amount(sie.res.get((0, account))),
            "trans_sum": format_ore(sums.get(account, 0)),
        }
    return described


def _amount(ore: int | None) -> str | None:
    return None if ore is None else format_ore(ore)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()
