"""The records outside voucher blocks: identification, chart of accounts and balances.

One small function per label, each taking the record's fields and raising ``SieProblem``
when they cannot be read. Labels not listed here are ignored, as the spec requires of
unknown labels (and #PROSA, #FTYP, #FNR, #BKOD, #ADRESS, #TAXAR, #VALUTA, #SRU and #ENHET
are not needed by anyone yet). Extra fields at the end of a record are ignored, except that
an unquoted name written as several fields (``#FNAMN Övningsbolaget AB``) is joined again,
with a warning.
"""

from __future__ import annotations

from collections.abc import Callable

from arshjul.finance.sie.context import Reading
from arshjul.finance.sie.lexer import Field, is_label, split_fields
from arshjul.finance.sie.model import AccountInfo, FiscalYear, Objects, SieProblem
from arshjul.finance.sie.rows import object_key

Handler = Callable[[Reading, list[Field], int], None]
ACCOUNT_TYPES = frozenset("TSKI")


def read_record(reading: Reading, line: bytes, number: int) -> None:
    """Read one record line outside a voucher block."""
    try:
        fields = split_fields(line)
        label = fields[0]
        handler = HANDLERS.get(label) if isinstance(label, bytes) else None
        if handler is not None:
            handler(reading, fields, number)
        elif not is_label(label):
            raise SieProblem("Raden är ingen SIE-post (”#” saknas)", fatal=False)
    except SieProblem as problem:
        reading.problem(problem, number)


def field(fields: list[Field], index: int, what: str) -> bytes:
    """The field at ``index``; a missing one is a problem named by ``what``."""
    if index >= len(fields):
        raise SieProblem(f"{_label(fields)} saknar {what}", fatal=False)
    value = fields[index]
    if isinstance(value, tuple):
        raise SieProblem(f"{_label(fields)}: en objektlista står där {what} väntas", fatal=False)
    return value


def optional(fields: list[Field], index: int) -> bytes | None:
    return field(fields, index, "fält") if index < len(fields) else None


def name(reading: Reading, fields: list[Field], index: int, number: int) -> str:
    """The name at ``index``, joined again if it was written unquoted as several fields."""
    parts = [field(fields, position, "namn") for position in range(index, len(fields))]
    text = " ".join(reading.values.text(part) for part in parts)
    if len(parts) > 1:
        reading.warn(
            number,
            f"{_label(fields)}: namnet står utan citattecken och har lästs som ”{text}”",
        )
    return text


def objects(reading: Reading, fields: list[Field], index: int) -> Objects:
    if index >= len(fields) or not isinstance(fields[index], tuple):
        raise SieProblem(f"{_label(fields)} saknar objektlista (”{{}}”)", fatal=False)
    items = fields[index]
    assert isinstance(items, tuple)
    return reading.values.objects[object_key(reading.values, items)]


def _label(fields: list[Field]) -> str:
    label = fields[0]
    return label.decode("ascii", errors="replace") if isinstance(label, bytes) else "Posten"


def _flagga(reading: Reading, fields: list[Field], number: int) -> None:
    reading.sie.flag = reading.values.integer(field(fields, 1, "flagga"), "Flaggan")


def _program(reading: Reading, fields: list[Field], number: int) -> None:
    text = reading.values.text
    reading.sie.program = text(field(fields, 1, "programnamn"))
    version = optional(fields, 2)
    reading.sie.program_version = text(version) if version else None


def _format(reading: Reading, fields: list[Field], number: int) -> None:
    reading.sie.format_declared = reading.values.text(field(fields, 1, "teckenuppsättning"))


def _gen(reading: Reading, fields: list[Field], number: int) -> None:
    reading.sie.generated = reading.values.date(field(fields, 1, "datum"))


def _sietyp(reading: Reading, fields: list[Field], number: int) -> None:
    sie_type = reading.values.integer(field(fields, 1, "filtyp"), "Filtypen")
    if not 1 <= sie_type <= 4:
        raise SieProblem(f"Filtypen {sie_type} finns inte (SIE 1–4)", fatal=False)
    reading.sie.sie_type = sie_type


def _fnamn(reading: Reading, fields: list[Field], number: int) -> None:
    reading.sie.company = name(reading, fields, 1, number)


def _orgnr(reading: Reading, fields: list[Field], number: int) -> None:
    org_number = optional(fields, 1)
    reading.sie.org_number = reading.values.text(org_number) if org_number else None


def _rar(reading: Reading, fields: list[Field], number: int) -> None:
    values = reading.values
    index = values.integer(field(fields, 1, "årsnummer"), "Årsnumret")
    start, end = (
        values.optional_date(optional(fields, 2)),
        values.optional_date(optional(fields, 3)),
    )
    if start is None or end is None:
        reading.warn(number, f"#RAR {index} saknar start- eller slutdatum")
    elif end < start:
        raise SieProblem(f"#RAR {index} slutar före sitt startdatum", fatal=False)
    reading.sie.fiscal_years.append(FiscalYear(index, start, end))


def _kptyp(reading: Reading, fields: list[Field], number: int) -> None:
    reading.sie.chart_type = reading.values.text(field(fields, 1, "kontoplanstyp"))


def _konto(reading: Reading, fields: list[Field], number: int) -> None:
    account = reading.values.account(field(fields, 1, "kontonummer"))
    text = name(reading, fields, 2, number)
    known = reading.sie.accounts.get(account)
    if known is None:
        reading.sie.accounts[account] = AccountInfo(account, text)
    else:
        known.name = text


