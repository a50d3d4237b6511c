"""Importing a year's personnel figures from an HR system export (CSV or XLSX), all or nothing.

The format is documented in ``docs/import-personal.md`` and on the import page (``COLUMNS``,
``TASKS``). One row per figure; every row is checked before anything is written, and a file
with any bad row is refused with every problem (naming file, line and column) and nothing is
stored. A good file replaces, per year in it, the parts it holds (all cost groups, all FTE
rows, the sick-leave hours, the leavers) through the app's services, in one transaction.

The file reading (encodings, ``;``/``,`` separators, XLSX) is the budget import's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from arshjul.audit.services import audit_record
from arshjul.core.parsing import NumberFormatError, parse_decimal
from arshjul.core.tabular import Problem, TabularFileError, cell_text, read_rows, refusals_as
from arshjul.organisations import access
from arshjul.organisations.models import Board
from arshjul.people import calculations as calc
from arshjul.people import services
from arshjul.people.models import LeaverReason, PersonnelYear

MAX_ROWS = 10_000
MAX_ERRORS = 50
LIMIT = Decimal(10) ** 13

COLUMNS: list[tuple[str, str]] = [
    ("År", "Året som uppgiften gäller, t.ex. 2021 (per 31 december)."),
    ("Uppgift", "Vad raden innehåller, se listan över uppgifter."),
    ("Grupp", "Kontogrupp, yrkesgrupp eller avgångsorsak; tomt för övriga uppgifter."),
    ("Kvinnor", "Värdet för kvinnor (årsarbetare, timmar, procent eller antal)."),
    ("Män", "Värdet för män."),
    ("Värde", "Värdet när det inte delas på kön: kronor, procent eller antal."),
]
_HEADERS = {"år": "År", "ar": "År", "uppgift": "Uppgift", "grupp": "Grupp"}
_HEADERS |= {"kvinnor": "Kvinnor", "män": "Män", "man": "Män", "värde": "Värde", "varde": "Värde"}

# key, what it is, which cells it needs
TASKS: list[tuple[str, str, str]] = [
    ("kostnad", "Personalkostnad för en kontogrupp, kronor", "Grupp, Värde"),
    (
        "okningstakt",
        "Lönekostnadsökningstakt (%), bara när föregående års kostnader saknas",
        "Värde",
    ),
    ("arsarbetare", "Tillsvidareanställda årsarbetare i en yrkesgrupp", "Grupp, Kvinnor, Män"),
    ("schemalagda_timmar", "Schemalagda timmar", "Kvinnor, Män"),
    ("korttidsfranvaro", "Sjukfrånvaro, korttidsfrånvaro (timmar)", "Kvinnor, Män"),
    ("langtidsfranvaro", "Sjukfrånvaro, långtidsfrånvaro (timmar)", "Kvinnor, Män"),
    ("frisktal", "Frisktal (%), som personalsystemet räknat det", "Värde (Kvinnor, Män)"),
    ("anstallda", "Antal anställda (för regeln om små grupper)", "Kvinnor, Män"),
    ("avgangar", "Avgångar bland tillsvidareanställda per orsak, antal", "Grupp, Värde"),
]
SICK_TASKS = {
    "schemalagda_timmar": "scheduled",
    "korttidsfranvaro": "short",
    "langtidsfranvaro": "long",
}


class PersonnelImportError(TabularFileError):
    """The file was refused; ``problems`` lists every reason found."""


class _CellError(ValueError):
    def __init__(self, message: str, column: str) -> None:
        super().__init__(message)
        self.column = column


@dataclass
class YearData:
    """What the file holds for one year (only the parts present are written)."""

    costs: dict[str, Decimal] = field(default_factory=dict)
    growth_rate: Decimal | None = None
    fte: list[tuple[str, Decimal, Decimal]] = field(default_factory=list)
    sick: dict[str, Any] = field(default_factory=dict)
    sick_line: int = 0
    leavers: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    rows: int
    years: list[int]


def personnel_import(*, actor: Any, board: Board, file_name: str, data: bytes) -> ImportResult:
    """Check and store one file; ``PersonnelImportError`` (nothing written) or 403."""
    access.require(access.can_plan(actor, board))
    years, rows = parse_personnel_file(data, file_name=file_name)
    try:
        with transaction.atomic():
            for year, part in sorted(years.items()):
                _write_year(actor, board, year, part)
            audit_record(
                actor=actor,
                action="people.import",
                obj=board,
                organisation_id=board.organisation_id,
                after={
                    "file": file_name,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "rows": rows,
                    "years": sorted(years),
                },
            )
    except ValidationError as exc:
        raise PersonnelImportError([Problem(file_name, m) for m in exc.messages]) from exc
    return ImportResult(file_name=file_name, rows=rows, years=sorted(years))


def _write_year(actor: Any, board: Board, year: int, part: YearData) -> None:
    existing = PersonnelYear.objects.filter(board=board, year=year).first()
    if part.costs or part.growth_rate is not None:
        amounts: dict[str, Decimal | None] = {k: part.costs.get(k) for k in calc.GROUP_KEYS}
        if not part.costs and existing is not None:  # only the rate: keep the costs
            amounts = {c.group: c.amount for c in existing.costs.all()}
        services.personnel_costs_save(
            actor=actor,
            board=board,
            year=year,
            amounts=amounts,
            growth_rate_entered=part.growth_rate,
        )
    if part.fte:
        names = {name.lower() for name, _, _ in part.fte}
        if existing is not None:
            for row in existing.fte_rows.all():
                if row.group.lower() not in names:
                    services.fte_row_delete(actor=actor, row=row)
        for order, (name, women, men) in enumerate(part.fte, 1):
            services.fte_row_save(
                actor=actor, board=board, year=year, group=name, women=women, men=men, order=order
            )
    if part.sick:
        current = getattr(existing, "sick_leave", None) if existing else None
        merged = {
            name: getattr(current, name) if current else None
            for name in (*services.SICK_FIELDS, *services.PER_PERSON_FIELDS)
        }
        merged |= part.sick
        services.sick_leave_save(actor=actor, board=board, year=year, **merged)
    if part.leavers:
        counts: dict[str, int | None] = {r.value: part.leavers.get(r.value) for r in LeaverReason}
        services.leavers_save(actor=actor, board=board, year=year, counts=counts)


# --- reading and checking ---------------------------------------------------------------------


def parse_personnel_file(data: bytes, *, file_name: str) -> tuple[dict[int, YearData], int]:
    """The file's figures per year and its number of rows, or ``PersonnelImportError``."""
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise PersonnelImportError([Problem(file_name, "Filen är tom.")])
    with refusals_as(PersonnelImportError):
        rows, separator = read_rows(data, file_name)
        checker = _Checker(file_name, separator)
        for number, cells in rows:
            if not any(cell_text(cell) for cell in cells):
                continue
            if checker.columns is None:
                checker.header(number, cells)
                if checker.problems:
                    break
                continue
            if checker.count >= MAX_ROWS:
                checker.add(number, None, f"filen har fler än {MAX_ROWS} rader; dela upp den.")
                break
            checker.row(number, cells)
            if len(checker.problems) >= MAX_ERRORS:
                break
    if not checker.problems:
        checker.finish()
    if checker.problems:
        raise PersonnelImportError(checker.problems[:MAX_ERRORS])
    if checker.columns is None or not checker.count:
        raise PersonnelImportError([Problem(file_name, "Filen har inga rader med uppgifter.")])
    return checker.years, checker.count


