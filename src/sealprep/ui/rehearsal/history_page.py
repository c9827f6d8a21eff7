"""The "History & readiness" page.

History: every session and attempt of one person, newest first, with their notes; a search
field narrows it to attempts whose notes or question contain the text (a substring, as Thai has
no spaces). Readiness: everyone at a glance (share of their questions that are ready, overall and
per dimension, coloured), and for the selected person every question's state.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from types import EllipsisType

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.rehearsal.readiness import (
    AssignedQuestions,
    PersonReadiness,
    ReadinessState,
    readiness_for,
    readiness_rule_text,
)
from sealprep.core.store import AttemptRecord
from sealprep.core.thai.dates import display_date
from sealprep.ui import i18n
from sealprep.ui.app_context import AppContext
from sealprep.ui.packs import latest_progress_header, latest_progress_text
from sealprep.ui.rehearsal.labels import (
    RATING_COLOURS,
    STATE_BACKGROUNDS,
    dimension_name,
    me_name,
    minutes_seconds,
    percent,
    rating_name,
    share_background,
    state_name,
    when,
)
from sealprep.ui.rehearsal.listening_panel import ListeningPanel
from sealprep.ui.rehearsal.rehearsal_screen import _font
from sealprep.ui.rehearsal.ui_state import load_history_person, save_history_person

ME = -1
ATTEMPT_ROLE = Qt.ItemDataRole.UserRole


def _people(context: AppContext) -> list[tuple[int, str]]:
    return [(ME, me_name())] + [(p.id, p.name) for p in context.store.people.list() if p.id is not None]


class HistoryView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.person_label = QLabel()
        self.person = QComboBox()
        self.person.setMinimumWidth(220)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #4b5563;")
        top.addWidget(self.person_label)
        top.addWidget(self.person)
        top.addSpacing(16)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        outer.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        for column in (1, 2, 3):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(False)
        self.listening = ListeningPanel(context)
        self.listening.attempt_deleted.connect(lambda _id: self.refresh())
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.listening)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.person.currentIndexChanged.connect(self._person_changed)
        self.tree.currentItemChanged.connect(self._show_detail)
        self.retranslate()

    def retranslate(self) -> None:
        self.person_label.setText(self.tr("Person"))
        self.search.setPlaceholderText(self.tr("Search notes and questions…"))
        self.tree.setHeaderLabels(
            [self.tr("Session / question"), self.tr("Rating"), self.tr("Time / limit"), self.tr("Key points")]
        )

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload_people()
        super().changeEvent(event)

    def person_id(self) -> int | None:
        data = self.person.currentData()
        return None if data in (None, ME) else int(data)

    def reload_people(self, select: int | None | EllipsisType = ...) -> None:
        wanted = self.person.currentData() if select is ... else (ME if select is None else select)
        self.person.blockSignals(True)
        self.person.clear()
        for data, name in _people(self.context):
            self.person.addItem(name, data)
        index = self.person.findData(wanted)
        self.person.setCurrentIndex(max(0, index))
        self.person.blockSignals(False)

    def _person_changed(self) -> None:
        save_history_person(self.person_id())
        self.refresh()

    def refresh(self) -> None:
        person_id = self.person_id()
        query = self.search.text()
        attempts = self.store.rehearsal.person_attempts(person_id, query)
        sessions = {s.id: s for s in self.store.rehearsal.sessions(person_id)}
        digits = self.store.preferences.load().digits
        self.tree.clear()
        by_session: dict[int, list[AttemptRecord]] = {}
        for attempt in attempts:
            by_session.setdefault(attempt.session_id, []).append(attempt)
        order = [sid for sid in sessions if sid in by_session or not query.strip()]
        for sid in order:
            session = sessions[sid]
            rows = sorted(by_session.get(sid, []), key=lambda a: a.position)
            status = "" if session.ended_at else "  " + self.tr("(not finished)")
            top = QTreeWidgetItem(
                [
                    when(session.started_at, digits) + status,
                    self.tr("%1 rated").replace("%1", str(session.rated)),
                    minutes_seconds(session.seconds_used),
                    self.tr("%1 questions").replace("%1", str(session.attempts)),
                ]
            )
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for attempt in rows:
                child = QTreeWidgetItem(
                    [
                        f"{attempt.position + 1}. {attempt.question_th}",
                        rating_name(attempt.rating)
                        if attempt.rating
                        else (self.tr("Skipped") if attempt.skipped else "–"),
                        f"{minutes_seconds(attempt.seconds_used)} / {minutes_seconds(attempt.time_limit)}",
                        f"{len(attempt.key_points_covered)} / {attempt.key_points_total}"
                        if attempt.key_points_total
                        else "–",
                    ]
                )
                child.setData(0, ATTEMPT_ROLE, attempt.id)
                child.setToolTip(0, attempt.notes or attempt.question_en)
                if attempt.rating:
                    child.setForeground(1, QBrush(QColor(RATING_COLOURS[attempt.rating])))
                if attempt.over_time:
                    child.setForeground(2, QBrush(QColor("#c62828")))
                top.addChild(child)
            top.setExpanded(bool(query.strip()) or self.tree.topLevelItemCount() <= 3)
        self.count_label.setText(
            self.tr("%1 attempts found").replace("%1", str(len(attempts)))
            if query.strip()
            else self.tr("%1 sessions").replace("%1", str(len(order)))
        )
        if not order:
            message = (
                self.tr(
                    "No rehearsal yet. Open the Rehearse tab, choose who is rehearsing and press Start rehearsal: every session, rating and note then appears here."
                )
                if not query.strip()
                else self.tr("Nothing matches the search.")
            )
            self.detail.setHtml(f"<p style='color:#6b7280'>{html.escape(message)}</p>")
        else:
            first = self.tree.topLevelItem(0)
            self.tree.setCurrentItem(first.child(0) if first.childCount() else first)  # type: ignore[arg-type]

    def _show_detail(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        if current is None:
            self.detail.clear()
            self.listening.show_attempt(None)
            return
        attempt_id = current.data(0, ATTEMPT_ROLE)
        if attempt_id is None:
            self.listening.show_attempt(None)
            if current.childCount():
                self.detail.setHtml(
                    "<br>".join(html.escape(current.child(i).text(0)) for i in range(current.childCount()))
                )
            return
        attempt = self.store.rehearsal.attempt(int(attempt_id))
        if attempt is None:
            return
        self.detail.setHtml(self.attempt_html(attempt))
        self.listening.show_attempt(attempt)

    def attempt_html(self, attempt: AttemptRecord) -> str:
        digits = self.store.preferences.load().digits
        question = self.store.bank.question(attempt.question_id)
        parts = [f"<h3>{html.escape(attempt.question_th)}</h3>"]
        if attempt.question_en:
            parts.append(f"<p style='color:#1e3a8a'>{html.escape(attempt.question_en)}</p>")
        parts.append(
            "<p>"
            + html.escape(when(attempt.started_at, digits))
            + "<br>"
            + html.escape(
                self.tr("Time: %1 of %2")
                .replace("%1", minutes_seconds(attempt.seconds_used))
                .replace("%2", minutes_seconds(attempt.time_limit))
            )
            + "<br>"
            + html.escape(self.tr("Rating: %1").replace("%1", rating_name(attempt.rating)))
            + "</p>"
        )
        if attempt.key_points_total:
            texts = question.key_points if question and len(question.key_points) == attempt.key_points_total else []
            items = []
            for position in range(attempt.key_points_total):
                mark = "✔" if position in attempt.key_points_covered else "✘"
                colour = "#2e7d32" if position in attempt.key_points_covered else "#c62828"
                label = texts[position] if texts else self.tr("Key point %1").replace("%1", str(position + 1))
                items.append(f"<li><span style='color:{colour}'>{mark}</span> {html.escape(label)}</li>")
            heading = html.escape(self.tr("Key points"))
            parts.append(f"<p><b>{heading}</b></p><ul style='list-style:none'>{''.join(items)}</ul>")
        heading = html.escape(self.tr("Notes"))
        parts.append(f"<p><b>{heading}</b></p>")
        none = html.escape(self.tr("(none)"))
        notes = (
            html.escape(attempt.notes).replace("\n", "<br>")
            if attempt.notes
            else f"<span style='color:#6b7280'>{none}</span>"
        )
        parts.append(f"<p>{notes}</p>")
        return "".join(parts)


class KeepColoursDelegate(QStyledItemDelegate):
    """Selected cells keep their readiness colour; a blue frame marks the selected row."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        if index.data(Qt.ItemDataRole.BackgroundRole) is None:
            painter.fillRect(option.rect, option.palette.base())  # over the style's row highlight
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(QPen(QColor("#1e40af"), 2))
            rect = option.rect.adjusted(0, 1, 0, -1)
            painter.drawLine(rect.topLeft(), rect.topRight())
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            if index.column() == 0:
                painter.drawLine(rect.topLeft(), rect.bottomLeft())
            painter.restore()


