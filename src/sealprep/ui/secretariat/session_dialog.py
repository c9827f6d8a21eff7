"""Editing the schedule: one session, the assessor panel, and the assessment days.

Dates and times are typed the way a Thai office writes them (``9/2/2569``, ``๙ ก.พ. ๒๕๖๙``,
``๐๙.๓๐``) and read with ``core.schedule.parse_date``/``parse_time``; the dialog shows at once
how it understood them, and which conflicts the session would cause.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.operations.schedule import save_assessors, save_session, set_assessment_days
from sealprep.core.secretariat.schedule import (
    Assessor,
    Session,
    assessment_days,
    find_conflicts,
    parse_date,
    parse_time,
)
from sealprep.core.thai.text import search_form
from sealprep.ui.app_context import AppContext
from sealprep.ui.secretariat.common import (
    conflict_text,
    fill,
    person_role_label,
    show_date,
    show_number,
    show_time,
    translate_buttons,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HINT_STYLE = "color: #5f6368;"
ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a4b00;"


def _checkable_list(object_name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(object_name)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    return widget


def checked_ids(widget: QListWidget) -> list[int]:
    return [
        widget.item(i).data(ID_ROLE)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, ids) -> None:
    wanted = set(ids)
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked)


class SessionDialog(QDialog):
    """Create or edit a session; saves it on OK (emitting ``schedule_changed``)."""

    def __init__(
        self,
        context: AppContext,
        session: Session | None = None,
        day: date | None = None,
        start: time | None = None,
        room: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        store = context.store
        start = start or time(9, 0)
        end = add_minutes(start, 60)
        self._original = session or Session(day or date.today(), start, end, room)
        self.saved: Session | None = None
        self.setWindowTitle(self.tr("Edit session") if session and session.id else self.tr("New session"))
        self.resize(760, 680)

        self.day = QComboBox()
        self.day.setEditable(True)
        self.day.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for known in assessment_days(store):
            self.day.addItem(show_date(context, known), known)
        self.day.setEditText(show_date(context, self._original.day))
        self.day_hint = QLabel()
        self.start = QLineEdit(show_time(context, self._original.start))
        self.end = QLineEdit(show_time(context, self._original.end))
        for edit in (self.start, self.end):
            edit.setPlaceholderText("09:00")
            edit.setMaximumWidth(120)
        self.time_hint = QLabel()
        self.room = QLineEdit(self._original.room)
        rooms = sorted({s.room for s in store.schedule.sessions() if s.room})
        self.room.setCompleter(QCompleter(rooms, self.room))
        self.room.setPlaceholderText(self.tr("e.g. ห้องประชุม 1 ศาลาว่าการ กทม. 2"))
        self.title = QLineEdit(self._original.title)
        self.title.setPlaceholderText(self.tr("e.g. มิติ 1 การวางแผนและการจัดการ"))

        self.assessors = _checkable_list("assessors")
        for assessor in store.schedule.assessors():
            item = QListWidgetItem(assessor.name + (f" — {assessor.organisation}" if assessor.organisation else ""))
            item.setData(ID_ROLE, assessor.id)
            item.setToolTip(assessor.expertise)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.assessors.addItem(item)
        set_checked(self.assessors, self._original.assessor_ids)
        self.people_filter = QLineEdit()
        self.people_filter.setPlaceholderText(self.tr("Filter people..."))
        self.people_filter.setClearButtonEnabled(True)
        self.interviewees = _checkable_list("interviewees")
        people = sorted(store.people.list(), key=lambda p: (p.role != "interviewee", p.name))
        for person in people:
            label = person.name + (f" — {person.agency}" if person.agency else "")
            if person.role != "interviewee":
                label += f" ({person_role_label(person.role)})"
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, person.id)
            item.setData(ID_ROLE + 1, search_form(f"{person.name} {person.agency} {person.position}"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.interviewees.addItem(item)
        set_checked(self.interviewees, self._original.interviewee_ids)
        self.notes = QPlainTextEdit(self._original.notes)
        self.notes.setFixedHeight(60)
        self.conflicts = QLabel()
        self.conflicts.setObjectName("conflictPreview")
        self.conflicts.setWordWrap(True)

        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("-"))
        times.addWidget(self.end)
        times.addWidget(self.time_hint, 1)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow("", self.day_hint)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Title"), self.title)
        lists = QGridLayout()
        lists.addWidget(QLabel(self.tr("Assessor panel")), 0, 0)
        lists.addWidget(QLabel(self.tr("Interviewees")), 0, 1)
        lists.addWidget(self.assessors, 1, 0, 2, 1)
        lists.addWidget(self.people_filter, 1, 1)
        lists.addWidget(self.interviewees, 2, 1)
        lists.setColumnStretch(0, 1)
        lists.setColumnStretch(1, 1)
        self.buttons = translate_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(QLabel(self.tr("Notes")))
        layout.addWidget(self.notes)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.buttons)

        self.day.currentIndexChanged.connect(self._check)
        self.day.editTextChanged.connect(self._check)
        for edit in (self.start, self.end, self.room):
            edit.textChanged.connect(self._check)
        self.assessors.itemChanged.connect(self._check)
        self.interviewees.itemChanged.connect(self._check)
        self.people_filter.textChanged.connect(self._filter_people)
        self._check()

    # -- reading the form ---------------------------------------------------------------
    def _day(self) -> date:
        text = self.day.currentText()
        index = self.day.findText(text)
        if index >= 0 and isinstance(self.day.itemData(index), date):
            return self.day.itemData(index)
        return parse_date(text)

    def session(self) -> Session:
        """The session as the form describes it; ValueError when a date or time is unreadable."""
        return replace(
            self._original,
            day=self._day(),
            start=parse_time(self.start.text()),
            end=parse_time(self.end.text()),
            room=self.room.text().strip(),
            title=self.title.text().strip(),
            notes=self.notes.toPlainText().strip(),
            assessor_ids=checked_ids(self.assessors),
            interviewee_ids=checked_ids(self.interviewees),
        )

    def _check(self, *_args) -> None:
        ok = True
        try:
            day = self._day()
            self.day_hint.setText(show_date(self.context, day, long=True, weekday=True))
            self.day_hint.setStyleSheet(HINT_STYLE)
        except ValueError:
            ok = False
            self.day_hint.setText(self.tr("Not a date: write it as 9/2/2569, ๙ ก.พ. ๒๕๖๙ or 2026-02-09."))
            self.day_hint.setStyleSheet(ERROR_STYLE)
        try:
            start, end = parse_time(self.start.text()), parse_time(self.end.text())
            if end <= start:
                ok = False
                self.time_hint.setText(self.tr("The session must end after it starts."))
                self.time_hint.setStyleSheet(ERROR_STYLE)
            else:
                minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
                self.time_hint.setText(fill(self.tr("%1 minutes"), show_number(self.context, minutes)))
                self.time_hint.setStyleSheet(HINT_STYLE)
        except ValueError:
            ok = False
            self.time_hint.setText(self.tr("Not a time: write it as 09:30 or ๙.๓๐."))
            self.time_hint.setStyleSheet(ERROR_STYLE)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        self.conflicts.setText("")
        if ok:
            self._show_conflicts(self.session())

    def _show_conflicts(self, draft: Session) -> None:
        store = self.context.store
        draft = replace(draft, id=draft.id if draft.id is not None else -1)
        others = [s for s in store.schedule.sessions(day=draft.day) if s.id != draft.id]
        names = {p.id: p.name for p in store.people.list() if p.id is not None}
        assessors = {a.id: a.name for a in store.schedule.assessors() if a.id is not None}
        mine = [c for c in find_conflicts([*others, draft], names, assessors) if draft.id in c.session_ids]
        if mine:
            lines = [conflict_text(c) for c in mine]
            self.conflicts.setText(self.tr("Warning:") + " " + "; ".join(dict.fromkeys(lines)))
            self.conflicts.setStyleSheet(WARNING_STYLE)
        self.conflicts.setVisible(bool(mine))

    def _filter_people(self, text: str) -> None:
        terms = search_form(text).split()
        for i in range(self.interviewees.count()):
            item = self.interviewees.item(i)
            item.setHidden(not all(t in item.data(ID_ROLE + 1) for t in terms))

    def accept(self) -> None:
        try:
            session = self.session()
            self.saved = self.context.run(save_session, session)
        except ValueError:
            self._check()
            return
        super().accept()


def add_minutes(moment: time, minutes: int) -> time:
    """A clock time plus minutes, stopping at 23:59."""
    total = min(moment.hour * 60 + moment.minute + minutes, 23 * 60 + 59)
    return time(total // 60, total % 60)


class AssessorsDialog(QDialog):
    """The assessor panel: name, organisation, expertise; saved together on OK."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Assessor panel"))
        self.resize(860, 420)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("assessorTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Expertise")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._removed: list[int] = []
        for assessor in context.store.schedule.assessors():
            self.add_row(assessor)
        self.table.resizeColumnsToContents()
        for column in (0, 1):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 180), 300))
        add = QPushButton(self.tr("Add assessor"))
        remove = QPushButton(self.tr("Remove selected"))
        add.clicked.connect(lambda: self.add_row(Assessor("")))
        remove.clicked.connect(self.remove_selected)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        buttons = translate_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The people who assess (they are not on the roster). Removing one takes them off every session."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def add_row(self, assessor: Assessor) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((assessor.name, assessor.organisation, assessor.expertise)):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(ID_ROLE, assessor.id)
            self.table.setItem(row, column, item)
        if not assessor.name:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))  # type: ignore[arg-type]  # the row was just filled

    def remove_selected(self) -> None:
        for row in sorted(
            {i.row() for i in self.table.selectedIndexes()} | {self.table.currentRow()} - {-1}, reverse=True
        ):
            assessor_id = self.table.item(row, 0).data(ID_ROLE)
            if assessor_id is not None:
                self._removed.append(assessor_id)
            self.table.removeRow(row)

    def assessors(self) -> list[Assessor]:
        found = []
        for row in range(self.table.rowCount()):
            cells = [(self.table.item(row, c).text() if self.table.item(row, c) else "").strip() for c in range(3)]
            assessor_id = self.table.item(row, 0).data(ID_ROLE) if self.table.item(row, 0) else None
            if any(cells) or assessor_id is not None:
                found.append(Assessor(cells[0], cells[1], cells[2], id=assessor_id))
        return found

    def accept(self) -> None:
        assessors = self.assessors()
        if any(not a.name for a in assessors):
            self.problem.setText(self.tr("Every assessor needs a name (or remove the row)."))
            return
        self.context.run(save_assessors, assessors, self._removed)
        super().accept()


