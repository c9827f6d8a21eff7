"""Packs in the desktop app: File → Import pack… / Export pack…, "Export preparation packs for
everyone" (People page) and "Send my progress" (Rehearse page), with a summary after every import.

Every import and export runs in a :class:`PackWorker` on its own ``QThread`` with its own store
connection, so the window stays responsive; the core functions own their transaction. After an
import, ``AppContext.apply`` tells every view which data changed. Dialogs are shown with
``open()`` (window-modal, never blocking a test); file choosers are attributes tests replace.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.operations import Changes
from sealprep.core.packs import (
    SUFFIX,
    ImportReport,
    PackResult,
    export_preparation,
    export_preparation_for_everyone,
    export_progress,
    import_packs,
    safe_file_name,
)
from sealprep.core.store import Store
from sealprep.core.thai.dates import display_date
from sealprep.core.thai.text import to_thai_digits
from sealprep.ui.app_context import AppContext
from sealprep.ui.i18n import fill
from sealprep.ui.packs.reasons import reason_text
from sealprep.ui.settings import app_settings

LAST_FOLDER = "packs/last_folder"
translate = QCoreApplication.translate  # lupdate finds translate("Packs", "text") calls
log = logging.getLogger(__name__)


# -- the worker -------------------------------------------------------------------------------
@dataclass
class PackJob:
    """One job (Qt-free data): import files, or export one kind of pack."""

    action: str  # "import", "preparation", "progress" or "everyone"
    paths: list[Path] = field(default_factory=list)  # import: the files
    target: Path | None = None  # export: the file (the folder for "everyone")
    person_id: int | None = None
    with_notes: bool = False
    with_recordings: bool = False


def run_job(store_path: str | Path, job: PackJob) -> object:
    with Store.open(store_path) as store:
        if job.action == "import":
            return import_packs(store, job.paths)
        assert job.target is not None
        if job.action == "preparation":
            return export_preparation(store, job.target, job.person_id)
        if job.action == "progress":
            assert job.person_id is not None
            return export_progress(
                store, job.target, job.person_id, with_notes=job.with_notes, with_recordings=job.with_recordings
            )
        return export_preparation_for_everyone(store, job.target)


class PackWorker(QObject):
    succeeded = Signal(object)  # an ImportReport, an ExportResult or a list of them
    failed = Signal(str)

    def __init__(self, store_path: str | Path, job: PackJob) -> None:
        super().__init__()
        self.store_path = store_path
        self.job = job

    @Slot()
    def run(self) -> None:
        try:
            result = run_job(self.store_path, self.job)
        except OSError as exc:
            log.exception("pack job failed")
            self.failed.emit(f"{exc.filename or ''} {exc.strerror or exc}".strip())
        except Exception as exc:  # a user never sees a traceback: one sentence, details in the log
            log.exception("pack job failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)


class PackRunner(QObject):
    """Runs one job on a worker thread behind a busy progress dialog; ``done`` or ``failed``."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, context: AppContext, job: PackJob, parent: QWidget) -> None:
        super().__init__(parent)
        self.job = job
        self.running = True
        self.progress = QProgressDialog(parent)
        self.progress.setObjectName("packProgress")
        self.progress.setWindowTitle(translate("Packs", "Packs"))
        self.progress.setLabelText(
            translate("Packs", "Importing…") if job.action == "import" else translate("Packs", "Writing the pack…")
        )
        self.progress.setCancelButton(None)
        self.progress.setRange(0, 0)
        self.progress.setMinimumDuration(400)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.worker_thread = QThread(self)
        self.worker = PackWorker(context.store.path, job)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker_thread.start()

    def _stop(self) -> None:
        self.progress.close()
        self.progress.deleteLater()
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.worker.deleteLater()
        self.running = False

    def _succeeded(self, result: object) -> None:
        self._stop()
        self.done.emit(result)

    def _failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)


def _last_folder() -> Path:
    saved = app_settings().value(LAST_FOLDER, "")
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def _remember_folder(folder: Path) -> None:
    app_settings().setValue(LAST_FOLDER, str(folder))


