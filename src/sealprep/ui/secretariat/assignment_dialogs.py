"""Assigning questions to people, from either side.

- ``AssignQuestionsDialog(context, person_id)``: on a person, pick their questions; bulk actions
  add every question of a dimension or benchmark, or every question that has an answer from
  the person's own agency.
- ``AssignPeopleDialog(context, question_id)``: on a question, pick its people; the bank browser
  opens this one from a question (``AssignPeopleDialog(context, qid)``, then
  ``common.exec_dialog(dialog)``; it saves on OK and emits ``assignments_changed``).

Both edit a draft (nothing is saved until OK) in a table whose first column is the role —
none, primary or backup — chosen with a drop-down or with the buttons for the selected rows.
Bulk actions never change a role already chosen (see ``core.assignments``).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.operations.assignments import replace_person_assignments, replace_question_assignments
from sealprep.core.secretariat.assignments import (
    BACKUP,
    BY_BENCHMARK,
    BY_DIMENSION,
    BY_OWN_AGENCY,
    PRIMARY,
    add_to_draft,
    people_of_answering_agencies,
    questions_in,
)
from sealprep.core.secretariat.model import stored_id
from sealprep.core.thai.text import search_form
from sealprep.ui.app_context import AppContext
from sealprep.ui.secretariat.common import (
    BACKUP_COLOUR,
    INK,
    PRIMARY_COLOUR,
    assignment_role_label,
    dimension_label,
    fill,
    person_role_label,
    translate_buttons,
)

ROLE_COLUMN = 0
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class ChoiceRow:
    """One question or person that can be given a role."""

    key: Hashable
    cells: list[str]
    search: str
    tooltip: str = ""
    dimension: int | None = None
    hint: bool = False
    """Shown in bold: the row the bulk action suggests (an agency that answers)."""


class RoleChoiceModel(QAbstractTableModel):
    """The draft of roles: key -> ``primary``/``backup``; a key not in it is unassigned."""

    draft_changed = Signal()

    def __init__(self, headers: list[str], rows: list[ChoiceRow], roles: dict, parent=None):
        super().__init__(parent)
        self._headers = headers
        self._rows = rows
        self._roles = dict(roles)

    def roles(self) -> dict:
        return dict(self._roles)

    def role_of(self, key: Hashable) -> str | None:
        return self._roles.get(key)

    def keys(self) -> list:
        return [row.key for row in self._rows]

    def row_for(self, key: Hashable) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.key == key), None)

    def choice(self, row: int) -> ChoiceRow:
        return self._rows[row]

    def set_roles(self, keys: Iterable[Hashable], role: str | None) -> None:
        """Give every key the role (None: unassign)."""
        for key in keys:
            if role is None:
                self._roles.pop(key, None)
            else:
                self._roles[key] = role
        self._changed()

    def add(self, keys: Iterable[Hashable], role: str):
        """Bulk: add keys with ``role``; keys already assigned keep theirs. Returns the BulkResult."""
        known = set(self.keys())
        self._roles, result = add_to_draft(self._roles, [k for k in keys if k in known], role)
        self._changed()
        return result

    def _changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
        self.draft_changed.emit()

    def counts(self) -> tuple[int, int]:
        roles = list(self._roles.values())
        return roles.count(PRIMARY), roles.count(BACKUP)

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Role") if section == ROLE_COLUMN else self._headers[section - 1]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == ROLE_COLUMN else flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        chosen = self._roles.get(row.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return assignment_role_label(chosen) if index.column() == ROLE_COLUMN else row.cells[index.column() - 1]
        if role == Qt.ItemDataRole.EditRole and index.column() == ROLE_COLUMN:
            return chosen or ""
        if role == Qt.ItemDataRole.BackgroundRole and chosen:
            return QBrush(PRIMARY_COLOUR if chosen == PRIMARY else BACKUP_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and chosen:
            return QBrush(INK)
        if role == Qt.ItemDataRole.FontRole and row.hint:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == KEY_ROLE:
            return row.key
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != ROLE_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        if value not in ("", None, PRIMARY, BACKUP):
            return False
        key = self._rows[index.row()].key
        if value:
            self._roles[key] = value
        else:
            self._roles.pop(key, None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.draft_changed.emit()
        return True


class RoleDelegate(QStyledItemDelegate):
    """A drop-down of none / primary / backup in the role column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        for value in ("", PRIMARY, BACKUP):
            editor.addItem(assignment_role_label(value), value)
        editor.activated.connect(lambda _=None, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ChoiceFilter(QSortFilterProxyModel):
    """Typed terms (search form), a dimension, and "assigned only"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._terms: list[str] = []
        self._dimension: int | None = None
        self._assigned_only = False

    def configure(
        self, text: str | None = None, dimension: int | None | object = ..., assigned_only: bool | None = None
    ) -> None:
        self.beginFilterChange()
        if text is not None:
            self._terms = search_form(text).split()
        if dimension is not ...:
            self._dimension = dimension  # type: ignore[assignment]
        if assigned_only is not None:
            self._assigned_only = assigned_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RoleChoiceModel)
        row = model.choice(source_row)
        if self._dimension is not None and row.dimension != self._dimension:
            return False
        if self._assigned_only and model.role_of(row.key) is None:
            return False
        return all(term in row.search for term in self._terms)


class _ChoiceDialog(QDialog):
    """What both assignment dialogs share: a filtered role table, selection buttons, a tally."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.resize(980, 680)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.assigned_only = QCheckBox(self.tr("Assigned only"))
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setItemDelegateForColumn(ROLE_COLUMN, RoleDelegate(self.view))
        self.proxy = ChoiceFilter(self)
        self.tally = QLabel()
        self.primary_button = QPushButton(self.tr("Primary"))
        self.backup_button = QPushButton(self.tr("Backup"))
        self.clear_button = QPushButton(self.tr("Unassign"))
        self.primary_button.clicked.connect(lambda: self.set_selected(PRIMARY))
        self.backup_button.clicked.connect(lambda: self.set_selected(BACKUP))
        self.clear_button.clicked.connect(lambda: self.set_selected(None))
        self.bulk_role = QComboBox()
        self.bulk_role.addItem(assignment_role_label(PRIMARY), PRIMARY)
        self.bulk_role.addItem(assignment_role_label(BACKUP), BACKUP)
        self.bulk_role.setCurrentIndex(1)
        self.buttons = translate_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 1)
        self.bulk = QGroupBox(self.tr("Add many at once"))
        self.bulk_layout = QHBoxLayout(self.bulk)
        self.bulk_layout.addWidget(QLabel(self.tr("as")))
        self.bulk_layout.addWidget(self.bulk_role)
        self.bulk_result = QLabel()
        self.bulk_result.setObjectName("bulkResult")
        self.legend = QLabel()
        self.legend.setStyleSheet("color: #5f6368;")

    def _finish_layout(self, model: RoleChoiceModel) -> None:
        self.model = model
        self.proxy.setSourceModel(model)
        self.view.setModel(self.proxy)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._stretch_column(header)
        self.filters.addWidget(self.assigned_only)
        self.search.textChanged.connect(lambda text: self.proxy.configure(text=text))
        self.assigned_only.toggled.connect(lambda on: self.proxy.configure(assigned_only=on))
        model.draft_changed.connect(self._update_tally)
        selection = QHBoxLayout()
        selection.addWidget(QLabel(self.tr("Selected rows:")))
        for button in (self.primary_button, self.backup_button, self.clear_button):
            selection.addWidget(button)
        selection.addStretch(1)
        selection.addWidget(self.tally)
        self.bulk_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self.legend.setVisible(bool(self.legend.text()))
        layout.addLayout(selection)
        layout.addWidget(self.bulk)
        layout.addWidget(self.bulk_result)
        layout.addWidget(self.buttons)
        self._update_tally()

    def _stretch_column(self, header: QHeaderView) -> None:
        header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)

    def selected_keys(self) -> list:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.choice(r).key for r in sorted(rows)]

    def set_selected(self, role: str | None) -> None:
        self.model.set_roles(self.selected_keys(), role)

    def bulk_add(self, keys: list) -> None:
        result = self.model.add(keys, self.bulk_role.currentData())
        self.bulk_result.setText(
            fill(self.tr("Added %1; %2 already assigned kept their role."), len(result.added), len(result.kept))
        )

    def _update_tally(self) -> None:
        primary, backup = self.model.counts()
        self.tally.setText(fill(self.tr("%1 primary, %2 backup"), primary, backup))