class AssessmentDaysDialog(QDialog):
    """The first and last day of the external assessment (the day tabs of the schedule)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Assessment days"))
        block = context.store.schedule.block()
        self.first = QLineEdit(show_date(context, block[0]) if block else "")
        self.last = QLineEdit(show_date(context, block[1]) if block else "")
        for edit in (self.first, self.last):
            edit.setPlaceholderText("9/2/2569")
            edit.textChanged.connect(self._check)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = translate_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("First day"), self.first)
        form.addRow(self.tr("Last day"), self.last)
        form.addRow("", self.hint)
        form.addRow(self.buttons)
        self._check()

    def days(self) -> tuple[date, date]:
        return parse_date(self.first.text()), parse_date(self.last.text())

    def _check(self, *_args) -> None:
        try:
            first, last = self.days()
            ok = first <= last and (last - first) <= timedelta(days=31)
            self.hint.setText(
                fill(
                    self.tr("%1 to %2: %3 days"),
                    show_date(self.context, first, long=True, weekday=True),
                    show_date(self.context, last, long=True, weekday=True),
                    show_number(self.context, (last - first).days + 1),
                )
                if ok
                else self.tr("The last day must come after the first, within a month.")
            )
        except ValueError:
            ok = False
            self.hint.setText(self.tr("Write the dates as 9/2/2569, ๙ ก.พ. ๒๕๖๙ or 2026-02-09."))
        self.hint.setStyleSheet(HINT_STYLE if ok else ERROR_STYLE)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def accept(self) -> None:
        try:
            self.context.run(set_assessment_days, *self.days())
        except ValueError:
            self._check()
            return
        super().accept()
