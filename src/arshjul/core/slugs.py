"""Stable keys from Swedish labels: lower case, å/ä→a, ö→o, other characters → "_"."""

from __future__ import annotations

import re

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"})


def label_key(label: str) -> str:
    """``"Övriga intäkter"`` → ``"ovriga_intakter"``; ``"Nämndens mål"`` → ``"namndens_mal"``."""
    text = re.sub(r"[^a-z0-9]+", "_", label.lower().translate(_FOLD))
    return text.strip("_")
