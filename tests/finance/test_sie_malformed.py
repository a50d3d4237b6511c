"""Malformed SIE files: each variant is the valid ``BASE`` with one mutation.

Every variant must be refused by ``read_sie(strict=True)`` with the exact line and a Swedish
message. Some are refused leniently too (a value that cannot be read); the others become
warnings there. Pure tests: no database.
"""

from __future__ import annotations

import random
import re
import zlib
from unittest import mock

import pytest

from arshjul.finance.sie import SieError, read_sie
from arshjul.finance.sie import reader as sie_reader

BASE = """#FLAGGA 0
#PROGRAM "Testprogram" 1.0
#FORMAT PC8
#GEN 20240115
#SIETYP 4
#FNAMN "Testbolaget AB"
#ORGNR 556677-8899
#RAR 0 20240101 20241231
#KONTO 1930 "Bank"
#KONTO 3010 "Försäljning"
#DIM 1 "Kostnadsställe"
#OBJEKT 1 "K1" "Kontoret"
#IB 0 1930 1000.00
#UB 0 1930 1075.00
#RES 0 3010 -75.00
#PSALDO 0 202401 3010 {} -125.00
#VER A 1 20240105 "Kaffe" 20240106
{
   #TRANS 1930 {} 125.00
   #TRANS 3010 {1 "K1"} -125.00 20240105 "Försäljning"
}
#VER A 2 20240210 "Hyra"
{
   #TRANS 1930 {} -50.00
   #TRANS 3010 {} 50.00 20240211
}
"""
# line 17: #VER A 1 · 19–20: its rows · 22: #VER A 2 · 24–25: its rows · 26: the last "}"


def encode(text: str) -> bytes:
    return text.encode("cp437")


def mutated(old: str, new: str) -> bytes:
    assert BASE.count(old) == 1, old
    return encode(BASE.replace(old, new))


def refusal(data: bytes, *, strict: bool = True) -> SieError:
    with pytest.raises(SieError) as caught:
        read_sie(data, file_name="variant.se", strict=strict)
    return caught.value


def test_base_file_reads_strictly() -> None:
    sie = read_sie(encode(BASE), file_name="base.se", strict=True)
    assert (len(sie.vouchers), len(sie.transactions), sie.warnings) == (2, 4, [])


VARIANTS = [
    ("unterminated_quote", '5 "Försäljning"', '5 "Försäljning', 20, "Citattecknet avslutas aldrig"),
    (
        "date_with_hyphens",
        "A 1 20240105",
        "A 1 2024-01-05",
        17,
        "Datumet ”2024-01-05” är inte ett giltigt SIE-datum (ÅÅÅÅMMDD)",
    ),
    ("date_too_short", "A 1 20240105", "A 1 202401", 17, "Datumet ”202401” är inte"),
    ("impossible_voucher_date", "A 1 20240105", "A 1 20240230", 17, "”20240230” finns inte"),
    ("impossible_transdat_in_second_voucher", "20240211", "20240231", 25, "finns inte"),
    (
        "amount_with_comma",
        "{} 125.00",
        "{} 125,00",
        19,
        "Beloppet ”125,00” är inte ett giltigt SIE-belopp (punkt som decimaltecken, "
        "högst två decimaler)",
    ),
    ("amount_with_plus_sign", "{} 125.00", "{} +125.00", 19, "Beloppet ”+125.00”"),
    ("amount_with_three_decimals", "{} 125.00", "{} 125.000", 19, "Beloppet ”125.000”"),
    ("amount_with_two_points", "{} 125.00", "{} 12.5.00", 19, "Beloppet ”12.5.00”"),
    ("amount_in_letters", "{} -50.00", "{} abc", 24, "Beloppet ”abc”"),
    ("amount_thousands_point", "{} -50.00", "{} -1.234", 24, "Beloppet ”-1.234”"),
    ("non_numeric_account", "#TRANS 1930 {} 125.00", "#TRANS 19X0 {} 125.00", 19, "”19X0”"),
    ("missing_amount", "#TRANS 1930 {} 125.00", "#TRANS 1930 {}", 19, "#TRANS saknar belopp"),
    (
        "missing_object_list",
        "#TRANS 1930 {} 125.00",
        "#TRANS 1930 125.00",
        19,
        "#TRANS saknar objektlista",
    ),
    (
        "trans_outside_voucher",
        "#PSALDO 0 202401 3010 {} -125.00\n",
        "#PSALDO 0 202401 3010 {} -125.00\n#TRANS 1930 {} 1.00\n",
        17,
        "#TRANS står utanför en verifikation",
    ),
    ("unclosed_object_list", '{1 "K1"} -125.00', '{1 "K1" -125.00', 20, "(”}” saknas)"),
    ("unbalanced_voucher", "{} -50.00", "{} -51.00", 22, "Verifikation A 2 balanserar inte"),
    (
        "control_character_in_text",
        '"Kaffe"',
        '"Kaf\x01fe"',
        17,
        "Otillåtet styrtecken (tecken 1) i ett fält",
    ),
    ("tab_inside_quoted_text", '"Hyra"', '"Hy\tra"', 22, "Otillåtet styrtecken (tecken 9)"),
    (
        "bad_period_in_psaldo",
        "#PSALDO 0 202401",
        "#PSALDO 0 202413",
        16,
        "Perioden ”202413” är inte en giltig SIE-period (ÅÅÅÅMM)",
    ),
    ("rar_with_impossible_end", "20240101 20241231", "20240101 20241331", 8, "”20241331” finns"),
    ("voucher_without_braces", 'Hyra"\n{\n', 'Hyra"\n', 22, "#VER saknar ”{” före sina rader"),
    ("sietyp_out_of_range", "#SIETYP 4", "#SIETYP 7", 5, "Filtypen 7 finns inte (SIE 1–4)"),
    ("ktyp_unknown", "#DIM 1", "#KTYP 1930 X\n#DIM 1", 11, "Kontotypen ”X” finns inte"),
]


