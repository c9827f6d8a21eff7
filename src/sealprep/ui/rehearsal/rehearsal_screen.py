"""The rehearser's screen: the question in large type, the countdown, notes, and after "Reveal"
the suggested answers, key points and the rating. In panel mode it shows only the question and
the clocks (the assessor's window has the rest).

Every action has a key (see ``keys.py``); the keys are listed along the bottom of the screen.
"""

from __future__ import annotations

from dataclasses import astuple
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.bank.model import Agency, Framework, Question
from sealprep.ui.fonts import UI_FAMILY
from sealprep.ui.rehearsal.controller import RehearsalController
from sealprep.ui.rehearsal.keys import Action, action_for_event, key_point_for_event
from sealprep.ui.rehearsal.labels import minutes_seconds
from sealprep.ui.rehearsal.presenter import (
    context_text,
    countdown_face,
    next_label,
    pause_label,
    position_text,
    session_clock_face,
    status_face,
)
from sealprep.ui.rehearsal.recording_widgets import RECORDING_COLOUR, level_meter
from sealprep.ui.rehearsal.widgets import (
    AnswersView,
    ClockFace,
    FittedText,
    KeyPointsChecklist,
    NotesEditor,
    RatingBar,
    quiet_scroll_area,
)

END_CONFIRM_MS = 4000


def prompt_texts(question: Question, language: str) -> tuple[str, str]:
    """(main, secondary) wording for the prompt language: th, en or both (Thai first)."""
    english = question.question_en.strip()
    if language == "en":
        return (english or question.question_th, "")
    if language == "both":
        return (question.question_th, english)
    return (question.question_th, "")


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(UI_FAMILY)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _heading() -> QLabel:
    """A bold section title; its text is set when the window is (re)translated."""
    label = QLabel()
    label.setFont(_font(12, bold=True))
    return label


if TYPE_CHECKING:
    _MixinBase = QWidget  # the mixin is only ever mixed into a QWidget
else:
    _MixinBase = object


class KeyedWindowMixin(_MixinBase):
    """Key handling shared by the rehearser's screen and the assessor's window: one press of Esc
    asks for a second one (no modal dialog), so the session never ends by accident."""

    controller: RehearsalController
    countdown: ClockFace
    session_clock: ClockFace
    status_label: QLabel
    buttons: dict[Action, QPushButton]
    full_screen_requested: Signal
    panel_requested: Signal

    def _setup_keys(self) -> None:
        self._end_armed = False
        self._disarm = QTimer(self, singleShot=True, interval=END_CONFIRM_MS)
        self._disarm.timeout.connect(self._disarm_end)

    def perform(self, action: Action) -> None:
        """Do what a key (or a button) asks for."""
        c = self.controller
        if action is not Action.END and self._end_armed:
            self._disarm_end()
        if action is Action.END:
            if self._end_armed:
                self._disarm_end()
                c.end()
            else:
                self._end_armed = True
                self._disarm.start()
                self._show_status()
        elif action is Action.REVEAL:
            c.reveal()
        elif action.rating is not None:
            c.rate(action.rating)
        elif action is Action.NEXT:
            c.next()
        elif action is Action.PREVIOUS:
            c.previous()
        elif action is Action.SKIP:
            c.skip()
        elif action is Action.PAUSE:
            c.toggle_pause()
        elif action is Action.NOTES:
            self.focus_notes()
        elif action is Action.FULL_SCREEN:
            self.full_screen_requested.emit()
        elif action is Action.PANEL:
            self.panel_requested.emit()
        elif action is Action.RECORD:
            self.record()

    def record(self) -> None:
        """R: the rehearser's screen records the answer; the assessor's window the whole session."""

    def _disarm_end(self) -> None:
        self._end_armed = False
        self._disarm.stop()
        self._show_status()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.controller.session.finished:
            super().keyPressEvent(event)
            return
        point = key_point_for_event(event)
        if point is not None:
            event.accept()
            self.toggle_key_point(point)
            return
        action = action_for_event(event)
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self.perform(action)

    def toggle_key_point(self, position: int) -> None:
        """Ctrl+1-9: tick or untick a key point, once the answers are on screen."""
        session = self.controller.session
        item = session.item
        if position < len(item.question.key_points) and self.key_points_visible():
            self.controller.set_key_point(position, position not in item.covered)

    def key_points_visible(self) -> bool:
        return True

    def focus_notes(self) -> None:
        pass

    # -- what both windows show alike (the rules are in presenter.py) ------------------------
    def show_moves(self) -> None:
        """The Previous / Next / Pause buttons, the recording controls and the clocks."""
        session = self.controller.session
        self.buttons[Action.PREVIOUS].setEnabled(not session.is_first)
        self.buttons[Action.NEXT].setText(next_label(session))
        self.buttons[Action.PAUSE].setText(pause_label(session))
        self.show_recording()
        self.update_clocks()

    def show_recording(self) -> None:
        """The window's recording controls."""

    def update_clocks(self) -> None:
        session = self.controller.session
        if session.finished:
            return
        self.countdown.show_time(*astuple(countdown_face(session)))
        self.session_clock.show_time(*astuple(session_clock_face(session)))
        self._show_level()
        self._show_status()

    def _show_status(self) -> None:
        session = self.controller.session
        if session.finished:
            return
        face = status_face(session, self._end_armed)
        self.status_label.setText(face.text)
        self.status_label.setStyleSheet(f"color: {face.colour};")

    def _show_level(self) -> None:
        """The live recording's level and length (each window shows its own recording)."""


