"""The "People" page: the roster, a person's profile (details, assigned questions, interview
sessions), and import/export of the roster and of the assignments."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.operations.assignments import apply_assignments
from sealprep.core.operations.people import apply_roster, remove_person, save_person
from sealprep.core.secretariat.assignments import PRIMARY
from sealprep.core.secretariat.assignments_import import preview_assignments
from sealprep.core.secretariat.model import stored_id
from sealprep.core.secretariat.roster_export import export_assignments, export_roster
from sealprep.core.secretariat.roster_import import preview_roster
from sealprep.core.secretariat.schedule import sessions_for_person
from sealprep.core.secretariat.table_files import TableFileError
from sealprep.ui.app_context import AppContext
from sealprep.ui.packs import PackActions, PackButton
from sealprep.ui.printing import PrintSheetButton
from sealprep.ui.secretariat import common
from sealprep.ui.secretariat.assignment_dialogs import AssignQuestionsDialog
from sealprep.ui.secretariat.background import run_in_background
from sealprep.ui.secretariat.common import assignment_role_label, fill, person_role_label, show_date, show_time
from sealprep.ui.secretariat.import_dialog import assignment_preview_dialog, roster_preview_dialog
from sealprep.ui.secretariat.people_model import NAME, PERSON_ID_ROLE, POSITION, PeopleFilter, PeopleTableModel
from sealprep.ui.secretariat.person_dialog import PersonDialog


class PersonProfile(QWidget):
    """One person at a glance: details, assigned questions (with role), interview sessions."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.person_id: int | None = None
        self.details = QLabel()
        self.details.setObjectName("profileDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.assign_button = QPushButton()
        self.questions_title = QLabel()
        self.questions = QTreeWidget()
        self.questions.setObjectName("profileQuestions")
        self.questions.setRootIsDecorated(False)
        self.questions.setColumnCount(3)
        self.questions.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.questions.header().setStretchLastSection(True)
        self.sessions_title = QLabel()
        self.sessions = QTreeWidget()
        self.sessions.setObjectName("profileSessions")
        self.sessions.setRootIsDecorated(False)
        self.sessions.setColumnCount(4)
        self.sessions.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):  # the title and the room share what is left (whole text in the tooltip)
            self.sessions.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.sessions.header().setStretchLastSection(False)
        for title in (self.questions_title, self.sessions_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)

        questions_bar = QHBoxLayout()  # two short rows rather than one that a narrow panel cuts
        questions_bar.addWidget(self.assign_button)
        questions_bar.addStretch(1)
        print_bar = QHBoxLayout()
        self.print_button = PrintSheetButton()
        print_bar.addWidget(self.print_button)
        print_bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.details)
        layout.addLayout(questions_bar)
        layout.addLayout(print_bar)
        layout.addWidget(self.questions_title)
        layout.addWidget(self.questions, 3)
        layout.addWidget(self.sessions_title)
        layout.addWidget(self.sessions, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.assign_button.setText(self.tr("Assign questions..."))
        self.questions.setHeaderLabels([self.tr("Role"), self.tr("Id"), self.tr("Question")])
        self.sessions.setHeaderLabels([self.tr("Date"), self.tr("Time"), self.tr("Session"), self.tr("Room")])
        self.show_person(self.person_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_person(self, person_id: int | None) -> None:
        store = self.context.store
        person = store.people.get(person_id) if person_id is not None else None
        self.person_id = person.id if person else None
        self.questions.clear()
        self.sessions.clear()
        self.assign_button.setEnabled(person is not None)
        self.print_button.setEnabled(person is not None)
        if person is None:
            hint = self.tr("Choose a person to see their questions and interview sessions.")
            self.details.setText(f"<p style='color:#5f6368'>{html.escape(hint)}</p>")
            self.questions_title.setText(self.tr("Assigned questions"))
            self.sessions_title.setText(self.tr("Interview sessions"))
            return
        agency = store.bank.agencies().get(person.agency)
        lines = [f"<h2 style='margin:0'>{html.escape(person.name)}</h2>"]
        if person.position:
            lines.append(html.escape(person.position))
        if person.agency:
            lines.append(html.escape(f"{person.agency} — {agency.th}" if agency else person.agency))
        contact = " · ".join(html.escape(x) for x in (person.email, person.phone) if x)
        if contact:
            lines.append(contact)
        lines.append(f"<i>{html.escape(person_role_label(person.role))}</i>")
        if person.notes:
            lines.append(f"<span style='color:#5f6368'>{html.escape(person.notes)}</span>")
        self.details.setText("<br>".join(lines))

        roles = store.assignments.for_person(stored_id(person.id))
        summaries = {s.id: s for s in store.bank.summaries()}
        order = {qid: i for i, qid in enumerate(summaries)}
        for question_id in sorted(roles, key=lambda q: (roles[q] != PRIMARY, order.get(q, len(order)), q)):
            summary = summaries.get(question_id)
            text = summary.question_th if summary else self.tr("(no longer in the bank)")
            item = QTreeWidgetItem([assignment_role_label(roles[question_id]), question_id, text])
            item.setToolTip(2, summary.question_en if summary and summary.question_en else text)
            self.questions.addTopLevelItem(item)
        primary = sum(1 for r in roles.values() if r == PRIMARY)
        self.questions_title.setText(
            fill(self.tr("Assigned questions: %1 primary, %2 backup"), primary, len(roles) - primary)
        )

        assessors = {a.id: a.name for a in store.schedule.assessors()}
        sessions = sessions_for_person(store, stored_id(person.id))
        for session in sessions:
            panel = ", ".join(assessors.get(a, "?") for a in session.assessor_ids)
            item = QTreeWidgetItem(
                [
                    show_date(self.context, session.day, weekday=False),
                    f"{show_time(self.context, session.start)}-{show_time(self.context, session.end)}",
                    session.title,
                    session.room,
                ]
            )
            item.setToolTip(0, show_date(self.context, session.day, long=True, weekday=True))
            for column in (2, 3):
                item.setToolTip(column, f"{item.text(column)}\n" + fill(self.tr("Assessors: %1"), panel or "—"))
            self.sessions.addTopLevelItem(item)
        self.sessions_title.setText(
            fill(self.tr("Interview sessions: %1"), len(sessions))
            if sessions
            else self.tr("Interview sessions: none scheduled")
        )


class PeoplePage(QWidget):
    """The roster with its profile panel; import, export, add, edit, remove, assign."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.import_button = QToolButton()
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        import_menu = QMenu(self.import_button)
        self.import_people_action = import_menu.addAction("", lambda: self.import_people())
        self.import_assignments_action = import_menu.addAction("", lambda: self.import_assignments())
        self.import_button.setMenu(import_menu)
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        self.export_roster_action = export_menu.addAction("", lambda: self.export_people())
        self.export_assignments_action = export_menu.addAction("", lambda: self.export_assignments())
        self.export_button.setMenu(export_menu)
        self.packs = PackActions(context, self)
        self.export_packs_button = PackButton("export_everyone")
        self.export_packs_button.clicked.connect(lambda: self.packs.export_everyone())
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.role_filter = QComboBox()
        for role in (None, "interviewee", "secretariat"):
            self.role_filter.addItem("", role)
        self.count_label = QLabel()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.empty_hint = QLabel()  # what to do first, while the roster is empty
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextFormat(Qt.TextFormat.RichText)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setContentsMargins(24, 24, 24, 24)
        self.empty_hint.linkActivated.connect(self._empty_link)

        self.model = PeopleTableModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(POSITION, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.profile = PersonProfile(context)

        toolbar = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.remove_button):
            toolbar.addWidget(widget)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        toolbar.addWidget(separator)
        toolbar.addWidget(self.import_button)
        toolbar.addWidget(self.export_button)
        toolbar.addWidget(self.export_packs_button)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.search, 1)
        toolbar.addWidget(self.role_filter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty_hint)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.profile)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 450])  # at 1366 px every column of the roster shows whole
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.packs.status.connect(self.status.setText)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.remove_button.clicked.connect(self.remove_person)
        self.profile.assign_button.clicked.connect(self.assign_questions)
        self.profile.print_button.clicked.connect(self.print_sheet)
        self.view.doubleClicked.connect(lambda _index: self.edit_person())
        # A mouse press makes the row current *before* it selects it, so current-row signals
        # alone miss the click: follow the selection itself (and the current row, for keys).
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.search.textChanged.connect(self._filter_changed)
        self.role_filter.currentIndexChanged.connect(lambda: self._filter_changed())
        for signal in (
            context.people_changed,
            context.assignments_changed,
            context.schedule_changed,
            context.bank_changed,
            context.language_changed,
        ):
            signal.connect(self.refresh)
        self._shortcuts()
        self.retranslate()

    def retranslate(self) -> None:
        """Every fixed text, again in the current language (at start and on a language switch)."""
        self.setWindowTitle(self.tr("People"))
        self.add_button.setText(self.tr("Add person..."))
        self.edit_button.setText(self.tr("Edit..."))
        self.remove_button.setText(self.tr("Remove"))
        self.import_button.setText(self.tr("Import"))
        self.import_people_action.setText(self.tr("People from CSV or Excel..."))
        self.import_assignments_action.setText(self.tr("Assignments from CSV or Excel..."))
        self.export_button.setText(self.tr("Export"))
        self.export_roster_action.setText(self.tr("Roster..."))
        self.export_assignments_action.setText(self.tr("Assignments..."))
        self.search.setPlaceholderText(self.tr("Filter by name, position, agency, e-mail..."))
        for index, text in enumerate((self.tr("Everyone"), self.tr("Interviewees"), self.tr("Secretariat"))):
            self.role_filter.setItemText(index, text)
        self.status.clear()  # a past message in the old language
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _shortcuts(self) -> None:
        """Delete removes, Enter edits (in the table); Ctrl+N adds; Ctrl+F goes to the filter."""
        table_only = Qt.ShortcutContext.WidgetShortcut
        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, target, action, context in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.remove_person, table_only),
            (QKeySequence(Qt.Key.Key_Return), self.view, self.edit_person, table_only),
            (QKeySequence(Qt.Key.Key_Enter), self.view, self.edit_person, table_only),
            (QKeySequence(QKeySequence.StandardKey.New), self, self.add_person, page_wide),
            (QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus, page_wide),
        ):
            shortcut = QShortcut(keys, target)
            shortcut.setContext(context)
            shortcut.activated.connect(action)

    # -- state --------------------------------------------------------------------------
    def selected_person_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(PERSON_ID_ROLE) if rows else None

    def select_person(self, person_id: int | None) -> None:
        row = self.model.row_of(person_id) if person_id is not None else None
        if row is None:
            self.view.selectionModel().clearSelection()
            self._selection_changed()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.scrollTo(index)
        self._selection_changed()

    def refresh(self) -> None:
        """Reload the roster (keeping the selection) and the profile."""
        store = self.context.store
        keep = self.selected_person_id()
        people = store.people.list()
        agencies = {code: a.th for code, a in store.bank.agencies().items()}
        questions: dict[int, tuple[int, int]] = {}
        for assignment in store.assignments.list():
            primary, backup = questions.get(assignment.person_id, (0, 0))
            questions[assignment.person_id] = (
                (primary + 1, backup) if assignment.role == PRIMARY else (primary, backup + 1)
            )
        sessions: dict[int, int] = {}
        for session in store.schedule.sessions():
            for person_id in session.interviewee_ids:
                sessions[person_id] = sessions.get(person_id, 0) + 1
        self.model.set_data(people, agencies, questions, sessions)
        self.select_person(keep)
        self._update_count()
        self._fit_table()
        self._update_empty_hint()

    def _update_empty_hint(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_hint.setVisible(empty)
        if not empty:
            return
        steps = html.escape(
            self.tr(
                "No one is on the roster yet. Start with Import → People from CSV or Excel… (columns: name, position, agency, e-mail, phone), or add people one by one."
            )
        )
        example = html.escape(self.tr("Try the import with the example roster"))
        folder = html.escape(self.tr("open the examples folder"))
        self.empty_hint.setText(f"<p>{steps}</p><p><a href='example'>{example}</a> · <a href='folder'>{folder}</a></p>")

    def _empty_link(self, link: str) -> None:
        from sealprep.paths import example_roster, examples_dir

        if link == "example":
            self.import_people(str(example_roster()))
        else:
            from sealprep.ui.links import open_local_folder

            open_local_folder(examples_dir())

    def _fit_table(self) -> None:
        """Give the roster the width its columns need (whole positions), the profile the rest
        (at least 320 px: its buttons and headings)."""
        header = self.view.horizontalHeader()
        needed = sum(
            max(header.sectionSizeHint(c), self.view.sizeHintForColumn(c)) for c in range(self.model.columnCount())
        )
        needed += self.view.frameWidth() * 2 + self.view.verticalScrollBar().sizeHint().width() + 4
        margins = self.layout().contentsMargins()
        total = self.width() - margins.left() - margins.right() - self.splitter.handleWidth()
        table = min(needed, total - 320)
        self.splitter.setSizes([table, max(1, total - table)])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_table()

    def _filter_changed(self, *_args) -> None:
        self.status.clear()
        self.proxy.set_query(self.search.text())
        self.proxy.set_role(self.role_filter.currentData())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = fill(self.tr("%1 people"), total) if shown == total else fill(self.tr("%1 of %2 people"), shown, total)
        self.count_label.setText(text)

    def _selection_changed(self) -> None:
        self.status.clear()  # a past action's message ("Nothing was imported.") is stale now
        person_id = self.selected_person_id()
        self.edit_button.setEnabled(person_id is not None)
        self.remove_button.setEnabled(person_id is not None)
        self.profile.show_person(person_id)

    # -- actions ------------------------------------------------------------------------
    def add_person(self) -> None:
        dialog = PersonDialog(self.context, parent=self)
        if common.exec_dialog(dialog):
            person = self.context.run(save_person, dialog.person())
            self.select_person(person.id)
            self.status.setText(fill(self.tr("Added %1."), person.name))

    def edit_person(self) -> None:
        person_id = self.selected_person_id()
        person = self.context.store.people.get(person_id) if person_id is not None else None
        if person is None:
            return
        dialog = PersonDialog(self.context, person, parent=self)
        if common.exec_dialog(dialog):
            self.context.run(save_person, dialog.person())
            self.status.setText(fill(self.tr("Saved %1."), dialog.person().name))

    def remove_person(self) -> None:
        person_id = self.selected_person_id()
        person = self.context.store.people.get(person_id) if person_id is not None else None
        if person is None:
            return
        assigned = len(self.context.store.assignments.for_person(stored_id(person.id)))
        sessions = len(sessions_for_person(self.context.store, stored_id(person.id)))
        text = fill(
            self.tr(
                "Remove %1 from the roster? Their %2 assignment(s) are removed too, and they leave %3 interview session(s)."
            ),
            person.name,
            assigned,
            sessions,
        )
        if not common.confirm(self, self.tr("Remove person"), text):
            return
        try:
            self.context.run(remove_person, stored_id(person.id))
        except ValueError:
            common.inform(
                self,
                self.tr("Remove person"),
                fill(self.tr("%1 has rehearsal history, which must be kept, so they stay on the roster."), person.name),
                warning=True,
            )
            return
        self.status.setText(fill(self.tr("Removed %1."), person.name))

    def assign_questions(self) -> None:
        person_id = self.profile.person_id
        if person_id is None:
            return
        dialog = AssignQuestionsDialog(self.context, person_id, parent=self)
        common.exec_dialog(dialog)  # saves itself on OK and emits assignments_changed

    def print_sheet(self) -> None:
        """The Print dialog, set to this person's briefing sheet."""
        from sealprep.ui.printing import PrintKind, show_print_dialog

        if self.profile.person_id is not None:
            self.print_dialog = show_print_dialog(self.context, self, [self.profile.person_id], PrintKind.SHEETS)

    def import_people(self, path: str | None = None) -> bool:
        """Ask for a file (unless given), preview it, import when the user confirms."""
        path = path or common.ask_open_file(self, self.tr("Import people"), common.table_filters())
        if not path:
            return False
        store = self.context.store
        try:
            preview = run_in_background(
                self, store, self.tr("Reading %1…").replace("%1", Path(path).name), lambda s: preview_roster(s, path)
            )
        except TableFileError as exc:
            common.inform(self, self.tr("Import people"), str(exc), warning=True)
            return False
        dialog = roster_preview_dialog(preview, self)
        if not common.exec_dialog(dialog) or not preview.ok:
            self.status.setText(self.tr("Nothing was imported."))
            return False
        try:
            outcome = run_in_background(
                self,
                store,
                self.tr("Importing %1…").replace("%1", Path(path).name),
                lambda s: apply_roster(s, preview),
            )
        except ValueError as exc:
            common.inform(self, self.tr("Import people"), str(exc), warning=True)
            return False
        self.context.apply(outcome.changes)
        summary = outcome.value
        self.status.setText(
            fill(
                self.tr("Imported %1: %2 new, %3 updated, %4 unchanged."),
                Path(path).name,
                summary.added,
                summary.updated,
                summary.unchanged,
            )
        )
        return True

    def import_assignments(self, path: str | None = None) -> bool:
        path = path or common.ask_open_file(self, self.tr("Import assignments"), common.table_filters())
        if not path:
            return False
        store = self.context.store
        try:
            preview = run_in_background(
                self,
                store,
                self.tr("Reading %1…").replace("%1", Path(path).name),
                lambda s: preview_assignments(s, path),
            )
        except TableFileError as exc:
            common.inform(self, self.tr("Import assignments"), str(exc), warning=True)
            return False
        dialog = assignment_preview_dialog(preview, self)
        if not common.exec_dialog(dialog) or not preview.ok:
            self.status.setText(self.tr("Nothing was imported."))
            return False
        replace = dialog.replace_all.isChecked()
        try:
            outcome = run_in_background(
                self,
                store,
                self.tr("Importing %1…").replace("%1", Path(path).name),
                lambda s: apply_assignments(s, preview, replace=replace),
            )
        except ValueError as exc:
            common.inform(self, self.tr("Import assignments"), str(exc), warning=True)
            return False
        self.context.apply(outcome.changes)
        summary = outcome.value
        self.status.setText(
            fill(
                self.tr("Imported %1: %2 new, %3 changed, %4 unchanged, %5 removed."),
                Path(path).name,
                summary.added,
                summary.changed,
                summary.unchanged,
                summary.removed,
            )
        )
        return True

    def export_people(self, path: str | None = None) -> bool:
        return self._export(path, self.tr("Export the roster"), self.tr("roster.xlsx"), export_roster)

    def export_assignments(self, path: str | None = None) -> bool:
        return self._export(path, self.tr("Export the assignments"), self.tr("assignments.xlsx"), export_assignments)

    def _export(self, path: str | None, title: str, suggested: str, write) -> bool:
        path = path or common.ask_save_file(self, title, suggested, common.save_filters())
        if not path:
            return False
        path = common.with_table_suffix(path)
        try:
            count = write(self.context.store, path, common.preferences(self.context).language)
        except TableFileError as exc:
            common.inform(self, title, str(exc), warning=True)
            return False
        self.status.setText(fill(self.tr("Wrote %1 rows to %2."), count, path))
        return True
