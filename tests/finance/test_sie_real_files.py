"""The 20 real SIE files in shared/testdata/sie (see SOURCES.md there), read where they lie.

Expected outcome per file (``read_sie``; "lenient" is ``strict=False`` as ``inspect`` uses;
reconcile = mismatches of ``reconcile()`` on the lenient reading):

| file | encoding | type | #VER | #TRANS | #KSUMMA | strict | rec. |
|---|---|---|---|---|---|---|---|
| alipsa__44_sie4_VismaCompact.se | cp437 | 4 | 286 | 949 | ok | ok | 0 |
| alipsa__9_sie-gruppen-e-conomic.se | cp437 | 4 | 57 | 160 | absent | refused (a) | 8 |
| jsisie__BL0001_typ3.SE | cp437 | 3 | 0 | 0 | absent | ok | 0 |
| jsisie__BL0001_typ4.SE | cp437 | 4 | 84 | 405 | absent | ok | 0 |
| jsisie__BL0001_typ4I.SI | cp437 | 4I | 1 | 10 | absent | ok | 0 |
| jsisie__LON_Lonekorning_Kontek.SI | cp437 | 4I | 1 | 25 | absent | ok | 0 |
| jsisie__MAMUT_SIE4_EXPORT.SE | cp437 | 4 | 168 | 458 | absent | ok | 0 |
| jsisie__SIE4_Exempelfil_med_underdim.SE | – | – | – | – | – | refused (b) | – |
| jsisie__Sie4_Fortnox.si | cp437 | 4 | 165 | 869 | absent | ok | 35 |
| jsisie__Sie_3+4_HogiaSmallOffice.se | cp437 | 4 | 2 | 4 | absent | ok | 0 |
| jsisie__Test4_Briljant.SE | cp437 | 4 | 167 | 1464 | absent | ok | 0 |
| jsisie__XE_SIE_4_20151125095119.SE | cp437 | 4 | 65 | 248 | absent | refused (c) | 0 |
| jsisie__objektsaldo_ovnbolag.se | cp437 | 3 | 0 | 0 | absent | ok | 0 |
| jsisie__transaktioner_ovnbolag.se | cp437 | 4 | 163 | 671 | absent | ok | 0 |
| sie4j__BLBLOV_SIE4_ISO_8859_15.SE | iso-8859-15 | 4 | 20 | 74 | absent | refused (d) | 0 |
| sie4j__BLBLOV_SIE4_UTF_8_1.SE | utf-8 | 4 | 20 | 74 | absent | refused (d) | 0 |
| sie4j__Quotes_test.si | utf-8 | 4I | 1 | 3 | absent | ok | 0 |
| sie4j__SIE_test_av_KST_projekt_Testbolaget_e.SE | cp437 | 4 | 1 | 3 | absent | ok | 0 |
| sie4j__SIE_with_missing_program_version.se | cp437 | 4I | 3 | 23 | absent | ok | 0 |
| siegruppen-via-keyholder-plan__SIE4_Exempelfil.SE | cp437 | 4 | 295 | 1330 | absent | ok | 0 |

Refusals: (a) rad 1459: #VER saknar ”{” före sina rader; (b) rad 6: Filen verkar ha sparats
om med fel teckenkodning: tecknet \ufffd (U+FFFD) på rad 6 (refused leniently too); (c) rad 1356:
Verifikation 1 1 balanserar inte: summan är 2,00; (d) rad 545: #PBUDGET saknar objektlista
(”{}”). "4I": type 4 without balance records (``is_import_file``). rec. = mismatches of
``reconcile`` (0 for files without #TRANS, or without #UB 0 and #RES 0). strict "ok": imported.

Notes. e-conomic: voucher "" 19 has no "{" (a blank line instead); read leniently its rows
count, and the 8 mismatches are the ones SOURCES.md names (#RES 7210/7510/7519/7699, #UB
1930/2710/2920/2950). BL BLBLOV (both encodings): 276 #PBUDGET lines without an object list
(the ISO one also with account and period swapped). BL0001_typ4: #RES 0 9999 (11 120.00)
does agree with its #TRANS. Fortnox: no #RES at all, so only balance accounts are compared.
Pure tests: no database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from arshjul.finance.sie import SieError, SieFile, inspect, read_sie, reconcile
from arshjul.finance.sie import reader as sie_reader
from arshjul.finance.sie.inspection import trans_sums

FOLDER = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "sie"
if not FOLDER.is_dir():  # the work tree's sibling in the workplace, /work/shared
    FOLDER = Path("/work/shared/testdata/sie")

E_CONOMIC = "alipsa__9_sie-gruppen-e-conomic.se"
BLBLOV_REFUSAL = (545, "#PBUDGET saknar objektlista (”{}”)")

# file: (encoding, sie_type, vouchers, transactions, checksum, strict refusal or None,
#        reconcile mismatches, {account: inspect figures that must hold})
EXPECTED: dict[str, tuple[Any, ...]] = {
    "alipsa__44_sie4_VismaCompact.se": (
        "cp437", 4, 286, 949, "ok", None, 0,
        {"1930": {"ib": "263238.84", "ub": "202756.59", "trans_sum": "-60482.25"},
         "2440": {"ub": "-133214.25", "trans_sum": "-110235.25"}},
    ),
    E_CONOMIC: (
        "cp437", 4, 57, 160, "absent", (1459, "#VER saknar ”{” före sina rader"), 8,
        {"1930": {"ub": "-27644.80", "trans_sum": "94000.00"},
         "7210": {"res": "396000.00", "trans_sum": "348000.00"}},
    ),
    "jsisie__BL0001_typ3.SE": (
        "cp437", 3, 0, 0, "absent", None, 0,
        {"1930": {"ib": "623579.28", "ub": "869015.45", "trans_sum": "0.00"},
         "3010": {"res": "-228200.00"}},
    ),
    "jsisie__BL0001_typ4.SE": (
        "cp437", 4, 84, 405, "absent", None, 0,
        {"1930": {"trans_sum": "245436.17"},
         "9999": {"res": "11120.00", "trans_sum": "11120.00"}},
    ),
    "jsisie__BL0001_typ4I.SI": (
        "cp437", 4, 1, 10, "absent", None, 0,
        {"1510": {"name": None, "trans_sum": "3313.00"}, "3740": {"trans_sum": "-0.50"}},
    ),
    "jsisie__LON_Lonekorning_Kontek.SI": (
        "cp437", 4, 1, 25, "absent", None, 0,
        {"1940": {"trans_sum": "-115486.00"}, "7510": {"trans_sum": "50754.00"}},
    ),
    "jsisie__MAMUT_SIE4_EXPORT.SE": (
        "cp437", 4, 168, 458, "absent", None, 0,
        {"1920": {"ib": "4696879.00", "ub": "9984204.89", "trans_sum": "5287325.89"}},
    ),
    "jsisie__Sie4_Fortnox.si": (
        "cp437", 4, 165, 869, "absent", None, 35,
        {"1930": {"ib": "3438419.50", "ub": "3438419.50", "trans_sum": "197154.00"}},
    ),
    "jsisie__Sie_3+4_HogiaSmallOffice.se": (
        "cp437", 4, 2, 4, "absent", None, 0,
        {"1910": {"ib": None, "ub": "550.00"}, "2440": {"ub": "-1050.00"}},
    ),
    "jsisie__Test4_Briljant.SE": (
        "cp437", 4, 167, 1464, "absent", None, 0,
        {"1930": {"ub": "1489282.00", "trans_sum": "676628.00"},
         "3010": {"res": "-2460020.00", "trans_sum": "-2460020.00"}},
    ),
    "jsisie__XE_SIE_4_20151125095119.SE": (
        "cp437", 4, 65, 248, "absent",
        (1356, "Verifikation 1 1 balanserar inte: summan är 2,00"), 0,
        {"1930": {"ib": "-1881916.84", "trans_sum": "-51106.00"}},
    ),
    "jsisie__objektsaldo_ovnbolag.se": (
        "cp437", 3, 0, 0, "absent", None, 0,
        {"1930": {"ib": "1071347.58", "ub": "1511049.94"}},
    ),
    "jsisie__transaktioner_ovnbolag.se": (
        "cp437", 4, 163, 671, "absent", None, 0,
        {"1930": {"ib": "1071347.58", "ub": "1511049.94", "trans_sum": "439702.36"}},
    ),
    "sie4j__BLBLOV_SIE4_ISO_8859_15.SE": (
        "iso-8859-15", 4, 20, 74, "absent", BLBLOV_REFUSAL, 0,
        {"1930": {"trans_sum": "-25124.76"}, "3010": {"name": "Försäljning", "res": "-6700.00"}},
    ),
    "sie4j__BLBLOV_SIE4_UTF_8_1.SE": (
        "utf-8", 4, 20, 74, "absent", BLBLOV_REFUSAL, 0,
        {"1930": {"trans_sum": "-25124.76"}, "3010": {"name": "Försäljning", "res": "-6700.00"}},
    ),
    "sie4j__Quotes_test.si": (
        "utf-8", 4, 1, 3, "absent", None, 0,
        {"1930": {"trans_sum": "100.00"}, "3010": {"trans_sum": "-80.00"}},
    ),
    "sie4j__SIE_test_av_KST_projekt_Testbolaget_e.SE": (
        "cp437", 4, 1, 3, "absent", None, 0,
        {"5010": {"name": "Lokalhyra", "res": "300.00", "trans_sum": "300.00"}},
    ),
    "sie4j__SIE_with_missing_program_version.se": (
        "cp437", 4, 3, 23, "absent", None, 0,
        {"1930": {"trans_sum": "71465.00"}, "3001": {"trans_sum": "-22456.16"}},
    ),
    "siegruppen-via-keyholder-plan__SIE4_Exempelfil.SE": (
        "cp437", 4, 295, 1330, "absent", None, 0,
        {"1930": {"name": "Bank, checkräkningskonto", "ib": "938311.64", "ub": "746686.19",
                  "trans_sum": "-191625.45"}},
    ),
}  # fmt: skip
DAMAGED = "jsisie__SIE4_Exempelfil_med_underdim.SE"
READABLE = sorted(EXPECTED)


def data_of(name: str) -> bytes:
    return (FOLDER / name).read_bytes()


def lenient(name: str) -> SieFile:
    return read_sie(data_of(name), file_name=name)


def test_folder_holds_the_twenty_files() -> None:
    names = sorted(path.name for path in FOLDER.iterdir() if not path.name.endswith(".md"))
    assert names == sorted([*EXPECTED, DAMAGED])


@pytest.mark.parametrize("name", READABLE)
def test_real_file_reads_with_expected_counts_and_balances(name: str) -> None:
    encoding, sie_type, vouchers, rows, checksum, _, _, accounts = EXPECTED[name]
    summary = inspect(lenient(name))
    assert (summary["encoding"], summary["sie_type"], summary["checksum"]) == (
        encoding,
        sie_type,
        checksum,
    )
    assert (summary["vouchers"], summary["transactions"]) == (vouchers, rows)
    for account, figures in accounts.items():
        shown = summary["accounts"][account]
        assert {key: shown[key] for key in figures} == figures


@pytest.mark.parametrize("name", READABLE)
def test_real_file_strict_outcome(name: str) -> None:
    refusal = EXPECTED[name][5]
    if refusal is None:
        sie = read_sie(data_of(name), file_name=name, strict=True)
        assert len(sie.transactions) == EXPECTED[name][3]
        return
    with pytest.raises(SieError) as caught:
        read_sie(data_of(name), file_name=name, strict=True)
    assert (caught.value.line, caught.value.message) == refusal
    assert caught.value.file_name == name


@pytest.mark.parametrize("name", READABLE)
def test_real_file_reconcile_mismatch_count(name: str) -> None:
    assert len(reconcile(lenient(name))) == EXPECTED[name][6]


@pytest.mark.parametrize("name", READABLE)
def test_fast_path_and_lexer_read_the_same(name: str) -> None:
    """Forcing every line through the lexer (as for a file with control characters) changes
    nothing: the bulk #TRANS path and the line-by-line path agree."""
    fast = lenient(name)
    with mock.patch.object(sie_reader, "_controls", lambda data: (False, False)):
        careful = lenient(name)
    assert list(fast.transactions.rows()) == list(careful.transactions.rows())
    assert fast.transactions.objects == careful.transactions.objects
    assert (fast.vouchers, fast.warnings) == (careful.vouchers, careful.warnings)


