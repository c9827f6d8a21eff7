"""File → Print…: choose what to print and for whom, run the job on a worker thread with a
cancellable progress dialog, then open the PDF in the system viewer.

The job runs in a :class:`PrintWorker` on its own ``QThread`` with its own store connection
(``Store.open(store.path)``): a connection belongs to one thread, and the window stays
responsive while ReportLab works. ``PrintDialog.opener`` opens the result; tests replace it to
record the path instead of launching a viewer. The dialog is shown with ``open()`` (window-modal,
never blocking a test).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.preferences import MAX_BINDING_GUTTER_MM
from sealprep.core.secretariat.model import stored_id
from sealprep.core.store import Store
from sealprep.ui.app_context import AppContext
from sealprep.ui.settings import app_settings

LAST_FOLDER = "printing/last_folder"
translate = QCoreApplication.translate  # lupdate finds translate("PrintDialog", "PrintDialog", "text") calls


class PrintKind(StrEnum):
    SHEETS = "sheets"
    BOOKLET = "booklet"
    BANK = "bank"


@dataclass
class PrintRequest:
    """One job for the worker (Qt-free data): what, for whom, where, with which options."""

    kind: PrintKind
    target: Path  # a folder for sheets, a file otherwise
    person_ids: list[int] | None = None  # None: everyone to interview (booklet)
    with_rehearsal_notes: bool = False
    marking: str | None = None
    printed_on: date | None = None
    gutter_mm: int | None = None  # None: as the preferences say
    opened: list[Path] = field(default_factory=list)


def show_warnings(parent: QWidget, warnings: list[str]) -> None:
    """Tell the user what was printed differently from how it was written (a table too wide for
    the page printed as text), naming each question."""
    shown = warnings[:20] + ([f"… (+{len(warnings) - 20})"] if len(warnings) > 20 else [])
    QMessageBox.warning(
        parent,
        translate("PrintDialog", "Printed with changes"),
        translate("PrintDialog", "The PDF was written, but some content did not fit and was printed as text:")
        + "\n\n"
        + "\n".join(shown),
    )


def open_document(path: Path) -> bool:
    """Open a PDF (or a folder of them) in the system's viewer; False when none would open it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PrintWorker(QObject):
    """Runs a :class:`PrintRequest` on a worker thread; reports progress, result or failure."""

    progress = Signal(int, int)
    succeeded = Signal(list, list)  # written paths (str), warnings (what was not printed as written)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, store_path: str | Path, request: PrintRequest) -> None:
        super().__init__()
        self.store_path = store_path
        self.request = request
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        from sealprep.printing.jobs import PrintCancelled, PrintOptions, print_bank_book, print_booklet, print_sheets

        request = self.request
        options = PrintOptions(
            request.with_rehearsal_notes,
            request.marking,
            printed_on=request.printed_on,
            gutter_mm=request.gutter_mm,
        )
        report = self.progress.emit
        try:
            with Store.open(self.store_path) as store:
                if request.kind is PrintKind.SHEETS:
                    results = print_sheets(
                        store, request.person_ids or [], request.target, options, report, self._cancel.is_set
                    )
                elif request.kind is PrintKind.BOOKLET:
                    results = [
                        print_booklet(store, request.person_ids, request.target, options, report, self._cancel.is_set)
                    ]
                else:
                    results = [print_bank_book(store, request.target, options, report, self._cancel.is_set)]
        except PrintCancelled:
            self.cancelled.emit()
        except Exception as exc:
            self.failed.emit(
                f"{type(exc).__name__}: {exc}"
                if not isinstance(exc, OSError)
                else f"{exc.filename or ''} {exc.strerror or exc}".strip()
            )
        else:
            warnings = list(dict.fromkeys(w for result in results for w in result.warnings))
            self.succeeded.emit([str(result.path) for result in results], warnings)


