"""What the rehearser's screen and the assessor's window both show of a running session: the
position, the question's context, the two clocks and the status line. One set of rules, so the
two windows never drift apart (they once coloured the session clock differently)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from sealprep.core.bank.model import Framework
from sealprep.core.rehearsal.countdown import Phase
from sealprep.core.rehearsal.session import RehearsalSession
from sealprep.ui.rehearsal.labels import PAUSED_COLOUR, PHASE_COLOURS, dimension_name

NEUTRAL_COLOUR = "#374151"
END_COLOUR = "#c62828"


@dataclass(frozen=True)
class Face:
    """A clock or a status line: its text and colour."""

    text: str
    colour: str


def position_text(session: RehearsalSession) -> str:
    item = session.item
    return (
        QCoreApplication.translate("SessionPresenter", "Question %1 of %2")
        .replace("%1", str(item.position + 1))
        .replace("%2", str(len(session.items)))
    )


def context_text(framework: Framework, session: RehearsalSession) -> str:
    """The dimension's name (in the interface language) and the question's benchmarks."""
    question = session.item.question
    context = dimension_name(framework, question.dimension)
    if question.benchmarks:
        context += "  ·  " + ", ".join(question.benchmarks)
    return context


def next_label(session: RehearsalSession) -> str:
    if session.is_last:
        return QCoreApplication.translate("SessionPresenter", "Finish ▶")
    return QCoreApplication.translate("SessionPresenter", "Next ▶")


def pause_label(session: RehearsalSession) -> str:
    if session.paused:
        return QCoreApplication.translate("SessionPresenter", "Resume")
    return QCoreApplication.translate("SessionPresenter", "Pause")


def countdown_face(session: RehearsalSession) -> Face:
    countdown = session.countdown
    return Face(countdown.text(), PAUSED_COLOUR if session.paused else PHASE_COLOURS[countdown.phase])


def session_clock_face(session: RehearsalSession) -> Face:
    """Neutral, turning to the warning and overtime colours only when the session has a limit."""
    clock = session.clock
    if clock.limit is None or clock.phase is Phase.NORMAL:
        return Face(clock.text(), NEUTRAL_COLOUR)
    return Face(clock.text(), PHASE_COLOURS[clock.phase])


def status_face(session: RehearsalSession, end_armed: bool) -> Face:
    """The one-line status under the clock (empty when all is well)."""
    countdown = session.countdown
    if end_armed:
        return Face(QCoreApplication.translate("SessionPresenter", "Press Esc again to end the session"), END_COLOUR)
    if session.paused:
        return Face(QCoreApplication.translate("SessionPresenter", "Paused: press P to go on"), PAUSED_COLOUR)
    if countdown.phase is Phase.OVERTIME:
        return Face(
            QCoreApplication.translate("SessionPresenter", "Over time: finish your point"),
            PHASE_COLOURS[Phase.OVERTIME],
        )
    if countdown.phase is Phase.WARNING:
        return Face(QCoreApplication.translate("SessionPresenter", "30 seconds or less"), PHASE_COLOURS[Phase.WARNING])
    if session.session_over_limit:
        return Face(
            QCoreApplication.translate("SessionPresenter", "The session's time is up"), PHASE_COLOURS[Phase.OVERTIME]
        )
    return Face("", "#111827")
