"""The symbols of the follow-up: every status is a shape plus a text, never a colour alone.
Used by the web pages and by every report renderer, so screen and documents agree."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Symbol:
    key: str
    shape: str  # a character whose form differs per level: ● ◆ ■ ○
    css: str  # colour class, an addition to shape and text
    text: str  # short label shown beside the shape
    legend: str  # the full explanation in the legend


FULFILMENT = {
    s.key: s
    for s in (
        Symbol("uppnatt", "●", "ok", "Uppnått", "uppnått eller överträffat målnivån"),
        Symbol(
            "mindre_avvikelse",
            "◆",
            "warn",
            "Mindre avvikelse",
            "mindre, acceptabel avvikelse från målnivån",
        ),
        Symbol(
            "storre_avvikelse",
            "■",
            "bad",
            "Större avvikelse",
            "större negativ avvikelse från målnivån",
        ),
    )
}

INDICATOR_STATUS = {
    s.key: s
    for s in (
        Symbol("helt", "●", "ok", "Helt", "målvärdet är helt uppnått"),
        Symbol("delvis", "◆", "warn", "Delvis", "målvärdet är delvis uppnått"),
        Symbol("inte_alls", "■", "bad", "Inte alls", "målvärdet är inte alls uppnått"),
        Symbol("varde_saknas", "○", "none", "Värde saknas", "värde saknas för perioden"),
    )
}

TREND = {
    s.key: s
    for s in (
        Symbol("forbattrats", "↗", "ok", "Förbättrats", "resultatet har förbättrats"),
        Symbol("oforandrat", "→", "none", "Oförändrat", "resultatet är oförändrat"),
        Symbol("forsamrats", "↘", "bad", "Försämrats", "resultatet har försämrats"),
    )
}

LEGENDS = (
    ("fulfilment", "Måluppfyllelse och genomförande av uppdrag", FULFILMENT),
    ("trend", "Utveckling jämfört med föregående period eller år", TREND),
    ("indicator_status", "Indikatorer, status för perioden", INDICATOR_STATUS),
)