class PrintDialog(QDialog):
    """What to print (sheets, booklet, bank book), for whom, with which options, and where."""

    finished_printing = Signal(list)  # the written paths, after they were opened

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        person_ids: list[int] | None = None,
        kind: PrintKind | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.opener = open_document
        self.warner = show_warnings
        self.setObjectName("printDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._thread: QThread | None = None
        self._worker: PrintWorker | None = None
        self._progress: QProgressDialog | None = None
        preferences = context.store.preferences.load()

        self.sheets_radio = QRadioButton()
        self.booklet_radio = QRadioButton()
        self.bank_radio = QRadioButton()
        self.kinds = QButtonGroup(self)
        for button, value in (
            (self.sheets_radio, PrintKind.SHEETS),
            (self.booklet_radio, PrintKind.BOOKLET),
            (self.bank_radio, PrintKind.BANK),
        ):
            self.kinds.addButton(button)
            button.setProperty("kind", value.value)
        self.everyone_check = QCheckBox()
        self.everyone_check.setChecked(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.people_list = QListWidget()
        self.people_list.setObjectName("printPeople")
        self.select_all_button = QPushButton()
        self.select_none_button = QPushButton()
        self.notes_check = QCheckBox()
        self.marking_edit = QLineEdit(preferences.document_marking)
        self.gutter_spin = QSpinBox()
        self.gutter_spin.setObjectName("printGutter")
        self.gutter_spin.setRange(0, MAX_BINDING_GUTTER_MM)
        self.gutter_spin.setValue(preferences.binding_gutter_mm)
        self.target_edit = QLineEdit()
        self.target_edit.setMinimumWidth(340)  # a whole path stays readable
        self.browse_button = QPushButton()
        self.status_label = QLabel()
        self.status_label.setObjectName("printStatus")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.print_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # after printing: where the PDF went, and a way to it even when no viewer opened by itself
        self.saved_path: Path | None = None
        self.open_button = QPushButton()
        self.open_folder_button = QPushButton()
        self.open_button.clicked.connect(lambda: self.saved_path and self.opener(self.saved_path))
        self.open_folder_button.clicked.connect(lambda: self.saved_path and self.opener(self._saved_folder()))
        self.done_bar = QWidget()
        self.done_bar.setObjectName("printDone")
        done = QHBoxLayout(self.done_bar)
        done.setContentsMargins(0, 0, 0, 0)
        done.addStretch(1)
        done.addWidget(self.open_button)
        done.addWidget(self.open_folder_button)
        self.done_bar.hide()

        self.what_box = QGroupBox()
        what = QVBoxLayout(self.what_box)
        for widget in (self.sheets_radio, self.booklet_radio, self.bank_radio):
            what.addWidget(widget)
        self.people_box = QGroupBox()
        people = QVBoxLayout(self.people_box)
        people.addWidget(self.everyone_check)
        people.addWidget(self.filter_edit)
        people.addWidget(self.people_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.select_all_button)
        row.addWidget(self.select_none_button)
        row.addStretch(1)
        people.addLayout(row)
        self.options_box = QGroupBox()
        options = QFormLayout(self.options_box)
        self.marking_label = QLabel()
        self.gutter_label = QLabel()
        self.target_label = QLabel()
        target = QHBoxLayout()
        target.addWidget(self.target_edit, 1)
        target.addWidget(self.browse_button)
        options.addRow(self.notes_check)
        options.addRow(self.marking_label, self.marking_edit)
        options.addRow(self.gutter_label, self.gutter_spin)
        options.addRow(self.target_label, target)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.what_box)
        top.addWidget(self.options_box, 1)
        layout.addLayout(top)
        layout.addWidget(self.people_box, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.done_bar)
        layout.addWidget(self.buttons)

        self._fill_people(set(person_ids or []))
        chosen = kind or (PrintKind.SHEETS if person_ids else PrintKind.BOOKLET)
        {PrintKind.SHEETS: self.sheets_radio, PrintKind.BOOKLET: self.booklet_radio, PrintKind.BANK: self.bank_radio}[
            chosen
        ].setChecked(True)
        if person_ids and chosen is PrintKind.BOOKLET:
            self.everyone_check.setChecked(False)

        self.kinds.buttonToggled.connect(lambda *_: self._kind_changed())
        self.everyone_check.toggled.connect(lambda *_: self._update_enabled())
        self.people_list.itemChanged.connect(lambda *_: self._update_enabled())
        self.filter_edit.textChanged.connect(self._filter_people)
        self.select_all_button.clicked.connect(lambda: self._check_all(True))
        self.select_none_button.clicked.connect(lambda: self._check_all(False))
        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._kind_changed()
        self.resize(880, 620)

    # -- people ------------------------------------------------------------------------------
    def _fill_people(self, checked: set[int]) -> None:
        store = self.context.store
        counts: dict[int, int] = {}
        for assignment in store.assignments.list():
            counts[assignment.person_id] = counts.get(assignment.person_id, 0) + 1
        for person in store.people.list():
            text = person.name + (f" — {person.agency}" if person.agency else "")
            item = QListWidgetItem(f"{text}  ({counts.get(stored_id(person.id), 0)})")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in checked else Qt.CheckState.Unchecked)
            self.people_list.addItem(item)

    def checked_person_ids(self) -> list[int]:
        return [
            self.people_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.people_list.count())
            if self.people_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, person_ids: list[int]) -> None:
        wanted = set(person_ids)
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
            )

    def _check_all(self, checked: bool) -> None:
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _filter_people(self, text: str) -> None:
        from sealprep.core.thai.text import search_form

        wanted = search_form(text).replace(" ", "")
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            item.setHidden(bool(wanted) and wanted not in search_form(item.text()).replace(" ", ""))

    # -- state -------------------------------------------------------------------------------
    def kind(self) -> PrintKind:
        button = self.kinds.checkedButton()
        return PrintKind(button.property("kind")) if button else PrintKind.BOOKLET

    def _kind_changed(self) -> None:
        self.target_edit.setText(str(self._default_target(self.kind())))
        self._update_enabled()
        self.retranslate()

    def _default_target(self, kind: PrintKind) -> Path:
        folder = Path(str(app_settings().value(LAST_FOLDER, "") or "")) if app_settings().value(LAST_FOLDER) else None
        if folder is None or not str(folder):
            documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
                Path.home()
            )
            folder = Path(documents) / "sealprep"
        today = date.today().isoformat()
        if kind is PrintKind.SHEETS:
            return folder
        if kind is PrintKind.BOOKLET:
            return folder / f"booklet-{today}.pdf"
        return folder / f"bank-reference-{today}.pdf"

    def _update_enabled(self) -> None:
        kind = self.kind()
        uses_people = kind is not PrintKind.BANK
        self.people_box.setEnabled(uses_people)
        self.everyone_check.setVisible(kind is PrintKind.BOOKLET)
        choose = kind is PrintKind.SHEETS or (kind is PrintKind.BOOKLET and not self.everyone_check.isChecked())
        for widget in (self.people_list, self.filter_edit, self.select_all_button, self.select_none_button):
            widget.setEnabled(uses_people and choose)
        self.notes_check.setEnabled(uses_people)
        ready = not choose or bool(self.checked_person_ids())
        self.print_button.setEnabled(ready and self._thread is None)

    def browse(self) -> None:
        """Choose the folder (sheets) or the file (booklet, bank book) to write."""
        current = self.target_edit.text()
        if self.kind() is PrintKind.SHEETS:
            chosen = QFileDialog.getExistingDirectory(
                self, translate("PrintDialog", "Choose a folder for the sheets"), current
            )
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("PrintDialog", "Save the PDF as"),
                current,
                translate("PrintDialog", "PDF files (*.pdf)"),
            )
            if chosen and not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
        if chosen:
            self.target_edit.setText(chosen)

    def request(self) -> PrintRequest:
        kind = self.kind()
        if kind is PrintKind.BANK:
            people = None
        elif kind is PrintKind.BOOKLET and self.everyone_check.isChecked():
            people = None
        else:
            people = self.checked_person_ids()
        target = Path(self.target_edit.text().strip()).expanduser()
        if kind is not PrintKind.SHEETS and target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        return PrintRequest(
            kind,
            target,
            people,
            self.notes_check.isChecked(),
            self.marking_edit.text(),
            gutter_mm=self.gutter_spin.value(),
        )

    # -- running -----------------------------------------------------------------------------
    def start(self) -> None:
        """Run the job on a worker thread with a progress dialog (does not block)."""
        if self._thread is not None:
            return
        request = self.request()
        if not str(request.target).strip() or request.target == Path("."):
            self.status_label.setText(translate("PrintDialog", "Choose where to save the PDF."))
            return
        folder = request.target if request.kind is PrintKind.SHEETS else request.target.parent
        app_settings().setValue(LAST_FOLDER, str(folder))
        self.status_label.setText(translate("PrintDialog", "Printing…"))
        self._progress = QProgressDialog(
            translate("PrintDialog", "Preparing the PDF…"), translate("PrintDialog", "Cancel"), 0, 100, self
        )
        self._progress.setObjectName("printProgress")
        self._progress.setWindowTitle(translate("PrintDialog", "Printing"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.setValue(0)
        self._thread = QThread(self)
        self._worker = PrintWorker(self.context.store.path, request)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._progress.canceled.connect(self.cancel)
        self._update_enabled()
        self._thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            if self._progress is not None:
                self._progress.setLabelText(translate("PrintDialog", "Cancelling…"))

    def is_running(self) -> bool:
        return self._thread is not None

    def _on_progress(self, done: int, total: int) -> None:
        # ``setValue`` on a shown window-modal QProgressDialog processes events: the worker's
        # ``succeeded``/``failed``/``cancelled`` can be delivered inside it, and ``_stop()`` then
        # closes the dialog. So the label is set first, ``setValue`` comes last, and nothing
        # touches the dialog after it.
        progress = self._progress
        if progress is None:
            return
        progress.setMaximum(max(1, total))
        progress.setLabelText(
            translate("PrintDialog", "Typesetting… %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )
        progress.setValue(done)

    def _stop(self) -> None:
        # Take every handle first, so a re-entrant call (events processed while closing) finds
        # nothing left to stop.
        progress, self._progress = self._progress, None
        thread, self._thread = self._thread, None
        worker, self._worker = self._worker, None
        if progress is not None:
            progress.canceled.disconnect(self.cancel)
            progress.close()
            progress.deleteLater()
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if worker is not None:
            worker.deleteLater()
        self._update_enabled()

    def _on_succeeded(self, paths: list[str], warnings: list[str]) -> None:
        request = self._worker.request if self._worker else None
        self._stop()
        if not paths:
            return
        saved = Path(paths[0]) if len(paths) == 1 else (request.target if request else Path(paths[0]).parent)
        self.saved_path = saved
        viewer = self.opener(saved)
        text = (
            translate("PrintDialog", "Saved to %1")
            if len(paths) == 1
            else translate("PrintDialog", "Saved %2 PDF files in %1").replace("%2", str(len(paths)))
        ).replace("%1", str(saved))
        if viewer is False:
            text += " " + translate("PrintDialog", "(no PDF viewer opened it: use Open or Open folder)")
        self.status_label.setText(text)
        if warnings:
            self.warner(self, warnings)
        self.done_bar.show()
        self.open_button.setVisible(saved.is_file())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("PrintDialog", "Close"))
        self.finished_printing.emit(paths)

    def _saved_folder(self) -> Path:
        saved = self.saved_path or Path()
        return saved if saved.is_dir() else saved.parent

    def _on_failed(self, message: str) -> None:
        self._stop()
        self.status_label.setText(translate("PrintDialog", "Could not print: %1").replace("%1", message))

    def _on_cancelled(self) -> None:
        self._stop()
        self.status_label.setText(translate("PrintDialog", "Printing was cancelled; no PDF was written."))

    def reject(self) -> None:
        if self._thread is not None:  # stop the job before the dialog goes
            self.cancel()
            self._thread.quit()
            self._thread.wait()
        super().reject()

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(translate("PrintDialog", "Print"))
        self.what_box.setTitle(translate("PrintDialog", "What to print"))
        self.sheets_radio.setText(translate("PrintDialog", "Briefing sheets (one PDF per person)"))
        self.booklet_radio.setText(translate("PrintDialog", "Booklet of briefing sheets (one PDF)"))
        self.bank_radio.setText(translate("PrintDialog", "Bank reference book"))
        self.people_box.setTitle(translate("PrintDialog", "People"))
        self.everyone_check.setText(translate("PrintDialog", "Everyone to interview"))
        self.filter_edit.setPlaceholderText(translate("PrintDialog", "Filter by name or agency…"))
        self.select_all_button.setText(translate("PrintDialog", "Select all"))
        self.select_none_button.setText(translate("PrintDialog", "Select none"))
        self.options_box.setTitle(translate("PrintDialog", "Options"))
        self.notes_check.setText(translate("PrintDialog", "Include the person's rehearsal notes"))
        self.marking_label.setText(translate("PrintDialog", "Page marking:"))
        self.marking_edit.setToolTip(
            translate("PrintDialog", "Printed in the footer of every page, e.g. เอกสารใช้ภายใน")
        )
        self.gutter_label.setText(translate("PrintDialog", "Binding gutter:"))
        self.gutter_spin.setSuffix(translate("PrintDialog", " mm"))
        self.gutter_spin.setSpecialValueText(translate("PrintDialog", "None"))
        self.gutter_spin.setToolTip(
            translate(
                "PrintDialog",
                "For double-sided printing that is bound or stapled: extra margin on the inner edge "
                "(left of odd pages, right of even pages); the text moves toward the outer edge",
            )
        )
        self.target_label.setText(
            translate("PrintDialog", "Save in folder:")
            if self.kind() is PrintKind.SHEETS
            else translate("PrintDialog", "Save as:")
        )
        self.browse_button.setText(translate("PrintDialog", "Browse…"))
        self.print_button.setText(translate("PrintDialog", "Print"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("PrintDialog", "Close") if self.saved_path else translate("PrintDialog", "Cancel")
        )
        self.open_button.setText(translate("PrintDialog", "Open"))
        self.open_folder_button.setText(translate("PrintDialog", "Open folder"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# -- entry points for the main window and the People page ----------------------------------------


class PrintAction(QAction):
    """File → Print… (Ctrl+P); retranslated by the window through :meth:`retranslate`."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("printAction")
        self.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(translate("PrintDialog", "&Print…"))
        self.setToolTip(translate("PrintDialog", "Print briefing sheets, a booklet or the bank reference book as PDF"))


class PrintSheetButton(QPushButton):
    """ "Print briefing sheet…" for the person shown in a profile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printSheetButton")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(translate("PrintDialog", "Print briefing sheet…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_print_dialog(
    context: AppContext,
    parent: QWidget | None = None,
    person_ids: list[int] | None = None,
    kind: PrintKind | None = None,
) -> PrintDialog:
    """Open the dialog window-modally (``open()``: it never blocks) and return it."""
    dialog = PrintDialog(context, parent, person_ids, kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
