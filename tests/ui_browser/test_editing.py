"""Editing in the app: the change lands in the store and in the question's file (canonical form),
nothing invalid is saved, and Undo/Redo put back store and file alike."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from sealprep.core.bank.question_file import BankContext, format_question, parse_question
from sealprep.core.bank.service import import_folder
from sealprep.core.store import Store
from sealprep.ui.browser.question_list import ID_ROLE


def read_question(bank_dir: Path, relative: str, store: Store):
    text = (bank_dir / relative).read_text(encoding="utf-8")
    context = BankContext(set(store.bank.agencies()), store.bank.framework())
    parsed = parse_question(text, relative, context)
    assert not parsed.problems, parsed.problems
    return text, parsed.question


def test_an_edit_round_trips_to_the_file_and_back(qtbot, page, bank_store, bank_dir, tmp_path):
    editor = page.edit_question("d1-pads")
    assert editor.windowTitle().endswith("d1-pads")
    editor.question_th.setPlainText("การวิเคราะห์มิติทางเพศใช้ออกแบบโครงการผ้าอนามัยอย่างไร")
    tab = editor.answer_tabs()[0]
    assert tab.code() == "สนศ."
    tab.body.setText(tab.body.text() + "\n\n### เพิ่มเติม\n- โรงเรียน **437** แห่ง")
    editor.key_points.set_rows([["ความจนรายเดือน"], ["ตัวชี้วัดเรียนดี"], ["ติดตามผลทุกภาคเรียน"]])
    editor.tags.setText("education, health, schools")
    editor.time_limit.setValue(240)
    editor.validate()
    assert editor.save_button.isEnabled(), editor.messages
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()

    text, from_file = read_question(bank_dir, "d1/d1-pads.md", bank_store)
    in_store = bank_store.bank.question("d1-pads")
    assert from_file == in_store
    assert in_store.question_th == "การวิเคราะห์มิติทางเพศใช้ออกแบบโครงการผ้าอนามัยอย่างไร"
    assert in_store.key_points[-1] == "ติดตามผลทุกภาคเรียน"
    assert in_store.tags == ["education", "health", "schools"] and in_store.time_limit == 240
    assert "### เพิ่มเติม\n- โรงเรียน **437** แห่ง" in in_store.answers[0].body
    assert text == format_question(in_store)  # canonical: clean to diff

    # ... and back: a fresh import of the folder gives the same question.
    with Store.open(tmp_path / "again.db") as again:
        assert import_folder(again, bank_dir).ok
        assert again.bank.question("d1-pads") == in_store
    # the list and the reading pane show the new wording
    assert page.detail.question().question_th == in_store.question_th
    assert "โรงเรียน" in page.detail.plain_text()


def test_an_invalid_edit_is_refused_with_a_message(qtbot, page, bank_store, bank_dir):
    before = (bank_dir / "d1" / "d1-pads.md").read_bytes()
    editor = page.edit_question("d1-pads")
    tab = editor.answer_tabs()[1]
    tab.body.setText(tab.body.text() + "\n\n## หัวข้อผิดระดับ")
    editor.validate()
    assert not editor.save_button.isEnabled()
    assert any("Answer from สยป." in m and "###" in m for m in editor.messages), editor.messages
    assert editor.problem_list.count() == len(editor.messages) >= 1
    assert editor.save() is False
    assert (bank_dir / "d1" / "d1-pads.md").read_bytes() == before
    assert "หัวข้อผิดระดับ" not in bank_store.bank.question("d1-pads").answers[1].body

    tab.body.setText("คำตอบที่ถูกต้อง")
    editor.evidence.set_rows([["ลิงก์ไม่ปลอดภัย", "javascript:alert"]])
    editor.validate()
    assert any("http" in m for m in editor.messages) and not editor.save_button.isEnabled()
    editor.evidence.set_rows([])
    editor.id_edit.setText("d1-tracking")  # another question's id
    editor.validate()
    assert any("d1-tracking" in m for m in editor.messages) and not editor.save_button.isEnabled()
    editor.confirm_discard = lambda: True
    editor.close()
    assert (bank_dir / "d1" / "d1-pads.md").read_bytes() == before


def test_saving_validates_on_every_change_and_waits_for_a_fix(qtbot, page):
    editor = page.edit_question("d1-tracking")
    editor.question_th.setPlainText("")
    qtbot.waitUntil(lambda: not editor.save_button.isEnabled(), timeout=2000)  # debounced check ran
    assert any("Thai" in m for m in editor.messages)
    editor.question_th.setPlainText("คำถามใหม่")
    qtbot.waitUntil(editor.save_button.isEnabled, timeout=2000)


def test_undo_and_redo_an_edit_restore_store_and_file_exactly(qtbot, window, page, bank_store, bank_dir):
    path = bank_dir / "d3" / "d3-harassment.md"
    original_bytes = path.read_bytes()  # written with Thai section names: not canonical
    original = bank_store.bank.question("d3-harassment")
    editor = page.edit_question("d3-harassment")
    editor.question_en.setPlainText("How does the BMA prevent and handle sexual harassment at work?")
    assert editor.save()
    edited_bytes = path.read_bytes()
    assert edited_bytes != original_bytes
    assert window.undo_action.isEnabled() and "d3-harassment" in window.undo_action.text()

    window.undo_action.trigger()
    assert path.read_bytes() == original_bytes
    assert bank_store.bank.question("d3-harassment") == original
    assert page.detail.question().question_en == original.question_en

    window.redo_action.trigger()
    assert path.read_bytes() == edited_bytes
    assert bank_store.bank.question("d3-harassment").question_en.startswith("How does the BMA prevent and handle")


def test_new_question_then_undo(qtbot, window, page, bank_store, bank_dir):
    editor = page.new_question()
    assert editor.windowTitle() == "New question"
    assert not editor.save_button.isEnabled()  # an empty form is not a question yet
    editor.id_edit.setText("d5-results")
    editor.dimension.setCurrentIndex(editor.dimension.findData(5))
    visible = [
        editor.benchmarks.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(editor.benchmarks.count())
        if not editor.benchmarks.item(i).isHidden()
    ]
    assert visible == ["5.1.1"]  # only the chosen dimension's benchmarks are offered
    editor.benchmarks.item(editor.benchmarks.count() - 1).setCheckState(Qt.CheckState.Checked)
    editor.question_th.setPlainText("ผลลัพธ์ด้านความเท่าเทียมทางเพศที่ชัดเจนที่สุดคืออะไร")
    tab = editor.add_answer()
    tab.agency.setCurrentIndex(tab.agency.findData("สยป."))
    tab.body.setText("ตัวอย่างผลลัพธ์ **ที่วัดได้**")
    editor.evidence.set_rows([["รายงานผล", "https://example.org/report"]])
    editor.validate()
    assert editor.save_button.isEnabled(), editor.messages
    assert editor.save()

    path = bank_dir / "d5" / "d5-results.md"
    text, from_file = read_question(bank_dir, "d5/d5-results.md", bank_store)
    assert from_file == bank_store.bank.question("d5-results")
    assert from_file.benchmarks == ["5.1.1"] and from_file.answers[0].agency == "สยป."
    assert page.current_question_id() == "d5-results"
    assert page.navigation.node_count("dimension:5") == 1

    window.undo_action.trigger()
    assert not path.exists()
    assert bank_store.bank.question("d5-results") is None
    window.redo_action.trigger()
    assert path.read_text(encoding="utf-8") == text


def test_renaming_moves_the_file_and_undo_moves_it_back(page, bank_store, bank_dir, window):
    editor = page.edit_question("d1-tracking")
    editor.id_edit.setText("d1-monitoring")
    assert editor.save()
    assert not (bank_dir / "d1" / "d1-tracking.md").exists()
    assert (bank_dir / "d1" / "d1-monitoring.md").is_file()
    assert bank_store.bank.question("d1-tracking") is None
    window.undo_action.trigger()
    assert (bank_dir / "d1" / "d1-tracking.md").is_file()
    assert not (bank_dir / "d1" / "d1-monitoring.md").exists()
    assert bank_store.bank.question("d1-tracking") is not None


def test_delete_then_undo_restores_the_file_byte_for_byte(qtbot, window, page, bank_store, bank_dir):
    path = bank_dir / "d3" / "d3-harassment.md"
    original = path.read_bytes()
    page.select_question("d3-harassment")
    asked = []
    page.confirm_delete = lambda question: asked.append(question.id) or True
    page.delete_action.trigger()
    assert asked == ["d3-harassment"]
    assert not path.exists() and bank_store.bank.question("d3-harassment") is None
    assert "d3-harassment" not in [r.id for r in page.list_model.rows()]
    window.undo_action.trigger()
    assert path.read_bytes() == original
    assert bank_store.bank.question("d3-harassment") is not None


def test_delete_can_be_cancelled(page, bank_store, bank_dir):
    page.select_question("d1-pads")
    page.confirm_delete = lambda question: False
    assert page.delete_question() is False
    assert (bank_dir / "d1" / "d1-pads.md").exists()


def test_answers_can_be_added_and_removed(page, bank_store, bank_dir):
    editor = page.edit_question("d1-pads")
    assert [t.code() for t in editor.answer_tabs()] == ["สนศ.", "สยป."]
    editor.remove_answer(0)
    tab = editor.add_answer()
    assert tab.code() == "สนศ."  # the first agency not yet answering
    tab.body.setText("คำตอบใหม่")
    assert editor.save()
    assert [a.agency for a in bank_store.bank.question("d1-pads").answers] == ["สยป.", "สนศ."]


def test_the_markdown_editor_previews_live(qtbot, page):
    editor = page.edit_question("d1-tracking")
    body = editor.answer_tabs()[0].body
    body.editor.setPlainText("**ตัวหนา** <script>x</script>")
    qtbot.waitUntil(
        lambda: "ตัวหนา" in body.preview.toPlainText() and "<script>" in body.preview.toPlainText(), timeout=2000
    )
    assert "<script" not in body.preview.toHtml().replace("&lt;script&gt;", "")


def test_an_edited_question_keeps_its_place_and_the_time_limit_reads_alike(qtbot, page, bank_store):
    before = [page.list_model.index(r).data(ID_ROLE) for r in range(page.list_model.rowCount())]
    assert before.index("d1-pads") < len(before) - 1
    editor = page.edit_question("d1-pads")
    editor.time_limit.setValue(150)
    assert editor.time_limit.text() == "2:30 min"  # as the reading pane says it
    editor.time_limit.lineEdit().setText("๓:๑๕ min")  # Thai digits (an input method's text)
    editor.time_limit.interpretText()
    assert editor.time_limit.value() == 195
    editor.time_limit.lineEdit().setText("4 min")  # a plain number is minutes, as in the rehearsal setup
    editor.time_limit.interpretText()
    assert editor.time_limit.value() == 240
    editor.time_limit.lineEdit().setText("3:15 min")
    editor.time_limit.interpretText()
    editor.validate()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    after = [page.list_model.index(r).data(ID_ROLE) for r in range(page.list_model.rowCount())]
    assert after == before  # the edited question stays where it was
    page.select_question("d1-pads")
    assert "Time to answer 3:15 min" in page.detail.plain_text()
    assert [s.id for s in bank_store.bank.summaries()] == before


def test_redo_follows_the_platform_and_answers_both_keys(window):
    from PySide6.QtGui import QKeySequence

    keys = [k.toString() for k in window.redo_action.shortcuts()]
    assert keys[0] == QKeySequence(QKeySequence.StandardKey.Redo).toString()
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= set(keys)


def test_evidence_owner_and_date_round_trip_through_the_editor_and_show_in_the_reading_pane(
    qtbot, page, bank_store, bank_dir
):
    from datetime import date

    from bank_factory import DATED

    (bank_dir / "d1" / "d1-dated.md").write_text(DATED, encoding="utf-8")
    assert import_folder(bank_store, bank_dir).ok
    page.refresh_bank()
    facts = bank_store.bank.question("d1-dated").confirm

    editor = page.edit_question("d1-dated")
    rows = editor.evidence.rows()
    assert rows[0] == ["Strategy map", "https://u.bangkok.go.th/gendersealstrategymap", "สยป.", "8 ก.ค. 2567"]
    assert rows[1][2:] == ["สำนักงาน ก.ก.", "6 มี.ค. 2568"]
    rows[2][2:] = ["สนศ.", "๓๑ ม.ค. ๒๕๖๕"]  # typed with Thai digits, Buddhist era
    editor.evidence.set_rows(rows)
    editor.validate()
    assert editor.save_button.isEnabled(), editor.messages
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    text, from_file = read_question(bank_dir, "d1/d1-dated.md", bank_store)
    stored = bank_store.bank.question("d1-dated")
    assert from_file == stored
    assert (stored.evidence[2].owner, stored.evidence[2].as_of) == ("สนศ.", date(2022, 1, 31))
    assert "- รายงานผลการดำเนินงาน — owner: สนศ., as of: 2022-01-31\n" in text
    assert stored.confirm == facts  # the form keeps the facts to confirm

    editor = page.edit_question("d1-dated")
    rows = editor.evidence.rows()
    rows[0][3] = "เร็ว ๆ นี้"
    editor.evidence.set_rows(rows)
    editor.validate()
    assert not editor.save_button.isEnabled()
    assert any("'เร็ว ๆ นี้' is not a date" in m for m in editor.messages), editor.messages
    rows[0][2:] = ["XYZ", ""]
    editor.evidence.set_rows(rows)
    editor.validate()
    assert any("unknown evidence owner 'XYZ'" in m for m in editor.messages), editor.messages
    editor.confirm_discard = lambda: True
    editor.close()
    assert bank_store.bank.question("d1-dated") == stored

    assert page.select_question("d1-dated")
    shown = page.detail.plain_text()
    assert "Strategy map" in shown and "owner: สยป. · as of 8 Jul 2024" in shown
    assert "owner: สนศ. · as of 31 Jan 2022" in shown
