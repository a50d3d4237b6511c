"""JSON renderer: the report model as data. Decimals become decimal strings, never floats."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from typing import Any

from arshjul.reports.model import Block, Cell, Document


def to_data(node: Any) -> Any:
    if isinstance(node, Decimal):
        return str(node)
    if isinstance(node, Cell):  # "published" only where a source printed another figure
        data = {"value": to_data(node.value), "text": node.text}
        return data | ({"published": node.published} if node.published is not None else {})
    if isinstance(node, Block):
        data = {"type": node.kind}
        data.update({f.name: to_data(getattr(node, f.name)) for f in dataclasses.fields(node)})
        return data
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        return {f.name: to_data(getattr(node, f.name)) for f in dataclasses.fields(node)}
    if isinstance(node, list | tuple):
        return [to_data(v) for v in node]
    if isinstance(node, dict):
        return {k: to_data(v) for k, v in node.items()}
    return node


def render_json(document: Document) -> bytes:
    return json.dumps(to_data(document), ensure_ascii=False, indent=2).encode("utf-8")
