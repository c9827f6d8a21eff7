"""The import preview: every row of the file, every problem with its row number, and an Import
button that stays disabled until the file is clean.

One dialog serves both the roster and the assignment import; ``roster_preview_dialog`` and
``assignment_preview_dialog`` fill it from the core previews.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.secretariat.assignments_import import AssignmentPreview
from sealprep.core.secretariat.roster_import import RosterPreview
from sealprep.ui.secretariat.common import (
    INK,
    PROBLEM_COLOUR,
    assignment_role_label,
    person_role_label,
    problem_text,
    translate_buttons,
)
from sealprep.ui.secretariat.common import fill as _fill


@dataclass
class PreviewLine:
    row: int
    cells: list[str]
    status: str
    problems: list[str] = field(default_factory=list)


class PreviewModel(QAbstractTableModel):
    """The preview's rows, read by the view as it scrolls (a table of widgets items took
    seconds per ten thousand rows, all on the GUI thread)."""

    def __init__(self, titles: list[str], lines: list[PreviewLine]):
        super().__init__()
        self.titles = titles
        self.lines = lines

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(line.row)
            return line.status if column == 1 else line.cells[column - 2]
        if line.problems:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(PROBLEM_COLOUR)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(INK)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(line.problems)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportPreviewDialog(QDialog):
    """Shows a planned import; ``accept()`` is only possible when there is no problem."""

    replace_all: QCheckBox
    """Only on the assignment import's preview: replace every assignment."""

    ROW_COLUMN = 0

    def __init__(
        self,
        title: str,
        summary: str,
        columns: list[str],
        lines: list[PreviewLine],
        problems: list[tuple[int, str]],
        ok: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1000, 640)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)

        self.model = PreviewModel([self.tr("Row"), self.tr("Result"), *columns], lines)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self._row_index: dict[int, int] = {line.row: index for index, line in enumerate(lines)}
        for column, _title in enumerate(columns, start=2):  # a column the file does not have stays out of the way
            if all(not line.cells[column - 2] for line in lines):
                self.table.setColumnHidden(column, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)  # sized on the first rows: a 100,000-row file opens at once
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        header.setStretchLastSection(True)

        self.problem_list = QListWidget()
        self.problem_list.setObjectName("problems")
        for row, text in problems:
            problem = QListWidgetItem(text)
            problem.setData(Qt.ItemDataRole.UserRole, row)
            self.problem_list.addItem(problem)
        self.problem_list.currentItemChanged.connect(self._show_problem_row)
        self.problem_title = QLabel(
            self.tr(
                "%n problem(s): fix them in the file and open it again. Nothing is imported until the file is clean.",
                "",
                len(problems),
            )
            if problems
            else self.tr("No problems: every row can be imported.")
        )
        self.problem_title.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        problem_box = QWidget()
        box_layout = QVBoxLayout(problem_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.problem_title)
        box_layout.addWidget(self.problem_list)
        splitter.addWidget(problem_box)
        splitter.setSizes([420, 180] if problems else [560, 40])

        self.buttons = translate_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel))
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.options = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(self.options)
        layout.addWidget(self.buttons)
        self._ok = ok

    def accept(self) -> None:
        if self._ok:  # never, whatever calls it, while a problem remains
            super().accept()

    def _show_problem_row(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        index = self._row_index.get(item.data(Qt.ItemDataRole.UserRole))
        if index is not None:
            self.table.selectRow(index)
            self.table.scrollTo(self.model.index(index, 0))


def _encoding_label(encoding: str) -> str:
    return {
        "utf-8": "UTF-8",
        "utf-8-sig": "UTF-8 (BOM)",
        "cp874": "Thai Windows (cp874/TIS-620)",
        "xlsx": "Excel (XLSX)",
    }.get(encoding, encoding)


translate = QCoreApplication.translate


def _source_notes(preview: RosterPreview | AssignmentPreview) -> str:
    """What the user should know about how the file was read: a guessed encoding, the sheet."""
    notes = []
    if preview.encoding_guessed:
        notes.append(
            translate(
                "ImportPreviewDialog",
                "Read as Thai Windows text (cp874/TIS-620): read as UTF-8 it had no Thai letters, only symbols such as á ´. If the names below look wrong, save the file again as 'CSV UTF-8'.",
            )
        )
    if preview.other_sheets:
        notes.append(
            _fill(
                translate(
                    "ImportPreviewDialog",
                    "Read the sheet '%1' (the one open when the workbook was saved); not read: %2. To import another sheet, open it in Excel, save, and import again.",
                ),
                preview.sheet,
                ", ".join(f"'{name}'" for name in preview.other_sheets),
            )
        )
    return "".join(" " + note for note in notes)


def roster_preview_dialog(preview: RosterPreview, parent: QWidget | None = None) -> ImportPreviewDialog:
    """The preview of a roster file: each row as written, what will happen to it, its problems."""
    columns = [
        translate("ImportPreviewDialog", "Name"),
        translate("ImportPreviewDialog", "Position"),
        translate("ImportPreviewDialog", "Agency"),
        translate("ImportPreviewDialog", "E-mail"),
        translate("ImportPreviewDialog", "Phone"),
        translate("ImportPreviewDialog", "Role"),
        translate("ImportPreviewDialog", "Notes"),
    ]
    statuses = {
        "new": translate("ImportPreviewDialog", "new person"),
        "same": translate("ImportPreviewDialog", "already on the roster, unchanged"),
        "invalid": translate("ImportPreviewDialog", "not importable"),
    }
    field_names = {
        "name": columns[0],
        "position": columns[1],
        "agency": columns[2],
        "email": columns[3],
        "phone": columns[4],
        "role": columns[5],
        "notes": columns[6],
    }
    lines = []
    for row in preview.rows:
        written, role = row.written, row.values.get("role", "")
        status = statuses.get(row.status, "")
        if row.status == "update":
            changed = ", ".join(field_names.get(f, f) for f in row.changed)
            status = translate("ImportPreviewDialog", "update: %1").replace("%1", changed)
        lines.append(
            PreviewLine(
                row.row,
                [
                    written.get("name", ""),
                    written.get("position", ""),
                    written.get("agency", ""),
                    written.get("email", ""),
                    row.values.get("phone", ""),
                    person_role_label(role) if role in ("interviewee", "secretariat") else written.get("role", ""),
                    written.get("notes", ""),
                ],
                status,
                [problem_text(p) for p in row.problems],
            )
        )
    summary = _fill(
        translate("ImportPreviewDialog", "%1 — %2. %3 new, %4 to update, %5 unchanged."),
        Path(preview.path).name,
        _encoding_label(preview.encoding),
        preview.count("new"),
        preview.count("update"),
        preview.count("same"),
    )
    summary += _source_notes(preview)
    if preview.ignored_columns:
        summary += " " + _fill(
            translate("ImportPreviewDialog", "Columns not used: %1."), ", ".join(preview.ignored_columns)
        )
    problems = [(p.row, problem_text(p)) for p in preview.problems]
    return ImportPreviewDialog(
        translate("ImportPreviewDialog", "Import people"), summary, columns, lines, problems, preview.ok, parent
    )


def assignment_preview_dialog(preview: AssignmentPreview, parent: QWidget | None = None) -> ImportPreviewDialog:
    """The preview of an assignment file, with the option to replace every assignment."""
    statuses = {
        "new": translate("ImportPreviewDialog", "new assignment"),
        "change": translate("ImportPreviewDialog", "role changes"),
        "same": translate("ImportPreviewDialog", "unchanged"),
        "invalid": translate("ImportPreviewDialog", "not importable"),
    }
    lines = []
    for row in preview.rows:
        role = row.assignment.role if row.assignment else None
        lines.append(
            PreviewLine(
                row.row,
                [
                    row.written.get("person", "") or row.written.get("email", ""),
                    row.person_name,
                    row.written.get("question", ""),
                    assignment_role_label(role) if role else row.written.get("role", ""),
                ],
                statuses.get(row.status, ""),
                [problem_text(p) for p in row.problems],
            )
        )
    summary = _fill(
        translate("ImportPreviewDialog", "%1 — %2. %3 new, %4 with another role, %5 unchanged."),
        Path(preview.path).name,
        _encoding_label(preview.encoding),
        preview.count("new"),
        preview.count("change"),
        preview.count("same"),
    )
    summary += _source_notes(preview)
    if preview.ignored_columns:
        summary += " " + _fill(
            translate("ImportPreviewDialog", "Columns not used: %1."), ", ".join(preview.ignored_columns)
        )
    problems = [(p.row, problem_text(p)) for p in preview.problems]
    columns = [
        translate("ImportPreviewDialog", "Person (as written)"),
        translate("ImportPreviewDialog", "On the roster"),
        translate("ImportPreviewDialog", "Question"),
        translate("ImportPreviewDialog", "Role"),
    ]
    dialog = ImportPreviewDialog(
        translate("ImportPreviewDialog", "Import assignments"), summary, columns, lines, problems, preview.ok, parent
    )
    dialog.replace_all = QCheckBox(
        translate("ImportPreviewDialog", "Replace all assignments: remove those this file does not name")
    )
    dialog.options.addWidget(dialog.replace_all)
    return dialog
