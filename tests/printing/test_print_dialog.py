"""The Print… dialog driven with pytest-qt: jobs run on a worker thread, the result is opened
(recorded here), cancelling writes nothing; the main window's File → Print… and the People
page's button open it."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from print_documents import outline

from sealprep.core.bank.service import import_folder
from sealprep.core.secretariat.people import Person
from sealprep.ui.app_context import AppContext
from sealprep.ui.printing import PrintDialog, PrintKind, PrintWorker
from sealprep.ui.printing.print_dialog import PrintRequest

TIMEOUT = 30_000


@pytest.fixture
def context(store, bank_dir):
    import_folder(store, bank_dir)
    first = store.people.save(Person("นางสาวทดลอง ใจดี", agency="สยป."))
    second = store.people.save(Person("นายสมมติ ตัวอย่าง", agency="สนศ."))
    store.people.save(Person("นางเลขา ประสานงาน", role="secretariat"))
    store.assignments.set(first.id, "d1-pads", "primary")
    store.assignments.set(second.id, "d3-harassment", "backup")
    return AppContext(store)


def _people(context) -> dict[str, int]:
    return {p.name: p.id for p in context.store.people.list()}


def _dialog(context, qtbot, **kwargs) -> tuple[PrintDialog, list[Path]]:
    dialog = PrintDialog(context, **kwargs)
    qtbot.addWidget(dialog)
    opened: list[Path] = []
    dialog.opener = opened.append
    return dialog, opened


def test_a_booklet_for_everyone_is_written_on_a_worker_and_opened(context, qtbot, tmp_path):
    dialog, opened = _dialog(context, qtbot)
    assert dialog.kind() is PrintKind.BOOKLET and dialog.everyone_check.isChecked()
    assert dialog.marking_edit.text() == "เอกสารใช้ภายใน"
    target = tmp_path / "out" / "booklet"
    dialog.target_edit.setText(str(target))
    progress: list[tuple[int, int]] = []
    with qtbot.waitSignal(dialog.finished_printing, timeout=TIMEOUT) as finished:
        dialog.start()
        assert dialog.is_running()
        dialog._worker.progress.connect(lambda d, t: progress.append((d, t)))
    written = Path(finished.args[0][0])
    assert written == target.with_name("booklet.pdf") and opened == [written]
    titles = [entry.title for entry in outline(written) if entry.level == 0]
    assert titles[1:] == ["นางสาวทดลอง ใจดี", "นายสมมติ ตัวอย่าง"]
    assert not dialog.is_running()
    assert dialog.status_label.text() == f"Saved to {written}" and dialog.done_bar.isVisibleTo(dialog)


def test_sheets_for_the_checked_people_go_into_a_folder(context, qtbot, tmp_path):
    ids = _people(context)
    dialog, opened = _dialog(context, qtbot, person_ids=[ids["นายสมมติ ตัวอย่าง"]])
    assert dialog.kind() is PrintKind.SHEETS
    assert dialog.checked_person_ids() == [ids["นายสมมติ ตัวอย่าง"]]
    dialog.set_checked([ids["นายสมมติ ตัวอย่าง"], ids["นางเลขา ประสานงาน"]])
    dialog.target_edit.setText(str(tmp_path))
    dialog.marking_edit.setText("ลับมาก")
    with qtbot.waitSignal(dialog.finished_printing, timeout=TIMEOUT) as finished:
        dialog.start()
    paths = sorted(Path(p).name for p in finished.args[0])
    assert paths == sorted(
        [
            f"briefing-{ids['นายสมมติ ตัวอย่าง']}-นายสมมติ-ตัวอย่าง.pdf",
            f"briefing-{ids['นางเลขา ประสานงาน']}-นางเลขา-ประสานงาน.pdf",
        ]
    )
    assert opened == [tmp_path]  # several sheets: the folder opens
    footer = pypdf.PdfReader(tmp_path / paths[0]).pages[0].extract_text()
    assert "ลับมาก" in footer


def test_the_binding_gutter_starts_at_the_preference_and_moves_the_text(context, qtbot, tmp_path):
    import pymupdf
    from PySide6.QtCore import Qt

    from sealprep.printing.jobs import PrintOptions, print_booklet

    preferences = context.store.preferences.load()
    preferences.binding_gutter_mm = 4
    context.store.preferences.save(preferences)
    dialog, _ = _dialog(context, qtbot)
    assert dialog.gutter_spin.value() == 4 and dialog.gutter_spin.maximum() == 12
    dialog.gutter_spin.selectAll()
    qtbot.keyClicks(dialog.gutter_spin, "10")
    qtbot.keyClick(dialog.gutter_spin, Qt.Key.Key_Tab)
    assert dialog.gutter_spin.value() == 10
    dialog.target_edit.setText(str(tmp_path / "booklet.pdf"))
    with qtbot.waitSignal(dialog.finished_printing, timeout=TIMEOUT):
        dialog.start()
    plain = print_booklet(context.store, None, tmp_path / "plain.pdf", PrintOptions(gutter_mm=0)).path

    def left_edges(path: Path) -> list[float]:
        with pymupdf.open(path) as document:
            return [min(w[0] for w in page.get_text("words")) for page in document]

    moved = [
        after - before for before, after in zip(left_edges(plain), left_edges(tmp_path / "booklet.pdf"), strict=True)
    ]
    assert moved[0] == pytest.approx(10 * 72 / 25.4, abs=0.3)  # odd page: toward the right
    assert moved[1] == pytest.approx(-10 * 72 / 25.4, abs=0.3)  # even page: toward the left


def test_no_person_checked_means_nothing_to_print(context, qtbot):
    dialog, _ = _dialog(context, qtbot, kind=PrintKind.SHEETS)
    assert not dialog.print_button.isEnabled()
    dialog.people_list.item(0).setCheckState(dialog.people_list.item(0).checkState().Checked)
    assert dialog.print_button.isEnabled()
    dialog.bank_radio.setChecked(True)
    assert dialog.print_button.isEnabled() and not dialog.people_box.isEnabled()
    assert dialog.target_edit.text().endswith(".pdf") and "bank-reference" in dialog.target_edit.text()


def test_the_bank_book_from_the_dialog(context, qtbot, tmp_path):
    dialog, opened = _dialog(context, qtbot, kind=PrintKind.BANK)
    dialog.target_edit.setText(str(tmp_path / "bank.pdf"))
    with qtbot.waitSignal(dialog.finished_printing, timeout=TIMEOUT):
        dialog.start()
    assert opened == [tmp_path / "bank.pdf"] and (tmp_path / "bank.pdf").stat().st_size > 10_000


def test_cancelling_writes_nothing_and_says_so(context, qtbot, tmp_path):
    dialog, opened = _dialog(context, qtbot)
    target = tmp_path / "booklet.pdf"
    dialog.target_edit.setText(str(target))
    dialog.start()
    dialog.cancel()  # before the worker's first check
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=TIMEOUT)
    assert opened == [] and not target.exists()
    assert "cancelled" in dialog.status_label.text()
    assert dialog.print_button.isEnabled()


def test_a_worker_reports_failure_instead_of_crashing(context, qtbot, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    worker = PrintWorker(context.store.path, PrintRequest(PrintKind.BANK, blocker / "bank.pdf"))
    with qtbot.waitSignal(worker.failed, timeout=TIMEOUT) as failed:
        worker.run()
    assert "file" in failed.args[0]


def test_file_print_in_the_main_window_opens_the_dialog(context, qtbot):
    from sealprep.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    assert window.print_action in window.file_menu.actions()
    window.print_action.trigger()
    dialog = window.print_dialog
    assert isinstance(dialog, PrintDialog) and dialog.isVisible()
    dialog.reject()


def test_the_people_page_prints_the_shown_persons_sheet(context, qtbot):
    from sealprep.ui.secretariat.people_page import PeoplePage

    ids = _people(context)
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.select_person(None)
    assert not page.profile.print_button.isEnabled()
    page.select_person(ids["นางสาวทดลอง ใจดี"])
    assert page.profile.print_button.isEnabled()
    page.profile.print_button.click()
    dialog = page.print_dialog
    assert dialog.kind() is PrintKind.SHEETS and dialog.checked_person_ids() == [ids["นางสาวทดลอง ใจดี"]]
    dialog.reject()


def test_thai_translation_covers_the_dialog(context, qtbot):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from sealprep.ui import i18n

    qm = i18n.translations_dir() / "sealprep_th_printing.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        dialog, _ = _dialog(context, qtbot)
        dialog.retranslate()
        assert dialog.windowTitle() == "พิมพ์"
        assert dialog.booklet_radio.text() != "Booklet of briefing sheets (one PDF)"
        assert dialog.gutter_label.text() == "ระยะเว้นขอบเย็บเล่ม:"
        assert dialog.gutter_spin.suffix() == " มม." and dialog.gutter_spin.specialValueText() == "ไม่เว้น"
    finally:
        QCoreApplication.removeTranslator(translator)


class _NestingDialog(PrintDialog):
    """Records how deep in ``_on_progress`` the worker's result arrived."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.depth = 0
        self.finished_at_depth: list[int] = []

    def _on_progress(self, done: int, total: int) -> None:
        self.depth += 1
        try:
            super()._on_progress(done, total)
        finally:
            self.depth -= 1

    def _on_succeeded(self, paths: list[str], warnings: list[str]) -> None:
        self.finished_at_depth.append(self.depth)
        super()._on_succeeded(paths, warnings)


