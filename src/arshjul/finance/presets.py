"""The result-report lines and the account plans as data, seeded for a new organisation and
editable by a controller afterwards (Configuration is data).

The mappings follow the public charts' class structure; each organisation adjusts them to its
own chart. Region-Bas (L-Bas) puts personnel costs in class 4, Kommun-Bas in class 5 and company
BAS in class 7 (group 70–76). Accounts not covered by any range are listed as unmapped by the
ledger page, never dropped silently.
"""

from __future__ import annotations

# key, label, parent (the sum line it adds into), is_sum, first_year
RESULT_LINES: list[tuple[str, str, str | None, bool, int | None]] = [
    ("ovriga_intakter", "Övriga intäkter", "summa_intakter", False, None),
    ("summa_intakter", "Summa intäkter", "verksamhetens_nettokostnad", True, None),
    ("personalkostnader", "Personalkostnader", "summa_kostnader", False, None),
    ("ovriga_kostnader", "Övriga kostnader", "summa_kostnader", False, None),
    ("avskrivningar_inventarier", "Avskrivningar, inventarier", "summa_kostnader", False, None),
    ("avskrivningar_fastigheter", "Avskrivningar, fastigheter", "summa_kostnader", False, None),
    ("summa_kostnader", "Summa kostnader", "verksamhetens_nettokostnad", True, None),
    ("verksamhetens_nettokostnad", "Verksamhetens nettokostnad", "resultat", True, None),
    ("finansnetto", "Finansnetto", "resultat", False, None),
    ("fastighetsfinansiering", "Fastighetsfinansiering", "resultat", False, 2024),
    ("resultat", "Resultat", None, True, None),
]

INCOME_PARENT = "summa_intakter"  # lines under it are the income (omsättning)

# plan key, name, kind, default, [(first, last, line key)]
ACCOUNT_PLANS: list[tuple[str, str, str, bool, list[tuple[int, int, str]]]] = [
    (
        "region-bas",
        "Region-Bas",
        "region_bas",
        True,
        [
            (3000, 3999, "ovriga_intakter"),
            (4000, 4999, "personalkostnader"),
            (5000, 7799, "ovriga_kostnader"),
            (7800, 7819, "avskrivningar_inventarier"),
            (7820, 7829, "avskrivningar_fastigheter"),
            (7830, 7899, "avskrivningar_inventarier"),
            (7900, 7999, "ovriga_kostnader"),
            (8400, 8799, "finansnetto"),
            (8900, 8999, "fastighetsfinansiering"),
        ],
    ),
    (
        "kommun-bas",
        "Kommun-Bas",
        "kommun_bas",
        False,
        [
            (3000, 3999, "ovriga_intakter"),
            (4000, 4999, "ovriga_kostnader"),
            (5000, 5999, "personalkostnader"),
            (6000, 6799, "ovriga_kostnader"),
            (6800, 6819, "avskrivningar_inventarier"),
            (6820, 6829, "avskrivningar_fastigheter"),
            (6830, 6899, "avskrivningar_inventarier"),
            (6900, 7999, "ovriga_kostnader"),
            (8400, 8799, "finansnetto"),
        ],
    ),
    (
        "bas",
        "BAS (företag)",
        "bas",
        False,
        [
            (3000, 3999, "ovriga_intakter"),
            (4000, 6999, "ovriga_kostnader"),
            (7000, 7699, "personalkostnader"),
            (7700, 7819, "avskrivningar_inventarier"),
            (7820, 7829, "avskrivningar_fastigheter"),
            (7830, 7899, "avskrivningar_inventarier"),
            (7900, 7999, "ovriga_kostnader"),
            (8000, 8799, "finansnetto"),
        ],
    ),
]
