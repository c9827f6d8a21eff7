"""People x benchmarks for the Coverage page, beside the people x dimensions matrix.

One column per benchmark, and per goal that has no benchmarks yet (``core.secretariat.
benchmark_coverage``): ``primary + backup`` assignments on the column's questions, with the
number the person is ready on once rehearsal data exists. The footer row counts the people
assigned (and ready); a column nobody is assigned to, or nobody is ready on, is coloured.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from sealprep.core.bank.display import criterion_text
from sealprep.core.secretariat.benchmark_coverage import NO_ASSIGNED, NO_READY, BenchmarkOverview, BenchmarkRow
from sealprep.core.secretariat.coverage import cell_text
from sealprep.core.secretariat.model import stored_id
from sealprep.ui.secretariat.common import BACKUP_COLOUR, INK, OK_COLOUR, PRIMARY_COLOUR, PROBLEM_COLOUR, fill


class BenchmarkMatrixModel(QAbstractTableModel):
    NAME, AGENCY = 0, 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.overview: BenchmarkOverview | None = None
        self.language = "th"

    def set_overview(self, overview: BenchmarkOverview, language: str = "th") -> None:
        self.beginResetModel()
        self.overview, self.language = overview, language
        self.endResetModel()

    def row_at(self, column: int) -> BenchmarkRow | None:
        rows = self.overview.rows if self.overview else []
        index = column - 2
        return rows[index] if 0 <= index < len(rows) else None

    def person_at(self, row: int):
        people = self.overview.people if self.overview else []
        return people[row] if row < len(people) else None

    def is_footer(self, row: int) -> bool:
        return self.overview is not None and row == len(self.overview.people)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.overview is None else len(self.overview.people) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.overview is None else len(self.overview.rows) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.overview is None:
            return None
        row = self.row_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.NAME:
                return self.tr("Person")
            if section == self.AGENCY:
                return self.tr("Agency")
            return row.key if row else None
        if role == Qt.ItemDataRole.ToolTipRole and row is not None:
            text, mark = criterion_text(row.benchmark or row.goal, self.language)
            return f"{row.key}: {text}" + (f" ({mark})" if mark else "")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.overview is None:
            return None
        overview, column = self.overview, index.column()
        row = self.row_at(column)
        if self.is_footer(index.row()):
            return self._footer(column, row, role)
        person = overview.people[index.row()]
        cell = overview.cell(stored_id(person.id), row.key) if row else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return person.name
            if column == self.AGENCY:
                return person.agency
            if cell is None or cell.total == 0:
                return ""
            words = {"ready": self.tr("ready %1").replace("%1", "{ready}")}
            return cell_text(cell, words)
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None:
            if cell.primary:
                return QBrush(PRIMARY_COLOUR)
            if cell.backup:
                return QBrush(BACKUP_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None and cell.total:
            return QBrush(INK)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None and row is not None:
            return fill(self.tr("%1 — %2: %3 primary, %4 backup"), person.name, row.key, cell.primary, cell.backup)
        return None

    def _footer(self, column: int, row: BenchmarkRow | None, role: int):
        short = row is not None and bool({NO_ASSIGNED, NO_READY} & set(row.gaps))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return self.tr("People assigned (ready)")
            if row is None:
                return ""
            return f"{len(row.assigned)} ({len(row.ready)})" if row.ready is not None else str(len(row.assigned))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row is not None:
            return QBrush(PROBLEM_COLOUR if short else OK_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and row is not None:
            return QBrush(INK)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


__all__ = ["BenchmarkMatrixModel"]
