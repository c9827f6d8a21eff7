"""Answers in Markdown, as blocks of :class:`Run` ready to set on paper.

The app has one Markdown dialect, :func:`sealprep.core.bank.markdown_render.render_markdown` (raw HTML
escaped, only http(s) links, nested lists re-indented). This module reads *its* safe HTML back
into a small block model, so paper and screen agree on what an answer means:

* headings keep their level; paragraphs; list items keep their nesting depth and get a marker
  (``•`` / ``–`` / ``·`` for bullets, ``1.`` / ``a.`` / ``i.`` for numbered lists by depth);
* bold, italic and links survive as :class:`Run` styles; soft line breaks become spaces and
  ``<br>`` a hard break;
* code keeps its line breaks; tables become rows of cells; quotes are indented.

Nothing here knows about ReportLab (see :func:`sealprep.printing.document_parts.block_flowables`
for the flowables), so the block model is tested on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any

from sealprep.core.bank.markdown_render import render_markdown
from sealprep.printing.rich_text import Run

BULLETS = ("•", "–", "·")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_AROUND_BREAK = re.compile(r" *\n *")
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre", "blockquote", "table", "hr", "div"}
_VOID_TAGS = {"br", "hr", "img", "input", "meta", "link"}


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"
    CODE = "code"
    QUOTE = "quote"
    RULE = "rule"
    TABLE = "table"


@dataclass(frozen=True)
class Block:
    """One block of an answer.

    ``depth`` is the list nesting the block sits in (0 outside lists, 1 in a top-level item).
    An ``ITEM`` with an empty ``marker`` continues the item above (its second paragraph).
    ``rows`` holds a table's cells, each a tuple of runs; the first row is the header when
    ``header`` is true.
    """

    kind: BlockKind
    runs: tuple[Run, ...] = ()
    level: int = 0
    depth: int = 0
    marker: str = ""
    rows: tuple[tuple[tuple[Run, ...], ...], ...] = ()
    header: bool = False

    @property
    def text(self) -> str:
        """The block's text (a table's cells joined by spaces)."""
        if self.kind is BlockKind.TABLE:
            return " ".join("".join(run.text for run in cell) for row in self.rows for cell in row)
        return "".join(run.text for run in self.runs)


# -- a small tree from the HTML ------------------------------------------------------------------


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """HTML -> a tree of :class:`_Node` (text as ``str`` children, entities decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root")
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {name: value or "" for name, value in attrs})
        self._stack[-1].children.append(node)
        if tag not in _VOID_TAGS:
            self._stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stack[-1].children.append(_Node(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._stack) - 1, 0, -1):
            if self._stack[index].tag == tag:
                del self._stack[index:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def _tree(html: str) -> _Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


# -- inline content ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Inline:
    bold: bool = False
    italic: bool = False
    link: str | None = None
    preformatted: bool = False


#: Size of a link's address printed after its text (points).
_URL_SIZE = 9.5


def _inline_runs(nodes: list[_Node | str], state: _Inline = _Inline()) -> list[Run]:
    runs: list[Run] = []
    for node in nodes:
        if isinstance(node, str):
            text = node if state.preformatted else _SPACES.sub(" ", node)
            if text:
                runs.append(Run(text, bold=state.bold, italic=state.italic, link=state.link))
            continue
        tag = node.tag
        if tag == "br":
            runs.append(Run("\n", bold=state.bold, italic=state.italic))
        elif tag in ("strong", "b"):
            runs += _inline_runs(node.children, _with(state, bold=True))
        elif tag in ("em", "i"):
            runs += _inline_runs(node.children, _with(state, italic=True))
        elif tag == "a":
            href = node.attrs.get("href") or state.link
            inner = _inline_runs(node.children, _with(state, link=href))
            runs += inner
            if href and href.startswith(("http://", "https://")) and "".join(r.text for r in inner).strip() != href:
                # Paper cannot be clicked: the address follows its text, small, so it can be typed.
                runs.append(Run(f" ({href})", italic=state.italic, link=href, size=_URL_SIZE))
        elif tag == "img":
            continue  # the Markdown layer already turned images into links
        else:  # code, span, and anything unexpected: its text, in the current style
            runs += _inline_runs(node.children, state)
    return runs


def _with(state: _Inline, **changes: Any) -> _Inline:
    return _Inline(**{**state.__dict__, **changes})


def _merged(runs: list[Run]) -> tuple[Run, ...]:
    """Adjacent runs of one style as one run, with the outer whitespace trimmed."""
    out: list[Run] = []
    for run in runs:
        if out and (out[-1].bold, out[-1].italic, out[-1].link, out[-1].size) == (
            run.bold,
            run.italic,
            run.link,
            run.size,
        ):
            out[-1] = Run(out[-1].text + run.text, run.bold, run.italic, run.link, run.size)
        else:
            out.append(run)
    while out and not out[0].text.strip(" "):
        out.pop(0)
    while out and not out[-1].text.strip(" "):
        out.pop()
    if out:
        first, last = out[0], out[-1]
        out[0] = Run(first.text.lstrip(" "), first.bold, first.italic, first.link, first.size)
        last = out[-1]
        out[-1] = Run(last.text.rstrip(" "), last.bold, last.italic, last.link, last.size)
    cleaned: list[Run] = []
    for run in out:  # no space hugging a hard line break
        text = _AROUND_BREAK.sub("\n", run.text)
        if cleaned and cleaned[-1].text.endswith("\n"):
            text = text.lstrip(" ")
        if text.startswith("\n") and cleaned:
            last = cleaned[-1]
            cleaned[-1] = Run(last.text.rstrip(" "), last.bold, last.italic, last.link, last.size)
        cleaned.append(Run(text, run.bold, run.italic, run.link, run.size))
    return tuple(run for run in cleaned if run.text)


# -- blocks --------------------------------------------------------------------------------------


def _alphabetic(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def _roman(number: int) -> str:
    numerals = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = ""
    for value, numeral in numerals:
        while number >= value:
            out += numeral
            number -= value
    return out


def list_marker(ordered: bool, ordered_depth: int, bullet_depth: int, number: int) -> str:
    """``1.`` / ``a.`` / ``i.`` by depth among numbered lists; ``•`` / ``–`` / ``·`` for bullets."""
    if not ordered:
        return BULLETS[(bullet_depth - 1) % len(BULLETS)]
    style = (ordered_depth - 1) % 3
    label = str(number) if style == 0 else _alphabetic(number) if style == 1 else _roman(number)
    return f"{label}."


class _BlockWriter:
    def __init__(self) -> None:
        self.blocks: list[Block] = []

    def children(self, node: _Node, depth: int, ordered_depth: int, bullet_depth: int, quoted: bool) -> None:
        loose: list[_Node | str] = []

        def flush() -> None:
            runs = _merged(_inline_runs(loose))
            loose.clear()
            if runs:
                kind = BlockKind.QUOTE if quoted else BlockKind.ITEM if depth else BlockKind.PARAGRAPH
                self.blocks.append(Block(kind, runs, depth=depth))

        for child in node.children:
            if isinstance(child, str) or child.tag not in _BLOCK_TAGS:
                loose.append(child)
                continue
            flush()
            self.block(child, depth, ordered_depth, bullet_depth, quoted)
        flush()

    def block(self, node: _Node, depth: int, ordered_depth: int, bullet_depth: int, quoted: bool) -> None:
        tag = node.tag
        if tag == "p":
            runs = _merged(_inline_runs(node.children))
            if runs:
                kind = BlockKind.QUOTE if quoted else BlockKind.ITEM if depth else BlockKind.PARAGRAPH
                self.blocks.append(Block(kind, runs, depth=depth))
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            runs = _merged(_inline_runs(node.children))
            if runs:
                self.blocks.append(Block(BlockKind.HEADING, runs, level=int(tag[1]), depth=depth))
        elif tag in ("ul", "ol"):
            ordered = tag == "ol"
            inner_ordered = ordered_depth + 1 if ordered else ordered_depth
            inner_bullet = bullet_depth if ordered else bullet_depth + 1
            number = _start(node) if ordered else 1
            for item in (c for c in node.children if isinstance(c, _Node) and c.tag == "li"):
                marker = list_marker(ordered, inner_ordered, inner_bullet, number)
                self.item(item, depth + 1, inner_ordered, inner_bullet, marker, quoted)
                number += 1
        elif tag == "pre":
            text = "".join(run.text for run in _inline_runs(node.children, _Inline(preformatted=True))).strip("\n")
            if text.strip():
                self.blocks.append(Block(BlockKind.CODE, (Run(text),), depth=depth))
        elif tag == "blockquote":
            self.children(node, depth, ordered_depth, bullet_depth, quoted=True)
        elif tag == "hr":
            self.blocks.append(Block(BlockKind.RULE, depth=depth))
        elif tag == "table":
            self.table(node, depth)
        else:  # div
            self.children(node, depth, ordered_depth, bullet_depth, quoted)

    def item(self, node: _Node, depth: int, ordered_depth: int, bullet_depth: int, marker: str, quoted: bool) -> None:
        """A list item: its first paragraph carries the marker, the rest continue it."""
        start = len(self.blocks)
        self.children(node, depth, ordered_depth, bullet_depth, quoted)
        first = next((i for i in range(start, len(self.blocks)) if self.blocks[i].depth == depth), None)
        if first is None or self.blocks[first].kind not in (BlockKind.ITEM, BlockKind.QUOTE) or first != start:
            # an item that opens with a nested list or a code block: an empty marked line first
            self.blocks.insert(start, Block(BlockKind.ITEM, (), depth=depth, marker=marker))
            return
        found = self.blocks[first]
        self.blocks[first] = Block(BlockKind.ITEM, found.runs, depth=depth, marker=marker)

    def table(self, node: _Node, depth: int) -> None:
        rows: list[tuple[tuple[Run, ...], ...]] = []
        header = False

        def walk(parent: _Node) -> None:
            nonlocal header
            for child in parent.children:
                if not isinstance(child, _Node):
                    continue
                if child.tag in ("thead", "tbody", "tfoot"):
                    walk(child)
                elif child.tag == "tr":
                    cells = [c for c in child.children if isinstance(c, _Node) and c.tag in ("th", "td")]
                    if not rows and cells and all(c.tag == "th" for c in cells):
                        header = True
                    rows.append(tuple(_merged(_inline_runs(c.children)) for c in cells))

        walk(node)
        if rows:
            self.blocks.append(Block(BlockKind.TABLE, depth=depth, rows=tuple(rows), header=header))


def _start(node: _Node) -> int:
    try:
        return max(1, int(node.attrs.get("start", "1")))
    except ValueError:
        return 1


def html_blocks(html: str) -> list[Block]:
    """The blocks of safe HTML from :func:`render_markdown`."""
    writer = _BlockWriter()
    writer.children(_tree(html), 0, 0, 0, quoted=False)
    return writer.blocks


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of an answer written in the app's Markdown."""
    return list(_cached_blocks(text))


@lru_cache(maxsize=2048)
def _cached_blocks(text: str) -> tuple[Block, ...]:
    """Blocks are immutable: a booklet that prints an answer for ten people parses it once."""
    return tuple(html_blocks(render_markdown(text)))


def plain_text(blocks: list[Block]) -> str:
    """The blocks' text, one block a line, without list markers (what a reader must find)."""
    return "\n".join(block.text for block in blocks if block.kind is not BlockKind.RULE)