@pytest.mark.parametrize("strict", [False, True])
def test_damaged_encoding_is_refused_in_both_modes(strict: bool) -> None:
    with pytest.raises(SieError) as caught:
        read_sie(data_of(DAMAGED), file_name=DAMAGED, strict=strict)
    assert (caught.value.line, caught.value.message) == (
        6,
        "Filen verkar ha sparats om med fel teckenkodning: tecknet \ufffd (U+FFFD) på rad 6",
    )


def test_official_example_file() -> None:
    sie = lenient("siegruppen-via-keyholder-plan__SIE4_Exempelfil.SE")
    assert (sie.company, sie.org_number, sie.flag, sie.program_version) == (
        "Övningsbolaget AB",
        "555555-5555",
        1,
        "2022.2",
    )
    assert [(year.index, year.start.isoformat()) for year in sie.fiscal_years if year.start] == [
        (0, "2021-01-01"),
        (-1, "2020-01-01"),
    ]
    assert sum(1 for objects in sie.transactions.objects if objects) == 292
    assert (sie.vouchers[0].text, sie.vouchers[0].line) == ("Kaffebröd", 1866)
    assert sie.warnings == [
        "rad 7: byte 0xF6 är ”ö” i ISO-8859-15 (Latin-1) men ”÷” i CP437; filen läses som "
        "CP437 eftersom de flesta svenska bokstäverna är kodade så"
    ]