class AssignQuestionsDialog(_ChoiceDialog):
    """A person's questions: pick them one by one, or in bulk; saved on OK."""

    def __init__(self, context: AppContext, person_id: int, parent: QWidget | None = None):
        super().__init__(context, parent)
        store = context.store
        self.person = store.people.get(person_id)
        if self.person is None:
            raise ValueError(f"no person {person_id}")
        agencies = store.bank.agencies()
        agency = agencies.get(self.person.agency)
        self.setWindowTitle(fill(self.tr("Questions for %1"), self.person.name))
        self.heading.setText(
            f"<b>{_escape(self.person.name)}</b>"
            + (f" · {_escape(self.person.agency)} {_escape(agency.th) if agency else ''}" if self.person.agency else "")
        )
        self.search.setPlaceholderText(self.tr("Filter questions by id, text or agency..."))
        self.dimension_filter = QComboBox()
        self.dimension_filter.addItem(self.tr("All dimensions"), None)
        framework = store.bank.framework()
        for dimension in framework.dimensions:
            self.dimension_filter.addItem(f"{dimension_label(dimension.number)} {dimension.th}", dimension.number)
        self.dimension_filter.currentIndexChanged.connect(
            lambda: self.proxy.configure(dimension=self.dimension_filter.currentData())
        )
        self.filters.addWidget(self.dimension_filter)

        own = set(questions_in(store, BY_OWN_AGENCY, self.person.agency))
        rows = []
        for summary in store.bank.summaries():
            rows.append(
                ChoiceRow(
                    summary.id,
                    [summary.id, str(summary.dimension), " ".join(summary.agencies), summary.question_th],
                    search_form(
                        " ".join((summary.id, summary.question_th, summary.question_en, " ".join(summary.agencies)))
                    ),
                    tooltip=summary.question_en or summary.question_th,
                    dimension=summary.dimension,
                    hint=summary.id in own,
                )
            )
        model = RoleChoiceModel(
            [self.tr("Id"), self.tr("Dim."), self.tr("Answers by"), self.tr("Question")],
            rows,
            store.assignments.for_person(person_id),
            self,
        )

        self.bulk_dimension = QComboBox()
        for dimension in framework.dimensions:
            self.bulk_dimension.addItem(dimension_label(dimension.number), dimension.number)
        add_dimension = QPushButton(self.tr("Add the dimension"))
        add_dimension.clicked.connect(self.add_dimension)
        self.bulk_benchmark = QComboBox()
        self._benchmarks = framework.all_benchmarks()
        self.bulk_dimension.currentIndexChanged.connect(lambda: self._fill_benchmarks())
        self._fill_benchmarks()
        add_benchmark = QPushButton(self.tr("Add the benchmark"))
        add_benchmark.clicked.connect(self.add_benchmark)
        self.add_own = QPushButton(fill(self.tr("Add every question %1 answers"), self.person.agency or "—"))
        self.add_own.setEnabled(bool(own))
        self.add_own.setToolTip(self.tr("Every question that has a suggested answer from the person's own agency"))
        self.add_own.clicked.connect(self.add_own_agency)
        if own:
            self.legend.setText(fill(self.tr("Questions in bold have a suggested answer from %1."), self.person.agency))
        for widget in (self.bulk_dimension, add_dimension, self.bulk_benchmark, add_benchmark, self.add_own):
            self.bulk_layout.addWidget(widget)
        self._finish_layout(model)

    def _fill_benchmarks(self) -> None:
        """The benchmark box offers the chosen dimension's benchmarks only."""
        dimension = self.bulk_dimension.currentData()
        self.bulk_benchmark.clear()
        for benchmark in self._benchmarks:
            if dimension is None or benchmark.dimension == dimension:
                self.bulk_benchmark.addItem(benchmark.id, benchmark.id)
                self.bulk_benchmark.setItemData(
                    self.bulk_benchmark.count() - 1, benchmark.th, Qt.ItemDataRole.ToolTipRole
                )

    def add_dimension(self) -> None:
        self.bulk_add(questions_in(self.context.store, BY_DIMENSION, self.bulk_dimension.currentData()))

    def add_benchmark(self) -> None:
        self.bulk_add(questions_in(self.context.store, BY_BENCHMARK, self.bulk_benchmark.currentData()))

    def add_own_agency(self) -> None:
        self.bulk_add(questions_in(self.context.store, BY_OWN_AGENCY, self.person.agency))

    def accept(self) -> None:
        self.context.run(replace_person_assignments, stored_id(self.person.id), self.model.roles())
        super().accept()


