"""Recording settings: which microphone, whether recordings are kept, how many per question,
how much room they take, and deleting them all. Recordings never leave this laptop unless the
person ticks "include my recordings" when sending their progress."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.audio.library import RecordingLibrary, recordings_folder
from sealprep.core.operations.preferences import update_preferences
from sealprep.core.store import Store
from sealprep.ui.rehearsal.audio_status import current_audio_status, forget_audio_status


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


class RecordingSettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.library = RecordingLibrary(recordings_folder(store.path))
        prefs = store.preferences.load()
        self.setWindowTitle(self.tr("Recording settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.keep = QCheckBox(self.tr("Let me record my answers (kept on this laptop only)"))
        self.keep.setChecked(prefs.keep_recordings)
        self.microphone = QComboBox()
        self.microphone.addItem(self.tr("The system's default microphone"), "")
        forget_audio_status()
        status = current_audio_status()
        for microphone in status.microphones:
            self.microphone.addItem(microphone.name, microphone.name)
        index = self.microphone.findData(prefs.microphone)
        self.microphone.setCurrentIndex(max(0, index))
        self.status = QLabel(
            self.tr("Audio system: %1").replace("%1", status.backend)
            if status.available
            else self.tr("Recording is not available: %1.").replace("%1", status.reason)
        )
        self.status.setWordWrap(True)
        self.per_question = QSpinBox()
        self.per_question.setRange(1, 50)
        self.per_question.setValue(prefs.recordings_per_question)
        self.per_question.setSuffix(self.tr(" newest per question"))
        self.disk_use = QLabel()
        self.delete_all_button = QPushButton(self.tr("Delete all recordings…"))
        self.delete_all_button.clicked.connect(self.ask_delete_all)
        form.addRow("", self.keep)
        form.addRow(self.tr("Microphone"), self.microphone)
        form.addRow("", self.status)
        form.addRow(self.tr("Keep"), self.per_question)
        form.addRow(self.tr("Disk use"), self.disk_use)
        form.addRow("", self.delete_all_button)
        layout.addLayout(form)
        privacy = QLabel(
            self.tr(
                "Recordings stay on this laptop. They go into a progress pack only if you tick "
                "“Include my recordings” when you send your progress."
            )
        )
        privacy.setWordWrap(True)
        privacy.setStyleSheet("color: #4b5563;")
        layout.addWidget(privacy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_disk_use()

    def show_disk_use(self) -> None:
        count = len(self.library.all())
        self.disk_use.setText(
            self.tr("%1 recordings, %2").replace("%1", str(count)).replace("%2", megabytes(self.library.disk_use()))
        )
        self.delete_all_button.setEnabled(count > 0)

    def ask_delete_all(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete all recordings"),
            self.tr("Delete every recording on this laptop? This cannot be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.library.delete_all()
            self.show_disk_use()

    def accept(self) -> None:
        update_preferences(
            self.store,
            keep_recordings=self.keep.isChecked(),
            microphone=str(self.microphone.currentData() or ""),
            recordings_per_question=self.per_question.value(),
        )  # nothing on screen shows these, so there is nothing to announce
        super().accept()