class RehearsalScreen(KeyedWindowMixin, QWidget):
    full_screen_requested = Signal()
    panel_requested = Signal()

    def __init__(
        self,
        controller: RehearsalController,
        agencies: dict[str, Agency],
        framework: Framework,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.controller = controller
        self.agencies = agencies
        self.framework = framework
        self.panel_mode = False
        self._shown_question: str | None = None
        self.setObjectName("rehearsalScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#rehearsalScreen { background: #fbfbf8; }")
        self._setup_keys()
        self._build()
        controller.changed.connect(self.refresh)
        controller.ticked.connect(self.update_clocks)
        controller.notes_saved.connect(self._notes_saved)
        controller.recording_changed.connect(self.show_recording)
        controller.recording_failed.connect(self._recording_failed)
        controller.notes_delayed.connect(self._notes_delayed)
        controller.notes_changed.connect(self._notes_typed)
        self.retranslate()
        self.refresh()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 10)
        outer.setSpacing(8)

        header = QHBoxLayout()
        self.position_label = QLabel()
        self.position_label.setFont(_font(13, bold=True))
        self.context_label = QLabel()
        self.context_label.setFont(_font(12))
        self.context_label.setStyleSheet("color: #4b5563;")
        self.session_label = QLabel()
        self.session_label.setFont(_font(12))
        self.session_clock = ClockFace(16)
        header.addWidget(self.position_label)
        header.addSpacing(16)
        header.addWidget(self.context_label, 1)
        header.addWidget(self.session_label)
        header.addWidget(self.session_clock)
        outer.addLayout(header)

        self.question_text = FittedText(max_points=40, min_points=16, bold=True)
        self.question_text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.english_text = FittedText(max_points=24, min_points=12)
        self.english_text.setColour("#374151")
        outer.addWidget(self.question_text, 5)
        outer.addWidget(self.english_text, 2)

        clock_row = QHBoxLayout()
        self.countdown = ClockFace(54)
        self.status_label = QLabel()
        self.status_label.setFont(_font(14, bold=True))
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        clock_column = QVBoxLayout()
        clock_column.setSpacing(0)
        clock_column.addWidget(self.countdown)
        clock_column.addWidget(self.status_label)
        clock_row.addStretch(1)
        clock_row.addLayout(clock_column)
        clock_row.addStretch(1)
        outer.addLayout(clock_row)

        # notes | (press Space) or answers, key points and rating
        self.work_area = QSplitter(Qt.Orientation.Horizontal)
        self.work_area.setChildrenCollapsible(False)
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_head = QHBoxLayout()
        self.notes_title = _heading()
        self._notes_state = QLabel()
        self._notes_state.setStyleSheet("color: #6b7280;")
        notes_head.addWidget(self.notes_title)
        notes_head.addStretch(1)
        self._notes_state.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._notes_state.setWordWrap(True)  # "saving delayed …" is longer than the box is wide
        self._notes_state.setContentsMargins(0, 6, 6, 0)  # room for stacked Thai marks (นี้), which rise above the ascent
        self.notes = NotesEditor(self.controller)
        self.notes.left.connect(self.setFocus)
        notes_layout.addLayout(notes_head)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self._notes_state)
        self.work_area.addWidget(notes_box)

        self.reveal_stack = QStackedWidget()
        self.reveal_hint = QLabel()
        self.reveal_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reveal_hint.setWordWrap(True)
        self.reveal_hint.setFont(_font(14))
        self.reveal_hint.setStyleSheet("color: #6b7280; border: 1px dashed #cbd5e1; border-radius: 8px;")
        self.reveal_stack.addWidget(self.reveal_hint)
        revealed = QWidget()
        revealed_layout = QGridLayout(revealed)
        revealed_layout.setContentsMargins(0, 0, 0, 0)
        self.answers_title = _heading()
        self.answers = AnswersView(points=13)
        self.points_title = _heading()
        self.key_points = KeyPointsChecklist(self.controller, points=13)
        points_scroll = quiet_scroll_area(self.key_points)
        self.rating_title = _heading()
        self.rating = RatingBar(self.controller)
        revealed_layout.addWidget(self.answers_title, 0, 0)
        revealed_layout.addWidget(self.answers, 1, 0, 3, 1)
        revealed_layout.addWidget(self.points_title, 0, 1)
        revealed_layout.addWidget(points_scroll, 1, 1)
        revealed_layout.addWidget(self.rating_title, 2, 1)
        revealed_layout.addWidget(self.rating, 3, 1)
        revealed_layout.setColumnStretch(0, 3)
        revealed_layout.setColumnStretch(1, 2)
        self.reveal_stack.addWidget(revealed)
        self.work_area.addWidget(self.reveal_stack)
        self.work_area.setStretchFactor(0, 1)
        self.work_area.setStretchFactor(1, 2)
        self.work_area.setSizes([350, 800])
        outer.addWidget(self.work_area, 4)

        self.panel_hint = QLabel()
        self.panel_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel_hint.setFont(_font(13))
        self.panel_hint.setStyleSheet("color: #4b5563;")
        self.panel_hint.hide()
        outer.addWidget(self.panel_hint)

        buttons = QHBoxLayout()
        self.buttons: dict[Action, QPushButton] = {}
        buttons.addWidget(self._button(Action.RECORD))
        self.level_meter = level_meter()
        self.record_time = QLabel()
        self.record_time.setStyleSheet(f"color: {RECORDING_COLOUR};")
        buttons.addWidget(self.level_meter)
        buttons.addWidget(self.record_time)
        buttons.addSpacing(12)
        for action in (Action.PREVIOUS, Action.REVEAL, Action.SKIP, Action.PAUSE, Action.NEXT):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        for action in (Action.PANEL, Action.FULL_SCREEN, Action.END):
            buttons.addWidget(self._button(action))
        outer.addLayout(buttons)

        self.shortcuts = QLabel()
        self.shortcuts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shortcuts.setStyleSheet("color: #4b5563;")
        self.shortcuts.setTextFormat(Qt.TextFormat.RichText)
        self.shortcuts.setWordWrap(True)
        outer.addWidget(self.shortcuts)

    def _button(self, action: Action) -> QPushButton:
        button = QPushButton()
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the screen
        button.setMinimumHeight(34)
        button.clicked.connect(lambda _checked=False, a=action: self._button_clicked(a))
        self.buttons[action] = button
        return button

    def _button_clicked(self, action: Action) -> None:
        if action is Action.END:  # a click is deliberate: no second press needed
            self.controller.end()
        else:
            self.perform(action)

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        names = {
            Action.RECORD: self.tr("● Record my answer"),
            Action.PREVIOUS: self.tr("◀ Previous"),
            Action.REVEAL: self.tr("Reveal"),
            Action.SKIP: self.tr("Skip"),
            Action.PAUSE: self.tr("Pause"),
            Action.NEXT: self.tr("Next ▶"),
            Action.PANEL: self.tr("Panel mode"),
            Action.FULL_SCREEN: self.tr("Full screen"),
            Action.END: self.tr("End session"),
        }
        for action, name in names.items():
            self.buttons[action].setText(name)
        self.notes_title.setText(self.tr("Your notes (saved as you type)"))
        self.notes.setPlaceholderText(
            self.tr("Figures, examples, what you forgot…\nN: type here.  Esc: back to the keys.")
        )
        self.reveal_hint.setText(
            self.tr("Answer out loud first.\nPress Space to see the suggested answers and the key points.")
        )
        self.answers_title.setText(self.tr("Suggested answers"))
        self.points_title.setText(self.tr("Key points: tick what you covered"))
        self.rating_title.setText(self.tr("How did it go?"))
        self.session_label.setText(self.tr("Session"))
        self.panel_hint.setText(self.tr("Panel mode: the assessor's window shows the answers and the checklist."))
        self._show_shortcuts()
        self.refresh()

    def _show_shortcuts(self) -> None:
        """The keys, along the bottom; in panel mode only those that do something here."""
        keys = [
            ("Space", self.tr("Reveal")),
            ("1–4", self.tr("Rate")),
            ("← →", self.tr("Previous / Next")),
            ("S", self.tr("Skip")),
            ("R", self.tr("Record")),
            ("P", self.tr("Pause")),
            ("N", self.tr("Notes")),
            ("A", self.tr("Close panel") if self.panel_mode else self.tr("Panel mode")),
            ("F11", self.tr("Full screen")),
            ("Esc", self.tr("End")),
        ]
        if self.panel_mode:
            keys = [k for k in keys if k[0] not in ("Space", "1–4", "N")]
        elif self.controller.session.item.revealed if not self.controller.session.finished else False:
            keys.insert(2, ("Ctrl+1–9", self.tr("Key points")))
        self.shortcuts.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(f"<b>{k}</b>&nbsp;{v}" for k, v in keys))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing the state ------------------------------------------------------------------
    def set_panel_mode(self, on: bool) -> None:
        """Panel mode: only the question and the clocks here; the assessor's window has the rest."""
        self.panel_mode = on
        self.work_area.setVisible(not on)
        self._arrange(
            self.controller.session.item.revealed and not on if not self.controller.session.finished else False
        )
        self.panel_hint.setVisible(on)
        for action in (Action.REVEAL,):
            self.buttons[action].setVisible(not on)
        self.buttons[Action.PANEL].setText(self.tr("Close panel") if on else self.tr("Panel mode"))
        self._show_shortcuts()

    def refresh(self) -> None:
        session = self.controller.session
        if session.finished:
            return
        item = session.item
        question = item.question
        main, secondary = prompt_texts(question, session.settings.language)
        self.question_text.setText(main)
        self.english_text.setText(secondary)
        self.english_text.setVisible(bool(secondary))
        self.position_label.setText(position_text(session))
        self.context_label.setText(context_text(self.framework, session))
        if question.id != self._shown_question:
            self._shown_question = question.id
            self.answers.show_question(question, self.agencies)
            if not self.controller.notes_delayed_now:
                self._notes_state.setText("")
        self.reveal_stack.setCurrentIndex(1 if item.revealed else 0)
        if item.revealed != getattr(self, "_shortcuts_revealed", None):
            self._shortcuts_revealed = item.revealed
            self._show_shortcuts()
        self._arrange(item.revealed and not self.panel_mode)
        self.buttons[Action.REVEAL].setEnabled(not item.revealed)
        self.show_moves()

    # -- recording --------------------------------------------------------------------------
    def record(self) -> None:
        self.controller.toggle_recording()

    def show_recording(self) -> None:
        """The record button, the level meter and the recording's length."""
        c = self.controller
        button = self.buttons[Action.RECORD]
        on = c.recording_answer
        button.setText(self.tr("■ Stop recording") if on else self.tr("● Record my answer"))
        button.setStyleSheet(f"color: {RECORDING_COLOUR}; font-weight: bold;" if on else "")
        button.setEnabled(c.can_record and not c.session.paused)
        if not c.can_record:
            button.setToolTip(c.recording_unavailable or self.tr("Recording is not available."))
        elif c.session.paused:
            button.setToolTip(self.tr("Resume the session to record."))
        else:
            button.setToolTip(self.tr("Record your answer on this laptop (R). It stops when you move on."))
        self.level_meter.setVisible(on)
        self.record_time.setVisible(on)
        self._show_level()

    def _show_level(self) -> None:
        c = self.controller
        if c.recording_answer and c.recorder is not None:
            self.level_meter.setValue(int(c.recorder.level * 100))
            self.record_time.setText(minutes_seconds(c.recorder.answer_seconds))

    def _recording_failed(self, message: str) -> None:
        self.status_label.setText(self.tr("Recording did not start: %1").replace("%1", message))
        self.status_label.setStyleSheet(f"color: {RECORDING_COLOUR};")

    def key_points_visible(self) -> bool:
        return not self.panel_mode and self.controller.session.item.revealed

    def _notes_saved(self) -> None:
        self._notes_state.setStyleSheet("color: #6b7280;")
        self._notes_state.setText(self.tr("Saved"))

    def _notes_typed(self, _source: object) -> None:
        if not self.controller.notes_delayed_now:  # "delayed" stays until the store has everything
            self._notes_state.setText(self.tr("Saving…"))

    def _notes_delayed(self) -> None:
        self._notes_state.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self._notes_state.setText(self.tr("Saving delayed — your text is safe on this laptop"))

    def focus_notes(self) -> None:
        if not self.panel_mode:
            self.notes.setFocus()

    def _arrange(self, revealed: bool) -> None:
        """Before "Reveal" the question fills the screen; after it, the answers get the room."""
        if revealed == getattr(self, "_arranged_revealed", None):
            return
        self._arranged_revealed = revealed
        layout = self.layout()
        layout.setStretchFactor(self.question_text, 2 if revealed else 5)
        layout.setStretchFactor(self.english_text, 1 if revealed else 2)
        layout.setStretchFactor(self.work_area, 8 if revealed else 4)
        self._size_countdown()

    def _size_countdown(self) -> None:
        share = 22 if getattr(self, "_arranged_revealed", False) else 13
        points = max(24, min(72, self.height() / share))
        font = self.countdown.font()
        if abs(font.pointSizeF() - points) > 0.5:
            font.setPointSizeF(points)
            self.countdown.setFont(font)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._size_countdown()
