"""Answers are Markdown written by people; this turns them into HTML that is safe to display.

Safe means: raw HTML in the Markdown is shown as text, never passed through (no ``<script>``,
no ``<img onerror=...>``, no styles); links keep their target only when it is http(s); images are
never fetched (they become their alt text, linked when the source is http(s)). The desktop app
renders the result in a QTextBrowser; printing can reuse the same parsing.

The bank's answers often nest lists with two or three spaces (as most editors do), while Python
Markdown wants four. ``normalize_list_indentation`` rewrites nesting to four spaces per level
before parsing, so nested bullets stay nested.

Search matches are highlighted in the rendered HTML, inside text only (never inside a tag or an
attribute): ``highlight_html``.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sealprep.core.bank.search import highlight_spans
from sealprep.core.thai.text import cut_at_cluster

SAFE_SCHEMES = ("http://", "https://")
_LIST_ITEM = re.compile(r"^( *)([-*+]|\d{1,9}[.)])( +|$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_local = threading.local()


def is_safe_link(url: str) -> bool:
    """Only web links may be followed: http:// and https://, nothing else (no javascript:, file:)."""
    return url.strip().lower().startswith(SAFE_SCHEMES) and not any(ch in url for ch in "\n\r\t\x00")


def normalize_list_indentation(text: str) -> str:
    """Re-indent nested list items (and their continuation lines) to four spaces per level.

    Lines inside fenced code blocks are left exactly as they are.
    """
    out: list[str] = []
    stack: list[tuple[int, int]] = []  # (source indent of the marker, source indent of its content)
    fence: str | None = None
    for line in text.split("\n"):
        fence_match = _FENCE.match(line)
        if fence is not None:
            out.append(line)
            if fence_match and fence_match.group(1).startswith(fence):
                fence = None
            continue
        if fence_match:
            fence = fence_match.group(1)[:3]
            out.append(line)
            continue
        if not line.strip():
            out.append(line)
            continue
        indent = len(line) - len(line.lstrip(" "))
        item = _LIST_ITEM.match(line)
        if item:
            while stack and indent < stack[-1][0]:
                stack.pop()
            if stack and indent < stack[-1][1] and indent >= stack[-1][0]:
                stack.pop()  # a sibling at the same level (indent between marker and content)
            depth = len(stack)
            content = indent + len(item.group(2)) + max(1, len(item.group(3)))
            stack.append((indent, content))
            out.append(" " * (4 * depth) + line.lstrip(" "))
            continue
        if indent == 0:
            stack.clear()
            out.append(line)
            continue
        if not stack:
            out.append(line)  # indented text outside a list (e.g. an indented code block)
            continue
        # A continuation line belongs to the deepest item whose content it reaches (one space short
        # is forgiven); a line reaching none is a lazy continuation of the last item.
        owner = max((k for k, (_, content) in enumerate(stack) if indent >= content - 1), default=None)
        out.append((" " * (4 * (owner + 1)) if owner is not None else "") + line.lstrip(" "))
    return "\n".join(out)


def _build_markdown() -> Any:
    import markdown  # imported on first use: start-up does not pay for it
    from markdown.treeprocessors import Treeprocessor

    class _SafeLinks(Treeprocessor):  # type: ignore[misc]  # markdown ships no types
        """Drop unsafe link targets; turn images into text so nothing is ever fetched."""

        def run(self, root: etree.Element) -> None:
            for parent in list(root.iter()):
                for index, child in enumerate(list(parent)):
                    if child.tag == "a":
                        href = child.get("href", "")
                        child.attrib.clear()
                        if is_safe_link(href):
                            child.set("href", href.strip())
                        else:
                            child.tag = "span"
                    elif child.tag == "img":
                        src = child.get("src", "")
                        alt = child.get("alt", "") or src
                        replacement = etree.Element("a" if is_safe_link(src) else "span")
                        if is_safe_link(src):
                            replacement.set("href", src.strip())
                        replacement.text = alt
                        replacement.tail = child.tail
                        parent.remove(child)
                        parent.insert(index, replacement)
                    elif child.tag not in _ALLOWED_TAGS:
                        child.tag = "span"
                    for name in list(child.attrib):
                        if (
                            not (child.tag == "a" and name == "href")
                            and not (child.tag in ("th", "td") and name == "align")
                            and not (child.tag == "ol" and name == "start" and child.attrib[name].isdigit())
                        ):
                            del child.attrib[name]  # an <ol start="3"> keeps its numbering

    md = markdown.Markdown(extensions=["tables", "fenced_code", "sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")  # block HTML becomes ordinary (escaped) text
    md.inlinePatterns.deregister("html")  # so does inline HTML; autolinks <https://...> still work
    md.treeprocessors.register(_SafeLinks(md), "sealprep_safe_links", 0)
    return md


_ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "a",
    "span",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "div",
}