@pytest.mark.parametrize(
    ("old", "new", "line", "fragment"),
    [variant[1:] for variant in VARIANTS],
    ids=[variant[0] for variant in VARIANTS],
)
def test_strict_reading_refuses_variant_on_its_line(
    old: str, new: str, line: int, fragment: str
) -> None:
    error = refusal(mutated(old, new))
    assert error.line == line
    assert fragment in error.message
    assert str(error) == f"variant.se, rad {line}: {error.message}"


def test_voucher_block_never_closed_is_refused_as_truncated() -> None:
    error = refusal(encode(BASE[: BASE.rindex("}")]), strict=False)
    assert (error.line, error.message) == (
        23,
        "Filen tar slut inne i en verifikation: ”{” på rad 23 stängs aldrig",
    )


def test_new_voucher_inside_an_open_block_is_refused() -> None:
    error = refusal(mutated('20240105 "Försäljning"\n}\n', '20240105 "Försäljning"\n'))
    assert (error.line, error.message) == (
        18,
        "Verifikationen saknar ”}”: ”{” på rad 18 stängs aldrig",
    )


def test_replacement_character_is_refused_with_its_line() -> None:
    data = encode(BASE).replace(b'"Hyra"', b'"Hyr\xef\xbf\xbd"')
    error = refusal(data, strict=False)
    assert error.line == 22
    assert error.message == (
        "Filen verkar ha sparats om med fel teckenkodning: tecknet \ufffd (U+FFFD) på rad 22"
    )


def crc_of(text: str) -> int:
    """The #KSUMMA of the records in ``text`` (no escapes in it), computed here by hand."""
    crc = 0
    for line in text.splitlines():
        tokens = [quoted or bare for quoted, bare in TOKEN.findall(line)]
        crc = zlib.crc32("".join(tokens).encode("cp437"), crc)
    return crc


TOKEN = re.compile(r'"([^"]*)"|([^\s{}"]+)')


def with_checksum(value: int | None) -> bytes:
    head, rest = BASE.split("\n", 1)
    closing = "" if value is None else f"#KSUMMA {value}\n"
    return encode(f"{head}\n#KSUMMA\n{rest}{closing}")


def test_checksum_of_base_matches() -> None:
    sie = read_sie(with_checksum(crc_of(BASE.split("\n", 1)[1])), file_name="k.se", strict=True)
    assert sie.checksum == "ok"


def test_checksum_mismatch_is_refused_strictly_and_reported_leniently() -> None:
    expected = crc_of(BASE.split("\n", 1)[1])
    error = refusal(with_checksum(123))
    assert (error.line, error.message) == (
        28,
        f"Kontrollsumman (#KSUMMA) stämmer inte: filen säger 123, beräknad {expected}",
    )
    sie = read_sie(with_checksum(123), file_name="k.se")
    assert sie.checksum == "mismatch"
    assert sie.warnings == [f"rad 28: {error.message}"]


