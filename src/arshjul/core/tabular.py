"""Reading the rows of an uploaded CSV or XLSX file, for every import (budget, personnel,
Kolada): the encoding (UTF-8 or Windows-1252; UTF-16 and the old .xls refused with a way out),
the separator (";" or ","), the line each row starts on, and refusals as ``TabularFileError``
with ``Problem``s that name file, line and column."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NoReturn


@dataclass(frozen=True)
class Problem:
    """Why a file was refused: the file, and where known the line and the column (or the
    field path of a JSON value)."""

    file_name: str
    message: str
    line: int | None = None
    column: str | None = None
    path: str | None = None  # the field path of a JSON value, e.g. "values[0].kpi"

    def __str__(self) -> str:
        where = self.file_name
        if self.line is not None:
            where += f", rad {self.line}"
        if self.column:
            where += f", kolumn {self.column}"
        if self.path:
            where += f", fält {self.path}"
        return f"{where}: {self.message}"


class TabularFileError(ValueError):
    """A refused file; ``problems`` lists every reason found. Each import subclasses it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def refuse(file_name: str, message: str, line: int | None = None) -> NoReturn:
    raise TabularFileError([Problem(file_name, message, line)])


@contextmanager
def refusals_as(error: type[TabularFileError]) -> Iterator[None]:
    """Let the reader's refusals (encoding, XLSX damage, an unreadable line) leave an import
    as that import's own error class, with the same problems."""
    try:
        yield
    except TabularFileError as exc:
        if isinstance(exc, error):
            raise
        raise error(exc.problems) from exc


Rows = Iterator[tuple[int, list[Any]]]


def read_rows(data: bytes, file_name: str) -> tuple[Rows, str]:
    """The file's rows with their line (CSV) or row (XLSX) numbers, and the CSV separator."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        refuse(file_name, "Filen är i det gamla Excel-formatet (.xls). Spara den som .xlsx.")
    if data.startswith(b"PK\x03\x04"):
        return xlsx_rows(data, file_name), ""
    text = decode(data, file_name)
    first = text.split("\n", 1)[0]
    separator = ";" if ";" in first or "," not in first else ","
    return csv_rows(text, separator, file_name), separator


def decode(data: bytes, file_name: str) -> str:
    if b"\x00" in data:
        refuse(file_name, "Filen verkar vara sparad som UTF-16. Spara den som CSV UTF-8.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        refuse(file_name, "Filen är varken UTF-8 eller Windows-1252. Spara den som CSV UTF-8.")


def csv_rows(text: str, separator: str, file_name: str) -> Rows:
    """Rows numbered by the line they start on (a quoted field may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    start = 1
    try:
        for cells in reader:
            yield start, cells
            start = reader.line_num + 1
    except csv.Error:
        refuse(file_name, "raden kan inte läsas som CSV (ett fält är för långt).", start)


def xlsx_rows(data: bytes, file_name: str) -> Rows:
    from openpyxl import load_workbook

    message = "Filen kan inte läsas som XLSX. Spara den på nytt som .xlsx eller CSV."
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # any damage to an untrusted zip/XML ends as the same refusal
        refuse(file_name, message)
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # trust the rows, not the sheet's stated size
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), 1):
            yield number, list(values)
    except (zipfile.BadZipFile, KeyError, ValueError, IndexError):
        refuse(file_name, message)
    finally:
        book.close()


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip().strip("\u00a0\ufeff")
