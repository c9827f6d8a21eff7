"""Real mouse clicks on item views, where a user clicks: the centre of a row's rectangle on the
view's viewport (press, release), so the view's own selection handling runs as it does for a
user, not a shortcut through the selection model."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QTreeWidget, QTreeWidgetItem


def click_index(qtbot, view: QAbstractItemView, index: QModelIndex, double: bool = False) -> None:
    assert index.isValid()
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid() and view.viewport().rect().contains(rect.center()), "the row is not on screen"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0, double: bool = False) -> None:
    click_index(qtbot, view, view.model().index(row, column), double)


def click_item(qtbot, widget: QListWidget | QTreeWidget, item: QListWidgetItem | QTreeWidgetItem) -> None:
    click_index(qtbot, widget, widget.indexFromItem(item))


def click_check_box(qtbot, view: QAbstractItemView, index: QModelIndex) -> None:
    """Click the check box of a checkable row, where the style draws it."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    view.scrollTo(index)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