def latest_progress_header() -> str:
    """The title of a readiness view's column with each person's latest progress pack."""
    return translate("Packs", "Latest progress")


def latest_progress_text(made: datetime | None, show_date: Callable[[date], str]) -> str:
    return show_date(made.astimezone().date()) if made else translate("Packs", "none yet")


# -- the import summary -----------------------------------------------------------------------
KIND_WORDS = {
    "person": lambda: translate("Packs", "people"),
    "assignment": lambda: translate("Packs", "assignments"),
    "assessor": lambda: translate("Packs", "assessors"),
    "session": lambda: translate("Packs", "interview sessions"),
    "rehearsal_session": lambda: translate("Packs", "rehearsals"),
    "attempt": lambda: translate("Packs", "questions rehearsed"),
}


def result_lines(result: PackResult, number: Callable[[int], str] = str) -> list[str]:
    """What one pack did, in the interface language, one line each."""
    if result.refused:
        reason = reason_text(*result.reason) if result.reason else result.refused
        return [fill(translate("Packs", "Refused, nothing changed: %1."), reason)]
    if result.already_imported:
        return [translate("Packs", "Already imported: nothing to do.")]
    lines = []
    for kind, tally in result.tallies.items():
        word = KIND_WORDS.get(kind, lambda k=kind: k)()
        if tally.added:
            lines.append(fill(translate("Packs", "New %1: %2"), word, number(tally.added)))
        if tally.updated:
            lines.append(fill(translate("Packs", "Updated %1: %2"), word, number(tally.updated)))
        if tally.removed:
            lines.append(
                fill(translate("Packs", "Removed %1 (removed at the secretariat): %2"), word, number(tally.removed))
            )
        if tally.kept:
            lines.append(
                fill(
                    translate("Packs", "Kept ours, which is newer (the pack's version is in history) — %1: %2"),
                    word,
                    number(tally.kept),
                )
            )
    if result.recordings:
        lines.append(fill(translate("Packs", "Recordings received: %1"), number(result.recordings)))
    if result.bank_questions is not None:
        lines.append(
            fill(translate("Packs", "The question bank was replaced: %1 questions."), number(result.bank_questions))
        )
    elif result.bank_kept:
        lines.append(translate("Packs", "The question bank was kept: ours is the same or newer."))
    if result.me:
        lines.append(fill(translate("Packs", "This laptop now rehearses as %1."), result.me))
    return lines or [translate("Packs", "Nothing new: everything in the pack was already here.")]


def summary_html(report: ImportReport, show_date: Callable[[date], str], number: Callable[[int], str] = str) -> str:
    parts = [
        "<p><b>"
        + escape(
            fill(
                translate("Packs", "%1 packs imported, %2 refused."),
                number(len(report.imported)),
                number(len(report.refused)),
            )
        )
        + "</b></p>"
    ]
    for result in report.results:
        kind = {
            "preparation": translate("Packs", "Preparation pack"),
            "progress": translate("Packs", "Progress pack"),
        }.get(result.kind or "", translate("Packs", "File"))
        about = f"{kind} — {result.person_name}" if result.person_name else kind
        if result.made_at is not None:
            about += " · " + fill(translate("Packs", "made %1"), show_date(result.made_at.astimezone().date()))
        colour = "#b91c1c" if result.refused else "#1b5e20"
        parts.append(
            f"<p><b style='color:{colour}'>{escape(result.path.name)}</b><br/>{escape(about)}<br/>"
            + "<br/>".join(escape(line) for line in result_lines(result, number))
            + "</p>"
        )
        if result.problems:
            parts.append("<pre>" + escape("\n".join(result.problems[:20])) + "</pre>")
    return "".join(parts)


