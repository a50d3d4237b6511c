"""The symbols of an action's follow-up, in the shape of ``followup/symbols.py``: a shape plus a
text, never a colour alone. The seed prints ✓ for avslutad and ⚠ for ej genomförd; delvis gets
a half-filled circle so that all three differ in form."""

from __future__ import annotations

from arshjul.followup.symbols import Symbol

NOT_REPORTED = Symbol("", "○", "none", "Ej uppföljd", "åtgärden är inte uppföljd för perioden")

ACTION_STATUS = {
    s.key: s
    for s in (
        Symbol("avslutad", "✓", "ok", "Avslutad", "åtgärden är avslutad"),
        Symbol("delvis", "◐", "warn", "Delvis", "åtgärden är delvis genomförd"),
        Symbol("ej_genomford", "⚠", "bad", "Ej genomförd", "åtgärden är inte genomförd"),
    )
}

LEGEND_TITLE = "Symbolförklaring, internkontrollplanens åtgärder"


def status_symbol(key: str | None) -> Symbol:
    return ACTION_STATUS.get(key or "", NOT_REPORTED)


def legend_symbols() -> list[Symbol]:
    return [*ACTION_STATUS.values(), NOT_REPORTED]


# The level of a risk value (see ``calculations.risk_level``), shape + text as everywhere.
RISK_LEVEL = {
    s.key: s
    for s in (
        Symbol("lag", "●", "ok", "Låg", "riskvärde 1–3"),
        Symbol("medel", "◆", "warn", "Medel", "riskvärde 4–6"),
        Symbol("hog", "■", "bad", "Hög", "riskvärde 8–9"),
        Symbol("mycket_hog", "▲", "bad", "Mycket hög", "riskvärde 12–16"),
    )
}


def level_symbol(level: tuple[str, str] | None) -> Symbol | None:
    return RISK_LEVEL[level[0]] if level else None
