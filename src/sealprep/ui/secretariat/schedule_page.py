"""The "Schedule" page: the assessment's days as tabs, each a timeline of sessions by room,
conflicts flagged in a warning colour and listed beside it, and the session editor.

``DayTimeline`` is a small custom-painted widget: a time axis down the left, a column per room,
each session a block (with a lane of its own when two share a room at the same time). Click a
block to see it, double-click it to edit, double-click empty space to add a session there.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.operations.preferences import update_preferences
from sealprep.core.operations.schedule import remove_session
from sealprep.core.secretariat.model import stored_id
from sealprep.core.secretariat.schedule import Conflict, Session, assessment_days, find_conflicts
from sealprep.ui.app_context import AppContext
from sealprep.ui.secretariat import common
from sealprep.ui.secretariat.common import INK, MUTED_INK, conflict_text, fill, show_date, show_time
from sealprep.ui.secretariat.session_dialog import AssessmentDaysDialog, AssessorsDialog, SessionDialog

SESSION_COLOUR = QColor("#dce8fb")
SESSION_BORDER = QColor("#6b8fc9")
CONFLICT_COLOUR = QColor("#fde0c5")
CONFLICT_BORDER = QColor("#c5221f")
DAY_START, DAY_END = 8 * 60, 17 * 60


@dataclass
class _Block:
    session: Session
    rect: QRectF


class DayTimeline(QWidget):
    """One day's sessions on a time grid, a column per room."""

    session_selected = Signal(object)  # session id or None
    session_activated = Signal(int)
    create_requested = Signal(object, str)  # (start time, room)
    columns_changed = Signal()

    GUTTER = 64.0
    HEADER = 10.0  # a margin above the first hour line (room names live in RoomHeader)
    PIXELS_PER_MINUTE = 1.3
    MIN_COLUMN = 220.0

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.sessions: list[Session] = []
        self.conflicted: set[int] = set()
        self.names: dict[int, str] = {}
        self.assessor_names: dict[int, str] = {}
        self.format_time = lambda t: f"{t.hour:02d}:{t.minute:02d}"
        self.no_room_label = ""
        self.selected: int | None = None
        self.rooms: list[str] = []
        self.first_minute, self.last_minute = DAY_START, DAY_END
        self._blocks: list[_Block] = []
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def set_day(
        self, sessions: list[Session], conflicted: set[int], names: dict[int, str], assessor_names: dict[int, str]
    ) -> None:
        self.sessions = sessions
        self.conflicted = conflicted
        self.names = names
        self.assessor_names = assessor_names
        self.rooms = sorted({s.room for s in sessions}, key=lambda r: (r == "", r)) or [""]
        minutes = [s.start.hour * 60 + s.start.minute for s in sessions] + [
            s.end.hour * 60 + s.end.minute for s in sessions
        ]
        self.first_minute = min([DAY_START, *minutes]) // 60 * 60
        self.last_minute = -(-max([DAY_END, *minutes]) // 60) * 60
        if self.selected not in {s.id for s in sessions}:
            self.selected = None
        self.updateGeometry()
        self._layout_blocks()
        self.update()
        self.columns_changed.emit()

    # -- geometry -----------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        height = self.HEADER + (self.last_minute - self.first_minute) * self.PIXELS_PER_MINUTE + 8
        return QSize(int(self.GUTTER + self.MIN_COLUMN * len(self.rooms)), int(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(int(self.GUTTER + 160 * len(self.rooms)), self.sizeHint().height())

    def y_of(self, minute: int) -> float:
        return self.HEADER + (minute - self.first_minute) * self.PIXELS_PER_MINUTE

    def minute_at(self, y: float) -> int:
        return int(self.first_minute + (y - self.HEADER) / self.PIXELS_PER_MINUTE)

    def column_width(self) -> float:
        return max(120.0, (self.width() - self.GUTTER) / max(1, len(self.rooms)))

    def _layout_blocks(self) -> None:
        """Blocks per room; sessions overlapping in one room get side-by-side lanes."""
        self._blocks = []
        width = self.column_width()
        for column, room in enumerate(self.rooms):
            in_room = sorted((s for s in self.sessions if s.room == room), key=lambda s: (s.start, s.end))
            lanes: list[time] = []  # end time of each lane's last session
            placed: list[tuple[Session, int]] = []
            for session in in_room:
                lane = next((i for i, end in enumerate(lanes) if end <= session.start), None)
                if lane is None:
                    lanes.append(session.end)
                    lane = len(lanes) - 1
                else:
                    lanes[lane] = session.end
                placed.append((session, lane))
            count = max(1, len(lanes))
            for session, lane in placed:
                left = self.GUTTER + column * width + 4 + lane * (width - 8) / count
                top = self.y_of(session.start.hour * 60 + session.start.minute)
                bottom = self.y_of(session.end.hour * 60 + session.end.minute)
                self._blocks.append(
                    _Block(session, QRectF(left, top + 1, (width - 8) / count - 4, max(18.0, bottom - top - 2)))
                )

    def block_rect(self, session_id: int) -> QRectF | None:
        return next((b.rect for b in self._blocks if b.session.id == session_id), None)

    def session_at(self, point: QPointF) -> int | None:
        return next((b.session.id for b in reversed(self._blocks) if b.rect.contains(point)), None)

    def room_at(self, x: float) -> str:
        column = int((x - self.GUTTER) // self.column_width())
        return self.rooms[min(max(column, 0), len(self.rooms) - 1)]

    def resizeEvent(self, event) -> None:
        self._layout_blocks()
        super().resizeEvent(event)
        self.columns_changed.emit()

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        grid = palette.color(QPalette.ColorRole.Mid)
        grid.setAlpha(90)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        width = self.column_width()
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)

        # hour lines and labels
        painter.setFont(small)
        for minute in range(self.first_minute, self.last_minute + 1, 30):
            y = self.y_of(minute)
            pen = QPen(grid, 1, Qt.PenStyle.SolidLine if minute % 60 == 0 else Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(self.GUTTER, y), QPointF(self.width(), y))
            if minute % 60 == 0 and minute < self.last_minute:
                painter.setPen(muted)
                painter.drawText(
                    QRectF(0, y - 2, self.GUTTER - 8, 20),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    self.format_time(time(minute // 60, 0)),
                )
        # column lines, then the sessions
        painter.setPen(QPen(grid, 1))
        for column in range(len(self.rooms)):
            x = self.GUTTER + column * width
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        bold = QFont(self.font())
        bold.setBold(True)
        for block in self._blocks:
            self._paint_block(painter, block, bold, small)
        painter.end()

    def _paint_block(self, painter: QPainter, block: _Block, bold: QFont, small: QFont) -> None:
        session, rect = block.session, block.rect
        conflicted = session.id in self.conflicted
        selected = session.id == self.selected
        # a conflicted block says so in colour, in a thicker red border and with "!" in words
        fill_colour = CONFLICT_COLOUR if conflicted else SESSION_COLOUR
        border = CONFLICT_BORDER if conflicted else SESSION_BORDER
        if selected:
            border = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(border, 3 if selected else (2 if conflicted else 1)))
        painter.setBrush(fill_colour)
        painter.drawRoundedRect(rect, 5, 5)
        inner = rect.adjusted(6, 3, -6, -3)
        painter.save()
        painter.setClipRect(inner)
        painter.setPen(INK)
        painter.setFont(bold)
        heading = f"{self.format_time(session.start)}-{self.format_time(session.end)}"
        if conflicted:
            heading = "! " + heading
        line = QFontMetricsF(bold).height()
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), Qt.AlignmentFlag.AlignLeft, heading)
        y = inner.top() + line
        painter.setFont(small)
        small_metrics = QFontMetricsF(small)
        lines = [session.title] if session.title else []
        people = ", ".join(self.names.get(p, "?") for p in session.interviewee_ids)
        if people:
            lines.append(people)
        painter.setPen(INK)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        for text in lines:
            area = QRectF(inner.left(), y, inner.width(), inner.bottom() - y)
            bounds = painter.boundingRect(area, flags, text)
            painter.drawText(area, flags, text)
            y += bounds.height()
        panel = ", ".join(self.assessor_names.get(a, "?") for a in session.assessor_ids)
        if panel and y < inner.bottom():
            painter.setPen(MUTED_INK)
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), inner.bottom() - y),
                flags,
                small_metrics.elidedText(panel, Qt.TextElideMode.ElideRight, inner.width() * 2),
            )
        painter.restore()

    # -- mouse --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.select(self.session_at(event.position()))
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        session_id = self.session_at(event.position())
        if session_id is not None:
            self.session_activated.emit(session_id)
        elif event.position().x() > self.GUTTER and event.position().y() > self.HEADER:
            minute = max(0, min(self.minute_at(event.position().y()) // 30 * 30, 23 * 60))
            self.create_requested.emit(time(minute // 60, minute % 60), self.room_at(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        session_id = self.session_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if session_id is not None else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def select(self, session_id: int | None) -> None:
        if session_id != self.selected:
            self.selected = session_id
            self.update()
        self.session_selected.emit(session_id)


class RoomHeader(QWidget):
    """The room names above the timeline, kept in view while the day scrolls."""

    def __init__(self, timeline: DayTimeline, scroll: QScrollArea, parent: QWidget | None = None):
        super().__init__(parent)
        self.timeline = timeline
        self.scroll_area = scroll
        self.setFixedHeight(30)
        timeline.columns_changed.connect(self.update)
        scroll.horizontalScrollBar().valueChanged.connect(self.update)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        metrics = QFontMetricsF(bold)
        offset = self.scroll_area.frameWidth() - self.scroll_area.horizontalScrollBar().value()
        width = self.timeline.column_width()
        grid = self.palette().color(QPalette.ColorRole.Mid)
        for column, room in enumerate(self.timeline.rooms):
            x = offset + self.timeline.GUTTER + column * width
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, 6), QPointF(x, self.height()))
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            label = metrics.elidedText(room or self.timeline.no_room_label, Qt.TextElideMode.ElideRight, width - 12)
            painter.drawText(
                QRectF(x + 6, 0, width - 12, self.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
        painter.end()


class SchedulePage(QWidget):
    """Days as tabs, a timeline per day, conflicts and the selected session beside it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.days: list[date] = []
        self.conflicts: list[Conflict] = []

        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.assessors_button = QPushButton()
        self.days_button = QPushButton()
        self.thai_digits = QCheckBox()
        self.tabs = QTabBar()
        self.tabs.setObjectName("dayTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.timeline = DayTimeline()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.timeline)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.room_header = RoomHeader(self.timeline, self.scroll_area)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.conflict_title = QLabel()
        self.conflict_list = QListWidget()
        self.conflict_list.setObjectName("conflicts")
        self.conflict_list.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("sessionDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("status")

        toolbar = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.delete_button):
            toolbar.addWidget(widget)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        toolbar.addWidget(separator)
        toolbar.addWidget(self.assessors_button)
        toolbar.addWidget(self.days_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.thai_digits)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.tabs)
        left_layout.addWidget(self.room_header)
        left_layout.addWidget(self.scroll_area, 1)
        left_layout.addWidget(self.empty, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        bold = self.conflict_title.font()
        bold.setBold(True)
        self.conflict_title.setFont(bold)
        right_layout.addWidget(self.conflict_title)
        right_layout.addWidget(self.conflict_list, 1)
        self.session_title = QLabel()
        self.session_title.setFont(bold)
        right_layout.addWidget(self.session_title)
        right_layout.addWidget(self.details, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.new_button.clicked.connect(lambda: self.new_session())
        self.edit_button.clicked.connect(lambda: self.edit_session())
        self.delete_button.clicked.connect(lambda: self.delete_session())
        self.assessors_button.clicked.connect(self.edit_assessors)
        self.days_button.clicked.connect(self.edit_days)
        self.thai_digits.toggled.connect(self._digits_toggled)
        self.tabs.currentChanged.connect(lambda _: self._show_day())
        self.timeline.session_selected.connect(self._session_selected)
        self.timeline.session_activated.connect(lambda sid: self.edit_session(sid))
        self.timeline.create_requested.connect(lambda start, room: self.new_session(start=start, room=room))
        self.conflict_list.currentItemChanged.connect(self._conflict_chosen)
        self.conflict_list.itemClicked.connect(self._conflict_chosen)
        for signal in (context.schedule_changed, context.people_changed, context.language_changed):
            signal.connect(self.refresh)
        for keys, target, action, scope in (
            (
                QKeySequence(QKeySequence.StandardKey.Delete),
                self.timeline,
                self.delete_session,
                Qt.ShortcutContext.WidgetShortcut,
            ),
            (QKeySequence(Qt.Key.Key_Return), self.timeline, self.edit_session, Qt.ShortcutContext.WidgetShortcut),
            (
                QKeySequence(QKeySequence.StandardKey.New),
                self,
                self.new_session,
                Qt.ShortcutContext.WidgetWithChildrenShortcut,
            ),
        ):
            shortcut = QShortcut(keys, target)
            shortcut.setContext(scope)
            shortcut.activated.connect(lambda action=action: action())
        self.retranslate()

    def retranslate(self) -> None:
        """Every fixed text, again in the current language (at start and on a language switch)."""
        self.setWindowTitle(self.tr("Schedule"))
        self.new_button.setText(self.tr("New session..."))
        self.edit_button.setText(self.tr("Edit..."))
        self.delete_button.setText(self.tr("Delete"))
        self.assessors_button.setText(self.tr("Assessor panel..."))
        self.days_button.setText(self.tr("Assessment days..."))
        self.thai_digits.setText(self.tr("Thai digits (๑๒๓)"))
        self.thai_digits.setToolTip(self.tr("Show dates and times with Thai digits on a Thai interface"))
        self.timeline.no_room_label = self.tr("(no room)")
        self.empty.setText(self.tr("No assessment days yet. Set the assessment days, or add a session."))
        self.session_title.setText(self.tr("Session"))
        self.status.clear()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ---------------------------------------------------------------------------
    def current_day(self) -> date | None:
        index = self.tabs.currentIndex()
        return self.days[index] if 0 <= index < len(self.days) else None

    def refresh(self) -> None:
        store = self.context.store
        prefs = common.preferences(self.context)
        self.thai_digits.blockSignals(True)
        self.thai_digits.setChecked(prefs.digits == "thai")
        self.thai_digits.setEnabled(prefs.language == "th")
        self.thai_digits.blockSignals(False)
        self.timeline.format_time = lambda t: show_time(self.context, t)
        keep_day = self.current_day()
        self.days = assessment_days(store)
        names = {p.id: p.name for p in store.people.list() if p.id is not None}
        assessors = {a.id: a.name for a in store.schedule.assessors() if a.id is not None}
        self._names, self._assessors = names, assessors
        sessions = {s.id: s for s in store.schedule.sessions()}
        order = {sid: i for i, sid in enumerate(sessions)}  # time order
        self.conflicts = sorted(
            find_conflicts(sessions.values(), names, assessors), key=lambda c: order.get(c.session_ids[0], 0)
        )
        self._sessions = sessions
        conflict_days: dict[date, int] = {}
        for conflict in self.conflicts:
            for sid in conflict.session_ids:
                if sid in sessions:
                    conflict_days[sessions[sid].day] = conflict_days.get(sessions[sid].day, 0) + 1

        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for day in self.days:
            count = sum(1 for s in sessions.values() if s.day == day)
            label = common.show_short_day(self.context, day)
            index = self.tabs.addTab(f"{label} ({common.show_number(self.context, count)})")
            self.tabs.setTabToolTip(index, show_date(self.context, day, long=True, weekday=True))
            if conflict_days.get(day):
                self.tabs.setTabTextColor(index, QColor("#c5221f"))
        if self.days:
            self.tabs.setCurrentIndex(self.days.index(keep_day) if keep_day in self.days else 0)
        self.tabs.blockSignals(False)
        self.tabs.updateGeometry()  # tabs added with signals blocked do not ask for room themselves
        has_days = bool(self.days)
        self.tabs.setVisible(has_days)
        self.room_header.setVisible(has_days)
        self.scroll_area.setVisible(has_days)
        self.empty.setVisible(not has_days)

        self.conflict_list.blockSignals(True)
        self.conflict_list.clear()
        for conflict in self.conflicts:
            first = sessions.get(conflict.session_ids[0])
            where = f"{show_date(self.context, first.day)} {show_time(self.context, first.start)}" if first else ""
            item = QListWidgetItem(f"{where} — {conflict_text(conflict)}")
            item.setData(Qt.ItemDataRole.UserRole, conflict.session_ids[0])
            item.setForeground(QColor("#8a1c1c"))
            self.conflict_list.addItem(item)
        self.conflict_list.blockSignals(False)
        self.conflict_title.setText(
            fill(self.tr("Conflicts: %1"), len(self.conflicts)) if self.conflicts else self.tr("No conflicts")
        )
        self._show_day()

    def _show_day(self) -> None:
        day = self.current_day()
        sessions = [s for s in self._sessions.values() if s.day == day] if day else []
        conflicted = {sid for c in self.conflicts for sid in c.session_ids if sid is not None}
        self.timeline.set_day(sessions, conflicted, self._names, self._assessors)
        self._session_selected(self.timeline.selected)

    def _session_selected(self, session_id: int | None) -> None:
        self.edit_button.setEnabled(session_id is not None)
        self.delete_button.setEnabled(session_id is not None)
        session = self._sessions.get(session_id) if session_id is not None else None
        if session is None:
            hint = self.tr(
                "Click a session to see it; double-click to edit it, or double-click an empty place to add one there."
            )
            self.details.setText(f"<span style='color:#5f6368'>{html.escape(hint)}</span>")
            return
        store = self.context.store
        people = {p.id: p for p in store.people.list()}
        assessors = {a.id: a for a in store.schedule.assessors()}
        parts = [
            f"<b>{html.escape(show_date(self.context, session.day, long=True, weekday=True))}</b>",
            html.escape(
                f"{show_time(self.context, session.start)}-{show_time(self.context, session.end)}"
                + (f" · {session.room}" if session.room else "")
            ),
        ]
        if session.title:
            parts.append(f"<i>{html.escape(session.title)}</i>")
        panel = [
            html.escape(a.name + (f" — {a.organisation}" if a.organisation else ""))
            for i in session.assessor_ids
            if (a := assessors.get(i))
        ]
        assessors_title, interviewees_title = self.tr("Assessors"), self.tr("Interviewees")
        parts.append(f"<b>{html.escape(assessors_title)}</b><br>" + ("<br>".join(panel) or "—"))
        names = [
            html.escape(p.name + (f" ({p.agency})" if p.agency else ""))
            for i in session.interviewee_ids
            if (p := people.get(i))
        ]
        parts.append(f"<b>{html.escape(interviewees_title)}</b><br>" + ("<br>".join(names) or "—"))
        if session.notes:
            parts.append(html.escape(session.notes))
        mine = [conflict_text(c) for c in self.conflicts if session.id in c.session_ids]
        if mine:
            parts.append(
                "<span style='color:#b3261e'>" + "<br>".join(html.escape(m) for m in dict.fromkeys(mine)) + "</span>"
            )
        self.details.setText("<br><br>".join(parts))

    def _conflict_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        self.show_session(item.data(Qt.ItemDataRole.UserRole))

    def show_session(self, session_id: int) -> None:
        """Switch to the session's day and select it."""
        session = self._sessions.get(session_id)
        if session is None or session.day not in self.days:
            return
        self.tabs.setCurrentIndex(self.days.index(session.day))
        self.timeline.select(session_id)
        rect = self.timeline.block_rect(session_id)
        if rect is not None:
            self.scroll_area.ensureVisible(int(rect.center().x()), int(rect.top()), 20, 40)

    # -- actions ------------------------------------------------------------------------
    def new_session(self, start: time | None = None, room: str = "") -> bool:
        day = self.current_day() or date.today()
        if start is None:
            same_day = [s for s in self._sessions.values() if s.day == day]
            start = max((s.end for s in same_day), default=time(9, 0))
        dialog = SessionDialog(self.context, day=day, start=start, room=room, parent=self)
        if common.exec_dialog(dialog) and dialog.saved is not None:
            self.show_session(stored_id(dialog.saved.id))
            self.status.setText(self.tr("Session added."))
            return True
        return False

    def edit_session(self, session_id: int | None = None) -> bool:
        session_id = session_id if session_id is not None else self.timeline.selected
        session = self.context.store.schedule.session(session_id) if session_id is not None else None
        if session is None:
            return False
        dialog = SessionDialog(self.context, session, parent=self)
        if common.exec_dialog(dialog) and dialog.saved is not None:
            self.show_session(stored_id(dialog.saved.id))
            self.status.setText(self.tr("Session saved."))
            return True
        return False

    def delete_session(self) -> bool:
        session = self._sessions.get(self.timeline.selected) if self.timeline.selected is not None else None
        if session is None:
            return False
        text = fill(
            self.tr("Delete the session of %1, %2?"),
            show_date(self.context, session.day),
            f"{show_time(self.context, session.start)}-{show_time(self.context, session.end)}",
        )
        if not common.confirm(self, self.tr("Delete session"), text):
            return False
        self.context.run(remove_session, stored_id(session.id))
        self.status.setText(self.tr("Session deleted."))
        return True

    def edit_assessors(self) -> None:
        common.exec_dialog(AssessorsDialog(self.context, self))

    def edit_days(self) -> None:
        common.exec_dialog(AssessmentDaysDialog(self.context, self))

    def _digits_toggled(self, on: bool) -> None:
        self.context.run(update_preferences, digits="thai" if on else "arabic")  # every view redraws its numbers


__all__ = ["SchedulePage", "DayTimeline", "RoomHeader"]