@pytest.mark.parametrize("kind", [PrintKind.BOOKLET, PrintKind.BANK])
def test_the_job_finishing_while_the_progress_dialog_processes_events(context, qtbot, tmp_path, kind):
    """The case that used to fail at random: ``setValue`` on the shown window-modal progress
    dialog processes events, the worker's ``succeeded`` is delivered inside it and closes the
    progress dialog, and ``_on_progress`` must not touch it afterwards. Made deterministic: the
    GUI thread waits until the worker has emitted everything, so all of its signals are queued
    when the first ``setValue`` processes events."""
    import threading

    from PySide6.QtCore import Qt

    dialog = _NestingDialog(context, kind=kind)
    qtbot.addWidget(dialog)
    opened: list[Path] = []
    dialog.opener = lambda path: opened.append(path) or True  # a viewer opened it
    target = tmp_path / f"{kind.value}.pdf"
    dialog.target_edit.setText(str(target))
    done = threading.Event()
    dialog.start()
    dialog._worker.succeeded.connect(lambda *_result: done.set(), Qt.ConnectionType.DirectConnection)
    dialog._progress.forceShow()  # shown: every setValue now processes events
    assert done.wait(TIMEOUT / 1000), "the worker did not finish"
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=TIMEOUT)
    assert dialog.finished_at_depth == [1]  # delivered inside _on_progress's setValue
    assert opened == [target] and target.stat().st_size > 10_000