def test_golden_file_year_result() -> None:
    sie = lenient("jsisie__transaktioner_ovnbolag.se")
    assert sum(amount for (year, _), amount in sie.res.items() if year == 0) == -27779846
    assert (len(sie.psaldo), len(sie.pbudget)) == (705, 1248)


def test_budget_per_cost_centre_with_quoted_dimensions() -> None:
    sie = lenient("jsisie__objektsaldo_ovnbolag.se")
    assert (len(sie.psaldo), len(sie.pbudget)) == (975, 1248)
    assert sie.dimensions == {1: "Resultatenheter", 6: "Projekt", 7: "Medarbetare"}
    assert sie.psaldo[1] == (0, 201101, "1460", ((7, "1"),), -28390800)


def test_rtrans_and_btrans_of_bl_administration_count_each_row_once() -> None:
    data = data_of("jsisie__BL0001_typ4.SE")
    sie = read_sie(data, file_name="bl.se", strict=True)
    trans_lines = sum(1 for line in data.splitlines() if line.lstrip().startswith(b"#TRANS"))
    assert len(sie.transactions) == trans_lines == 405
    assert (sie.vouchers[0].series, len(sie.oib), len(sie.oub), len(sie.pbudget)) == (
        "#",
        6,
        21,
        24,
    )
    assert sie.objects[(6, "┼1")] == "årsta"


