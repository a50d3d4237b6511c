"""The state of one reading: the file being built, the buffers and the error policy.

Error policy: a ``SieProblem`` marked fatal (a value that cannot be read) refuses the file in
every mode. Any other problem (a record of the wrong shape, an unbalanced voucher, a #TRANS
outside a voucher, a #KSUMMA mismatch) refuses the file when reading strictly and becomes a
warning ``"rad N: …"`` otherwise. Before refusing, the buffered vouchers and rows are
converted, so that the first problem in the file is the one reported.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate
from typing import NoReturn

from arshjul.finance.sie.columns import Issue, RowBuffer, VoucherBuffer, convert
from arshjul.finance.sie.model import SieError, SieFile, SieProblem
from arshjul.finance.sie.segments import VerFields
from arshjul.finance.sie.values import Values, format_ore, unquote

CONVERT_EVERY = 1 << 16  # rows buffered before a bulk conversion


class Reading:
    def __init__(self, *, file_name: str, strict: bool, codec: str) -> None:
        self.file_name = file_name
        self.strict = strict
        self.values = Values(codec)
        self.sie = SieFile(file_name=file_name, encoding=codec)
        self.rows = RowBuffer()
        self.new_vouchers = VoucherBuffer()
        self.warnings: list[tuple[int, str]] = []
        self.voucher_starts: list[int] = []  # the first row of each voucher
        self.voucher_lines: list[int] = []  # the line of each #VER
        self.checked_vouchers = 0  # vouchers whose balance has been checked
        self.pending_voucher: int | None = None  # a #VER still waiting for its "{"
        self.pending_date = b""  # the raw date of that #VER
        self.in_block = False  # the voucher loop is inside a "{ … }" block
        self.has_balances = False
        self.ksumma_open: int | None = None
        self.ksumma_close: tuple[int, int] | None = None  # (line, value)

    def problem(self, problem: SieProblem, line: int) -> None:
        if problem.fatal or self.strict:
            self.fail(problem.message, line)
        self.warn(line, problem.message)

    def warn(self, line: int, message: str) -> None:
        self.warnings.append((line, message))

    def fail(self, message: str, line: int | None) -> NoReturn:
        self.flush(before=line)  # a problem on an earlier line is raised from here instead
        raise SieError(message, file_name=self.file_name, line=line)

    def add_voucher(
        self, series: bytes, number: bytes, date: bytes, text: bytes, line: int, regdate: bytes
    ) -> int:
        """Buffer a #VER (raw fields); its index in ``sie.vouchers``."""
        if len(self.rows.account) >= CONVERT_EVERY:
            self.flush()
        self.new_vouchers.add(series, number, date, text, line, regdate)
        self.voucher_starts.append(len(self.sie.transactions.voucher))
        self.voucher_lines.append(line)
        return len(self.voucher_starts) - 1

    def add_vouchers(self, vers: list[VerFields], lines: list[int], starts: list[int]) -> None:
        """Buffer the #VER of a ``ChunkBlock`` (see ``segments``), at once."""
        new = self.new_vouchers
        series, numbers, dates, quoted, bare, regdates = zip(*vers, strict=True)
        new.series.extend(map(unquote, series))
        new.number.extend(map(unquote, numbers))
        new.date.extend(dates)
        new.text.extend(q if q is not None else b or b"" for q, b in zip(quoted, bare, strict=True))
        new.line.extend(lines)
        new.regdate.extend(regdates)
        self.voucher_starts.extend(starts)
        self.voucher_lines.extend(lines)

    def flush(self, *, before: int | None = None) -> None:
        """Convert the buffers; check the balance of the vouchers complete so far (before
        line ``before``, when a problem there is about to refuse the file)."""
        rows, vouchers = self.rows, self.new_vouchers
        issues = vouchers.convert(self.values, self.sie.vouchers)
        if rows.account:
            issues.extend(convert(rows, self.values, self.sie.transactions))
        rows.clear()  # in place: the voucher loop holds its columns
        vouchers.clear()
        limits = [line for line, problem in issues if problem.fatal]
        if before is not None:
            limits.append(before)
        issues.extend(self._unbalanced(before=min(limits, default=None)))
        for line, problem in sorted(issues, key=lambda issue: issue[0]):
            self.problem(problem, line)

    def _unbalanced(self, *, before: int | None) -> list[Issue]:
        """Vouchers whose #TRANS do not sum to zero, among those complete so far (and, when
        a fatal problem was found on line ``before``, complete before it, as if reading had
        stopped there)."""
        amounts = self.sie.transactions.amount_ore
        starts = self.voucher_starts
        total = len(self.sie.transactions.voucher)
        unfinished = self.pending_voucher is not None or self.in_block
        last = min(len(starts) - 1 if unfinished else len(starts), len(self.sie.vouchers))
        if before is not None:
            last = min(last, bisect_left(self.voucher_lines, before) - 1)
        first = self.checked_vouchers
        if last <= first:
            return []
        ends = [*starts[first + 1 : last + 1], total][: last - first]
        if ends[-1] > len(amounts):  # the amounts could not all be read: the file is refused
            return []
        self.checked_vouchers = last
        begin = starts[first]
        running = [0, *accumulate(amounts[begin : ends[-1]])]  # running[k]: sum of k rows
        return [
            self._unbalanced_voucher(index, running[end - begin] - running[start - begin])
            for index, start, end in zip(range(first, last), starts[first:last], ends, strict=True)
            if running[end - begin] != running[start - begin]
        ]

    def _unbalanced_voucher(self, index: int, total: int) -> Issue:
        voucher = self.sie.vouchers[index]
        shown = format_ore(total)
        self.sie.unbalanced_vouchers.append(
            {"series": voucher.series, "number": voucher.number, "line": voucher.line, "sum": shown}
        )
        name = f"{voucher.series} {voucher.number}".strip()
        message = f"Verifikation {name} balanserar inte: summan är {shown.replace('.', ',')}"
        return voucher.line, SieProblem(message, fatal=False)
