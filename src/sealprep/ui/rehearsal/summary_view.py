"""After a session: time used per question against its limit, ratings, key points and notes.

Everything shown is read back from the store (the session is already in the history), so what
the summary says is what was saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.rehearsal.session import SessionSummary
from sealprep.ui.rehearsal.labels import RATING_COLOURS, minutes_seconds, rating_name, when
from sealprep.ui.rehearsal.rehearsal_screen import _font


class SummaryView(QWidget):
    again_requested = Signal()
    new_requested = Signal()

    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary: SessionSummary | None = None
        self._person = ""
        self._digits = "thai"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        self.title = QLabel()
        self.title.setFont(_font(20, bold=True))
        self.figures = QLabel()
        self.figures.setFont(_font(13))
        self.figures.setWordWrap(True)
        outer.addWidget(self.title)
        outer.addWidget(self.figures)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        outer.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #4b5563;")
        self.again = QPushButton()
        self.again.setMinimumHeight(40)
        self.again.clicked.connect(self.again_requested)
        self.new = QPushButton()
        self.new.setMinimumHeight(40)
        self.new.setDefault(True)
        self.new.clicked.connect(self.new_requested)
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.again)
        buttons.addWidget(self.new)
        outer.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                "#",
                self.tr("Question"),
                self.tr("Time used / limit"),
                self.tr("Rating"),
                self.tr("Key points"),
                self.tr("Notes"),
            ]
        )
        self.again.setText(self.tr("Rehearse again"))
        self.new.setText(self.tr("New session"))
        self.hint.setText(self.tr("Kept in History & readiness."))
        if self.summary is not None:
            self.show_summary(self.summary, self._person, self._digits)

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_summary(self, summary: SessionSummary, person_name: str, digits: str = "thai") -> None:
        self.summary, self._person, self._digits = summary, person_name, digits
        session = summary.session
        self.title.setText(self.tr("Session finished: %1").replace("%1", person_name))
        covered, total = summary.key_points
        counts = summary.rating_counts()
        ratings = ", ".join(f"{rating_name(n)} {counts[n]}" for n in (1, 2, 3, 4) if counts[n])
        lines = [
            when(session.started_at, digits),
            self.tr("%1 questions in %2 of answering; %3 over time.")
            .replace("%1", str(len(summary.attempts)))
            .replace("%2", minutes_seconds(summary.seconds_used))
            .replace("%3", str(summary.over_time)),
            self.tr("Key points covered: %1 of %2.").replace("%1", str(covered)).replace("%2", str(total)),
        ]
        if ratings:
            lines.append(self.tr("Ratings: %1").replace("%1", ratings))
        self.figures.setText("\n".join(lines))

        self.table.setRowCount(len(summary.attempts))
        for row, attempt in enumerate(summary.attempts):
            time_item = QTableWidgetItem(
                f"{minutes_seconds(attempt.seconds_used)} / {minutes_seconds(attempt.time_limit)}"
            )
            if attempt.over_time:
                time_item.setForeground(QColor("#c62828"))
                time_item.setToolTip(self.tr("Over the time limit"))
            rating_text = (
                rating_name(attempt.rating)
                if attempt.rating
                else (self.tr("Skipped") if attempt.skipped else rating_name(None))
            )
            rating_item = QTableWidgetItem(rating_text)
            if attempt.rating:
                rating_item.setForeground(QColor(RATING_COLOURS[attempt.rating]))
            points = (
                f"{len(attempt.key_points_covered)} / {attempt.key_points_total}" if attempt.key_points_total else "–"
            )
            question = QTableWidgetItem(attempt.question_th)
            question.setToolTip(attempt.question_en or attempt.question_id)
            values = [
                QTableWidgetItem(str(attempt.position + 1)),
                question,
                time_item,
                rating_item,
                QTableWidgetItem(points),
                QTableWidgetItem(attempt.notes),
            ]
            for column, item in enumerate(values):
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignTop
                    | (Qt.AlignmentFlag.AlignLeft if column in (1, 5) else Qt.AlignmentFlag.AlignHCenter)
                )
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