def _ktyp(reading: Reading, fields: list[Field], number: int) -> None:
    account = reading.values.account(field(fields, 1, "kontonummer"))
    ktyp = reading.values.text(field(fields, 2, "kontotyp")).upper()
    if ktyp not in ACCOUNT_TYPES:
        raise SieProblem(f"Kontotypen ”{ktyp}” finns inte (T, S, K eller I)", fatal=False)
    reading.sie.accounts.setdefault(account, AccountInfo(account, "")).ktyp = ktyp


def _dim(reading: Reading, fields: list[Field], number: int) -> None:
    dimension = reading.values.integer(field(fields, 1, "dimensionsnummer"), "Dimensionsnumret")
    reading.sie.dimensions[dimension] = name(reading, fields, 2, number)


def _underdim(reading: Reading, fields: list[Field], number: int) -> None:
    dimension = reading.values.integer(field(fields, 1, "dimensionsnummer"), "Dimensionsnumret")
    reading.values.integer(field(fields, 3, "överordnad dimension"), "Dimensionsnumret")
    reading.sie.dimensions[dimension] = reading.values.text(field(fields, 2, "namn"))


def _objekt(reading: Reading, fields: list[Field], number: int) -> None:
    values = reading.values
    dimension = values.integer(field(fields, 1, "dimensionsnummer"), "Dimensionsnumret")
    object_id = values.text(field(fields, 2, "objektkod"))
    reading.sie.objects[(dimension, object_id)] = name(reading, fields, 3, number)


def _balance(target: str) -> Handler:
    """#IB, #UB and #RES: ``yearno account amount [quantity]``."""

    def read(reading: Reading, fields: list[Field], number: int) -> None:
        values = reading.values
        year = values.integer(field(fields, 1, "årsnummer"), "Årsnumret")
        account = values.account(field(fields, 2, "kontonummer"))
        amount = values.amount(field(fields, 3, "belopp"))
        getattr(reading.sie, target)[(year, account)] = amount
        reading.has_balances = True

    return read


def _object_balance(target: str) -> Handler:
    """#OIB and #OUB: ``yearno account {objects} amount [quantity]``."""

    def read(reading: Reading, fields: list[Field], number: int) -> None:
        values = reading.values
        found = objects(reading, fields, 3)
        year = values.integer(field(fields, 1, "årsnummer"), "Årsnumret")
        account = values.account(field(fields, 2, "kontonummer"))
        amount = values.amount(field(fields, 4, "belopp"))
        getattr(reading.sie, target).append((year, account, found, amount))
        reading.has_balances = True

    return read


def _period(target: str) -> Handler:
    """#PSALDO and #PBUDGET: ``yearno period account {objects} amount [quantity]``."""

    def read(reading: Reading, fields: list[Field], number: int) -> None:
        values = reading.values
        found = objects(reading, fields, 4)  # the shape first: BL writes some without a list
        year = values.integer(field(fields, 1, "årsnummer"), "Årsnumret")
        period = values.period(field(fields, 2, "period"))
        account = values.account(field(fields, 3, "kontonummer"))
        amount = values.amount(field(fields, 5, "belopp"))
        getattr(reading.sie, target).append((year, period, account, found, amount))
        reading.has_balances = True

    return read


def _omfattn(reading: Reading, fields: list[Field], number: int) -> None:
    reading.values.date(field(fields, 1, "datum"))


def _ksumma(reading: Reading, fields: list[Field], number: int) -> None:
    if len(fields) == 1:
        if reading.ksumma_open is not None:
            raise SieProblem("#KSUMMA inleds två gånger", fatal=False)
        reading.ksumma_open = number
        return
    value = reading.values.integer(field(fields, 1, "kontrollsumma"), "Kontrollsumman")
    reading.ksumma_close = (number, value)


def _stray_close(reading: Reading, fields: list[Field], number: int) -> None:
    raise SieProblem("Oväntad ”}” utanför en verifikation", fatal=False)


def _outside_voucher(reading: Reading, fields: list[Field], number: int) -> None:
    raise SieProblem(f"{_label(fields)} står utanför en verifikation", fatal=False)


HANDLERS: dict[bytes, Handler] = {
    b"#FLAGGA": _flagga,
    b"#PROGRAM": _program,
    b"#FORMAT": _format,
    b"#GEN": _gen,
    b"#SIETYP": _sietyp,
    b"#FNAMN": _fnamn,
    b"#ORGNR": _orgnr,
    b"#RAR": _rar,
    b"#KPTYP": _kptyp,
    b"#KONTO": _konto,
    b"#KTYP": _ktyp,
    b"#DIM": _dim,
    b"#UNDERDIM": _underdim,
    b"#OBJEKT": _objekt,
    b"#IB": _balance("ib"),
    b"#UB": _balance("ub"),
    b"#RES": _balance("res"),
    b"#OIB": _object_balance("oib"),
    b"#OUB": _object_balance("oub"),
    b"#PSALDO": _period("psaldo"),
    b"#PBUDGET": _period("pbudget"),
    b"#OMFATTN": _omfattn,
    b"#KSUMMA": _ksumma,
    b"#TRANS": _outside_voucher,
    b"#RTRANS": _outside_voucher,
    b"#BTRANS": _outside_voucher,
    b"}": _stray_close,
}
