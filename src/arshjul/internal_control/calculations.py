"""Pure rules of internal control, without a database: the risk value and its level, the 4×4
risk matrix, the ISK requirements a risk threatens, which risks carry over to next year's plan,
and the count of actions per status. Tested with parametrised cases."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from django.core.exceptions import ValidationError

SCALE = (1, 2, 3, 4)
REQUIREMENTS = "abcde"
REGION_WIDE_PREFIX = "Regionövergripande åtgärd: "

T = TypeVar("T")


def risk_value(probability: int | None, consequence: int | None) -> int | None:
    """Probability × consequence (each 1–4) gives 1–16; missing either gives no value."""
    if probability is None or consequence is None:
        return None
    if probability not in SCALE or consequence not in SCALE:
        raise ValueError("Sannolikhet och konsekvens anges 1–4.")
    return probability * consequence


# (upper bound inclusive, key, text). The products of 1–4 are 1,2,3,4,6,8,9,12,16.
LEVELS = (
    (3, "lag", "Låg"),
    (6, "medel", "Medel"),
    (9, "hog", "Hög"),
    (16, "mycket_hog", "Mycket hög"),
)


def risk_level(value: int | None) -> tuple[str, str] | None:
    """The level (key, Swedish text) of a risk value: 1–3 låg, 4–6 medel, 8–9 hög, 12–16 mycket
    hög. The text is always shown; the colour of a matrix cell only repeats it."""
    if value is None:
        return None
    if not 1 <= value <= 16:
        raise ValueError("Riskvärdet ligger mellan 1 och 16.")
    for bound, key, text in LEVELS:
        if value <= bound:
            return key, text
    raise AssertionError("unreachable")  # pragma: no cover


def normalise_letters(text: str) -> str:
    """``"c, e"``, ``"E c"`` or ``"ce"`` → ``"ce"`` (sorted, unique); anything but a–e refused."""
    letters = [ch for ch in text.lower() if ch not in " ,;"]
    if any(ch not in REQUIREMENTS for ch in letters):
        raise ValidationError("Ange krav med bokstäverna a–e, till exempel ”c, e”.")
    return "".join(sorted(set(letters)))


def validate_letters(text: str) -> None:
    if text != normalise_letters(text):
        raise ValidationError("Kraven ska anges som bokstäver a–e i ordning, utan upprepning.")


def action_label(text: str, region_wide: bool) -> str:
    """The action as the plans print it: a region-wide action is prefixed."""
    return f"{REGION_WIDE_PREFIX}{text}" if region_wide else text


@dataclass
class MatrixCell(Generic[T]):
    probability: int
    consequence: int
    value: int
    level: tuple[str, str]
    items: list[T] = field(default_factory=list)


@dataclass
class Matrix(Generic[T]):
    """Rows from probability 4 (top) to 1; columns consequence 1 to 4."""

    rows: list[tuple[int, list[MatrixCell[T]]]]
    unassessed: list[T]

    @property
    def assessed_count(self) -> int:
        return sum(len(c.items) for _p, cells in self.rows for c in cells)


def risk_matrix(risks: Iterable[tuple[int | None, int | None, T]]) -> Matrix[T]:
    """Place each (probability, consequence, item) in its cell; unassessed items apart."""
    cells = {
        (p, c): MatrixCell[T](p, c, p * c, risk_level(p * c))  # type: ignore[arg-type]
        for p in SCALE
        for c in SCALE
    }
    unassessed: list[T] = []
    for probability, consequence, item in risks:
        if probability is None or consequence is None:
            unassessed.append(item)
        else:
            cells[(probability, consequence)].items.append(item)
    rows = [(p, [cells[(p, c)] for c in SCALE]) for p in reversed(SCALE)]
    return Matrix(rows=rows, unassessed=unassessed)


@dataclass(frozen=True)
class Answer:
    """One follow-up answer: the action's risk, the period's order and "ja"/"nej"/""."""

    risk_id: int
    action_id: int
    period_order: int
    next_year: str


def carried_risks(answers: Iterable[Answer]) -> set[int]:
    """The risks to put in next year's plan: those with an action whose latest follow-up (the
    period latest in the year) answered "ja" to "Ska risken ingå i nästkommande års
    riskanalys?"."""
    latest: dict[int, Answer] = {}
    for answer in answers:
        known = latest.get(answer.action_id)
        if known is None or answer.period_order > known.period_order:
            latest[answer.action_id] = answer
    return {a.risk_id for a in latest.values() if a.next_year == "ja"}


def status_counts(statuses: Sequence[str | None], keys: Sequence[str]) -> dict[str, int]:
    """Actions per status (``None`` or "" counts as not followed up, key ``""``)."""
    counts = {key: 0 for key in (*keys, "")}
    for status in statuses:
        counts[status or ""] = counts.get(status or "", 0) + 1
    return counts
