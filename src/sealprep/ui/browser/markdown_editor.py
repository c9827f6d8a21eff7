"""A Markdown text editor with a live preview beside it (the preview is the same safe rendering
the reading pane uses). The text editor keeps its own Undo/Redo (Ctrl+Z / the platform's Redo key)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from sealprep.core.bank.markdown_render import preview_markdown, render_markdown
from sealprep.ui.links import open_external_link

PREVIEW_DELAY_MS = 120


class MarkdownEditor(QWidget):
    textChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.editor.setTabChangesFocus(True)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.anchorClicked.connect(open_external_link)
        self.preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.preview_label = QLabel()
        self.editor_label = QLabel()
        self.editor_label.setBuddy(self.editor)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.editor_label)
        left_layout.addWidget(self.editor)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.editor.textChanged.connect(self._timer.start)
        self.editor.textChanged.connect(self.textChanged)
        self.retranslate()

    def text(self) -> str:
        return self.editor.toPlainText()

    def setText(self, text: str) -> None:
        self.editor.setPlainText(text)
        self.update_preview()

    def update_preview(self) -> None:
        self._timer.stop()
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        preview = preview_markdown(self.text())  # a 3,000-row table must not freeze every keystroke
        markup = render_markdown(preview.text)
        if preview.hidden_lines:
            note = self.tr("The preview shows the start only: {0} more lines are not shown.")
            markup += "<p><i>" + html.escape(note.format(f"{preview.hidden_lines:,}")) + "</i></p>"
        self.preview.setHtml(markup)
        bar.setValue(position)

    def retranslate(self) -> None:
        self.editor_label.setText(self.tr("&Markdown"))
        self.preview_label.setText(self.tr("Preview"))
        self.editor.setPlaceholderText(
            self.tr("Write the answer in Markdown: **bold**, - bullets, ### headings, [title](https://...)")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