def test_checksum_opened_and_never_closed_is_truncated() -> None:
    error = refusal(with_checksum(None), strict=False)
    assert (error.line, error.message) == (
        2,
        "Filen är avkortad: #KSUMMA på rad 2 inleder en kontrollsumma som aldrig avslutas",
    )


def test_lone_carriage_return_inside_a_line_is_a_control_character() -> None:
    data = encode(BASE).replace(b'"Kaffe"', b'"Ka\rffe"')
    error = refusal(data, strict=False)
    assert (error.line, error.message) == (17, "Otillåtet styrtecken (tecken 13) i ett fält")


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("{} 125.00", "{} 125,00", 19),
        ("A 1 20240105", "A 1 20240230", 17),
        ('5 "Försäljning"', '5 "Försäljning', 20),
        ("#PSALDO 0 202401", "#PSALDO 0 202400", 16),
    ],
    ids=["amount", "date", "quote", "period"],
)
def test_unreadable_values_are_refused_also_when_not_strict(old: str, new: str, line: int) -> None:
    assert refusal(mutated(old, new), strict=False).line == line


def test_lenient_reading_lists_an_unbalanced_voucher() -> None:
    sie = read_sie(mutated("{} -50.00", "{} -51.00"), file_name="u.se")
    assert sie.unbalanced_vouchers == [{"series": "A", "number": "2", "line": 22, "sum": "-1.00"}]
    assert sie.warnings == ["rad 22: Verifikation A 2 balanserar inte: summan är -1,00"]


def test_lenient_reading_keeps_a_non_numeric_account_with_a_warning() -> None:
    sie = read_sie(mutated("#TRANS 1930 {} 125.00", "#TRANS 19X0 {} 125.00"), file_name="a.se")
    assert sie.transactions.account[:2] == ["19X0", "3010"]
    assert sie.warnings == ["rad 19: Kontonumret ”19X0” är inte numeriskt"]


def test_lenient_reading_skips_a_trans_outside_vouchers() -> None:
    sie = read_sie(
        mutated("#RES 0 3010 -75.00\n", "#RES 0 3010 -75.00\n#TRANS 1930 {} 1.00\n"),
        file_name="o.se",
    )
    assert len(sie.transactions) == 4
    assert sie.warnings == ["rad 16: #TRANS står utanför en verifikation"]


def test_lenient_reading_takes_rows_after_a_voucher_without_braces() -> None:
    sie = read_sie(mutated('Hyra"\n{\n', 'Hyra"\n'), file_name="b.se")
    assert (len(sie.vouchers), len(sie.transactions), sie.transactions.voucher[-1]) == (2, 4, 1)
    assert sie.warnings == ["rad 22: #VER saknar ”{” före sina rader"]


def test_first_problem_in_the_file_is_the_one_reported() -> None:
    data = mutated("#TRANS 1930 {} 125.00", "#TRANS 19X0 {} 125.00")
    data = data.replace(b"20240211", b"20240231")  # a fatal problem further on (line 25)
    assert refusal(data).line == 19


def outcome(data: bytes, *, strict: bool) -> tuple[object, ...]:
    try:
        sie = read_sie(data, file_name="f.se", strict=strict)
    except SieError as error:
        return ("refused", error.line, error.message)
    rows = list(sie.transactions.rows())
    return ("read", rows, sie.transactions.objects, sie.vouchers, sie.warnings)


@pytest.mark.parametrize("seed", [1, 2])
def test_random_damage_is_read_alike_by_the_bulk_path_and_the_lexer(seed: int) -> None:
    """Random edits of a three-voucher file: the bulk #TRANS path gives the same rows, or
    the same first refusal, as reading every line through the lexer."""
    third = BASE[BASE.index("#VER A 2") :].replace("A 2", "A 3").replace("50.00", "70.00")
    base = encode(BASE + third)
    rng = random.Random(seed)
    for _ in range(150):
        damaged = bytearray(base)
        for _ in range(rng.randint(1, 3)):
            position = rng.randrange(len(damaged))
            if rng.random() < 0.5:
                del damaged[position]
            else:
                damaged.insert(position, rng.choice(b' \t"{}#0123456789.-ABT\n\\'))
        for strict in (False, True):
            fast = outcome(bytes(damaged), strict=strict)
            with mock.patch.object(sie_reader, "_controls", lambda data: (False, False)):
                careful = outcome(bytes(damaged), strict=strict)
            assert fast == careful, bytes(damaged).decode("cp437")
