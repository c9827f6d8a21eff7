"""The navigation pane: all questions, then the five dimensions -> goals -> benchmarks, with counts.

Each node has a key in the form ``BankStore.counts()`` uses (``all``, ``dimension:N``,
``goal:ID``, ``benchmark:ID``); ``filter_for_node`` turns a key into the store's QuestionFilter
fields. Names are Thai; the English name is in the tooltip, or shown instead with
``set_show_english(True)`` (View menu).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from sealprep.core.bank.display import criterion_text
from sealprep.core.bank.model import Framework
from sealprep.core.thai.breaks import ZERO_WIDTH_SPACE, shorten
from sealprep.ui.fonts import wrappable

ALL = "all"
KEY_ROLE = Qt.ItemDataRole.UserRole
_NAME_COLUMN, _COUNT_COLUMN = 0, 1
_WRAP_ROLE = Qt.ItemDataRole.UserRole + 1


def filter_for_node(key: str) -> dict:
    """QuestionFilter keyword arguments for a navigation key."""
    kind, _, value = key.partition(":")
    if kind == "dimension":
        return {"dimension": int(value)}
    if kind in ("goal", "benchmark"):
        return {kind: value}
    return {}


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped name at the pane's width (a tree view alone keeps one line
    a row and cuts long Thai names off)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        tree = self.parent()
        if index.column() != _NAME_COLUMN or not isinstance(tree, QTreeWidget):
            return hint
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = tree.columnWidth(_NAME_COLUMN) - tree.indentation() * (depth + 1) - 8
        if width <= 40:
            return hint
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), rect.height() + 6))


class NavigationTree(QTreeWidget):
    node_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)  # dimension and goal names are long Thai phrases
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(_NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(_COUNT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.setItemDelegate(_WrappingDelegate(self))
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
        self._framework: Framework | None = None
        self._counts: dict[str, int] = {}
        self._show_english = False
        self._items: dict[str, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._on_current_changed)
        self.setAccessibleName(self.tr("Dimensions, goals and benchmarks"))

    # -- public ---------------------------------------------------------------------------
    def reload(self, framework: Framework, counts: dict[str, int]) -> None:
        """Rebuild from the framework, keeping the current node (or falling back to its parent)."""
        current = self.current_node()
        expanded = {key for key, item in self._items.items() if item.isExpanded()}
        self._framework, self._counts = framework, counts
        self.blockSignals(True)
        self.clear()
        self._items.clear()
        root = self._add(None, ALL)
        for dimension in framework.dimensions:
            d_item = self._add(root, f"dimension:{dimension.number}")
            for goal in dimension.goals:
                g_item = self._add(d_item, f"goal:{goal.id}")
                for benchmark in goal.benchmarks:
                    self._add(g_item, f"benchmark:{benchmark.id}")
        root.setExpanded(True)
        for key in expanded:
            if key in self._items:
                self._items[key].setExpanded(True)
        self._refresh_texts()
        self.blockSignals(False)
        self.select_node(self._nearest_existing(current), emit=current not in self._items)

    def current_node(self) -> str:
        item = self.currentItem()
        return item.data(_NAME_COLUMN, KEY_ROLE) if item else ALL

    def select_node(self, key: str, emit: bool = True) -> bool:
        item = self._items.get(key)
        if item is None:
            return False
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        if not emit:
            self.blockSignals(True)
        self.setCurrentItem(item)
        self.blockSignals(False)
        self.scrollToItem(item)
        return True

    def node_keys(self) -> list[str]:
        return list(self._items)

    def node_count(self, key: str) -> int:
        return self._counts.get(key, 0)

    def node_label(self, key: str) -> str:
        item = self._items.get(key)
        return item.text(_NAME_COLUMN).replace(ZERO_WIDTH_SPACE, "") if item else ""

    def set_show_english(self, show: bool) -> None:
        self._show_english = show
        self._refresh_texts()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Dimensions, goals and benchmarks"))
        self._refresh_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- internals ------------------------------------------------------------------------
    def _add(self, parent: QTreeWidgetItem | None, key: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self)
        item.setData(_NAME_COLUMN, KEY_ROLE, key)
        item.setTextAlignment(_COUNT_COLUMN, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._items[key] = item
        return item

    def _nearest_existing(self, key: str) -> str:
        if key in self._items:
            return key
        return ALL

    def _names(self, key: str) -> tuple[str, str]:
        """(Thai label, English label) of a node."""
        kind, _, value = key.partition(":")
        framework = self._framework
        if kind == "dimension" and framework:
            d = framework.dimension(int(value))
            prefix = self.tr("Dimension {0}").format(value)
            return f"{prefix}  {d.th}", f"{prefix}  {d.en or d.th}"
        if kind == "goal" and framework:
            goal = next(g for g in framework.all_goals() if g.id == value)
            return f"{goal.id}  {goal.th}", f"{goal.id}  {goal.en or goal.th}"
        if kind == "benchmark" and framework:
            b = framework.benchmark(value)
            assert b is not None  # the tree lists only the framework's benchmarks
            return f"{b.id}  {criterion_text(b, 'th')[0]}", f"{b.id}  {criterion_text(b, 'en')[0]}"
        label = self.tr("All questions")
        return label, label

    def _refresh_texts(self) -> None:
        for key, item in self._items.items():
            thai, english = self._names(key)
            # criteria run to several sentences: the tree shows their start, cut between words (tooltip: all)
            item.setText(_NAME_COLUMN, shorten(english if self._show_english else thai))
            item.setData(_NAME_COLUMN, _WRAP_ROLE, False)
            other = thai if self._show_english else english
            item.setToolTip(
                _NAME_COLUMN,
                f"<p>{html.escape(thai)}</p>" + (f"<p><i>{html.escape(other)}</i></p>" if other != thai else ""),
            )
            count = self._counts.get(key, 0)
            item.setText(_COUNT_COLUMN, str(count))
            item.setToolTip(_COUNT_COLUMN, self.tr("%n question(s)", "", count))
            item.setData(
                _NAME_COLUMN,
                Qt.ItemDataRole.AccessibleTextRole,
                f"{item.text(_NAME_COLUMN)}, {item.toolTip(_COUNT_COLUMN)}",
            )

        # Long Thai names wrap inside the pane instead of being cut off: mark their word
        # boundaries once the window is up (the dictionary loads then, not at start-up).
        QTimer.singleShot(0, self, self._make_wrappable)  # (dropped if the tree goes first)

    def _make_wrappable(self) -> None:
        for item in self._items.values():
            if not item.data(_NAME_COLUMN, _WRAP_ROLE):
                item.setText(_NAME_COLUMN, wrappable(item.text(_NAME_COLUMN)))
                item.setData(_NAME_COLUMN, _WRAP_ROLE, True)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is not None:
            self.node_changed.emit(current.data(_NAME_COLUMN, KEY_ROLE))
