"""Packs in the app, driven with real clicks: File → Import pack… (several files, a summary),
File → Export pack…, the People page's "Export preparation packs for everyone" and the Rehearse
page's "Send my progress" (notes off unless ticked)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pack_helpers import person_named, populate_secretariat
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from sealprep.core.packs import export_preparation, export_progress, import_packs
from sealprep.core.store import Store
from sealprep.ui.app_context import AppContext
from sealprep.ui.main_window import MainWindow

TIMEOUT = 30_000


@pytest.fixture
def context(store):
    """The secretariat's store (the root ``store`` fixture: windows go before it closes)."""
    return AppContext(populate_secretariat(store))


@pytest.fixture
def window(context, qtbot):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_menu_item(qtbot, window, menu, action) -> None:
    """Open a menu of the menu bar with a click, then click one of its items."""
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=TIMEOUT)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def click(qtbot, widget) -> None:
    """A click where the user clicks: a check box or radio button on its indicator at the left,
    anything else in its middle."""
    x = 8 if isinstance(widget, QAbstractButton) and widget.isCheckable() else widget.width() // 2
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(x, widget.height() // 2))


def laptop_progress(context, tmp_path: Path, name: str) -> Path:
    """A laptop that imported ``name``'s pack and rehearsed one question; its progress pack."""
    person = person_named(context.store, name)
    pack = export_preparation(context.store, tmp_path / f"{person.id}.sealpack", person.id).path
    with Store.open(tmp_path / f"laptop{person.id}" / "sealprep.db") as laptop:
        assert import_packs(laptop, [pack]).results[0].ok
        me = laptop.packs.me_person_id()
        session = laptop.rehearsal.create_session(me, {})
        qid = laptop.assignments.question_ids_for(me)[0]
        laptop.rehearsal.rate(laptop.rehearsal.open_attempt(session, me, qid, 0, 60), 3)
        return export_progress(laptop, tmp_path / f"progress{person.id}.sealpack", me).path


def test_file_import_pack_imports_several_and_shows_a_summary(window, context, qtbot, tmp_path):
    good = laptop_progress(context, tmp_path, "มาลี")
    junk = tmp_path / "junk.sealpack"
    junk.write_bytes(b"not a pack")
    window.packs.choose_files = lambda: [str(good), str(junk)]
    coverage = window.pages["coverage"]
    malee = person_named(context.store, "มาลี")
    row = [p.id for p in coverage.model.coverage.people].index(malee.id)
    progress = coverage.model.index(row, coverage.model.progress_column())
    assert progress.data() == "none yet"
    with qtbot.waitSignal(context.rehearsal_changed, timeout=TIMEOUT):
        click_menu_item(qtbot, window, window.file_menu, window.packs.import_action)
    qtbot.waitUntil(lambda: window.packs.summary is not None and window.packs.summary.isVisible(), timeout=TIMEOUT)
    text = window.packs.summary.text.toPlainText()
    assert "๑ packs imported, ๑ refused." in text  # numbers and dates follow the preferences (Thai digits)
    assert "progress" in text.lower() and "นางสาวมาลี รักเรียน" in text
    assert "Refused, nothing changed: it is not a complete zip file" in text
    assert "New questions rehearsed: ๑" in text
    assert malee.id in context.store.packs.latest_progress()
    # the coverage page refreshed itself with the date of her latest progress
    progress = coverage.model.index(row, coverage.model.progress_column())
    assert progress.data() not in ("none yet", "", None)
    assert "๑ packs imported" in window.statusBar().currentMessage()
    # and so does the readiness view of the History & readiness page, once shown
    window.tabs.setCurrentWidget(window.pages["history"])
    readiness = window.pages["history"].readiness
    qtbot.waitUntil(lambda: readiness.overview.rowCount() > 0)
    rows = {
        readiness.overview.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(readiness.overview.rowCount())
    }
    last = readiness.overview.columnCount() - 1
    assert readiness.overview.horizontalHeaderItem(last).text() == "Latest progress"
    assert readiness.overview.item(rows[malee.id], last).text() == progress.data()
    assert readiness.overview.item(rows[person_named(context.store, "สมชาย").id], last).text() == "none yet"


def test_file_export_pack_writes_a_progress_pack_without_notes_by_default(window, context, qtbot, tmp_path):
    store = context.store
    malee = person_named(store, "มาลี")
    session = store.rehearsal.create_session(malee.id, {})
    attempt = store.rehearsal.open_attempt(session, malee.id, "d1-x", 0, 60)
    store.rehearsal.save_notes(attempt, "บันทึกส่วนตัว")
    click_menu_item(qtbot, window, window.file_menu, window.packs.export_action)
    qtbot.waitUntil(lambda: window.packs.export_dialog is not None and window.packs.export_dialog.isVisible())
    dialog = window.packs.export_dialog
    assert dialog.preparation_radio.isChecked() and not dialog.notes_check.isVisible()
    click(qtbot, dialog.progress_radio)
    assert dialog.kind() == "progress"
    assert dialog.notes_check.isVisible() and not dialog.notes_check.isChecked()
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(malee.id))
    target = tmp_path / "out" / "มาลี.sealpack"
    dialog.target_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT):
        click(qtbot, dialog.export_button)
    with zipfile.ZipFile(target) as archive:
        data = json.loads(archive.read("progress.json"))
    assert [a["question_id"] for a in data["attempts"]] == ["d1-x"]
    assert "notes" not in data["attempts"][0] and data["with_notes"] is False
    assert "Pack written" in window.statusBar().currentMessage()


