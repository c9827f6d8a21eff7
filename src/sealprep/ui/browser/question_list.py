"""The question list: a model of QuestionSummary rows and a delegate that draws them as wrapped
rich text, with search matches marked.

Each row shows the Thai question (or the English one when English names are on), and below it
in a muted line the id, the benchmarks and the agencies that answered.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from sealprep.core.store import QuestionSummary
from sealprep.ui.browser.rich_text import blend, highlighted

SUMMARY_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_PADDING_H, _PADDING_V = 10, 7


class QuestionListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[QuestionSummary] = []
        self.query = ""
        self.show_english = False

    def set_rows(self, rows: list[QuestionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_query(self, query: str) -> None:
        self.query = query
        self._changed()

    def set_show_english(self, show: bool) -> None:
        self.show_english = show
        self._changed()

    def _changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        self.layoutChanged.emit()  # row heights depend on the text shown

    def rows(self) -> list[QuestionSummary]:
        return list(self._rows)

    def row_of(self, question_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == question_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(row)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return row.question_en or row.question_th
        if role == SUMMARY_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None

    def title(self, row: QuestionSummary) -> str:
        return (row.question_en or row.question_th) if self.show_english else row.question_th


class QuestionDelegate(QStyledItemDelegate):
    """Draws a row as a small rich-text document: the question (matches marked) and a meta line."""

    def __init__(self, model: QuestionListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model

    def _document(
        self, option: QStyleOptionViewItem, row: QuestionSummary, width: int, selected: bool
    ) -> QTextDocument:
        palette = option.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        muted = blend(text, base, 0.35)
        details = [row.id]
        if row.benchmarks:
            details.append(", ".join(row.benchmarks))
        if row.agencies:
            details.append(", ".join(row.agencies))
        query = self._model.query
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        document.setHtml(
            f'<div style="color:{text.name()};">{highlighted(self._model.title(row), query)}</div>'
            f'<div style="color:{muted}; font-size:small;">{html.escape("  ·  ".join(details))}</div>'
        )
        document.setTextWidth(max(50, width - 2 * _PADDING_H))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row: QuestionSummary = index.data(SUMMARY_ROLE)
        self.initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(option, row, option.rect.width(), selected)
        painter.save()
        painter.translate(option.rect.left() + _PADDING_H, option.rect.top() + _PADDING_V)
        clip = QRect(0, 0, option.rect.width() - 2 * _PADDING_H, option.rect.height() - 2 * _PADDING_V)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        row: QuestionSummary = index.data(SUMMARY_ROLE)
        if row is None:
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else 360
        document = self._document(option, row, width, False)
        return QSize(width, int(document.size().height()) + 2 * _PADDING_V)


class QuestionListView(QListView):
    """A list view that says why it is empty instead of showing a blank area."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.placeholder_text = ""
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(False)
        self.setSpacing(0)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.placeholder_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            rect = self.viewport().rect().adjusted(16, 24, -16, -16)
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                self.placeholder_text,
            )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # wrapped rows change height with the width
