"""Checks of single Kolada fields: ids with their leading zeros, years, gender codes, values
(null stays missing), counts and the ``isdeleted`` flag. Each raises ``FieldError`` with a
Swedish message."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

KPI_ID = re.compile(r"^[NU]\d{5}$")
AREA_ID = re.compile(r"^(\d{4}|G\d{1,8}|V\w{1,18})$")
GENDERS = ("T", "K", "M")
PLACES = Decimal("0.00000001")
LIMIT = Decimal(10) ** 16
MACHINE_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][+-]?\d+)?$")


class FieldError(ValueError):
    pass


def check_kpi(raw: Any) -> str:
    text = str(raw).strip() if isinstance(raw, str) else ""
    if not KPI_ID.match(text):
        raise FieldError(f"”{show(raw)}” är inget Kolada-nyckeltal (N eller U och fem siffror).")
    return text


def check_area(raw: Any) -> str:
    text = raw.strip() if isinstance(raw, str) else ""
    if not AREA_ID.match(text):
        hint = " (ett tal har tappat sin inledande nolla?)" if isinstance(raw, int) else ""
        raise FieldError(
            f"”{show(raw)}” är inget Kolada-område (fyra siffror som text, t.ex. ”0018”){hint}."
        )
    return text


MAX_COUNT = 2_147_483_647  # the count column's range on every database


def check_year(raw: Any) -> int:
    text = str(raw).strip() if isinstance(raw, int | str) and not isinstance(raw, bool) else ""
    if not (text.isascii() and text.isdigit() and len(text) == 4 and 1950 <= int(text) <= 2100):
        raise FieldError(f"”{show(raw)}” är inget år.")
    return int(text)


def check_gender(raw: Any) -> str:
    text = raw.strip().upper() if isinstance(raw, str) else ""
    if text not in GENDERS:
        raise FieldError(f"”{show(raw)}” är inget kön i Kolada (T, K eller M).")
    return text


def check_value(raw: Any) -> Decimal | None:
    if raw is None or (isinstance(raw, str) and raw.strip() in ("", "NA", "null")):
        return None
    if isinstance(raw, bool):
        raise FieldError(f"”{show(raw)}” är inget tal.")
    if isinstance(raw, Decimal | int):
        number = Decimal(raw)
    elif isinstance(raw, str) and MACHINE_NUMBER.match(raw.strip()):
        number = Decimal(raw.strip())
    else:
        raise FieldError(f"”{show(raw)}” är inget tal (punkt som decimaltecken).")
    if not number.is_finite() or abs(number) >= LIMIT:
        raise FieldError(f"”{show(raw)}” är för stort.")
    return number.quantize(PLACES, rounding=ROUND_HALF_UP).normalize()


def check_count(raw: Any) -> int | None:
    if raw is None or (isinstance(raw, str) and raw.strip() in ("", "NA")):
        return None
    text = str(raw).strip() if not isinstance(raw, bool) else ""
    if not (text.isascii() and text.isdigit()):
        raise FieldError(f"”{show(raw)}” är inget antal.")
    if len(text) > 10 or int(text) > MAX_COUNT:
        raise FieldError(f"”{show(raw)}” är för stort för ett antal.")
    return int(text)


def check_deleted(raw: Any) -> bool:
    if (
        raw is None
        or raw is False
        or (isinstance(raw, str) and raw.strip().lower() in ("", "false", "0", "na"))
    ):
        return False
    if raw is True or (isinstance(raw, str) and raw.strip().lower() in ("true", "1")):
        return True
    raise FieldError(f"”{show(raw)}” är varken true eller false.")


def show(raw: Any) -> str:
    return "" if raw is None else str(raw)[:40]
