"""The SIE reader on small texts: lexer, values, encodings, line ends, rows, inspect and
reconcile. Pure tests: no database."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from bench.sie_generate import write_file

from arshjul.finance.sie import SieError, SieFile, inspect, read_sie, reconcile
from arshjul.finance.sie.encoding import detect_encoding
from arshjul.finance.sie.lexer import split_fields
from arshjul.finance.sie.model import SieProblem
from arshjul.finance.sie.values import format_ore, ore, parse_date

HEAD = """#FLAGGA 0
#PROGRAM "Test" 1.0
#FORMAT PC8
#SIETYP 4
#FNAMN "Bolaget"
#RAR 0 20240101 20241231
"""


def read(text: str, *, strict: bool = True, encoding: str = "cp437") -> SieFile:
    return read_sie(text.encode(encoding), file_name="t.se", strict=strict)


# --- lexer -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (b"#KONTO 1930 Bank", [b"#KONTO", b"1930", b"Bank"]),
        (b"#KONTO\t1930\t\t Bank  ", [b"#KONTO", b"1930", b"Bank"]),
        (b'#KONTO 1930 "Bank och kassa"', [b"#KONTO", b"1930", b"Bank och kassa"]),
        (b'#PROSA ""', [b"#PROSA", b""]),
        (b'#PROSA "a \\"b\\" c"', [b"#PROSA", b'a "b" c']),
        (b'#FNR "C:\\Program\\F\xf6retag"', [b"#FNR", b"C:\\Program\\F\xf6retag"]),
        (b'#PROSA "a\\\\b"', [b"#PROSA", b"a\\\\b"]),
        (b"#TRANS 1930 {} 1.00", [b"#TRANS", b"1930", (), b"1.00"]),
        (b"#TRANS 1930 { } 1.00", [b"#TRANS", b"1930", (), b"1.00"]),
        (b'#TRANS 1930 {1 "K 1" 6 P2} 1', [b"#TRANS", b"1930", (b"1", b"K 1", b"6", b"P2"), b"1"]),
        (b'#OUB 0 3010 {"1" "Nord"} 5', [b"#OUB", b"0", b"3010", (b"1", b"Nord"), b"5"]),
        (b'#X a"b c', [b"#X", b'a"b', b"c"]),
    ],
    ids=[
        "plain", "tabs_and_blanks", "quoted", "empty", "escaped_quotes", "backslash_path",
        "two_backslashes", "empty_list", "blank_list", "list_pairs", "quoted_list",
        "quote_inside_bare_field",
    ],
)  # fmt: skip
def test_lexer_splits_fields(line: bytes, fields: list[object]) -> None:
    assert split_fields(line) == fields


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b'#FNAMN "Bolaget', "Citattecknet avslutas aldrig"),
        (b'#PROSA "a\\"', "Citattecknet avslutas aldrig"),
        (b'#TRANS 1930 {1 "K1" 1.00', "Objektlistan avslutas aldrig (”}” saknas)"),
        (b'#FNAMN "Bo\x07laget"', "Otillåtet styrtecken (tecken 7) i ett fält"),
        (b"#FNAMN Bo\x1blaget", "Otillåtet styrtecken (tecken 27) i ett fält"),
    ],
    ids=["unterminated", "escaped_end_quote", "unclosed_list", "bell_in_string", "escape_bare"],
)
def test_lexer_refuses(line: bytes, message: str) -> None:
    with pytest.raises(SieProblem) as caught:
        split_fields(line)
    assert (caught.value.message, caught.value.fatal) == (message, True)


# --- values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"0", 0), (b"-133", -13300), (b"1.5", 150), (b"-0.5", -50), (b"-0.05", -5),
        (b"1234.56", 123456), (b"-212.5", -21250), (b"00012.30", 1230),
    ],
)  # fmt: skip
def test_amount_in_ore(raw: bytes, expected: int) -> None:
    assert ore(raw) == expected


@pytest.mark.parametrize(
    "raw", [b"1,50", b"+5", b"1.234", b"12.3.4", b"abc", b"", b"-", b".5", b"5.", b"1 000"]
)
def test_amount_refused(raw: bytes) -> None:
    with pytest.raises(SieProblem, match="inte ett giltigt SIE-belopp"):
        ore(raw)


@pytest.mark.parametrize("ore_value", [0, 5, -5, 150, -123450, 99999999999])
def test_format_ore_inverts_ore(ore_value: int) -> None:
    assert ore(format_ore(ore_value).encode()) == ore_value


def test_dates() -> None:
    assert parse_date(b"20240229") == dt.date(2024, 2, 29)
    with pytest.raises(SieProblem, match="Datumet ”20230229” finns inte"):
        parse_date(b"20230229")
    with pytest.raises(SieProblem, match="inte ett giltigt SIE-datum"):
        parse_date(b"2024-02-29")


# --- encodings and line ends -------------------------------------------------------------

SWEDISH = '#FNAMN "Åre Östra Hälsa"\n#KONTO 3010 "Försäljning"\n'


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [("cp437", "cp437"), ("iso-8859-15", "iso-8859-15"), ("utf-8", "utf-8"), ("ascii", "ascii")],
)
def test_encoding_is_detected_and_text_decoded(encoding: str, detected: str) -> None:
    text = SWEDISH if encoding != "ascii" else '#FNAMN "Are"\n'
    sie = read(HEAD + text, encoding=encoding)
    assert sie.encoding == detected
    assert sie.company == ("Åre Östra Hälsa" if encoding != "ascii" else "Are")


def test_stray_latin1_byte_in_cp437_file_is_a_warning_naming_its_line() -> None:
    data = (HEAD + SWEDISH).encode("cp437") + b'#FNR "F\xf6retag"\n'
    sie = read_sie(data, file_name="s.se")
    assert sie.encoding == "cp437"
    assert sie.warnings == [
        "rad 9: byte 0xF6 är ”ö” i ISO-8859-15 (Latin-1) men ”÷” i CP437; filen läses som "
        "CP437 eftersom de flesta svenska bokstäverna är kodade så"
    ]


def test_replacement_characters_refuse_the_file_before_anything_else() -> None:
    with pytest.raises(SieError) as caught:
        detect_encoding(b"#FLAGGA 0\n#FNAMN \xef\xbf\xbdre\n", file_name="x.se")
    assert (caught.value.line, caught.value.file_name) == (2, "x.se")


VOUCHERS = """#VER A 1 20240105 "Kaffe"
{
\t#TRANS 1930 {} -195.00
\t#TRANS 6071 {} 195.00 20240104 "Kaffe och bröd"
}
"""


def test_crlf_and_lf_give_the_same_file() -> None:
    lf = read(HEAD + VOUCHERS)
    crlf = read((HEAD + VOUCHERS).replace("\n", "\r\n"))
    assert list(lf.transactions.rows()) == list(crlf.transactions.rows())
    assert lf.vouchers == crlf.vouchers


def test_tabs_separate_fields_and_transdat_defaults_to_voucher_date() -> None:
    sie = read(HEAD + VOUCHERS)
    assert list(sie.transactions.rows()) == [
        (0, "1930", -19500, dt.date(2024, 1, 5), None),
        (0, "6071", 19500, dt.date(2024, 1, 4), None),
    ]


def test_unquoted_name_in_several_fields_is_joined_with_a_warning() -> None:
    sie = read(HEAD.replace('#FNAMN "Bolaget"', "#FNAMN Norra  Bolaget AB"), strict=True)
    assert sie.company == "Norra Bolaget AB"
    assert sie.warnings == [
        "rad 5: #FNAMN: namnet står utan citattecken och har lästs som ”Norra Bolaget AB”"
    ]


# --- rows: objects, #RTRANS, #BTRANS -----------------------------------------------------


def test_object_lists_give_cost_centre_and_all_objects() -> None:
    sie = read(
        HEAD
        + """#VER A 1 20240105 ""
{
#TRANS 7010 {1 "100" 6 "P1" 20 "X"} 10.00
#TRANS 7010 {"6" "P2"} 5.00
#TRANS 1930 { } -15.00
}
"""
    )
    transactions = sie.transactions
    assert transactions.cost_centre == ["100", None, None]
    assert transactions.objects == [((1, "100"), (6, "P1"), (20, "X")), ((6, "P2"),), ()]


RTRANS = """#VER A 1 20240105 "Rättad" 20240301
{
#TRANS 1930 {} 1000
#TRANS 1680 {} -1000
#BTRANS 1930 {} 1000 20240301
#RTRANS 1930 {} 500 20240301
#TRANS 1930 {} 500 20240105
#RTRANS 3010 {} -500 20240301
#TRANS 3010 {} -500
}
"""


def test_rtrans_counts_once_through_its_twin_and_btrans_not_at_all() -> None:
    sie = read(HEAD + RTRANS)
    rows = list(sie.transactions.rows())
    assert [(account, amount) for _, account, amount, _, _ in rows] == [
        ("1930", 100000),
        ("1680", -100000),
        ("1930", 50000),
        ("3010", -50000),
    ]
    assert rows[2][3] == dt.date(2024, 1, 5)  # the twin's date, not the #RTRANS date
    assert sie.warnings == []


def test_rtrans_without_twin_is_counted_with_a_warning() -> None:
    sie = read(HEAD + RTRANS.replace("#TRANS 3010 {} -500\n", ""), strict=False)
    rows = list(sie.transactions.rows())
    assert rows[-1][1:4] == ("3010", -50000, dt.date(2024, 3, 1))
    assert sie.warnings == ["rad 14: #RTRANS följs inte av sin #TRANS; raden räknas med"]


# --- file kinds ---------------------------------------------------------------------------


def test_missing_sietyp_means_type_1() -> None:
    assert read(HEAD.replace("#SIETYP 4\n", "")).sie_type == 1


def test_type_4_without_balances_is_an_import_file_whatever_its_name() -> None:
    assert read(HEAD + VOUCHERS).is_import_file is True
    with_balance = read(HEAD + "#UB 0 1930 0.00\n" + VOUCHERS)
    assert with_balance.is_import_file is False


def test_unknown_labels_and_extra_fields_are_ignored() -> None:
    sie = read(HEAD + "#NYPOST 1 2 3\n#KONTO 1930 Bank\n#KTYP 1930 T extra\n")
    assert sie.accounts["1930"].ktyp == "T"
    assert sie.warnings == []


# --- inspect and reconcile ----------------------------------------------------------------

BALANCES = """#KONTO 1930 "Bank"
#KONTO 6071 "Representation"
#KTYP 6071 K
#IB 0 1930 1000.00
#UB 0 1930 805.00
#RES 0 6071 195.00
#IB -1 1930 7.00
"""


def test_inspect_gives_exactly_the_agreed_json() -> None:
    summary = inspect(read(HEAD + BALANCES + VOUCHERS))
    assert json.loads(json.dumps(summary)) == summary
    assert summary == {
        "program": "Test 1.0",
        "format_declared": "PC8",
        "encoding": "cp437",
        "sie_type": 4,
        "company": "Bolaget",
        "org_number": None,
        "fiscal_years": [{"index": 0, "start": "2024-01-01", "end": "2024-12-31"}],
        "vouchers": 1,
        "transactions": 2,
        "accounts": {
            "1930": {
                "name": "Bank",
                "ib": "1000.00",
                "ub": "805.00",
                "res": None,
                "trans_sum": "-195.00",
            },
            "6071": {
                "name": "Representation",
                "ib": None,
                "ub": None,
                "res": "195.00",
                "trans_sum": "195.00",
            },
        },
        "unbalanced_vouchers": [],
        "checksum": "absent",
        "warnings": [],
    }


def test_reconcile_is_empty_when_balances_and_vouchers_agree() -> None:
    assert reconcile(read(HEAD + BALANCES + VOUCHERS)) == []


def test_reconcile_names_balance_and_result_accounts_that_disagree() -> None:
    text = HEAD + BALANCES.replace("805.00", "800.00").replace("195.00", "190.00") + VOUCHERS
    assert reconcile(read(text)) == [
        {"account": "1930", "kind": "balans", "published": "800.00", "computed": "805.00"},
        {"account": "6071", "kind": "resultat", "published": "190.00", "computed": "195.00"},
    ]


def test_reconcile_follows_ktyp_before_the_account_class() -> None:
    text = HEAD + BALANCES.replace("#KTYP 6071 K", "#KTYP 6071 T") + VOUCHERS
    # 6071 is now a balance account without #UB 0 (zero) but with ΣTRANS 195.00
    assert reconcile(read(text)) == [
        {"account": "6071", "kind": "balans", "published": "0.00", "computed": "195.00"}
    ]


def test_reconcile_skips_kinds_of_balance_the_file_does_not_write() -> None:
    text = HEAD + "#KONTO 1930 Bank\n" + VOUCHERS  # no #UB, no #RES
    assert reconcile(read(text)) == []


# --- the generator of the benchmark file --------------------------------------------------


def test_generated_file_reads_strictly_and_reconciles(tmp_path: Path) -> None:
    target = tmp_path / "generated.se"
    ledger = write_file(target, transactions=5000, accounts=40, seed=7)
    data = target.read_bytes()
    assert b"\r\n" in data and data.count(b"\n") == data.count(b"\r\n")
    sie = read_sie(data, file_name="generated.se", strict=True)
    assert (len(sie.transactions), len(sie.vouchers)) == (5000, ledger.vouchers)
    assert len(sie.accounts) == 40
    assert sum(1 for centre in sie.transactions.cost_centre if centre) > 1000
    assert reconcile(sie) == []
    assert write_file(tmp_path / "again.se", 5000, 40, 7).vouchers == ledger.vouchers
    assert (tmp_path / "again.se").read_bytes() == data


@pytest.mark.parametrize("nth", [0, 777, 2000])
def test_row_errors_name_the_right_line_deep_in_a_large_file(tmp_path: Path, nth: int) -> None:
    write_file(tmp_path / "g.se", 5000, 40, 3)
    lines = (tmp_path / "g.se").read_bytes().split(b"\r\n")
    dated = [
        i for i, line in enumerate(lines) if line.startswith(b"   #TRANS") and b" 2024" in line
    ]
    target = dated[nth]
    words = lines[target].split(b" ")
    date_at = next(i for i, word in enumerate(words) if word.startswith(b"2024"))
    words[date_at] = b"20241331"
    lines[target] = b" ".join(words)
    with pytest.raises(SieError) as caught:
        read_sie(b"\r\n".join(lines), file_name="g.se", strict=False)
    assert (caught.value.line, caught.value.message) == (
        target + 1,
        "Datumet ”20241331” finns inte",
    )


def test_voucher_lines_are_right_deep_in_a_large_file(tmp_path: Path) -> None:
    write_file(tmp_path / "g.se", 5000, 40, 3)
    data = (tmp_path / "g.se").read_bytes()
    lines = data.split(b"\r\n")
    sie = read_sie(data, file_name="g.se", strict=True)
    for voucher in (sie.vouchers[0], sie.vouchers[321], sie.vouchers[-1]):
        assert lines[voucher.line - 1].startswith(f"#VER A {voucher.number} ".encode())
