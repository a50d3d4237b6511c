"""Sanitised rich text (``core.sanitising``'s small tag set) as a tree the non-HTML renderers
walk: paragraphs, headings and lists made of runs of text that are bold, italic or a link.

The PDF, DOCX and XLSX renderers read a ``Paragraph`` block through ``parse`` so the meaning of
each tag is decided once. Text outside any block tag becomes a paragraph of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    href: str = ""


@dataclass
class RichBlock:
    kind: str  # "p" | "h3" | "h4" | "ul" | "ol"
    runs: list[Run] = field(default_factory=list)  # for p, h3, h4
    items: list[list[Run]] = field(default_factory=list)  # for ul, ol: one list of runs each


BLOCK_TAGS = {"p", "h3", "h4"}
LIST_TAGS = {"ul", "ol"}


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[RichBlock] = []
        self.current: list[Run] | None = None  # the runs being filled
        self.list_block: RichBlock | None = None
        self.bold = 0
        self.italic = 0
        self.href = ""

    def _runs(self) -> list[Run]:
        if self.current is None:  # loose text: a paragraph of its own
            block = RichBlock("p")
            self.blocks.append(block)
            self.current = block.runs
        return self.current

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS and self.list_block is None:
            block = RichBlock(tag)
            self.blocks.append(block)
            self.current = block.runs
        elif tag in LIST_TAGS:
            if self.list_block is None:  # a nested list joins the outer one
                self.list_block = RichBlock(tag)
                self.blocks.append(self.list_block)
            self.current = None
        elif tag == "li" and self.list_block is not None:
            self.list_block.items.append([])
            self.current = self.list_block.items[-1]
        elif tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "a":
            self.href = dict(attrs).get("href") or ""
        elif tag == "br":
            self._runs().append(Run("\n"))

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK_TAGS and self.list_block is None:
            self.current = None
        elif tag in LIST_TAGS:
            self.list_block = None
            self.current = None
        elif tag in ("strong", "b"):
            self.bold = max(0, self.bold - 1)
        elif tag in ("em", "i"):
            self.italic = max(0, self.italic - 1)
        elif tag == "a":
            self.href = ""

    def handle_data(self, data: str) -> None:
        if not data.strip() and self.current is None:
            return  # whitespace between blocks
        self._runs().append(Run(data, bool(self.bold), bool(self.italic), self.href))


def parse(html: str) -> list[RichBlock]:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return [b for b in parser.blocks if b.runs or b.items]


def plain_text(runs: list[Run]) -> str:
    return " ".join("".join(r.text for r in runs).split())