def test_people_page_exports_one_named_pack_per_person(window, context, qtbot, tmp_path):
    page = window.pages["people"]
    window.tabs.setCurrentWidget(page)
    folder = tmp_path / "packs"
    page.packs.choose_folder = lambda: str(folder)
    click(qtbot, page.export_packs_button)
    qtbot.waitUntil(lambda: page.packs.runner is None and folder.exists() and any(folder.iterdir()), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "๓ preparation packs written" in page.status.text(), timeout=TIMEOUT)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{p.name}.sealpack" for p in context.store.people.list())


def test_send_my_progress_on_a_laptop(qtbot, tmp_path, store):
    """A laptop that imported its person's pack rehearses as them; "Send my progress" writes
    their progress pack, with their notes only when the box is ticked."""
    with Store.open(tmp_path / "secretariat.db") as secretariat:
        populate_secretariat(secretariat)
        malee = person_named(secretariat, "มาลี")
        pack = export_preparation(secretariat, tmp_path / "malee.sealpack", malee.id).path
    assert import_packs(store, [pack]).results[0].ok
    context = AppContext(store)
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.pages["rehearse"]
    window.tabs.setCurrentWidget(page)
    window.show()
    me = store.packs.me_person_id()
    assert page.setup.person.itemData(0) == me and page.setup.settings().person_id == me
    session = store.rehearsal.create_session(me, {})
    store.rehearsal.save_notes(store.rehearsal.open_attempt(session, me, "d1-x", 0, 60), "โน้ต")

    click(qtbot, page.setup.send_progress_button)
    qtbot.waitUntil(lambda: page.packs.export_dialog is not None and page.packs.export_dialog.isVisible())
    dialog = page.packs.export_dialog
    assert dialog.kind() == "progress" and dialog.person_id() == me
    assert not dialog.notes_check.isChecked()
    assert dialog.recordings_check.isVisible() and not dialog.recordings_check.isChecked()  # personal: off
    click(qtbot, dialog.notes_check)
    assert dialog.notes_check.isChecked()
    target = Path(dialog.target_edit.text())
    assert target.name.startswith("นางสาวมาลี รักเรียน") and target.suffix == ".sealpack"
    dialog.target_edit.setText(str(tmp_path / "sent.sealpack"))
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT):
        click(qtbot, dialog.export_button)
    with zipfile.ZipFile(tmp_path / "sent.sealpack") as archive:
        data = json.loads(archive.read("progress.json"))
    assert [a["notes"] for a in data["attempts"]] == ["โน้ต"]
    assert "recordings" not in data and not any(n.startswith("recordings/") for n in archive.namelist())
    QApplication.processEvents()


def test_the_pack_dialogs_speak_thai(window, context, qtbot):
    from sealprep.ui import i18n

    assert any(path.name == "sealprep_th_packs.qm" for path in i18n.set_language("th"))
    try:
        assert window.packs.import_action.text() == "&นำเข้าแพ็ก…"
        assert window.pages["people"].export_packs_button.text() == "ส่งออกแพ็กเตรียมความพร้อมให้ทุกคน…"
        dialog = window.packs.show_export("progress", person_named(context.store, "มาลี").id)
        assert dialog.windowTitle() == "ส่งออกแพ็ก" and dialog.notes_check.text().startswith("รวมบันทึก")
        dialog.close()
    finally:
        i18n.set_language("en")