class ImportSummaryDialog(QDialog):
    """After every import: what came in, what was kept, what was refused and why."""

    def __init__(
        self,
        report: ImportReport,
        show_date: Callable[[date], str],
        parent: QWidget | None = None,
        number: Callable[[int], str] = str,
    ):
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(translate("Packs", "Import summary"))
        self.report = report
        self.text = QTextBrowser()
        self.text.setObjectName("importSummaryText")
        self.text.setHtml(summary_html(report, show_date, number))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("Packs", "Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)


# -- export ----------------------------------------------------------------------------------
class ExportPackDialog(QDialog):
    """Export pack…: a preparation pack (everyone's, or one person's) or one person's progress,
    with the notes only when the box is ticked (off by default: notes are personal)."""

    exported = Signal(object)  # the ExportResult

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        kind: str = "preparation",
        person_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.runner: PackRunner | None = None
        self.choose_file: Callable[[str, str], str] = self._choose_file
        self.setObjectName("exportPackDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        store = context.store
        self.me = store.packs.me_person_id()

        self.preparation_radio = QRadioButton()
        self.preparation_radio.setObjectName("preparationRadio")
        self.progress_radio = QRadioButton()
        self.progress_radio.setObjectName("progressRadio")
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.preparation_radio)
        self.kinds.addButton(self.progress_radio)
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("packPerson")
        self.notes_check = QCheckBox()
        self.notes_check.setObjectName("withNotes")
        self.notes_check.setChecked(False)
        self.recordings_check = QCheckBox()
        self.recordings_check.setObjectName("withRecordings")
        self.recordings_check.setChecked(False)
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("packTarget")
        self.target_edit.setMinimumWidth(420)
        self.browse_button = QPushButton()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #4b5563;")
        self.status_label = QLabel()
        self.status_label.setObjectName("packStatus")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setObjectName("exportButton")

        kinds = QVBoxLayout()
        kinds.addWidget(self.preparation_radio)
        kinds.addWidget(self.progress_radio)
        form = QFormLayout()
        self.kind_label, self.person_label, self.target_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.kind_label, kinds)
        form.addRow(self.person_label, self.person_combo)
        form.addRow("", self.notes_check)
        form.addRow("", self.recordings_check)
        target = QHBoxLayout()
        target.addWidget(self.target_edit, 1)
        target.addWidget(self.browse_button)
        form.addRow(self.target_label, target)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        (self.progress_radio if kind == "progress" else self.preparation_radio).setChecked(True)
        self.retranslate()
        self._fill_people(person_id if person_id is not None else self.me)
        self.kinds.buttonToggled.connect(lambda *_: self._kind_changed())
        self.person_combo.currentIndexChanged.connect(lambda *_: self._suggest_target())
        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self._kind_changed()
        self.resize(760, 360)

    def kind(self) -> str:
        return "progress" if self.progress_radio.isChecked() else "preparation"

    def _fill_people(self, chosen: int | None) -> None:
        current = chosen if chosen is not None else self.person_combo.currentData()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        if self.kind() == "preparation":
            self.person_combo.addItem(translate("Packs", "Everyone"), None)
        for person in self.context.store.people.list():
            suffix = f"  ({translate('Packs', 'me')})" if person.id == self.me else ""
            self.person_combo.addItem(person.name + suffix, person.id)
        index = self.person_combo.findData(current)
        self.person_combo.setCurrentIndex(max(0, index))
        self.person_combo.blockSignals(False)

    def person_id(self) -> int | None:
        return self.person_combo.currentData()

    def _kind_changed(self) -> None:
        progress = self.kind() == "progress"
        self._fill_people(self.person_id())
        self.notes_check.setVisible(progress)
        self.recordings_check.setVisible(progress)
        if not progress:
            self.notes_check.setChecked(False)
            self.recordings_check.setChecked(False)
        if progress:
            self.hint.setText(
                translate(
                    "Packs",
                    "The progress pack holds your ratings, the key points you ticked and your rehearsal history. "
                    "Your notes stay on this laptop unless you tick the box.",
                )
            )
        else:
            self.hint.setText(
                translate(
                    "Packs",
                    "The preparation pack holds the question bank, the people, the assignments and the interview "
                    "sessions. A pack for one person also tells their laptop who they are.",
                )
            )
        self._suggest_target()
        self._update_enabled()

    def _suggest_target(self) -> None:
        person_id = self.person_id()
        person = self.context.store.people.get(person_id) if person_id is not None else None
        today = date.today().isoformat()
        if self.kind() == "progress":
            name = fill(translate("Packs", "%1 progress %2"), person.name if person else "", today)
        else:
            name = person.name if person else fill(translate("Packs", "preparation %1"), today)
        self.target_edit.setText(str(_last_folder() / safe_file_name(name)))
        self._update_enabled()

    def _update_enabled(self) -> None:
        ready = self.runner is None and bool(self.target_edit.text().strip())
        if self.kind() == "progress" and self.person_id() is None:
            ready = False
            self.status_label.setText(
                translate(
                    "Packs",
                    "No one is on this laptop's roster yet: import your preparation pack first, then send your progress.",
                )
            )
        else:
            self.status_label.setText("")
        self.export_button.setEnabled(ready)

    def _choose_file(self, title: str, start: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, title, start, translate("Packs", "sealprep packs (*.sealpack)")
        )
        return path

    def browse(self) -> None:
        path = self.choose_file(translate("Packs", "Save the pack as"), self.target_edit.text())
        if path:
            self.target_edit.setText(path if path.lower().endswith(SUFFIX) else path + SUFFIX)

    def job(self) -> PackJob:
        target = Path(self.target_edit.text().strip())
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        return PackJob(
            self.kind(),
            target=target,
            person_id=self.person_id(),
            with_notes=self.notes_check.isChecked(),
            with_recordings=self.recordings_check.isChecked(),
        )

    def start(self) -> None:
        if not self.export_button.isEnabled():
            return
        job = self.job()
        assert job.target is not None
        _remember_folder(job.target.parent)
        self.runner = PackRunner(self.context, job, self)
        self.runner.done.connect(self._done)
        self.runner.failed.connect(self._failed)
        self._update_enabled()

    def _done(self, result: object) -> None:
        self.runner = None
        self.exported.emit(result)
        self.accept()

    def _failed(self, message: str) -> None:
        self.runner = None
        self._update_enabled()
        self.status_label.setText(fill(translate("Packs", "The pack could not be written: %1"), message))

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Packs", "Export pack"))
        self.kind_label.setText(translate("Packs", "Kind of pack:"))
        self.preparation_radio.setText(translate("Packs", "Preparation pack (secretariat → laptop)"))
        self.progress_radio.setText(translate("Packs", "Progress pack (laptop → secretariat)"))
        self.person_label.setText(translate("Packs", "For:"))
        self.notes_check.setText(translate("Packs", "Include my rehearsal notes (they are personal)"))
        self.recordings_check.setText(translate("Packs", "Include my recordings (they are personal)"))
        self.target_label.setText(translate("Packs", "Save as:"))
        self.browse_button.setText(translate("Packs", "Browse…"))
        self.export_button.setText(translate("Packs", "Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Packs", "Cancel"))