def _number(value: Any, column: str, *, whole: bool = False, percent: bool = False) -> Decimal:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            number = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
        except InvalidOperation as exc:  # pragma: no cover - repr of a float always parses
            raise _CellError(f"”{value}” är inte ett tal.", column) from exc
    else:
        text = cell_text(value)
        if not text:
            raise _CellError("värdet saknas.", column)
        try:
            number = parse_decimal(text)
        except NumberFormatError as exc:
            raise _CellError(f"”{text}” är inte ett tal.", column) from exc
    if not number.is_finite() or abs(number) >= LIMIT:
        raise _CellError(f"”{value}” är för stort.", column)
    if number < 0:
        raise _CellError(f"”{cell_text(value)}” är negativt; ange 0 eller mer.", column)
    if whole and number != number.to_integral_value():
        raise _CellError(f"”{cell_text(value)}” är inte ett heltal.", column)
    if percent and number > 100:
        raise _CellError(f"”{cell_text(value)}” är mer än 100 procent.", column)
    if number != number.quantize(Decimal("0.01")):
        raise _CellError(f"”{cell_text(value)}” har fler än två decimaler.", column)
    return number


class _Checker:
    def __init__(self, file_name: str, separator: str) -> None:
        self.file_name, self.separator = file_name, separator
        self.columns: dict[str, int] | None = None
        self.width = 0
        self.problems: list[Problem] = []
        self.years: dict[int, YearData] = {}
        self.seen: dict[tuple[int, str, str], int] = {}
        self.count = 0
        self.handlers: dict[str, Callable[[YearData, dict[str, Any], int], None]] = {
            "kostnad": self._cost,
            "okningstakt": self._growth,
            "arsarbetare": self._fte,
            "frisktal": self._frisktal,
            "anstallda": self._employees,
            "avgangar": self._leavers,
            **{task: self._hours for task in SICK_TASKS},
        }

    def add(self, line: int | None, column: str | None, message: str) -> None:
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
        for name, _help in COLUMNS:
            if name not in columns:
                self.add(number, name, "kolumnen saknas i rubrikraden (avgränsa med semikolon).")
        self.columns = columns

    def row(self, number: int, cells: list[Any]) -> None:
        assert self.columns is not None
        self.count += 1
        if self.separator and any(cell_text(cell) for cell in cells[self.width :]):
            message = f"raden har fler fält än rubrikraden ({self.width})."
            if self.separator == ",":
                message += " Ett tal med decimalkomma kräver semikolon (;) som avgränsare."
            self.add(number, None, message)
            return
        values = {name: cells[i] if i < len(cells) else None for name, i in self.columns.items()}
        try:
            year = self._year(values["År"])
            task = cell_text(values["Uppgift"]).lower()
            handler = self.handlers.get(task)
            if handler is None:
                known = ", ".join(key for key, *_ in TASKS)
                raise _CellError(f"uppgiften ”{task}” finns inte (känd: {known}).", "Uppgift")
            group = cell_text(values["Grupp"])
            key = (year, task, group.lower())
            if key in self.seen:
                raise _CellError(
                    f"samma uppgift finns redan på rad {self.seen[key]}.",
                    "Grupp" if group else "Uppgift",
                )
            self.seen[key] = number
            handler(self.years.setdefault(year, YearData()), values, number)
        except _CellError as exc:
            self.add(number, exc.column, str(exc))

    def finish(self) -> None:
        """Checks across rows: a year's hours come complete and sick leave fits in the time."""
        for year, part in sorted(self.years.items()):
            hours = [f"{kind}_{g}" for kind in SICK_TASKS.values() for g in ("women", "men")]
            present = [h for h in hours if h in part.sick]
            if present and len(present) != len(hours):
                missing = sorted(
                    {t for t, kind in SICK_TASKS.items() if f"{kind}_women" not in part.sick}
                )
                self.add(
                    part.sick_line,
                    "Uppgift",
                    f"{year}: raderna {', '.join(missing)} saknas; "
                    "ange schemalagda timmar, korttids- och långtidsfrånvaro.",
                )
                continue
            for g, word in (("women", "kvinnor"), ("men", "män")):
                if (
                    present
                    and part.sick[f"short_{g}"] + part.sick[f"long_{g}"]
                    > part.sick[f"scheduled_{g}"]
                ):
                    self.add(
                        part.sick_line,
                        "Kvinnor" if g == "women" else "Män",
                        f"{year}: sjukfrånvaron för {word} är fler timmar än schemalagd tid.",
                    )

    def _year(self, value: Any) -> int:
        text = cell_text(value)
        if not text:
            raise _CellError("året saknas.", "År")
        if not (text.isascii() and text.isdigit() and len(text) == 4 and 1990 <= int(text) <= 2100):
            raise _CellError(f"”{text}” är inte ett år (1990–2100).", "År")
        return int(text)

    def _empty(self, values: dict[str, Any], *names: str) -> None:
        for name in names:
            if cell_text(values[name]):
                raise _CellError("ska vara tom för den här uppgiften.", name)

    def _cost(self, part: YearData, values: dict[str, Any], line: int) -> None:
        group = cell_text(values["Grupp"]).lower()
        by_accounts = {g.accounts.replace(" ", ""): g.key for g in calc.COST_GROUPS if g.accounts}
        key = group if group in calc.GROUP_KEYS else by_accounts.get(group.replace(" ", ""))
        if key is None:
            raise _CellError(f"kontogruppen ”{group}” finns inte.", "Grupp")
        self._empty(values, "Kvinnor", "Män")
        part.costs[key] = _number(values["Värde"], "Värde")

    def _growth(self, part: YearData, values: dict[str, Any], line: int) -> None:
        self._empty(values, "Grupp", "Kvinnor", "Män")
        text = cell_text(values["Värde"])
        negative = text.startswith(("-", "\u2212"))
        number = _number(text.lstrip("-\u2212") if negative else values["Värde"], "Värde")
        part.growth_rate = -number if negative else number

    def _fte(self, part: YearData, values: dict[str, Any], line: int) -> None:
        name = " ".join(cell_text(values["Grupp"]).split())
        if not name:
            raise _CellError("yrkesgruppen saknas.", "Grupp")
        self._empty(values, "Värde")
        part.fte.append(
            (name, _number(values["Kvinnor"], "Kvinnor"), _number(values["Män"], "Män"))
        )

    def _hours(self, part: YearData, values: dict[str, Any], line: int) -> None:
        self._empty(values, "Grupp", "Värde")
        kind = SICK_TASKS[cell_text(values["Uppgift"]).lower()]
        women, men = _number(values["Kvinnor"], "Kvinnor"), _number(values["Män"], "Män")
        part.sick |= {f"{kind}_women": women, f"{kind}_men": men}
        part.sick_line = part.sick_line or line

    def _frisktal(self, part: YearData, values: dict[str, Any], line: int) -> None:
        self._empty(values, "Grupp")
        part.sick["frisktal"] = _number(values["Värde"], "Värde", percent=True)
        for name, column in (("frisktal_women", "Kvinnor"), ("frisktal_men", "Män")):
            if cell_text(values[column]):
                part.sick[name] = _number(values[column], column, percent=True)

    def _employees(self, part: YearData, values: dict[str, Any], line: int) -> None:
        self._empty(values, "Grupp", "Värde")
        part.sick["employees_women"] = int(_number(values["Kvinnor"], "Kvinnor", whole=True))
        part.sick["employees_men"] = int(_number(values["Män"], "Män", whole=True))

    def _leavers(self, part: YearData, values: dict[str, Any], line: int) -> None:
        reason = cell_text(values["Grupp"]).lower()
        if reason not in LeaverReason.values:
            known = ", ".join(LeaverReason.values)
            raise _CellError(f"avgångsorsaken ”{reason}” finns inte (känd: {known}).", "Grupp")
        self._empty(values, "Kvinnor", "Män")
        part.leavers[reason] = int(_number(values["Värde"], "Värde", whole=True))