class AssignPeopleDialog(_ChoiceDialog):
    """A question's people: who answers it (primary) and who stands by (backup); saved on OK."""

    def __init__(self, context: AppContext, question_id: str, parent: QWidget | None = None):
        super().__init__(context, parent)
        store = context.store
        self.question_id = question_id
        question = store.bank.question(question_id)
        text = question.question_th if question else self.tr("(no longer in the bank)")
        self.setWindowTitle(fill(self.tr("People for %1"), question_id))
        self.heading.setText(f"<b>{_escape(question_id)}</b> {_escape(text)}")
        self.search.setPlaceholderText(self.tr("Filter people by name, position or agency..."))
        answering = {p.id for p in people_of_answering_agencies(store, question_id)}
        answer_agencies = set(question.answer_agencies()) if question else set()
        agencies = store.bank.agencies()
        rows = []
        for person in store.people.list():
            rows.append(
                ChoiceRow(
                    person.id,
                    [person.name, person.position, person.agency, person_role_label(person.role)],
                    search_form(
                        " ".join(
                            (
                                person.name,
                                person.position,
                                person.agency,
                                agencies[person.agency].th if person.agency in agencies else "",
                            )
                        )
                    ),
                    tooltip=self.tr("This person's agency has a suggested answer to the question")
                    if person.id in answering
                    else "",
                    hint=person.id in answering,
                )
            )
        model = RoleChoiceModel(
            [self.tr("Name"), self.tr("Position"), self.tr("Agency"), self.tr("On the roster as")],
            rows,
            store.assignments.for_question(question_id),
            self,
        )
        self.add_answering = QPushButton(
            fill(self.tr("Add everyone from the answering agencies (%1)"), ", ".join(sorted(answer_agencies)) or "—")
        )
        self.add_answering.setEnabled(bool(answering))
        self.add_answering.clicked.connect(lambda: self.bulk_add(sorted(answering)))
        if answering:
            self.legend.setText(
                self.tr("People in bold work in an agency that has a suggested answer to this question.")
            )
        self.bulk_layout.addWidget(self.add_answering)
        self._finish_layout(model)

    def _stretch_column(self, header: QHeaderView) -> None:
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def accept(self) -> None:
        self.context.run(replace_question_assignments, self.question_id, self.model.roles())
        super().accept()


def _escape(text: str) -> str:
    import html

    return html.escape(text)
