"""A small editable list of rows (key points: one column; evidence: title and link), with
add / remove / move buttons. Every cell is edited in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class EditableTable(QWidget):
    changed = Signal()

    def __init__(self, headers: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.set_headers(headers)
        self.table.itemChanged.connect(self._item_changed)

        self.add_button = self._button(QIcon.ThemeIcon.ListAdd, "+", self.add_row)
        self.remove_button = self._button(QIcon.ThemeIcon.ListRemove, "\u2212", self.remove_row)
        self.up_button = self._button(QIcon.ThemeIcon.GoUp, "\u2191", lambda: self.move_row(-1))
        self.down_button = self._button(QIcon.ThemeIcon.GoDown, "\u2193", lambda: self.move_row(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def _item_changed(self, _item) -> None:
        self.changed.emit()

    def _button(self, theme_icon: QIcon.ThemeIcon, fallback_text: str, slot) -> QToolButton:
        """The desktop theme's icon where there is one; a text symbol (sharp at any DPI) elsewhere."""
        button = QToolButton()
        icon = QIcon.fromTheme(theme_icon)
        if icon.isNull():
            button.setText(fallback_text)
        else:
            button.setIcon(icon)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def set_headers(self, headers: list[str]) -> None:
        self.table.setHorizontalHeaderLabels(headers)

    def rows(self) -> list[list[str]]:
        """Non-empty rows, cells stripped; line breaks typed into a cell become spaces."""
        out = []
        for row in range(self.table.rowCount()):
            cells = []
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                cells.append(" ".join((item.text() if item else "").split()))
            if any(cells):
                out.append(cells)
        return out

    def set_rows(self, rows: list[list[str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for cells in rows:
            self._append(cells)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self.changed.emit()

    def _append(self, cells: list[str]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            self.table.setItem(row, column, QTableWidgetItem(cells[column] if column < len(cells) else ""))
        return row

    def add_row(self) -> None:
        row = self._append([])
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))  # type: ignore[arg-type]  # the row was just filled
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.blockSignals(True)
        for column in range(self.table.columnCount()):
            a, b = self.table.takeItem(row, column), self.table.takeItem(target, column)
            self.table.setItem(row, column, b)
            self.table.setItem(target, column, a)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, self.table.currentColumn())
        self.changed.emit()

    def retranslate(self) -> None:
        self.add_button.setToolTip(self.tr("Add a row"))
        self.remove_button.setToolTip(self.tr("Remove the selected row"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAccessibleName(button.toolTip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