def _markdown() -> Any:
    md = getattr(_local, "markdown", None)
    if md is None:
        md = _local.markdown = _build_markdown()
    return md


PREVIEW_CHARACTERS = 20_000
"""How much of an answer the reading pane shows before "Show all" (about ten printed pages)."""
PREVIEW_TABLE_ROWS = 100
"""How many rows of one Markdown table the reading pane shows before "Show all"."""


@dataclass(frozen=True)
class Preview:
    """The start of a Markdown text, cut at a line; ``hidden_lines`` is 0 when nothing was cut."""

    text: str
    hidden_lines: int = 0


def preview_markdown(text: str, characters: int = PREVIEW_CHARACTERS, table_rows: int = PREVIEW_TABLE_ROWS) -> Preview:
    """At most ``characters`` of ``text`` and ``table_rows`` rows of any table, cut at a line
    (a single longer line is cut at a grapheme cluster); an open code fence is closed. A very
    long answer (a 3,000-row table, megabytes of text) then shows at once; the rest on request."""
    if len(text) <= characters and text.count("\n|") < table_rows:
        return Preview(text)
    lines = text.split("\n")
    kept: list[str] = []
    used = rows = 0
    fence: str | None = None
    for index, line in enumerate(lines):
        fence_match = _FENCE.match(line)
        if fence is not None:
            if fence_match and fence_match.group(1).startswith(fence):
                fence = None
        elif fence_match:
            fence = fence_match.group(1)[:3]
        rows = rows + 1 if fence is None and line.lstrip().startswith("|") else 0
        if used + len(line) > characters or rows > table_rows:
            if not kept:
                kept.append(cut_at_cluster(line, characters))
            if fence is not None:
                kept.append(fence)
            return Preview("\n".join(kept), len(lines) - index)
        kept.append(line)
        used += len(line) + 1
    return Preview(text)


def render_markdown(text: str, highlight: str = "", mark: Callable[[str], str] | None = None) -> str:
    """Markdown -> safe HTML. With ``highlight`` (a search query), matches are wrapped by ``mark``."""
    md = _markdown()
    md.reset()
    rendered = md.convert(normalize_list_indentation(text))
    return highlight_html(rendered, highlight, mark) if highlight.strip() else rendered


def default_mark(escaped_text: str) -> str:
    return f"<mark>{escaped_text}</mark>"


def highlight_text(text: str, query: str, mark: Callable[[str], str] | None = None) -> str:
    """Plain text -> escaped HTML with the query's matches wrapped by ``mark``."""
    mark = mark or default_mark
    out, last = [], 0
    for start, end in highlight_spans(text, query) if query.strip() else []:
        out.append(html.escape(text[last:start], quote=False))
        out.append(mark(html.escape(text[start:end], quote=False)))
        last = end
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


def highlight_html(markup: str, query: str, mark: Callable[[str], str] | None = None) -> str:
    """Wrap the query's matches in the text between tags; tags and attributes are never touched."""
    if not query.strip():
        return markup
    parts = _TAG_OR_TEXT.split(markup)
    for i, part in enumerate(parts):
        if part and not part.startswith("<"):
            parts[i] = highlight_text(html.unescape(part), query, mark)
    return "".join(parts)