class ReadinessView(QWidget):
    def __init__(self, context: AppContext, assigned_question_ids: AssignedQuestions, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.assigned_question_ids = assigned_question_ids
        self.readiness: dict[int, PersonReadiness] = {}
        outer = QVBoxLayout(self)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #4b5563;")
        outer.addWidget(self.rule)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.overview = QTableWidget()
        self.overview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overview.verticalHeader().setVisible(False)
        self.overview.setWordWrap(True)
        self.overview.setItemDelegate(KeepColoursDelegate(self.overview))
        self.questions_title = QLabel()
        self.questions_title.setFont(_font(13, bold=True))
        self.questions = QTableWidget(0, 6)
        self.questions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questions.verticalHeader().setVisible(False)
        self.questions.setWordWrap(True)
        header = self.questions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.questions_title)
        lower_layout.addWidget(self.questions)
        splitter.addWidget(self.overview)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        outer.addWidget(splitter, 1)
        self.overview.itemSelectionChanged.connect(self._show_person)
        self.retranslate()

    def retranslate(self) -> None:
        self.rule.setText(
            readiness_rule_text(i18n.current_language())
            + " "
            + self.tr("Shares are over each person's assigned questions, or the whole bank when they have none.")
        )
        self.questions.setHorizontalHeaderLabels(
            [
                self.tr("Question"),
                self.tr("Dimension"),
                self.tr("State"),
                self.tr("Last rating"),
                self.tr("Key points"),
                self.tr("Last rehearsed"),
            ]
        )

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def refresh(self, select: int | None | EllipsisType = ...) -> None:
        framework = self.store.bank.framework()
        numbers = [d.number for d in framework.dimensions]
        people = _people(self.context)
        previous = self.selected_person() if select is ... else (ME if select is None else select)
        self.readiness = {
            data: readiness_for(self.store, None if data == ME else data, self.assigned_question_ids)
            for data, _ in people
        }
        self.overview.blockSignals(True)
        self.overview.clear()
        self.overview.setColumnCount(3 + len(numbers))
        self.overview.setRowCount(len(people))
        self.overview.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Overall")]
            + [self.tr("Dimension %1").replace("%1", str(n)) for n in numbers]
            + [latest_progress_header()]
        )
        latest = self.store.packs.latest_progress()
        prefs = self.store.preferences.load()
        for column, number in enumerate(numbers, start=2):
            self.overview.horizontalHeaderItem(column).setToolTip(dimension_name(framework, number))
        for row, (data, name) in enumerate(people):
            readiness = self.readiness[data]
            person_item = QTableWidgetItem(name + ("" if not readiness.assigned_only else "  " + self.tr("(assigned)")))
            person_item.setData(Qt.ItemDataRole.UserRole, data)
            self.overview.setItem(row, 0, person_item)
            self.overview.setItem(row, 1, self._share_item(readiness.share_ready, readiness.ready, readiness.total))
            for column, number in enumerate(numbers, start=2):
                d = readiness.dimension(number)
                item = self._share_item(d.share_ready, d.ready, d.total)
                item.setToolTip(
                    self.tr("%1 ready, %2 partly, %3 not ready, %4 not rehearsed")
                    .replace("%1", str(d.ready))
                    .replace("%2", str(d.partial))
                    .replace("%3", str(d.not_ready))
                    .replace("%4", str(d.unrehearsed))
                )
                self.overview.setItem(row, column, item)
            progress = QTableWidgetItem(
                "–"
                if data == ME
                else latest_progress_text(latest.get(data), lambda day: display_date(day, prefs.language, prefs.digits))
            )
            progress.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.overview.setItem(row, 2 + len(numbers), progress)
        header = self.overview.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.overview.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.overview.blockSignals(False)
        row = next((r for r, (data, _n) in enumerate(people) if data == previous), 0)
        self.overview.selectRow(row)
        self._show_person()

    def _share_item(self, share: float | None, ready: int, total: int) -> QTableWidgetItem:
        item = QTableWidgetItem(f"{percent(share)}  ({ready}/{total})" if total else "–")
        item.setBackground(share_background(share))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item

    def selected_person(self) -> int:
        rows = self.overview.selectionModel().selectedRows() if self.overview.selectionModel() else []
        if not rows:
            return ME
        return self.overview.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _show_person(self) -> None:
        data = self.selected_person()
        readiness = self.readiness.get(data)
        if readiness is None:
            return
        name = self.overview.item(self.overview.currentRow(), 0).text() if self.overview.currentRow() >= 0 else ""
        self.questions_title.setText(self.tr("Questions of %1").replace("%1", name))
        framework = self.store.bank.framework()
        summaries = {s.id: s for s in self.store.bank.summaries()}
        digits = self.store.preferences.load().digits
        self.questions.setRowCount(len(readiness.questions))
        for row, q in enumerate(readiness.questions):
            summary = summaries.get(q.question_id)
            values = [
                summary.question_th if summary else q.question_id,
                str(q.dimension),
                state_name(q.state),
                rating_name(q.rating) if q.rating else "–",
                percent(q.coverage) if q.coverage is not None else "–",
                when(q.attempted_at, digits),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setBackground(STATE_BACKGROUNDS[q.state])
                if column == 0 and summary is not None:
                    item.setToolTip(summary.question_en or summary.id)
                if column == 1:
                    item.setToolTip(dimension_name(framework, q.dimension))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.questions.setItem(row, column, item)
        self.questions.resizeRowsToContents()

    def state_counts(self, data: int) -> dict[ReadinessState, int]:
        readiness = self.readiness[data]
        return {state: sum(q.state is state for q in readiness.questions) for state in ReadinessState}


class HistoryPage(QWidget):
    """History & readiness. ``assigned_question_ids`` defaults to the store's assignments."""

    def __init__(
        self, context: AppContext, assigned_question_ids: AssignedQuestions | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.context = context
        assigned: Callable = assigned_question_ids or context.store.assignments.question_ids_for
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.tabs = QTabWidget()
        self.history = HistoryView(context)
        self.readiness = ReadinessView(context, assigned)
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.readiness, "")
        layout.addWidget(self.tabs)
        self._dirty = True
        for signal in (
            context.rehearsal_changed,
            context.people_changed,
            context.bank_changed,
            context.assignments_changed,
        ):
            signal.connect(self.mark_dirty)
        self.history.reload_people(load_history_person())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History && readiness"))  # a tab label: && shows one &
        self.tabs.setTabText(0, self.tr("History"))
        self.tabs.setTabText(1, self.tr("Readiness"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        self.history.reload_people()
        self.history.refresh()
        self.readiness.refresh()

    def showEvent(self, event) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)
