"""Importing budget, forecast or outcome per unit, account (or result line) and month from a
CSV or XLSX file, all or nothing (the template to fill in: ``budget_template``).

The format is documented for controllers in ``docs/import-budget.md`` and on the import page
(``COLUMNS``). Every row is checked before anything is written; a file with any bad row is
refused with every problem (up to ``MAX_ERRORS``) naming file, line and column, and nothing is
stored. A good file becomes one ``ImportBatch`` whose entries are written to the latest
revision of the board's version for (year, kind), or to the revision asked for, through
``services.financial_entries_add`` (so the audit log has the events).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NoReturn

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from arshjul.audit.services import audit_record, snapshot
from arshjul.core.parsing import NumberFormatError, parse_decimal
from arshjul.core.tabular import Problem, TabularFileError, cell_text, read_rows, refusals_as
from arshjul.finance.models import FinanceVersion, ImportBatch, Kind, ResultLine
from arshjul.finance.services import EntryInput, finance_version_create, financial_entries_add
from arshjul.organisations import access
from arshjul.organisations.models import Board, Unit

MAX_ROWS = 200_000
MAX_ERRORS = 50
CENT = Decimal("0.01")
LIMIT = Decimal(10) ** 16  # FinancialEntry.amount: 18 digits, 2 of them decimals

# column, what it holds: shown on the page and in the template's "Förklaring" sheet
COLUMNS: list[tuple[str, str]] = [
    ("Enhet", "Enhetens nyckel i nämnden, t.ex. it. Tomt = nämnden som helhet."),
    ("Konto", "Kontonummer, 4–6 siffror. Fyll i antingen Konto eller Rad på varje rad."),
    ("Rad", "Resultatrad (detaljrad), t.ex. ovriga_intakter, i stället för konto."),
    ("År", "Året som importeras; måste vara samma år som du väljer vid importen."),
    ("Månad", "1–12. Tomt = hela året."),
    ("Belopp", "Kronor, t.ex. −1 234,50 eller -1234,5. Intäkter positiva, kostnader negativa."),
]
_HEADERS = {"enhet": "Enhet", "konto": "Konto", "rad": "Rad", "år": "År", "ar": "År"}
_HEADERS |= {"månad": "Månad", "manad": "Månad", "belopp": "Belopp"}
_REQUIRED = ("Enhet", "År", "Månad", "Belopp")


class BudgetImportError(TabularFileError):
    """The file was refused; ``problems`` lists every reason found (at most ``MAX_ERRORS``)."""


def _refuse(file_name: str, message: str, line: int | None = None) -> NoReturn:
    raise BudgetImportError([Problem(file_name, message, line)])


class _CellError(ValueError):
    def __init__(self, message: str, column: str | None = None) -> None:
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote: the version, the batch, the rows and their sums."""

    version: FinanceVersion
    batch: ImportBatch
    rows: int
    version_created: bool
    total: Decimal  # everything, report sign
    income: Decimal  # the positive amounts
    costs: Decimal  # the negative amounts
    by_unit: list[tuple[str, Decimal]]


# --- the service ------------------------------------------------------------------------------


def budget_import(
    *,
    actor: Any,
    board: Board,
    year: int,
    kind: str,
    file_name: str,
    data: bytes,
    name: str | None = None,
    revision: int | None = None,
) -> ImportResult:
    """Check and store one file. Raises ``BudgetImportError`` (nothing written) or
    ``PermissionDenied``."""
    access.require(access.can_plan(actor, board))
    if kind not in Kind.values:
        _refuse(file_name, f"Okänt slag ”{kind}”.")
    digest = hashlib.sha256(data).hexdigest()
    _refuse_duplicate(board, digest, file_name)
    entries = parse_budget_file(data, file_name=file_name, board=board, year=year)
    try:
        with transaction.atomic():
            version, created = _version(actor, board, year, kind, name, revision)
            batch = ImportBatch(
                organisation_id=board.organisation_id,
                board=board,
                file_name=file_name[:255],
                sha256=digest,
                rows=len(entries),
                imported_by=actor if actor.pk else None,
            )
            batch.full_clean(exclude=["imported_by"], validate_constraints=False)
            batch.save()
            audit_record(
                actor=actor,
                action="finance.budget.import",
                obj=batch,
                organisation_id=board.organisation_id,
                after=snapshot(batch),
            )
            financial_entries_add(actor=actor, version=version, entries=entries, batch=batch)
    except IntegrityError:  # the same file imported at the same moment by someone else
        _refuse_duplicate(board, digest, file_name)
        raise
    except ValidationError as exc:
        raise BudgetImportError([Problem(file_name, m) for m in exc.messages]) from exc
    return _result(version, batch, entries, created)


