"""Help → User guide: offline, in the interface language, rendered with the app's safe Markdown,
with its screenshots."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument

from sealprep.ui.help_window import guide_dir, guide_html


def test_both_guides_cover_both_journeys_and_every_picture_is_there():
    for language, headings in (
        ("th", ["สำหรับฝ่ายเลขานุการ", "สำหรับผู้เข้ารับการสัมภาษณ์", "นำเข้ารายชื่อ", "ซ้อมสัมภาษณ์", "ส่งความคืบหน้า"]),
        ("en", ["for the secretariat", "for an interviewee", "Import the roster", "Rehearse", "Send my progress"]),
    ):
        text = (guide_dir() / f"{language}.md").read_text(encoding="utf-8")
        for heading in headings:
            assert heading in text, (language, heading)
        pictures = re.findall(r"\(images/([^)]+)\)", text)
        assert len(pictures) >= 5
        for name in pictures:
            assert (guide_dir() / "images" / name).is_file(), name
        assert "<img" in guide_html(language) and "<script" not in guide_html(language)


def test_raw_html_in_the_guide_stays_text(tmp_path, monkeypatch):
    from sealprep.ui import help_window

    (tmp_path / "en.md").write_text("# Hi\n\n<script>alert(1)</script>\n\n![x](images/../../secret.png)\n")
    monkeypatch.setattr(help_window, "guide_dir", lambda: tmp_path)
    rendered = guide_html("en")
    assert "<script>" not in rendered and "<img" not in rendered


def test_help_opens_the_guide_in_the_interface_language_and_follows_a_switch(window, qtbot):
    window.language_actions["th"].trigger()
    assert window.guide_action.text() == "คู่มือการใช้งาน(&U)"
    window.guide_action.trigger()
    guide = window.guide_window
    assert guide.isVisible()
    text = guide.browser.toPlainText()
    assert "คู่มือการใช้งาน sealprep" in text and "ฝ่ายเลขานุการ" in text
    document: QTextDocument = guide.browser.document()
    image = document.resource(QTextDocument.ResourceType.ImageResource, guide_image_url(guide))
    assert image is not None and not image.isNull()  # the screenshot really loads
    window.language_actions["en"].trigger()
    assert "sealprep user guide" in guide.browser.toPlainText()


def guide_image_url(guide):
    from PySide6.QtCore import QUrl

    found = re.search(r'<img src="([^"]+)"', guide_html("th"))
    return QUrl(found.group(1))
