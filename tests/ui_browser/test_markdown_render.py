"""The Markdown -> safe HTML renderer (core, Qt-free)."""

from __future__ import annotations

import re

from sealprep.core.bank.markdown_render import (
    highlight_html,
    highlight_text,
    is_safe_link,
    normalize_list_indentation,
    render_markdown,
)


def tags(markup: str) -> set[str]:
    return set(re.findall(r"<\s*([a-zA-Z0-9]+)", markup))


def test_script_tags_are_shown_as_text_never_passed_through():
    out = render_markdown("ก่อน\n\n<script>alert('x')</script>\n\nหลัง <script>alert(2)</script>")
    assert "<script" not in out
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in out
    assert "script" not in tags(out)


def test_img_with_onerror_is_inert():
    out = render_markdown('รูป <img src="x" onerror="alert(1)"> และ <b onclick="steal()">ตัวหนา</b>')
    assert "<img" not in out
    assert "&lt;img src=" in out  # shown as the text the author typed
    assert re.findall(r"<[^>]*>", out) == ["<p>", "</p>"]  # the only real tags: no attribute anywhere


def test_only_http_links_keep_their_target():
    out = render_markdown(
        "[a](javascript:alert(1)) [b](https://example.org/x) [c](file:///etc/passwd) "
        "[d](data:text/html,hi) [e](HTTP://EXAMPLE.ORG) [f]( vbscript:x)"
    )
    hrefs = re.findall(r'href="([^"]*)"', out)
    assert hrefs == ["https://example.org/x", "HTTP://EXAMPLE.ORG"]
    assert "javascript" not in "".join(re.findall(r"<[^>]*>", out))
    assert ">a</span>" in out and ">c</span>" in out  # the text stays, without a target


def test_images_are_never_fetched():
    out = render_markdown("![แผนผัง](https://example.org/a.png) ![local](file:///c/x.png)")
    assert "<img" not in out
    assert '<a href="https://example.org/a.png">แผนผัง</a>' in out
    assert "<span>local</span>" in out


def test_is_safe_link():
    assert is_safe_link("https://u.bangkok.go.th/x")
    assert is_safe_link("http://example.org")
    for bad in ("javascript:alert(1)", "JAVASCRIPT:x", "file:///x", "mailto:a@b", "//example.org", "https://a\nb", ""):
        assert not is_safe_link(bad), bad


def test_nested_lists_with_two_or_three_spaces_stay_nested():
    text = "1. **หนึ่ง** – ก\n   - ย่อย ก\n   - ย่อย ข\n2. สอง\n\n- บน\n  - ล่าง\n    ต่อบรรทัด\n- บนอีก"
    out = render_markdown(text)
    assert out.count("<ol>") == 1
    assert re.search(r"<li><strong>หนึ่ง</strong> – ก<ul>\s*<li>ย่อย ก</li>\s*<li>ย่อย ข</li>", out)
    assert re.search(r"<li>บน<ul>\s*<li>ล่าง\s+ต่อบรรทัด</li>", out)


def test_fenced_code_is_not_reindented():
    text = "```\n  - not a list\n<b>x</b>\n```"
    assert normalize_list_indentation(text) == text
    out = render_markdown(text)
    assert "  - not a list" in out and "&lt;b&gt;x&lt;/b&gt;" in out


def test_tables_render():
    out = render_markdown("| ปี | จำนวน |\n|---|---|\n| 2567 | ๑๒ |")
    assert "<table>" in out and "<td>2567</td>" in out


def test_highlight_marks_text_only_never_tags_or_attributes():
    markup = render_markdown("ดู [แผนงาน](https://example.org/href) และ **แผนงาน** href")
    marked = highlight_html(markup, "href แผน")
    assert '<a href="https://example.org/href">' in marked  # the attribute is untouched
    assert marked.count("<mark>แผน</mark>") == 2
    assert marked.count("<mark>href</mark>") == 1


def test_highlight_text_escapes_and_matches_thai_digits():
    assert highlight_text("ปี ๒๕๖๘ <x>", "2568") == "ปี <mark>๒๕๖๘</mark> &lt;x&gt;"
    assert render_markdown("ปี 2568", "๒๕๖๘") == "<p>ปี <mark>2568</mark></p>"