# -- entry points -----------------------------------------------------------------------------
class PackActions(QObject):
    """File → Import pack… and Export pack…, and the other places packs start from. Owns the
    running jobs and the dialogs they open (kept as attributes, for tests)."""

    status = Signal(str)  # a one-line message for the status bar

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.import_action = QAction(parent)
        self.import_action.setObjectName("importPackAction")
        self.import_action.triggered.connect(lambda: self.import_packs())
        self.export_action = QAction(parent)
        self.export_action.setObjectName("exportPackAction")
        self.export_action.triggered.connect(lambda: self.show_export())
        self.runner: PackRunner | None = None
        self.summary: ImportSummaryDialog | None = None
        self.export_dialog: ExportPackDialog | None = None
        self.choose_files: Callable[[], list[str]] = self._choose_files
        self.choose_folder: Callable[[], str] = self._choose_folder
        self.show_date: Callable[[date], str] = self._show_date
        self.status.connect(self._show_status)
        self.retranslate()

    def retranslate(self) -> None:
        self.import_action.setText(translate("Packs", "&Import pack…"))
        self.import_action.setToolTip(
            translate("Packs", "Import preparation or progress packs (select several at once)")
        )
        self.export_action.setText(translate("Packs", "E&xport pack…"))
        self.export_action.setToolTip(translate("Packs", "Write a preparation pack or a progress pack"))

    def _show_date(self, day: date) -> str:
        prefs = self.context.store.preferences.load()
        return display_date(day, prefs.language, prefs.digits)

    def show_number(self, value: int) -> str:
        prefs = self.context.store.preferences.load()
        return to_thai_digits(str(value)) if prefs.language == "th" and prefs.digits == "thai" else str(value)

    def _show_status(self, text: str) -> None:
        window = self.window.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15000)

    def _choose_files(self) -> list[str]:
        paths, _filter = QFileDialog.getOpenFileNames(
            self.window,
            translate("Packs", "Import packs"),
            str(_last_folder()),
            translate("Packs", "sealprep packs (*.sealpack);;All files (*)"),
        )
        return paths

    def _choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self.window, translate("Packs", "Choose a folder for the preparation packs"), str(_last_folder())
        )

    # -- import -------------------------------------------------------------------------------
    def import_packs(self, paths: list[str | Path] | None = None) -> PackRunner | None:
        chosen = [Path(p) for p in (paths if paths is not None else self.choose_files())]
        if not chosen or self.runner is not None:
            return None
        _remember_folder(chosen[0].parent if chosen[0].is_file() else chosen[0])
        self.runner = PackRunner(self.context, PackJob("import", paths=chosen), self.window)
        self.runner.done.connect(self._imported)
        self.runner.failed.connect(self._failed)
        return self.runner

    def _imported(self, report: ImportReport) -> None:
        self.runner = None
        self.context.apply(Changes.of(report.changes))
        self.summary = ImportSummaryDialog(report, self.show_date, self.window, self.show_number)
        self.summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary.destroyed.connect(lambda *_: setattr(self, "summary", None))
        self.summary.open()
        self.status.emit(
            fill(
                translate("Packs", "%1 packs imported, %2 refused."),
                self.show_number(len(report.imported)),
                self.show_number(len(report.refused)),
            )
        )

    def _failed(self, message: str) -> None:
        self.runner = None
        self.status.emit(fill(translate("Packs", "The packs could not be imported: %1"), message))

    # -- export -------------------------------------------------------------------------------
    def show_export(self, kind: str = "preparation", person_id: int | None = None) -> ExportPackDialog:
        dialog = ExportPackDialog(self.context, self.window, kind, person_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(
            lambda result: self.status.emit(fill(translate("Packs", "Pack written: %1"), result.path))
        )
        dialog.destroyed.connect(lambda *_: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def send_progress(self) -> ExportPackDialog:
        """The rehearsal area's "Send my progress": a progress pack for this laptop's person."""
        return self.show_export("progress", self.context.store.packs.me_person_id())

    def export_everyone(self, folder: str | None = None) -> PackRunner | None:
        """One preparation pack per person, each named after them, into a folder."""
        chosen = folder if folder is not None else self.choose_folder()
        if not chosen or self.runner is not None:
            return None
        _remember_folder(Path(chosen))
        self.runner = PackRunner(self.context, PackJob("everyone", target=Path(chosen)), self.window)
        self.runner.done.connect(lambda results: self._exported_everyone(results, Path(chosen)))
        self.runner.failed.connect(self._failed_export)
        return self.runner

    def _exported_everyone(self, results: list, folder: Path) -> None:
        self.runner = None
        self.status.emit(
            fill(translate("Packs", "%1 preparation packs written to %2"), self.show_number(len(results)), folder)
        )

    def _failed_export(self, message: str) -> None:
        self.runner = None
        self.status.emit(fill(translate("Packs", "The pack could not be written: %1"), message))


class PackButton(QPushButton):
    """A button whose text comes from the packs translations: "Send my progress…" or "Export
    preparation packs for everyone…"."""

    TEXTS = {
        "send_progress": lambda: translate("Packs", "Send my progress…"),
        "export_everyone": lambda: translate("Packs", "Export preparation packs for everyone…"),
    }

    def __init__(self, which: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.which = which
        self.setObjectName(f"{which}Button")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.TEXTS[self.which]())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
