"""Panel mode: the window a colleague playing the assessor reads from, ideally on a second screen.

It shows the question (both languages, as a real panel asks in English with a Thai interpreter),
the clocks, every agency's suggested answer and the key points as a checklist to tick while
listening; the ticks are the attempt's coverage. The assessor rates the answer and may write
feedback into the same notes the rehearser sees afterwards. It shares the session with the
rehearser's screen through one ``RehearsalController``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from sealprep.core.bank.model import Agency, Framework
from sealprep.ui.rehearsal.controller import RehearsalController
from sealprep.ui.rehearsal.keys import Action
from sealprep.ui.rehearsal.labels import minutes_seconds
from sealprep.ui.rehearsal.presenter import (
    context_text,
    position_text,
)
from sealprep.ui.rehearsal.recording_widgets import RECORDING_COLOUR, level_meter
from sealprep.ui.rehearsal.rehearsal_screen import KeyedWindowMixin, _heading
from sealprep.ui.rehearsal.widgets import (
    AnswersView,
    ClockFace,
    FittedText,
    KeyPointsChecklist,
    NotesEditor,
    RatingBar,
    quiet_scroll_area,
)


class AssessorWindow(KeyedWindowMixin, QWidget):
    full_screen_requested = Signal()
    panel_requested = Signal()  # A in this window closes panel mode
    closed = Signal()

    def __init__(self, controller: RehearsalController, agencies: dict[str, Agency], framework: Framework):
        super().__init__(None)  # a top-level window of its own
        self.controller = controller
        self.agencies = agencies
        self.framework = framework
        self._shown_question: str | None = None
        self.setObjectName("assessorWindow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._setup_keys()
        self._build()
        controller.changed.connect(self.refresh)
        controller.ticked.connect(self.update_clocks)
        controller.recording_changed.connect(self.show_recording)
        self.full_screen_requested.connect(self._toggle_full_screen)
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        header = QHBoxLayout()
        self.role_label = _heading()
        self.role_label.setStyleSheet("color: white; background: #1f2937; border-radius: 4px; padding: 2px 8px;")
        self.position_label = _heading()
        self.context_label = QLabel()
        self.context_label.setStyleSheet("color: #4b5563;")
        self.countdown = ClockFace(30)
        self.session_clock = ClockFace(14)
        header.addWidget(self.role_label)
        header.addSpacing(8)
        header.addWidget(self.position_label)
        header.addSpacing(12)
        header.addWidget(self.context_label, 1)
        header.addWidget(self.session_clock)
        header.addSpacing(16)
        header.addWidget(self.countdown)
        outer.addLayout(header)

        self.question_text = FittedText(max_points=22, min_points=12, bold=True)
        self.english_text = FittedText(max_points=18, min_points=11)
        self.english_text.setColour("#1e3a8a")
        self.question_text.setMinimumHeight(60)
        outer.addWidget(self.question_text, 2)
        outer.addWidget(self.english_text, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        answers_box = QWidget()
        answers_layout = QVBoxLayout(answers_box)
        answers_layout.setContentsMargins(0, 0, 0, 0)
        self.answers_title = _heading()
        self.answers = AnswersView(points=13)
        answers_layout.addWidget(self.answers_title)
        answers_layout.addWidget(self.answers)
        splitter.addWidget(answers_box)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.points_title = _heading()
        self.key_points = KeyPointsChecklist(self.controller, points=14)
        scroll = quiet_scroll_area(self.key_points)
        self.rating_title = _heading()
        self.rating = RatingBar(self.controller)
        self.notes_title = _heading()
        self.notes = NotesEditor(self.controller)
        self.notes.left.connect(self.setFocus)
        side_layout.addWidget(self.points_title)
        side_layout.addWidget(scroll, 3)
        side_layout.addWidget(self.rating_title)
        side_layout.addWidget(self.rating)
        side_layout.addWidget(self.notes_title)
        side_layout.addWidget(self.notes, 2)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 6)

        buttons = QHBoxLayout()
        self.buttons: dict[Action, QPushButton] = {}
        for action in (Action.PREVIOUS, Action.PAUSE, Action.SKIP, Action.NEXT):
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, a=action: self.perform(a))
            buttons.addWidget(button)
            self.buttons[action] = button
        self.record_button = QPushButton()
        self.record_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.record_button.clicked.connect(self.record)
        self.level_meter = level_meter()
        self.record_time = QLabel()
        self.record_time.setStyleSheet(f"color: {RECORDING_COLOUR};")
        buttons.addSpacing(12)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.level_meter)
        buttons.addWidget(self.record_time)
        buttons.addStretch(1)
        self.status_label = _heading()
        buttons.addWidget(self.status_label)
        outer.addLayout(buttons)
        self.shortcuts = QLabel()
        self.shortcuts.setStyleSheet("color: #4b5563;")
        self.shortcuts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.shortcuts)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assessor — sealprep panel mode"))
        self.role_label.setText(self.tr("ASSESSOR"))
        self.answers_title.setText(self.tr("Suggested answers"))
        self.points_title.setText(self.tr("Key points: tick each one you hear"))
        self.rating_title.setText(self.tr("Rating"))
        self.notes_title.setText(self.tr("Feedback notes"))
        self.notes.setPlaceholderText(
            self.tr("What was missing, what to say differently…\nN: type here.  Esc: back to the keys.")
        )
        names = {
            Action.PREVIOUS: self.tr("◀ Previous"),
            Action.PAUSE: self.tr("Pause"),
            Action.SKIP: self.tr("Skip"),
            Action.NEXT: self.tr("Next ▶"),
        }
        for action, name in names.items():
            self.buttons[action].setText(name)
        self.shortcuts.setText(
            self.tr(
                "1–4 rate  ·  Ctrl+1–9 key points  ·  ← → previous / next  ·  S skip  ·  P pause  ·  N notes  ·  R record the session  ·  F11 full screen  ·  Esc Esc end"
            )
        )
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        session = self.controller.session
        if session.finished:
            return
        item = session.item
        question = item.question
        self.question_text.setText(question.question_th)
        self.english_text.setText(question.question_en)
        self.english_text.setVisible(bool(question.question_en.strip()))
        self.position_label.setText(position_text(session))
        self.context_label.setText(context_text(self.framework, session))
        if question.id != self._shown_question:
            self._shown_question = question.id
            self.answers.show_question(question, self.agencies)
        self.show_moves()

    # -- recording the whole session ------------------------------------------------------------
    def record(self) -> None:
        self.controller.toggle_panel_recording()

    def show_recording(self) -> None:
        c = self.controller
        on = c.recording_panel
        self.record_button.setText(self.tr("■ Stop recording the session") if on else self.tr("● Record the session"))
        self.record_button.setStyleSheet(f"color: {RECORDING_COLOUR}; font-weight: bold;" if on else "")
        self.record_button.setEnabled(c.can_record)
        self.record_button.setToolTip(
            c.recording_unavailable
            or self.tr("Record the whole session on this laptop; each question's stretch is marked for replay.")
        )
        self.level_meter.setVisible(on)
        self.record_time.setVisible(on)
        self._show_level()

    def _show_level(self) -> None:
        c = self.controller
        if c.recording_panel and c.recorder is not None and c.recorder.panel is not None:
            self.level_meter.setValue(int(c.recorder.level * 100))
            self.record_time.setText(minutes_seconds(c.recorder.panel.seconds))

    def focus_notes(self) -> None:
        self.notes.setFocus()

    def place(self, avoid: QWidget | None = None) -> None:
        """Show on a screen other than ``avoid``'s when there is one (maximised there), else
        beside it at a comfortable size."""
        screens = QGuiApplication.screens()
        current = avoid.screen() if avoid is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not current]
        if others:
            target = others[0]
            self.setScreen(target)
            self.move(target.availableGeometry().topLeft())
            self.showMaximized()
        else:
            self.resize(1100, 760)
            self.show()
        self.raise_()
        self.activateWindow()

    def _toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.flush_notes()
        self.closed.emit()
        super().closeEvent(event)
