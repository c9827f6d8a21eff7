"""The reading pane under very long content: a 3,000-row table or most of a megabyte of text shows
its start at once, with a "Show all" link that the user clicks to see the rest."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from bank_factory import PADS, write_bank
from sealprep.core.bank.markdown_render import PREVIEW_CHARACTERS, preview_markdown
from sealprep.core.bank.service import import_folder

ROWS = 3000
SENTENCE = "กรุงเทพมหานครจัดทำแผนปฏิบัติการด้านความเท่าเทียมทางเพศ "


def _question(qid: str, extra: str) -> str:
    return PADS.replace("id: d1-pads", f"id: {qid}").replace("### ผลลัพธ์", "### ผลลัพธ์\n\n" + extra + "\n", 1)


@pytest.fixture
def large_store(store, tmp_path):
    table = "| เขต | โครงการ |\n|---|---|\n" + "".join(f"| เขต{i} | โครงการ{i} |\n" for i in range(ROWS))
    text = ("\n\n".join(SENTENCE * 10 for _ in range(500))) + "\n\nบรรทัดสุดท้ายของคำตอบ"
    folder = write_bank(
        tmp_path / "large",
        {"d1/big-table.md": _question("big-table", table), "d1/big-text.md": _question("big-text", text)},
    )
    result = import_folder(store, folder)
    assert result.ok, result.problems
    return store


def click_link(qtbot, view, text: str) -> None:
    """Scroll to the link whose text starts with ``text`` and click it with the mouse."""
    cursor = view.document().find(text)
    assert not cursor.isNull(), f"no link '{text}' in the pane"
    middle = QTextCursor(view.document())
    middle.setPosition(cursor.selectionStart() + 2)
    view.setTextCursor(middle)
    view.ensureCursorVisible()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(middle).center())


def test_a_3000_row_table_shows_its_start_and_all_of_it_on_request(make_window, large_store, qtbot):
    page = make_window(large_store).browser
    assert page.select_question("big-table")
    view = page.detail
    text = view.plain_text()
    assert view.is_shortened() and "เขต97" in text and f"เขต{ROWS - 1}" not in text
    assert "Show all (2,906 more lines)" in text  # 2,900 rows and the answer's last lines
    click_link(qtbot, view, "Show all")
    qtbot.waitUntil(lambda: not view.is_shortened())
    assert f"เขต{ROWS - 1}" in view.plain_text() and "Show all" not in view.plain_text()

    assert page.select_question("big-text") and view.is_shortened()  # another question: its start again
    assert "บรรทัดสุดท้ายของคำตอบ" not in view.plain_text()
    assert page.select_question("big-table") and view.is_shortened()


def test_most_of_a_megabyte_of_text_shows_its_start(make_window, large_store, qtbot):
    page = make_window(large_store).browser
    assert page.select_question("big-text")
    view = page.detail
    assert view.is_shortened() and len(view.plain_text()) < 2 * PREVIEW_CHARACTERS
    view.show_all()
    assert "บรรทัดสุดท้ายของคำตอบ" in view.plain_text()


def test_preview_cuts_at_lines_closes_fences_and_keeps_clusters():
    assert preview_markdown("สั้น").hidden_lines == 0
    fenced = preview_markdown("```\n" + "code line\n" * 5000, characters=100)
    assert fenced.text.endswith("\n```") and fenced.hidden_lines > 4000
    one_line = preview_markdown("กี่" * 10_000, characters=100)
    assert one_line.text == "กี่" * 33 and one_line.hidden_lines == 1
    table = preview_markdown("| a |\n|---|\n" + "| x |\n" * 500, table_rows=10)
    assert table.text.count("\n") == 9 and table.hidden_lines == 493


def test_the_editor_preview_of_a_long_answer_shows_its_start(app, qtbot):
    from sealprep.ui.browser.markdown_editor import MarkdownEditor

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    table = "| เขต | โครงการ |\n|---|---|\n" + "".join(f"| เขต{i} | โครงการ{i} |\n" for i in range(ROWS))
    editor.setText(table)
    preview = editor.preview.toPlainText()
    assert "เขต97" in preview and f"เขต{ROWS - 1}" not in preview
    assert "The preview shows the start only: 2,903 more lines are not shown." in preview
    assert editor.text() == table  # the editor itself keeps every line
    qtbot.keyClicks(editor.editor, "x")  # typing re-renders the short preview, never the whole table
    qtbot.waitUntil(lambda: not editor._timer.isActive())
    assert f"เขต{ROWS - 1}" not in editor.preview.toPlainText()