def _refuse_duplicate(board: Board, digest: str, file_name: str) -> None:
    earlier = ImportBatch.objects.filter(board=board, sha256=digest).first()
    if earlier is not None:
        when = earlier.imported_at.strftime("%Y-%m-%d %H:%M")
        _refuse(
            file_name, f"Filen är redan importerad för nämnden (som {earlier.file_name} {when})."
        )


def _version(
    actor: Any, board: Board, year: int, kind: str, name: str | None, revision: int | None
) -> tuple[FinanceVersion, bool]:
    """The latest revision of (board, year, kind), or the one asked for; created if missing."""
    versions = FinanceVersion.objects.filter(board=board, year=year, kind=kind)
    found = versions.filter(revision=revision) if revision else versions.order_by("-revision")
    existing = found.first()
    if existing is not None:
        return existing, False
    revision = revision or 1
    default = f"{Kind(kind).label} {year}" + (f", version {revision}" if revision > 1 else "")
    version = finance_version_create(
        actor=actor, board=board, year=year, kind=kind, name=name or default, revision=revision
    )
    return version, True


def _result(
    version: FinanceVersion, batch: ImportBatch, entries: list[EntryInput], created: bool
) -> ImportResult:
    zero = Decimal(0)
    by_unit: dict[str, Decimal] = {}
    for entry in entries:
        label = entry.unit.name if entry.unit else "Nämnden som helhet"
        by_unit[label] = by_unit.get(label, zero) + entry.amount
    amounts = [entry.amount for entry in entries]
    return ImportResult(
        version=version,
        batch=batch,
        rows=len(entries),
        version_created=created,
        total=sum(amounts, zero),
        income=sum((a for a in amounts if a > 0), zero),
        costs=sum((a for a in amounts if a < 0), zero),
        by_unit=sorted(by_unit.items()),
    )


# --- reading and checking a file --------------------------------------------------------------


def parse_budget_file(data: bytes, *, file_name: str, board: Board, year: int) -> list[EntryInput]:
    """Every row of the file as an entry, or ``BudgetImportError`` with all its problems."""
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        _refuse(file_name, "Filen är tom.")
    with refusals_as(BudgetImportError):
        rows, separator = read_rows(data, file_name)
        checker = _RowChecker(file_name, board, year, separator=separator)
        for number, cells in rows:
            if not any(cell_text(cell) for cell in cells):
                continue
            if checker.columns is None:
                checker.header(number, cells)
                if checker.problems:
                    break
                continue
            if checker.count >= MAX_ROWS:
                limit = f"{MAX_ROWS:,}".replace(",", " ")
                _refuse(file_name, f"Filen har fler än {limit} rader med belopp; dela upp den.")
            checker.row(number, cells)
            if len(checker.problems) > MAX_ERRORS:
                del checker.problems[MAX_ERRORS:]
                note = f"Importen avbröts efter {MAX_ERRORS} fel; fler fel kan finnas."
                checker.problems.append(Problem(file_name, note))
                break
    if checker.problems:
        raise BudgetImportError(checker.problems)
    if checker.columns is None:
        _refuse(file_name, "Filen är tom.")
    if not checker.entries:
        _refuse(file_name, "Filen har en rubrikrad men inga belopp.")
    return checker.entries


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


