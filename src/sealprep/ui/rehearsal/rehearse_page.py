"""The "Rehearse" page: setup, then the rehearsal screen, then the summary.

It starts sessions (``core.RehearsalSession``), owns the controller they run on, opens the
assessor's window for panel mode and moves the screen into a window of its own for full screen.
Clocks and the source of assigned questions are injectable, for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from sealprep.core.audio.library import RecordingLibrary, recordings_folder
from sealprep.core.audio.rehearsal_recorder import RehearsalRecorder
from sealprep.core.operations.rehearsal import SESSION_RECORDED
from sealprep.core.rehearsal.readiness import AssignedQuestions
from sealprep.core.rehearsal.session import PlanError, RehearsalSession, SessionSettings, plan_session, session_summary
from sealprep.core.store.rehearsal_store import utc_now
from sealprep.ui.app_context import AppContext
from sealprep.ui.packs import PackActions
from sealprep.ui.rehearsal.assessor_window import AssessorWindow
from sealprep.ui.rehearsal.audio_status import current_audio_status
from sealprep.ui.rehearsal.controller import RehearsalController
from sealprep.ui.rehearsal.labels import me_name
from sealprep.ui.rehearsal.rehearsal_screen import RehearsalScreen
from sealprep.ui.rehearsal.setup_page import RehearsalSetupPage
from sealprep.ui.rehearsal.summary_view import SummaryView
from sealprep.ui.rehearsal.ui_state import save_setup


class FullScreenHost(QWidget):
    """A bare top-level window that holds the rehearsal screen while it is full screen."""

    closed = Signal()

    def __init__(self, title: str):
        super().__init__(None)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)


class RehearsePage(QStackedWidget):
    session_started = Signal(object)  # the RehearsalController
    session_finished = Signal(int)

    def __init__(
        self,
        context: AppContext,
        *,
        now: Callable[[], float] = time.monotonic,
        clock: Callable[[], datetime] = utc_now,
        assigned_question_ids: AssignedQuestions | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self._now = now
        self._clock = clock
        self.assigned_question_ids = assigned_question_ids or self.store.assignments.question_ids_for
        self.controller: RehearsalController | None = None
        self.rehearsal_screen: RehearsalScreen | None = None
        self.assessor: AssessorWindow | None = None
        self.full_screen_host: FullScreenHost | None = None
        self._last: tuple[SessionSettings, bool] | None = None
        self._watched_window: QWidget | None = None

        self.setup = RehearsalSetupPage(self.store, self.assigned_question_ids, clock)
        self.summary = SummaryView()
        self.addWidget(self.setup)
        self.addWidget(self.summary)
        self.setup.start_requested.connect(self.start)
        self.packs = PackActions(context, self)
        self.setup.send_progress_button.clicked.connect(lambda: self.packs.send_progress())
        self.summary.again_requested.connect(self._again)
        self.summary.new_requested.connect(self.show_setup)
        context.people_changed.connect(lambda: self.setup.reload())
        context.bank_changed.connect(lambda: self.setup.reload())
        context.assignments_changed.connect(self.setup.refresh_later)
        context.rehearsal_changed.connect(self.setup.refresh_later)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rehearse"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- sessions ---------------------------------------------------------------------------
    def start(self, settings: SessionSettings | None = None, panel: bool | None = None) -> RehearsalController | None:
        """Begin a session (the setup page's choices by default) and show its screen. When the
        choices select no question (the bank changed since), the setup page says why instead."""
        settings = settings or self.setup.settings()
        try:
            plan = plan_session(self.store, settings, self.assigned_question_ids, self._clock())
        except PlanError:
            self.setup.apply(settings)
            self.show_setup()
            self.setup.update_preview()  # shows the reason, Start disabled
            return None
        if self.controller is not None:
            if not self.controller.session.finished:
                self.controller.end()
            self.controller.deleteLater()  # its timers and quit hook go with it
        panel = self.setup.panel_mode() if panel is None else panel
        save_setup(settings, panel)
        self._last = (settings, panel)
        session = RehearsalSession(self.store, settings, plan, now=self._now, clock=self._clock)
        session.begin()
        recorder, unavailable = self._recorder_for(session)
        self.controller = RehearsalController(session, self, recorder=recorder, recording_unavailable=unavailable)
        self.controller.finished.connect(self._finished)
        agencies, framework = self.store.bank.agencies(), self.store.bank.framework()
        self.rehearsal_screen = RehearsalScreen(self.controller, agencies, framework)
        self.rehearsal_screen.full_screen_requested.connect(self.toggle_full_screen)
        self.rehearsal_screen.panel_requested.connect(self.toggle_panel)
        self.addWidget(self.rehearsal_screen)
        self.setCurrentWidget(self.rehearsal_screen)
        self.rehearsal_screen.setFocus(Qt.FocusReason.OtherFocusReason)
        if panel:
            self.open_panel()
        self.session_started.emit(self.controller)
        return self.controller

    def _recorder_for(self, session: RehearsalSession) -> tuple[RehearsalRecorder | None, str]:
        """The session's recorder and, when recording cannot work, why (one sentence)."""
        prefs = self.store.preferences.load()
        if not prefs.keep_recordings:
            return None, self.tr("Recording is switched off (Rehearse → Recording settings…).")
        status = current_audio_status()
        unavailable = (
            "" if status.available else self.tr("Recording is not available: %1.").replace("%1", status.reason)
        )
        library = RecordingLibrary(recordings_folder(self.store.path))
        recorder = RehearsalRecorder(
            session, library, microphone=prefs.microphone, keep=prefs.recordings_per_question, clock=self._clock
        )
        return recorder, unavailable

    def _again(self) -> None:
        if self._last is not None:
            self.start(*self._last)

    def show_setup(self) -> None:
        self.setup.reload()
        self.setCurrentWidget(self.setup)

    def _finished(self, session_id: int) -> None:
        self.close_panel()
        self.leave_full_screen()
        summary = session_summary(self.store, session_id)
        person_id = summary.session.person_id
        person = self.store.people.get(person_id) if person_id is not None else None
        self.summary.show_summary(summary, person.name if person else me_name(), self.store.preferences.load().digits)
        self.setCurrentWidget(self.summary)
        if self.rehearsal_screen is not None:
            self.removeWidget(self.rehearsal_screen)
            self.rehearsal_screen.deleteLater()
            self.rehearsal_screen = None
        self.context.apply(SESSION_RECORDED)
        self.session_finished.emit(session_id)

    # -- panel mode -------------------------------------------------------------------------
    def open_panel(self) -> AssessorWindow | None:
        if self.controller is None or self.controller.session.finished:
            return None
        if self.assessor is None:
            self.assessor = AssessorWindow(self.controller, self.store.bank.agencies(), self.store.bank.framework())
            self.assessor.closed.connect(self._panel_closed)
            self.assessor.panel_requested.connect(self.close_panel)
            self.assessor.place(self.rehearsal_screen.window() if self.rehearsal_screen else None)
        if self.rehearsal_screen is not None:
            self.rehearsal_screen.set_panel_mode(True)
        return self.assessor

    def close_panel(self) -> None:
        if self.assessor is not None:
            self.assessor.close()  # -> _panel_closed

    def toggle_panel(self) -> None:
        if self.assessor is None:
            self.open_panel()
        else:
            self.close_panel()

    def _panel_closed(self) -> None:
        assessor, self.assessor = self.assessor, None
        if assessor is not None:
            assessor.deleteLater()
        if self.rehearsal_screen is not None:
            self.rehearsal_screen.set_panel_mode(False)
            self.rehearsal_screen.setFocus()

    # -- full screen ------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        if self.full_screen_host is None:
            self.enter_full_screen()
        else:
            self.leave_full_screen()

    def enter_full_screen(self) -> None:
        if self.rehearsal_screen is None or self.full_screen_host is not None:
            return
        host = FullScreenHost(self.tr("sealprep — rehearsal"))
        self.removeWidget(self.rehearsal_screen)
        host.layout().addWidget(self.rehearsal_screen)
        host.closed.connect(self.leave_full_screen)
        self.full_screen_host = host
        host.showFullScreen()
        self.rehearsal_screen.setFocus()

    def leave_full_screen(self) -> None:
        host, self.full_screen_host = self.full_screen_host, None
        if host is None:
            return
        if self.rehearsal_screen is not None:
            self.addWidget(self.rehearsal_screen)
            self.setCurrentWidget(self.rehearsal_screen)
            self.rehearsal_screen.setFocus()
        host.hide()
        host.deleteLater()

    # -- the main window closing mid-session ------------------------------------------------
    def showEvent(self, event) -> None:
        window = self.window()
        if window is not self._watched_window:
            window.installEventFilter(self)
            self._watched_window = window
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched_window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def shutdown(self) -> None:
        """Save the running session's notes and time and close its extra windows (the session
        stays open in the history, without an end time)."""
        if self.controller is not None and self.controller.recorder is not None:
            self.controller.recorder.stop_all()
        if self.controller is not None and not self.controller.session.finished:
            self.controller.flush_notes()
            self.controller.session.save_progress()
        self.close_panel()
        self.leave_full_screen()
