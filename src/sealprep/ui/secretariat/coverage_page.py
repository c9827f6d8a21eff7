"""The "Coverage" page: the secretariat's questions answered at a glance.

Four lists across the top (questions without a primary owner, dimensions short of prepared
people, interviewees without assignments, things to check), the people x dimensions matrix
with counts and colour, and a drill-down panel for the cell, person or dimension clicked. The
figures come from ``core.coverage.compute_coverage``; the view only shows them.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.operations.preferences import update_preferences
from sealprep.core.secretariat.assignments import PRIMARY
from sealprep.core.secretariat.benchmark_coverage import BenchmarkOverview, benchmark_overview
from sealprep.core.secretariat.coverage import Coverage, compute_coverage, export_coverage, person_readiness
from sealprep.core.secretariat.model import stored_id
from sealprep.core.secretariat.table_files import TableFileError
from sealprep.ui.app_context import AppContext
from sealprep.ui.secretariat import common
from sealprep.ui.secretariat.assignment_dialogs import AssignPeopleDialog, AssignQuestionsDialog
from sealprep.ui.secretariat.benchmark_matrix import BenchmarkMatrixModel
from sealprep.ui.secretariat.common import (
    BACKUP_COLOUR,
    INK,
    MUTED_INK,
    OK_COLOUR,
    PRIMARY_COLOUR,
    PROBLEM_COLOUR,
    assignment_role_label,
    dimension_label,
    fill,
    readiness_rule,
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class CoverageMatrixModel(QAbstractTableModel):
    """People x dimensions: ``primary + backup`` per cell, a total, readiness; a footer row with
    the number of prepared people per dimension against the threshold."""

    NAME, AGENCY = 0, 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.coverage: Coverage | None = None
        self.date_text: Callable[[date], str] = date.isoformat

    def set_coverage(self, coverage: Coverage) -> None:
        self.beginResetModel()
        self.coverage = coverage
        self.endResetModel()

    def dimension_at(self, column: int) -> int | None:
        if self.coverage is None:
            return None
        index = column - 2
        return self.coverage.dimensions[index].number if 0 <= index < len(self.coverage.dimensions) else None

    def person_at(self, row: int):
        if self.coverage is None or row >= len(self.coverage.people):
            return None
        return self.coverage.people[row]

    def is_footer(self, row: int) -> bool:
        return self.coverage is not None and row >= len(self.coverage.people)

    def footer_rows(self) -> int:
        """Assigned people; with rehearsal data also how many of them rehearsed and are ready."""
        return 3 if self.coverage is not None and self.coverage.readiness_available else 1

    def total_column(self) -> int:
        return 2 + (len(self.coverage.dimensions) if self.coverage else 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.coverage is None else len(self.coverage.people) + self.footer_rows()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.coverage is None else len(self.coverage.dimensions) + 5

    def progress_column(self) -> int:
        return self.total_column() + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.coverage is None:
            return None
        dimension = self.dimension_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.NAME:
                return self.tr("Person")
            if section == self.AGENCY:
                return self.tr("Agency")
            if dimension is not None:
                return fill(self.tr("D%1"), dimension)
            if section == self.progress_column():
                return self.tr("Latest progress")
            return self.tr("Total") if section == self.total_column() else self.tr("Ready")
        if role == Qt.ItemDataRole.ToolTipRole:
            if dimension is not None:
                info = next(d for d in self.coverage.dimensions if d.number == dimension)
                return f"{dimension_label(dimension)}: {info.th}\n{info.en}\n" + self.tr(
                    "Cells: primary + backup assignments"
                )
            if section == self.progress_column():
                return self.tr("When the person's newest progress pack was made (File → Import pack…)")
            if section == self.total_column() + 1:
                return (
                    self.tr(
                        "Questions the person is ready on, of those assigned (from mock interviews); 'no data yet' until someone rehearses"
                    )
                    + "\n"
                    + readiness_rule()
                )
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.coverage is None:
            return None
        coverage, row, column = self.coverage, index.row(), index.column()
        dimension = self.dimension_at(column)
        if self.is_footer(row):
            return self._footer(row - len(coverage.people), column, dimension, role)
        person = coverage.people[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return person.name
            if column == self.AGENCY:
                return person.agency
            if dimension is not None:
                cell = coverage.cell(stored_id(person.id), dimension)
                if cell.total == 0:
                    return ""
                return f"{cell.primary} + {cell.backup}"  # readiness: the tooltip and the rows below
            if column == self.total_column():
                return str(sum(coverage.cell(stored_id(person.id), d.number).total for d in coverage.dimensions))
            if column == self.progress_column():
                made = coverage.latest_progress.get(stored_id(person.id))
                return self.date_text(made.astimezone().date()) if made else self.tr("none yet")
            readiness = person_readiness(coverage, stored_id(person.id))
            return fill("%1 / %2", *readiness) if readiness else self.tr("no data yet")
        if role == Qt.ItemDataRole.BackgroundRole and dimension is not None:
            cell = coverage.cell(stored_id(person.id), dimension)
            if cell.primary:
                return QBrush(PRIMARY_COLOUR)
            if cell.backup:
                return QBrush(BACKUP_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole:
            if dimension is not None and coverage.cell(stored_id(person.id), dimension).total:
                return QBrush(INK)
            if column == self.total_column() + 1 and not coverage.readiness_available:
                return QBrush(MUTED_INK)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and dimension is not None:
            cell = coverage.cell(stored_id(person.id), dimension)
            text = fill(
                self.tr("%1 — %2: %3 primary, %4 backup"),
                person.name,
                dimension_label(dimension),
                cell.primary,
                cell.backup,
            )
            if cell.ready is not None and cell.total:
                text += "\n" + fill(self.tr("rehearsed %1, ready %2"), cell.rehearsed or 0, cell.ready)
            return text
        return None

    def _footer(self, kind: int, column: int, dimension: int | None, role: int):
        """Row ``kind`` 0: assigned people (against the threshold, coloured); 1: of them, how many
        rehearsed; 2: of them, how many are ready (both plain: rehearsal never turns a cell red)."""
        coverage = self.coverage
        assert coverage is not None
        info = next((d for d in coverage.dimensions if d.number == dimension), None)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return (
                    fill(self.tr("Assigned people (need %1)"), coverage.threshold),
                    self.tr("… of them rehearsed"),
                    self.tr("… of them ready"),
                )[kind]
            if info is not None:
                return str((info.prepared, info.rehearsed, info.ready)[kind])
            return ""
        if role == Qt.ItemDataRole.FontRole and kind == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and info is not None and kind == 0:
            return QBrush(PROBLEM_COLOUR if info.short else OK_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and info is not None:
            return QBrush(INK)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("People who hold at least one assignment (primary or backup) in the dimension"),
                self.tr("Of the assigned people, those who rehearsed at least one of their questions in the dimension"),
                self.tr("Of the assigned people, those ready on at least one of their questions in the dimension")
                + "\n"
                + readiness_rule(),
            )[kind]
        return None


def _list_box(title: str, object_name: str) -> tuple[QGroupBox, QListWidget]:
    box = QGroupBox(title)
    box.setObjectName(object_name)
    items = QListWidget()
    items.setObjectName(object_name + "List")
    items.setWordWrap(False)
    items.setTextElideMode(Qt.TextElideMode.ElideRight)
    items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(items)
    return box, items


class CoveragePage(QWidget):
    """Coverage at a glance, with drill-down and export; double-click a list entry to fix it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.coverage: Coverage | None = None

        self.threshold = QSpinBox()
        self.threshold.setRange(1, 50)
        self.threshold_label = QLabel()
        self.readiness_note = QLabel()
        self.readiness_note.setObjectName("readinessNote")
        self.readiness_note.setWordWrap(True)
        self.export_button = QPushButton()

        self.no_primary_box, self.no_primary = _list_box("", "noPrimary")
        self.short_box, self.short = _list_box("", "shortDimensions")
        self.idle_box, self.idle = _list_box("", "withoutAssignment")
        self.check_box, self.check = _list_box("", "toCheck")

        self.model = CoverageMatrixModel(self)
        self.model.date_text = lambda day: common.show_date(context, day)
        self.matrix = QTableView()
        self.matrix.setObjectName("matrix")
        self.matrix.setModel(self.model)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.verticalHeader().setVisible(False)
        self.matrix.setWordWrap(False)

        # people x benchmarks, beside people x dimensions (core.secretariat.benchmark_coverage)
        self.benchmarks: BenchmarkOverview | None = None
        self.benchmark_model = BenchmarkMatrixModel(self)
        self.benchmark_matrix = QTableView()
        self.benchmark_matrix.setObjectName("benchmarkMatrix")
        self.benchmark_matrix.setModel(self.benchmark_model)
        self.benchmark_matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.benchmark_matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.benchmark_matrix.verticalHeader().setVisible(False)
        self.benchmark_matrix.setWordWrap(False)
        self.matrix_tabs = QTabWidget()
        self.matrix_tabs.setObjectName("matrixTabs")
        self.matrix_tabs.addTab(self.matrix, self.tr("By dimension"))
        self.matrix_tabs.addTab(self.benchmark_matrix, self.tr("By benchmark"))

        self.drill_title = QLabel()
        self.drill_title.setObjectName("drillTitle")
        self.drill_title.setWordWrap(True)
        self.drill_title.setTextFormat(Qt.TextFormat.RichText)
        self.drill = QTreeWidget()
        self.drill.setObjectName("drillDown")
        self.drill.setRootIsDecorated(False)
        self.drill.setWordWrap(True)
        self.drill.setUniformRowHeights(False)
        self.drill.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.drill_button = QPushButton()
        self.drill_button.setVisible(False)
        self._drill_action = None

        top = QHBoxLayout()
        top.addWidget(self.threshold_label)
        top.addWidget(self.threshold)
        top.addSpacing(16)
        top.addWidget(self.readiness_note, 1)
        top.addWidget(self.export_button)
        # two by two, one line an entry (the whole text in the tooltip): at 1366 px nothing wraps
        lists = QGridLayout()
        for index, box in enumerate((self.no_primary_box, self.short_box, self.idle_box, self.check_box)):
            lists.addWidget(box, index // 2, index % 2)
        lists.setColumnStretch(0, 1)
        lists.setColumnStretch(1, 1)
        lists_widget = QWidget()
        lists_widget.setLayout(lists)
        lists.setContentsMargins(0, 0, 0, 0)
        drill_panel = QWidget()
        drill_layout = QVBoxLayout(drill_panel)
        drill_layout.setContentsMargins(0, 0, 0, 0)
        drill_layout.addWidget(self.drill_title)
        drill_layout.addWidget(self.drill, 1)
        drill_layout.addWidget(self.drill_button)
        self.bottom_splitter = bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.matrix_tabs)
        bottom.addWidget(drill_panel)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        bottom.setSizes([860, 420])
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(lists_widget)
        vertical.addWidget(bottom)
        vertical.setSizes([250, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(vertical, 1)

        self.threshold.valueChanged.connect(self._threshold_changed)
        self.export_button.clicked.connect(lambda: self.export_table())
        self.matrix.clicked.connect(self._matrix_clicked)
        self.matrix.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.benchmark_matrix.clicked.connect(self._benchmark_clicked)
        self.no_primary.itemDoubleClicked.connect(lambda item: self.open_question(item.data(KEY_ROLE)))
        self.idle.itemDoubleClicked.connect(lambda item: self.open_person(item.data(KEY_ROLE)))
        self.check.itemDoubleClicked.connect(self._check_activated)
        # one click (or the arrow keys) shows an entry's questions in the drill-down
        for widget, show in (
            (self.no_primary, self.show_question),
            (self.short, self.show_dimension),
            (self.idle, self.show_person),
            (self.check, self._check_shown),
        ):
            widget.itemClicked.connect(lambda item, show=show: self._show_entry(item, show))
            widget.currentItemChanged.connect(lambda item, _previous, show=show: self._show_entry(item, show))
        self.drill_button.clicked.connect(lambda: self._drill_action and self._drill_action())
        for signal in (
            context.people_changed,
            context.assignments_changed,
            context.bank_changed,
            context.rehearsal_changed,
            context.preferences_changed,
            context.language_changed,
        ):
            signal.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Every fixed text, again in the current language (at start and on a language switch)."""
        self.setWindowTitle(self.tr("Coverage"))
        self.threshold_label.setText(self.tr("Assigned people needed per dimension:"))
        self.threshold.setToolTip(self.tr("A dimension is short when fewer people than this are assigned to it"))
        self.export_button.setText(self.tr("Export table..."))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.store
        threshold = store.preferences.load().prepared_threshold
        self.coverage = coverage = compute_coverage(store, threshold)
        self.threshold.blockSignals(True)
        self.threshold.setValue(threshold)
        self.threshold.blockSignals(False)
        self.readiness_note.setText(
            self.tr(
                "The threshold counts assigned people. Below the table: how many of them rehearsed, and how many are ready (hover for the rule)."
            )
            if coverage.readiness_available
            else self.tr(
                "No rehearsal data yet. The threshold counts assigned people; how many of them rehearsed and are ready appears after mock interviews."
            )
        )
        self.readiness_note.setToolTip(readiness_rule())
        self.model.set_coverage(coverage)
        header = self.matrix.horizontalHeader()
        header.setMinimumSectionSize(68)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionsClickable(True)
        self._fit_matrix()
        self.matrix_tabs.setTabText(0, self.tr("By dimension"))
        self.matrix_tabs.setTabText(1, self.tr("By benchmark"))
        self.benchmarks = benchmark_overview(store, coverage)
        self.benchmark_model.set_overview(self.benchmarks, common.preferences(self.context).language)
        self.benchmark_matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        people = {p.id: p.name for p in store.people.list()}
        self.no_primary_box.setTitle(
            fill(self.tr("Questions without a primary owner: %1"), len(coverage.questions_without_primary))
        )
        self.no_primary.clear()
        for summary in coverage.questions_without_primary:
            self._add(self.no_primary, f"{summary.id} — {summary.question_th}", summary.id, summary.question_th)
        self.short_box.setTitle(
            fill(self.tr("Dimensions with fewer than %1 assigned: %2"), threshold, len(coverage.short_dimensions()))
        )
        self.short.clear()
        for dimension in coverage.short_dimensions():
            text = fill(
                self.tr("%1: %2 of %3 assigned"), dimension_label(dimension.number), dimension.prepared, threshold
            )
            self._add(self.short, f"{text} — {dimension.th}", dimension.number, dimension.th)
        self.idle_box.setTitle(
            fill(self.tr("Interviewees without assignments: %1"), len(coverage.people_without_assignment))
        )
        self.idle.clear()
        for person in coverage.people_without_assignment:
            self._add(self.idle, f"{person.name} ({person.agency})" if person.agency else person.name, person.id)
        self.check.clear()
        for summary, ids in coverage.questions_with_several_primaries:
            names = ", ".join(people.get(i, "?") for i in ids)
            self._add(
                self.check,
                fill(self.tr("%1 has %2 primary owners: %3"), summary.id, len(ids), names),
                ("question", summary.id),
            )
        for assignment in coverage.unknown_question_assignments:
            self._add(
                self.check,
                fill(
                    self.tr("%1 is assigned %2, which is no longer in the bank"),
                    people.get(assignment.person_id, "?"),
                    assignment.question_id,
                ),
                ("person", assignment.person_id),
            )
        self.check_box.setTitle(fill(self.tr("To check: %1"), self.check.count()))
        if not coverage.people:
            self._set_drill(
                html.escape(
                    self.tr(
                        "No one is on the roster yet. Import a roster on the People page (Import → People from CSV or Excel…), then assign questions there or here: coverage fills in as you go."
                    )
                ),
                [],
                [],
            )
            return
        self._set_drill(
            self.tr("Click a cell of the matrix, a dimension or a list entry to see the questions behind it."), [], []
        )

    def _fit_matrix(self) -> None:
        """Give the people x dimensions matrix the width its columns need, the drill-down the
        rest (at least 300 px), so no horizontal scrolling at 1280 px and up."""
        header = self.matrix.horizontalHeader()
        needed = sum(header.sectionSize(c) for c in range(self.model.columnCount()))
        needed += self.matrix.frameWidth() * 2 + self.matrix.verticalScrollBar().sizeHint().width() + 16
        margins = self.layout().contentsMargins()
        total = self.width() - margins.left() - margins.right() - self.bottom_splitter.handleWidth()
        matrix = max(total // 2, min(needed, total - 300))
        self.bottom_splitter.setSizes([matrix, max(1, total - matrix)])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_matrix()

    @staticmethod
    def _add(widget: QListWidget, text: str, key, tooltip: str = "") -> None:
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, key)
        item.setToolTip(tooltip or text)
        widget.addItem(item)

    def _threshold_changed(self, value: int) -> None:
        self.context.run(update_preferences, prepared_threshold=value)  # preferences_changed refreshes

    # -- drill-down ---------------------------------------------------------------------
    def _set_drill(
        self,
        title: str,
        headers: list[str],
        rows: list[list[str]],
        action_text: str = "",
        action=None,
        tooltips: list[str] | None = None,
    ) -> None:
        """Fill the drill-down; ``tooltips`` (one per row) is shown over the whole row."""
        self.drill_title.setText(title)
        self.drill.clear()
        self.drill.setColumnCount(max(1, len(headers)))
        self.drill.setHeaderLabels(headers or [""])
        self.drill.setHeaderHidden(not headers)
        for number, row in enumerate(rows):
            item = QTreeWidgetItem(row)
            for column, text in enumerate(row):
                item.setToolTip(column, tooltips[number] if tooltips else text)
            self.drill.addTopLevelItem(item)
        header = self.drill.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.drill.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        if self.tr("Readiness") in headers:
            self.drill.setColumnHidden(
                headers.index(self.tr("Readiness")), not (self.coverage and self.coverage.readiness_available)
            )
        else:
            for column in range(self.drill.columnCount()):
                self.drill.setColumnHidden(column, False)
        self._drill_action = action
        self.drill_button.setText(action_text)
        self.drill_button.setVisible(action is not None)

    def _ready_text(self, ready: bool | None) -> str:
        if self.coverage is None or not self.coverage.readiness_available:
            return self.tr("no data")
        return {True: self.tr("ready"), False: self.tr("not ready yet"), None: self.tr("not rehearsed")}[ready]

    def show_cell(self, person_id: int, dimension: int) -> None:
        coverage = self.coverage
        person = next(p for p in coverage.people if p.id == person_id)
        rows = [
            [assignment_role_label(role), s.id, self._ready_text(ready), s.question_th]
            for s, role, ready in coverage.drill_down(person_id, dimension)
        ]
        self._drill_person(person, dimension_label(dimension), rows, self.tr("No assignment in this dimension."))

    def _drill_person(self, person, heading: str, rows: list[list[str]], empty: str) -> None:
        """A person's questions under one heading (a dimension or a benchmark), with Assign..."""
        title = f"<b>{html.escape(person.name)}</b> — {html.escape(heading)}"
        if not rows:
            title += "<br>" + html.escape(empty)
        self._set_drill(
            title,
            [self.tr("Role"), self.tr("Id"), self.tr("Readiness"), self.tr("Question")],
            rows,
            self.tr("Assign questions..."),
            lambda: self.open_person(person.id),
        )

    def show_person(self, person_id: int) -> None:
        coverage = self.coverage
        person = next(p for p in coverage.people if p.id == person_id)
        rows = []
        for dimension in coverage.dimensions:
            for s, role, ready in coverage.drill_down(person_id, dimension.number):
                rows.append([assignment_role_label(role), s.id, self._ready_text(ready), s.question_th])
        self._set_drill(
            f"<b>{html.escape(person.name)}</b>",
            [self.tr("Role"), self.tr("Id"), self.tr("Readiness"), self.tr("Question")],
            rows,
            self.tr("Assign questions..."),
            lambda: self.open_person(person_id),
        )

    def show_dimension(self, number: int) -> None:
        coverage = self.coverage
        info = next((d for d in coverage.dimensions if d.number == number), None)
        if info is None:
            return
        names = {p.id: p.name for p in self.context.store.people.list()}
        rows, tooltips = [], []
        primary_word, backup_word = self.tr("Primary"), self.tr("Backup")
        for summary in coverage.dimension_questions(number):
            owners = coverage.owners(summary.id)
            primary = ", ".join(names.get(i, "?") for i, r in owners.items() if r == PRIMARY) or "—"
            backup = ", ".join(names.get(i, "?") for i, r in owners.items() if r != PRIMARY) or "—"
            rows.append([summary.id, primary, backup])
            tooltips.append(f"{summary.question_th}\n{primary_word}: {primary}\n{backup_word}: {backup}")
        figures = fill(
            self.tr("%1 questions, %2 without a primary owner; %3 people assigned (need %4)"),
            info.questions,
            info.without_primary,
            info.prepared,
            coverage.threshold,
        )
        if info.rehearsed is not None:
            figures += " " + fill(self.tr("· %1 rehearsed, %2 ready"), info.rehearsed, info.ready)
        title = f"<b>{html.escape(dimension_label(number))}</b> {html.escape(info.th)}<br>" + html.escape(figures)
        self._set_drill(title, [self.tr("Id"), self.tr("Primary"), self.tr("Backup")], rows, tooltips=tooltips)

    def show_question(self, question_id: str) -> None:
        coverage = self.coverage
        summary = coverage.summaries.get(question_id)
        names = {p.id: p.name for p in self.context.store.people.list()}
        rows = [
            [assignment_role_label(role), names.get(pid, "?")] for pid, role in coverage.owners(question_id).items()
        ]
        text = summary.question_th if summary else ""
        self._set_drill(
            f"<b>{html.escape(question_id)}</b> {html.escape(text)}",
            [self.tr("Role"), self.tr("Person")],
            rows,
            self.tr("Assign people..."),
            lambda: self.open_question(question_id),
        )

    def _matrix_clicked(self, index: QModelIndex) -> None:
        dimension = self.model.dimension_at(index.column())
        if self.model.is_footer(index.row()):
            if dimension is not None:
                self.show_dimension(dimension)
            return
        person = self.model.person_at(index.row())
        if person is None:
            return
        if dimension is not None:
            self.show_cell(person.id, dimension)
        else:
            self.show_person(person.id)

    def show_benchmark_cell(self, person_id: int, key: str) -> None:
        """The person's assigned questions behind one benchmark (or goal) column."""
        row = next(r for r in self.benchmarks.rows if r.key == key)
        person = next(p for p in self.benchmarks.people if p.id == person_id)
        owners = {q.id: self.coverage.owners(q.id).get(person_id) for q in row.questions}
        rows = [
            [
                assignment_role_label(owners[q.id]),
                q.id,
                self._ready_text(self.coverage.ready(person_id, q.id)),
                q.question_th,
            ]
            for q in row.questions
            if owners[q.id]
        ]
        self._drill_person(person, key, rows, self.tr("No assignment on this benchmark."))

    def _benchmark_clicked(self, index: QModelIndex) -> None:
        row = self.benchmark_model.row_at(index.column())
        person = self.benchmark_model.person_at(index.row())
        if row is not None and person is not None and not self.benchmark_model.is_footer(index.row()):
            self.show_benchmark_cell(person.id, row.key)

    def _header_clicked(self, section: int) -> None:
        dimension = self.model.dimension_at(section)
        if dimension is not None:
            self.show_dimension(dimension)

    @staticmethod
    def _show_entry(item: QListWidgetItem | None, show) -> None:
        if item is not None:
            show(item.data(KEY_ROLE))

    def _check_shown(self, key) -> None:
        kind, value = key
        if kind == "question":
            self.show_question(value)
        elif any(p.id == value for p in self.coverage.people):
            self.show_person(value)

    def _check_activated(self, item: QListWidgetItem) -> None:
        kind, key = item.data(KEY_ROLE)
        (self.open_question if kind == "question" else self.open_person)(key)

    # -- actions ------------------------------------------------------------------------
    def open_question(self, question_id: str) -> None:
        common.exec_dialog(AssignPeopleDialog(self.context, question_id, parent=self))

    def open_person(self, person_id: int) -> None:
        common.exec_dialog(AssignQuestionsDialog(self.context, person_id, parent=self))

    def export_table(self, path: str | None = None) -> bool:
        title = self.tr("Export the coverage table")
        path = path or common.ask_save_file(self, title, self.tr("coverage.xlsx"), common.save_filters())
        if not path or self.coverage is None:
            return False
        path = common.with_table_suffix(path)
        try:
            export_coverage(self.coverage, path, common.preferences(self.context).language)
        except TableFileError as exc:
            common.inform(self, title, str(exc), warning=True)
            return False
        self.readiness_note.setText(fill(self.tr("Wrote the coverage table to %1."), path))
        return True


__all__ = ["CoveragePage", "CoverageMatrixModel"]
