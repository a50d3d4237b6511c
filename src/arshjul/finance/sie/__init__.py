"""Our own reader of SIE 1–4 files ("klassisk SIE"): pure Python, no Django, no database.

``read_sie`` turns the bytes of a file into a ``SieFile``; ``inspect`` and ``reconcile``
describe one for people and checks. See ``reader`` for what refuses a file.
"""

from arshjul.finance.sie.inspection import inspect, reconcile
from arshjul.finance.sie.model import (
    AccountInfo,
    FiscalYear,
    SieError,
    SieFile,
    Transactions,
    Voucher,
)
from arshjul.finance.sie.reader import read_sie

__all__ = [
    "AccountInfo",
    "FiscalYear",
    "SieError",
    "SieFile",
    "Transactions",
    "Voucher",
    "inspect",
    "read_sie",
    "reconcile",
]