def test_unbalanced_voucher_of_xe_is_listed_leniently() -> None:
    sie = lenient("jsisie__XE_SIE_4_20151125095119.SE")
    assert sie.unbalanced_vouchers == [{"series": "1", "number": "1", "line": 1356, "sum": "2.00"}]
    assert sie.dimensions == {1: "Kostnadställe", 6: "Projekt", 2: "bil2", 5: "Bil1"}


def test_escaped_quotes_and_unquoted_company_name() -> None:
    sie = read_sie(data_of("sie4j__Quotes_test.si"), file_name="q.si", strict=True)
    assert sie.program_version == '1.0 - "Oblique Ozelot" - alpha'
    assert sie.vouchers[0].text == 'Försäljning 25% "DF:157"'
    assert (sie.vouchers[0].series, sie.vouchers[0].number) == ("K", "")
    assert sie.company == "Övningsbolaget AB"
    assert sie.is_import_file is True


def test_import_file_without_fiscal_year_dates() -> None:
    sie = read_sie(data_of("jsisie__BL0001_typ4I.SI"), file_name="4i.si", strict=True)
    assert [(year.index, year.start, year.end) for year in sie.fiscal_years] == [(0, None, None)]
    assert sie.warnings == ["rad 7: #RAR 0 saknar start- eller slutdatum"]
    assert trans_sums(sie)["2610"] == -21250


def test_payroll_objects_with_three_dimensions() -> None:
    sie = lenient("jsisie__LON_Lonekorning_Kontek.SI")
    assert sie.transactions.objects[10] == ((1, "100"), (6, "Obj300"), (20, "1234567890"))
    assert sie.transactions.cost_centre[10] == "100"
    assert sie.dimensions[20] == "Nivå 4"


def test_e_conomic_mismatches_are_the_documented_accounts() -> None:
    mismatches = reconcile(lenient(E_CONOMIC))
    assert [(row["account"], row["kind"]) for row in mismatches] == [
        ("1930", "balans"),
        ("2710", "balans"),
        ("2920", "balans"),
        ("2950", "balans"),
        ("7210", "resultat"),
        ("7510", "resultat"),
        ("7519", "resultat"),
        ("7699", "resultat"),
    ]


@pytest.mark.parametrize(
    ("name", "crlf"),
    [
        ("siegruppen-via-keyholder-plan__SIE4_Exempelfil.SE", True),
        ("sie4j__SIE_test_av_KST_projekt_Testbolaget_e.SE", True),
        ("sie4j__SIE_with_missing_program_version.se", True),
        ("jsisie__Test4_Briljant.SE", False),
    ],
)
def test_line_ends_do_not_change_the_reading(name: str, crlf: bool) -> None:
    data = data_of(name)
    assert (b"\r\n" in data) is crlf
    other = data.replace(b"\r\n", b"\n") if crlf else data.replace(b"\n", b"\r\n")
    first, second = lenient(name), read_sie(other, file_name=name)
    assert list(first.transactions.rows()) == list(second.transactions.rows())
    assert (first.vouchers, first.warnings) == (second.vouchers, second.warnings)