def test_when_no_viewer_opens_the_dialog_says_where_the_pdf_went(context, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    dialog = PrintDialog(context, kind=PrintKind.BANK)
    qtbot.addWidget(dialog)
    asked: list[Path] = []
    dialog.opener = lambda path: asked.append(path) or False  # no PDF viewer on this laptop
    target = tmp_path / "books" / "bank.pdf"
    dialog.target_edit.setText(str(target))
    with qtbot.waitSignal(dialog.finished_printing, timeout=TIMEOUT):
        dialog.start()
    dialog.show()  # (shown once the job is done: the progress handling is another test's subject)
    qtbot.waitExposed(dialog)
    assert dialog.done_bar.isVisible() and str(target) in dialog.status_label.text()
    assert "no PDF viewer opened it" in dialog.status_label.text()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "Close"
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert asked == [target, target, target.parent]


def test_people_are_checked_with_the_mouse(context, qtbot):
    from PySide6.QtCore import Qt

    from clicks import click_check_box

    dialog, _ = _dialog(context, qtbot, kind=PrintKind.SHEETS)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.print_button.isEnabled()
    item = dialog.people_list.item(0)
    click_check_box(qtbot, dialog.people_list, dialog.people_list.indexFromItem(item))
    assert item.checkState() == item.checkState().Checked and dialog.print_button.isEnabled()
    assert dialog.checked_person_ids() == [item.data(Qt.ItemDataRole.UserRole)]
