"""Produktions- och nyckeltal of Verksamhetsberättelse 2021 (seed 002, section 5.5), as data.

Each figure: its label, unit, direction (which way is better), how its change is shown, the
outcome 2021 and 2020 as printed (``None`` where the seed has "saknar jämförelsetal"), the
2021 target (value and the text as printed), and the change and arrow the seed printed. The
printed change and arrow are stored as published figures, so the document checks them against
the computed ones. The seed's arrows mean better (↑), unchanged (→) and worse (↓).

The three procurement shares are computed from the procurement register; their 2021 outcome
(91, 91, 0) is published, not entered, so the register's computed share is checked against it.
"""

from __future__ import annotations

from typing import Any

YEAR = 2021
DOCUMENT = "verksamhetsberattelse"
PERIOD = "helar"
SOURCE = "Verksamhetsberättelse 2021, avsnitt 5.5"
REGION = "(Region Örebro län)"
KOLADA_AREA = ("0018", "Region Örebro län")

FIGURES: list[dict[str, Any]] = [
    {
        "label": "Antal personalmåltider",
        "unit": "st",
        "direction": "higher",
        "change_kind": "percent",
        "outcome": {2021: "138642", 2020: "149237"},
        "printed_change": "-7.1",
        "printed_arrow": "↓",
    },
    {
        "label": "Antal patientmåltider",
        "unit": "st",
        "direction": "higher",
        "change_kind": "percent",
        "outcome": {2021: "342254", 2020: "337586"},
        "printed_change": "1.4",
        "printed_arrow": "↑",
    },
    {
        "label": "Medelsvarstid i telefonväxeln, sekunder",
        "unit": "sek",
        "decimals": 1,
        "direction": "lower",
        "change_kind": "absolute",
        "outcome": {2021: "25.8", 2020: "19.5"},
        "target": ("17", "Målvärde: 17 sekunder"),
        "printed_change": "6.3",
        "printed_arrow": "↓",
    },
    {
        "label": "Medelsvarstid i servicecenter 1:a linjens support, sekunder",
        "unit": "sek",
        "direction": "lower",
        "change_kind": "absolute",
        "outcome": {2021: "13", 2020: "13"},
        "target": ("15", "Målvärde: 15 sekunder"),
        "printed_change": "0.0",
        "printed_arrow": "→",
    },
    {
        "label": (
            "Andel utförda förebyggande underhåll på medicinteknisk utrustning med risktal 19 "
            "och högre ska vara minst 95 % inom rekommenderat intervall (MT FU 2)"
        ),
        "unit": "%",
        "direction": "higher",
        "change_kind": "points",
        "outcome": {2021: "92", 2020: "93"},
        "target": ("95", "Målvärde: minst 95 %"),
        "printed_change": "-1.0",
        "printed_arrow": "↓",
    },
    {
        "label": "Avvikelsehantering: Måluppfyllelse av avslutade avvikelser inom 180 dagar",
        "unit": "%",
        "direction": "higher",
        "change_kind": "points",
        "outcome": {2021: "84"},
        "target": ("80", "Målvärde: 80 %"),
        "note": "avser januari–juni",
    },
    {
        "label": "Andel ekologiska livsmedel",
        "unit": "%",
        "direction": "higher",
        "change_kind": "points",
        "outcome": {2021: "46", 2020: "45"},
        "target": ("48", "Målvärde 2021: 48 %"),
        "printed_change": "1.0",
        "printed_arrow": "↑",
    },
    {
        "label": "Matsvinn, tillagad mat",
        "unit": "%",
        "decimals": 1,
        "direction": "lower",
        "change_kind": "points",
        "scope_note": REGION,
        "outcome": {2021: "13.7", 2020: "15.7"},
        "target": ("15.5", "Målvärde 2021: 15,5 %"),
        "printed_change": "-2.0",
        "printed_arrow": "↑",
    },
    {
        "label": "Andel upphandlingar där miljökrav ställts, %",
        "unit": "%",
        "direction": "higher",
        "change_kind": "points",
        "scope_note": REGION,
        "source": "miljokrav",
        "outcome": {2020: "94"},
        "printed_outcome": "91",
        "printed_change": "-3.0",
        "printed_arrow": "↓",
    },
    {
        "label": "Andel upphandlingar där uppförandekod ställts, %",
        "unit": "%",
        "direction": "higher",
        "change_kind": "points",
        "scope_note": REGION,
        "source": "uppforandekod",
        "outcome": {2020: "85"},
        "printed_outcome": "91",
        "printed_change": "6.0",
        "printed_arrow": "↑",
    },
    {
        "label": "Andel upphandlingar där socialt hänsynstagande ställts, %",
        "unit": "%",
        "direction": "higher",
        "change_kind": "points",
        "scope_note": REGION,
        "source": "social_hansyn",
        "outcome": {2020: "0"},
        "printed_outcome": "0",
        "printed_change": "0.0",
        "printed_arrow": "→",
    },
    {
        "label": "Energianvändning (el, värme, kyla) per kvadratmeter",
        "unit": "%",
        "decimals": 1,
        "direction": "lower",
        "change_kind": "points",
        "scope_note": REGION,
        "outcome": {2021: "-4.8"},
        "target": ("-2", "Målvärde 2021: −2 %, basår: 2019"),
    },
    {
        "label": "Antal skype- och videomöten",
        "unit": "st",
        "direction": "higher",
        "change_kind": "percent",
        "change_decimals": 0,
        "scope_note": REGION,
        "outcome": {2021: "140783", 2020: "83579"},
        "printed_change": "68",
        "printed_arrow": "↑",
    },
    {
        "label": "Andel multifunktionskrivare med follow print",
        "unit": "%",
        "direction": "higher",
        "change_kind": "points",
        "scope_note": REGION,
        "outcome": {2021: "31"},
    },
]
