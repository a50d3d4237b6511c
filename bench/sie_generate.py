"""Generate a synthetic SIE 4E file for the reader and importer benchmarks.

One fiscal year (calendar 2024) of vouchers, each of 2–10 ``#TRANS`` that balance, on a chart
of company-BAS accounts in classes 1–8 with ``#KONTO``/``#KTYP``, ``#DIM 1`` with about 20
cost centres as ``#OBJEKT``, and ``#IB``/``#UB``/``#RES`` consistent with the transactions
(IB 0 + ΣTRANS = UB 0 per balance account, ΣTRANS = RES 0 per result account). Some rows carry
an object list ``{1 "K12"}``, some a transaction date and text, as real exports do. The file
is written as CP437 bytes with CRLF line ends and is the same for the same ``--seed``.

    .venv/bin/python bench/sie_generate.py --transactions 1000000 --accounts 500 \\
        --output var/bench/synthetic.se
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import BinaryIO

YEAR = 2024
COST_CENTRES = 20
TEXTS = ["Försäljning", "Inköp varor", "Hyra lokal", "Löner", "Kontorsmaterial", "Resa Göteborg"]
CLASS_KTYP = {"1": "T", "2": "S", "3": "I", "4": "K", "5": "K", "6": "K", "7": "K", "8": "K"}
CLASS_NAMES = {
    "1": "Tillgång",
    "2": "Skuld",
    "3": "Intäkt",
    "4": "Varuinköp",
    "5": "Lokalkostnad",
    "6": "Övrig kostnad",
    "7": "Personalkostnad",
    "8": "Finansiell post",
}


@dataclass
class Ledger:
    """What the generator has written so far: the sums the balances must agree with."""

    accounts: list[str]
    trans_sum: dict[str, int] = field(default_factory=dict)
    vouchers: int = 0
    transactions: int = 0


def make_accounts(count: int, rng: random.Random) -> list[str]:
    """``count`` distinct four-digit accounts spread over classes 1–8."""
    per_class = [count // 8 + (1 if c < count % 8 else 0) for c in range(8)]
    accounts: list[str] = []
    for klass, n in zip(range(1, 9), per_class, strict=True):
        numbers = rng.sample(range(klass * 1000 + 10, klass * 1000 + 1000), n)
        accounts.extend(str(number) for number in sorted(numbers))
    return accounts


def format_ore(ore: int) -> str:
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    return f"{sign}{whole}.{cents:02d}"


def header_lines(ledger: Ledger) -> Iterator[str]:
    yield "#FLAGGA 0"
    yield '#PROGRAM "Årshjul syntetisk SIE" 1.0'
    yield "#FORMAT PC8"
    yield f"#GEN {YEAR + 1}0115"
    yield "#SIETYP 4"
    yield '#FNAMN "Syntetiska Bolaget AB"'
    yield "#ORGNR 556677-8899"
    yield f"#RAR 0 {YEAR}0101 {YEAR}1231"
    yield f"#RAR -1 {YEAR - 1}0101 {YEAR - 1}1231"
    yield "#KPTYP EUBAS97"
    for account in ledger.accounts:
        name = f"{CLASS_NAMES[account[0]]} {account}"
        yield f'#KONTO {account} "{name}"'
        yield f"#KTYP {account} {CLASS_KTYP[account[0]]}"
    yield '#DIM 1 "Kostnadsställe"'
    for index in range(1, COST_CENTRES + 1):
        yield f'#OBJEKT 1 "K{index}" "Kostnadsställe nr {index}"'


def voucher_amounts(rng: random.Random, rows: int) -> list[int]:
    """``rows`` non-zero amounts in öre that sum to zero."""
    amounts = [rng.choice((-1, 1)) * rng.randint(1, 5_000_000) for _ in range(rows - 1)]
    last = -sum(amounts)
    if last == 0:
        amounts[0] += 1
        last = -1
    amounts.append(last)
    return amounts


def trans_line(account: str, amount: int, when: str, rng: random.Random) -> str:
    shape = rng.random()
    objects = f'1 "K{rng.randint(1, COST_CENTRES)}"' if shape < 0.3 else ""
    line = f"   #TRANS {account} {{{objects}}} {format_ore(amount)}"
    if shape < 0.5:
        return line
    if shape < 0.8:
        return f'{line} {when} "{rng.choice(TEXTS)}"'
    return f"{line} {when}"


def voucher_lines(ledger: Ledger, rng: random.Random, number: int, rows: int) -> Iterator[str]:
    day = date(YEAR, 1, 1) + timedelta(days=rng.randrange(366 if YEAR % 4 == 0 else 365))
    when = day.strftime("%Y%m%d")
    yield f'#VER A {number} {when} "{rng.choice(TEXTS)} {number}" {when}'
    yield "{"
    for amount in voucher_amounts(rng, rows):
        account = rng.choice(ledger.accounts)
        ledger.trans_sum[account] = ledger.trans_sum.get(account, 0) + amount
        yield trans_line(account, amount, when, rng)
    yield "}"
    ledger.vouchers += 1
    ledger.transactions += rows


def all_vouchers(ledger: Ledger, rng: random.Random, total: int) -> Iterator[str]:
    number = 0
    while (remaining := total - ledger.transactions) > 0:
        rows = remaining if remaining <= 10 else rng.randint(2, 10)
        if remaining - rows == 1:  # never leave a single row: it could not balance
            rows -= 1
        number += 1
        yield from voucher_lines(ledger, rng, number, rows)


def opening_balances(ledger: Ledger, rng: random.Random) -> dict[str, int]:
    """IB 0 per balance account; they sum to zero (the last one takes the difference)."""
    balance = [a for a in ledger.accounts if a[0] in "12"]
    ib = {account: rng.randint(-50_000_000, 50_000_000) for account in balance[:-1]}
    ib[balance[-1]] = -sum(ib.values())
    return ib


def balance_lines(ledger: Ledger, ib: dict[str, int]) -> Iterator[str]:
    for account, amount in ib.items():
        yield f"#IB 0 {account} {format_ore(amount)}"
        yield f"#UB -1 {account} {format_ore(amount)}"
    for account, amount in ib.items():
        yield f"#UB 0 {account} {format_ore(amount + ledger.trans_sum.get(account, 0))}"
    for account in ledger.accounts:
        if account[0] not in "12" and account in ledger.trans_sum:
            yield f"#RES 0 {account} {format_ore(ledger.trans_sum[account])}"


def write_file(output: Path, transactions: int, accounts: int, seed: int) -> Ledger:
    """Vouchers first into a temporary body, then the whole file in the prescribed order."""
    rng = random.Random(seed)
    ledger = Ledger(make_accounts(accounts, rng))
    ib = opening_balances(ledger, rng)
    output.parent.mkdir(parents=True, exist_ok=True)
    body = output.with_suffix(".body.tmp")
    with body.open("wb") as handle:
        write_lines(handle, all_vouchers(ledger, rng, transactions))
    with output.open("wb") as handle:
        write_lines(handle, header_lines(ledger))
        write_lines(handle, balance_lines(ledger, ib))
        with body.open("rb") as vouchers:
            while chunk := vouchers.read(1 << 20):
                handle.write(chunk)
    body.unlink()
    return ledger


def write_lines(handle: BinaryIO, lines: Iterator[str], batch: int = 10_000) -> None:
    write = handle.write
    buffer: list[str] = []
    for line in lines:
        buffer.append(line)
        if len(buffer) >= batch:
            write(("\r\n".join(buffer) + "\r\n").encode("cp437"))
            buffer.clear()
    if buffer:
        write(("\r\n".join(buffer) + "\r\n").encode("cp437"))


def main() -> None:
    parser = argparse.ArgumentParser(description="Skriv en syntetisk SIE 4E-fil.")
    parser.add_argument("--transactions", type=int, default=1_000_000)
    parser.add_argument("--accounts", type=int, default=500)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--output", type=Path, default=Path("var/bench/synthetic.se"))
    args = parser.parse_args()
    if args.accounts < 16 or args.transactions < 2:
        parser.error("minst 16 konton och 2 transaktioner")
    ledger = write_file(args.output, args.transactions, args.accounts, args.seed)
    size = args.output.stat().st_size
    print(f"file          {args.output}")
    print(f"size          {size} bytes ({size / 1_048_576:.1f} MiB)")
    print(f"accounts      {len(ledger.accounts)}")
    print(f"cost centres  {COST_CENTRES}")
    print(f"vouchers      {ledger.vouchers}")
    print(f"transactions  {ledger.transactions}")


if __name__ == "__main__":
    main()