class _RowChecker:
    """Checks the header and each row against the board's units and result lines."""

    def __init__(self, file_name: str, board: Board, year: int, *, separator: str):
        self.file_name, self.year, self.board_name = file_name, year, board.name
        self.separator = separator  # "" for XLSX
        self.width = 0
        self.units = {u.key.lower(): u for u in Unit.objects.filter(board=board)}
        self.lines = {
            line.key: line
            for line in ResultLine.objects.filter(organisation_id=board.organisation_id)
        }
        self.columns: dict[str, int] | None = None
        self.problems: list[Problem] = []
        self.entries: list[EntryInput] = []
        self.count = 0

    def add(self, line: int, column: str | None, message: str) -> None:
        self.problems.append(Problem(self.file_name, message, line, column))

    def header(self, number: int, cells: list[Any]) -> None:
        columns: dict[str, int] = {}
        self.width = max(i for i, cell in enumerate(cells) if cell_text(cell)) + 1
        for index, cell in enumerate(cells):
            name = _HEADERS.get(cell_text(cell).lower())
            if name in columns:
                self.add(number, name, "kolumnen finns två gånger i rubrikraden.")
            elif name:
                columns[name] = index
        for name in _REQUIRED:
            if name not in columns:
                self.add(number, name, "kolumnen saknas i rubrikraden (avgränsa med semikolon).")
        if "Konto" not in columns and "Rad" not in columns:
            self.add(number, "Konto/Rad", "rubrikraden måste ha kolumnen Konto eller Rad.")
        self.columns = columns

    def row(self, number: int, cells: list[Any]) -> None:
        assert self.columns is not None
        self.count += 1
        if self.separator and any("\n" in cell for cell in cells):
            self.add(number, None, "raden fortsätter på nästa rad; ett citattecken avslutas inte.")
            return
        if self.separator and any(cell_text(cell) for cell in cells[self.width :]):
            message = f"raden har fler fält än rubrikraden ({self.width})."
            if self.separator == ",":
                message += " Ett belopp med decimalkomma kräver semikolon (;) som avgränsare."
            self.add(number, None, message)
            return
        values = {name: cells[i] if i < len(cells) else None for name, i in self.columns.items()}
        checks = (
            ("Enhet", self._unit),
            ("År", self._year),
            ("Månad", self._month),
            ("Belopp", self._amount),
            ("Konto/Rad", self._target),
        )
        checked: dict[str, Any] = {}
        before = len(self.problems)
        for column, check in checks:
            try:
                checked[column] = check(values)
            except _CellError as exc:
                self.add(number, exc.column or column, str(exc))
        if len(self.problems) == before:
            line, account = checked["Konto/Rad"]
            self.entries.append(
                EntryInput(
                    amount=checked["Belopp"],
                    unit=checked["Enhet"],
                    line=line,
                    account=account,
                    month=checked["Månad"],
                )
            )

    def _unit(self, values: dict[str, Any]) -> Unit | None:
        key = cell_text(values["Enhet"])
        if not key:
            return None
        unit = self.units.get(key.lower())
        if unit is None:
            raise _CellError(f"enheten ”{key}” finns inte i {self.board_name}.")
        if not unit.is_valid_in(self.year):
            span = f"{unit.valid_from}–{unit.valid_to or ''}"
            raise _CellError(f"enheten ”{key}” finns bara {span}, inte {self.year}.")
        return unit

    def _year(self, values: dict[str, Any]) -> int:
        text = cell_text(values["År"])
        if not text:
            raise _CellError("året saknas.")
        if not _digits(text):
            raise _CellError(f"”{text}” är inte ett år.")
        if int(text) != self.year:
            raise _CellError(f"året är {text} men importen gäller {self.year}.")
        return self.year

    def _month(self, values: dict[str, Any]) -> int | None:
        text = cell_text(values["Månad"])
        if not text:
            return None
        if not _digits(text) or not 1 <= int(text) <= 12:
            raise _CellError(f"”{text}” är inte en månad (1–12, tomt för hela året).")
        return int(text)

    def _amount(self, values: dict[str, Any]) -> Decimal:
        value = values["Belopp"]
        if isinstance(value, int | float) and not isinstance(value, bool):
            return _cell_amount(value)
        text = cell_text(value)
        if not text:
            raise _CellError("beloppet saknas.")
        if self.separator == "," and "," in text:
            raise _CellError(
                f"”{text}” har decimalkomma; då måste filen ha semikolon (;) som avgränsare."
            )
        if "%" in text:
            raise _CellError(f"”{text}” är inte ett belopp.")
        try:
            amount = parse_decimal(text)
        except NumberFormatError as exc:
            raise _CellError(f"”{text}” är inte ett belopp.") from exc
        if abs(amount) >= LIMIT:
            raise _CellError(f"”{text}” är för stort.")
        if amount != amount.quantize(CENT):
            raise _CellError(f"”{text}” har fler än två decimaler.")
        return amount.quantize(CENT)

    def _target(self, values: dict[str, Any]) -> tuple[str, str]:
        account, key = cell_text(values.get("Konto")), cell_text(values.get("Rad")).lower()
        if account and key:
            raise _CellError("både Konto och Rad är ifyllda; ange en av dem.")
        if not account and not key:
            raise _CellError("varken Konto eller Rad är ifylld; ange en av dem.")
        if account:
            if not (_digits(account) and 4 <= len(account) <= 6):
                raise _CellError(f"”{account}” är inte ett kontonummer (4–6 siffror).", "Konto")
            return "", account
        line = self.lines.get(key)
        if line is None:
            raise _CellError(f"raden ”{key}” finns inte i resultatrapporten.", "Rad")
        if line.is_sum:
            raise _CellError(f"”{key}” är en summarad; ange en detaljrad.", "Rad")
        if not line.valid_in(self.year):
            raise _CellError(f"raden ”{key}” finns inte {self.year}.", "Rad")
        return key, ""


def _cell_amount(value: int | float) -> Decimal:
    """A numeric XLSX cell: whole öre, allowing the float noise of a formula's result."""
    amount = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
    if not amount.is_finite() or abs(amount) >= LIMIT:
        raise _CellError(f"”{value}” är för stort.")
    rounded = amount.quantize(CENT)
    if abs(amount - rounded) > Decimal("0.000001"):
        raise _CellError(f"”{value}” har fler än två decimaler.")
    return rounded
