"""Reading and checking a Kolada file (API v3 JSON or the flattened CSV) before anything is
written: every problem is collected with the file and its line (CSV, or the position of a
JSON syntax error) or field path (JSON)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from arshjul.core.tabular import Problem, TabularFileError, csv_rows, decode, refusals_as
from arshjul.kpis.kolada.fields import (
    FieldError,
    check_area,
    check_count,
    check_deleted,
    check_gender,
    check_kpi,
    check_value,
    check_year,
)

MAX_ERRORS = 50
MAX_VALUES = 500_000

CSV_COLUMNS: list[tuple[str, str]] = [
    ("kpi", "Nyckeltalets id i Kolada, t.ex. N00945."),
    ("year (eller period)", "Året, t.ex. 2021."),
    ("municipality_id (eller ou)", "Kommun- eller region-id med inledande nolla, t.ex. 0018."),
    ("gender", "T (totalt), K (kvinnor) eller M (män)."),
    ("value", "Värdet med punkt som decimaltecken; tomt eller NA = saknas."),
    ("count, status, isdeleted", "Frivilliga. Rader med isdeleted = TRUE hoppas över."),
]


class KoladaImportError(TabularFileError):
    """The file was refused; ``problems`` lists every reason found."""


@dataclass(frozen=True)
class ParsedValue:
    kpi: str
    area_id: str
    year: int
    gender: str
    value: Decimal | None
    count: int | None
    status: str


@dataclass
class _Checker:
    file_name: str
    problems: list[Problem] = field(default_factory=list)
    values: list[ParsedValue] = field(default_factory=list)
    seen: dict[tuple[str, str, int, str], str] = field(default_factory=dict)
    skipped: int = 0

    def add(
        self,
        message: str,
        line: int | None = None,
        column: str | None = None,
        path: str | None = None,
    ) -> None:
        if len(self.problems) < MAX_ERRORS:
            self.problems.append(Problem(self.file_name, message, line, column, path))
        elif len(self.problems) == MAX_ERRORS:
            note = f"Importen avbröts efter {MAX_ERRORS} fel; fler fel kan finnas."
            self.problems.append(Problem(self.file_name, note))

    def keep(self, value: ParsedValue, place: str, line: int | None, path: str | None) -> None:
        key = (value.kpi, value.area_id, value.year, value.gender)
        if key in self.seen:
            self.add(
                f"{value.kpi} {value.area_id} {value.year} {value.gender} finns redan "
                f"({self.seen[key]}).",
                line,
                path=path,
            )
            return
        self.seen[key] = place
        self.values.append(value)


# --- JSON ---------------------------------------------------------------------------------------


def _json_items(checker: _Checker, text: str) -> tuple[list[Any], bool]:
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        checker.add(f"filen är inte giltig JSON ({exc.msg}).", exc.lineno, str(exc.colno))
        return [], False
    except (ValueError, RecursionError):  # a number of thousands of digits, nesting too deep
        checker.add("filen är inte giltig JSON (för djupt nästlad eller ett för långt tal).")
        return [], False
    if isinstance(data, list):
        return data, False
    if not isinstance(data, dict) or not isinstance(data.get("values"), list):
        checker.add("filen är inget svar från Kolada: fältet ”values” (en lista) saknas.")
        return [], False
    return data["values"], bool(data.get("next_url") or data.get("next_page"))


def _check_json(checker: _Checker, items: list[Any]) -> None:
    for i, item in enumerate(items):
        path = f"values[{i}]"
        if not isinstance(item, dict):
            checker.add("ska vara ett objekt med kpi, municipality, period och values.", path=path)
            continue
        head: dict[str, Any] = {}
        area_field = "ou" if "ou" in item and "municipality" not in item else "municipality"
        for name, check in (("kpi", check_kpi), (area_field, check_area), ("period", check_year)):
            try:
                head[name] = check(item.get(name))
            except FieldError as exc:
                checker.add(str(exc), path=f"{path}.{name}")
        inner = item.get("values")
        if not isinstance(inner, list):
            checker.add("ska vara en lista med värden per kön.", path=f"{path}.values")
            continue
        for j, entry in enumerate(inner):
            _check_json_entry(checker, head, area_field, entry, f"{path}.values[{j}]")


def _check_json_entry(
    checker: _Checker, head: dict[str, Any], area_field: str, entry: Any, path: str
) -> None:
    if not isinstance(entry, dict):
        checker.add("ska vara ett objekt med gender, value, count och status.", path=path)
        return
    if "value" not in entry:
        checker.add("fältet ”value” saknas (null om värde saknas).", path=f"{path}.value")
        return
    checked: dict[str, Any] = {}
    for name, check in (
        ("gender", check_gender),
        ("value", check_value),
        ("count", check_count),
        ("isdeleted", check_deleted),
    ):
        try:
            checked[name] = check(entry.get(name))
        except FieldError as exc:
            checker.add(str(exc), path=f"{path}.{name}")
    status = entry.get("status")
    if status is not None and not isinstance(status, str):
        checker.add("ska vara text.", path=f"{path}.status")
        return
    if len(checked) < 4 or len(head) < 3:
        return
    if checked["isdeleted"]:
        checker.skipped += 1
        return
    value = ParsedValue(
        kpi=head["kpi"],
        area_id=head[area_field],
        year=head["period"],
        gender=checked["gender"],
        value=checked["value"],
        count=checked["count"],
        status=(status or "")[:100],
    )
    checker.keep(value, path, None, path)


# --- CSV ----------------------------------------------------------------------------------------

_CSV_NAMES = {
    "kpi": "kpi",
    "year": "year",
    "period": "year",
    "municipality_id": "area",
    "ou": "area",
    "ou_id": "area",
    "gender": "gender",
    "value": "value",
    "count": "count",
    "status": "status",
    "isdeleted": "isdeleted",
}
_CSV_REQUIRED = {"kpi": "kpi", "year": "year", "area": "municipality_id", "gender": "gender"}


def _check_csv(checker: _Checker, text: str) -> None:
    first = text.split("\n", 1)[0]
    separator = ";" if ";" in first else ","
    rows: Iterator[tuple[int, list[str]]] = csv_rows(text, separator, checker.file_name)
    columns: dict[str, int] | None = None
    for number, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue
        if columns is None:
            columns = _csv_header(checker, number, cells)
            if checker.problems:
                return
            continue
        if len(cells) > len(first.split(separator)):
            checker.add(
                f"raden har fler fält än rubrikraden ({len(first.split(separator))}).", number
            )
            continue
        _csv_row(checker, number, cells, columns)
        if len(checker.problems) > MAX_ERRORS:
            return
    if columns is None:
        checker.add("filen är tom.")


def _csv_header(checker: _Checker, number: int, cells: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    names = [cell.strip().strip("\ufeff").lower() for cell in cells]
    for index, name in enumerate(names):
        key = _CSV_NAMES.get(name)
        if key and key in columns:
            checker.add("kolumnen finns två gånger i rubrikraden.", number, name)
        elif key:
            columns[key] = index
    if "area" not in columns and "municipality" in names:
        columns["area"] = names.index("municipality")  # the v3 field name, unflattened
    for key, name in _CSV_REQUIRED.items():
        if key not in columns:
            checker.add("kolumnen saknas i rubrikraden.", number, name)
    if "value" not in columns:
        checker.add("kolumnen saknas i rubrikraden.", number, "value")
    return columns


def _csv_row(checker: _Checker, number: int, cells: list[str], columns: dict[str, int]) -> None:
    def cell(key: str) -> str | None:
        index = columns.get(key)
        return cells[index] if index is not None and index < len(cells) else None

    checked: dict[str, Any] = {}
    for key, check in (
        ("kpi", check_kpi),
        ("area", check_area),
        ("year", check_year),
        ("gender", check_gender),
        ("value", check_value),
        ("count", check_count),
        ("isdeleted", check_deleted),
    ):
        try:
            checked[key] = check(cell(key))
        except FieldError as exc:
            name = {"area": "municipality_id"}.get(key, key)
            checker.add(str(exc), number, name)
    if len(checked) < 7:
        return
    if checked["isdeleted"]:
        checker.skipped += 1
        return
    value = ParsedValue(
        kpi=checked["kpi"],
        area_id=checked["area"],
        year=checked["year"],
        gender=checked["gender"],
        value=checked["value"],
        count=checked["count"],
        status=(cell("status") or "").strip()[:100],
    )
    checker.keep(value, f"rad {number}", number, None)


def parse_kolada_file(data: bytes, *, file_name: str) -> tuple[list[ParsedValue], int, bool]:
    """The file's values, how many were skipped as deleted and whether more pages exist; or
    ``KoladaImportError`` with every problem."""
    checker = _Checker(file_name)
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise KoladaImportError([Problem(file_name, "Filen är tom.")])
    with refusals_as(KoladaImportError):  # the shared reading's refusals (encoding, CSV)
        text = decode(data, file_name)
        more = False
        if text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
            items, more = _json_items(checker, text.lstrip("\ufeff"))
            _check_json(checker, items)
        else:
            _check_csv(checker, text)
    if not checker.problems and not checker.values and not checker.skipped:
        checker.add("filen innehåller inga värden.")
    if len(checker.values) > MAX_VALUES:
        checker.add(f"filen har fler än {MAX_VALUES} värden; dela upp den.")
    if checker.problems:
        raise KoladaImportError(checker.problems)
    return checker.values, checker.skipped, more
