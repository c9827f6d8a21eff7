"""The bank browser page: navigation, filters, live search, question list and reading pane,
plus creating, editing and deleting questions with Undo/Redo.

Layout, left to right: the framework tree (dimensions -> goals -> benchmarks with counts), the
question list, the reading pane. Above them: the search field (Ctrl+F; Esc clears) and the tag,
agency and (when the secretariat has assigned people) person filters.

The page reads through ``context.store.bank`` and changes the bank only through
``core.bank_service`` inside undoable commands; after a change it emits
``context.bank_changed`` and every view (this one included) refreshes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.bank.model import Agency, Framework, Question
from sealprep.core.operations.bank import BankChangeError, QuestionVersion, delete_question, save_question
from sealprep.core.store import QuestionFilter, QuestionSummary
from sealprep.ui.app_context import AppContext
from sealprep.ui.browser.commands import DeleteQuestionCommand, SaveQuestionCommand
from sealprep.ui.browser.detail_view import QuestionDetailView
from sealprep.ui.browser.navigation import ALL, NavigationTree, filter_for_node
from sealprep.ui.browser.question_list import ID_ROLE, QuestionDelegate, QuestionListModel, QuestionListView
from sealprep.ui.browser.search_worker import LiveSearch
from sealprep.ui.settings import read_int_list

SPLITTER_KEY = "browser/splitter"
NODE_KEY = "browser/node"
QUESTION_KEY = "browser/question"


class BrowserPage(QWidget):
    """The "Question bank" tab."""

    question_shown = Signal(str)  # id of the question in the reading pane ("" when none)
    assign_people_requested = Signal(str)  # question id: the main window opens the secretariat's dialog
    list_updated = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.undo_stack = QUndoStack(self)
        self.confirm_delete: Callable[[Question], bool] = self._ask_delete
        self.editors: dict[str | None, QWidget] = {}
        self._search_ids: list[str] | None = None
        self._search_query = ""
        self._hidden_matches = 0
        self._framework: Framework | None = None
        self._agencies: dict[str, Agency] = {}

        self._build()
        self._build_actions()
        self.live_search = LiveSearch(self.store.path, self)
        self.live_search.results.connect(self._on_search_results)
        self.live_search.failed.connect(self._on_search_failed)
        self.live_search.cleared.connect(self._on_search_cleared)
        context.bank_changed.connect(self.refresh_bank)
        context.people_changed.connect(self.refresh_person_filter)
        context.assignments_changed.connect(self.refresh_person_filter)
        self.retranslate()
        self.refresh_bank()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setObjectName("search")
        search_icon = QIcon.fromTheme(
            QIcon.ThemeIcon.EditFind, self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        )
        self.search_field.addAction(search_icon, QLineEdit.ActionPosition.LeadingPosition)
        self.search_field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 22)
        self.search_field.textChanged.connect(self._on_search_text)
        self.search_field.installEventFilter(self)
        self.search_status = QLabel()
        self.search_status.setTextFormat(Qt.TextFormat.RichText)
        self.search_status.setWordWrap(True)
        self.search_status.linkActivated.connect(self._on_status_link)

        self.tag_filter = QComboBox()
        self.agency_filter = QComboBox()
        self.person_filter = QComboBox()
        for combo in (self.tag_filter, self.agency_filter, self.person_filter):
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self.refresh_list)
        self.person_filter.setVisible(False)
        self.tag_label, self.agency_label, self.person_label = QLabel(), QLabel(), QLabel()
        self.tag_label.setBuddy(self.tag_filter)
        self.agency_label.setBuddy(self.agency_filter)
        self.person_label.setBuddy(self.person_filter)
        self.person_label.setVisible(False)

        # A tool bar, so that on a narrow window the buttons fold into its » menu instead of
        # forcing the window wider than a small laptop screen.
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.toolbar.setIconSize(QSize(size, size))

        # Two rows, so that at 1280 px the whole search hint and every action show: the search
        # with the actions, then the filters.
        bar = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addSpacing(8)
        top.addWidget(self.toolbar)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tag_label, self.tag_filter),
            (self.agency_label, self.agency_filter),
            (self.person_label, self.person_filter),
        ):
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addStretch(1)
        bar.addLayout(top)
        bar.addLayout(filters)

        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.banner_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_close = QToolButton()
        self.banner_close.setAutoRaise(True)
        self.banner_close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.banner_close.clicked.connect(self.banner.hide)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_close, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()

        self.navigation = NavigationTree()
        self.navigation.node_changed.connect(self._on_node_changed)
        self.list_model = QuestionListModel(self)
        self.list_view = QuestionListView()
        self.list_view.setModel(self.list_model)
        self.list_view.setItemDelegate(QuestionDelegate(self.list_model, self.list_view))
        self.list_view.selectionModel().currentChanged.connect(self._on_current_question)
        self.list_view.doubleClicked.connect(self._edit_clicked)
        self.detail = QuestionDetailView()

        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(4)
        list_layout.addWidget(self.list_view, 1)
        list_layout.addWidget(self.search_status)
        self.search_status.setContentsMargins(4, 0, 4, 2)
        self.search_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("browserSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(list_panel)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 380, 600])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

    def _build_actions(self) -> None:
        style = self.style()
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setIcon(
            QIcon.fromTheme(QIcon.ThemeIcon.DocumentNew, style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        )
        self.new_action.triggered.connect(self._new_clicked)
        self.edit_action = QAction(self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.setIcon(
            QIcon.fromTheme(
                QIcon.ThemeIcon.DocumentProperties, style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
            )
        )
        self.edit_action.triggered.connect(self._edit_clicked)
        self.delete_action = QAction(self)
        self.delete_action.setIcon(
            QIcon.fromTheme(QIcon.ThemeIcon.EditDelete, style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        )
        self.delete_action.triggered.connect(self._delete_clicked)
        self.assign_action = QAction(self)
        self.assign_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
        self.assign_action.triggered.connect(self._assign_clicked)
        for action in (self.new_action, self.edit_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        for action in (self.new_action, self.edit_action, self.delete_action, self.assign_action):
            self.toolbar.addAction(action)
        # Delete removes a question only from the list itself, never while typing elsewhere.
        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list_view)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self._delete_clicked)
        self.clear_search_action = QAction(self)
        self.clear_search_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear_search_action.triggered.connect(self.clear_search)
        self.addAction(self.clear_search_action)
        self._update_actions()

    # -- bank -> view ---------------------------------------------------------------------
    def refresh_bank(self) -> None:
        """Reload everything that depends on the bank (after an import or an edit)."""
        bank = self.store.bank
        self._framework = framework = bank.framework()
        self._agencies = bank.agencies()
        self.navigation.reload(framework, bank.counts())
        self._fill_combo(self.tag_filter, self.tr("All tags"), [(t, t) for t in bank.tags()])
        self._fill_combo(
            self.agency_filter,
            self.tr("All agencies"),
            [(code, f"{code} — {agency.th}") for code, agency in self._agencies.items()],
        )
        self.refresh_person_filter(refresh=False)
        if self._search_ids is not None and self._search_query:
            self.live_search.request(self._search_query)  # the bank changed under the results
            self.live_search.flush()
        self.refresh_list()

    def _fill_combo(self, combo: QComboBox, everything: str, items: Sequence[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for key, label in items:
            combo.addItem(label, key)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def refresh_person_filter(self, refresh: bool = True) -> None:
        """The person filter lists everyone with assignments, and shows only when there is someone."""
        assigned = self.store.assignments.assigned_person_ids()
        people = [(p.id, p.name) for p in self.store.people.list() if p.id in assigned]
        self._fill_combo(self.person_filter, self.tr("Everyone"), people)
        self.person_filter.setVisible(bool(people))
        self.person_label.setVisible(bool(people))
        if refresh:
            self.refresh_list()

    def current_filter(self) -> QuestionFilter:
        fields = filter_for_node(self.navigation.current_node())
        person = self.person_filter.currentData() if self.person_filter.isVisibleTo(self) else None
        ids = self.store.assignments.question_ids_for(person) if person is not None else None
        return QuestionFilter(
            **fields,
            tag=self.tag_filter.currentData(),
            agency=self.agency_filter.currentData(),
            ids=frozenset(ids) if ids is not None else None,
        )

    def refresh_list(self, *_args) -> None:
        """Fill the list from the filters (and the search results, best match first)."""
        keep = self.current_question_id()
        rows: list[QuestionSummary] = self.store.bank.summaries(self.current_filter())
        if self._search_ids is not None:
            by_id = {row.id: row for row in rows}
            rows = [by_id[i] for i in self._search_ids if i in by_id]
            self._hidden_matches = len(self._search_ids) - len(rows)
        else:
            self._hidden_matches = 0
        self.list_model.query = self._search_query if self._search_ids is not None else ""
        self.list_model.set_rows(rows)
        self._update_status()
        target = self.list_model.row_of(keep) if keep else -1
        self._select_row(target if target >= 0 else (0 if rows else -1))
        self.list_updated.emit()

    def _select_row(self, row: int) -> None:
        selection = self.list_view.selectionModel()
        if row < 0:
            selection.clear()
            self._show_question(None)
            return
        index = self.list_model.index(row)
        current = self.list_view.currentIndex()
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if current == index:  # currentChanged does not fire; the question may still have changed
            self._show_question(index.data(ID_ROLE))
        self.list_view.scrollTo(index)

    def _update_status(self) -> None:
        shown = self.list_model.rowCount()
        if self._search_ids is None:
            text = self.tr("%n question(s)", "", shown)
        elif not self._search_ids:
            text = self.tr("No question matches “{0}”.").format(self._search_query)
        elif self._hidden_matches:
            text = (
                self.tr("%n match(es) shown", "", shown)
                + " — "
                + self.tr('{0} more hidden by the filters. <a href="#all">Search the whole bank</a>').format(
                    self._hidden_matches
                )
            )
        else:
            text = self.tr("%n match(es)", "", shown)
        self.search_status.setText(text)
        if shown:
            self.list_view.placeholder_text = ""
        elif self._search_ids is not None:
            self.list_view.placeholder_text = self.tr("No question matches “{0}”.").format(self._search_query)
        elif self.store.bank.question_count() == 0:
            self.list_view.placeholder_text = self.tr(
                "The bank has no questions yet. Use New question to write the first one."
            )
        else:
            self.list_view.placeholder_text = self.tr(
                "No question here. Choose another dimension, goal or benchmark, or clear the filters."
            )
        self.list_view.viewport().update()

    def _on_status_link(self, _link: str) -> None:
        self.show_all_matches()

    def show_all_matches(self) -> None:
        """Clear the navigation and filters so every search match is listed."""
        for combo in (self.tag_filter, self.agency_filter, self.person_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.navigation.select_node(ALL, emit=False)
        self.refresh_list()

    # -- selection -> reading pane --------------------------------------------------------
    def current_question_id(self) -> str | None:
        index = self.list_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_question(self, question_id: str) -> bool:
        row = self.list_model.row_of(question_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def _on_current_question(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_question(current.data(ID_ROLE) if current.isValid() else None)

    def _show_question(self, question_id: str | None) -> None:
        question = self.store.bank.question(question_id) if question_id else None
        if question is None:
            self.detail.clear_question()
        elif self._framework is not None:
            self.detail.digits = self.context.store.preferences.load().digits
            self.detail.show_question(question, self._framework, self._agencies, self.list_model.query)
        self._update_actions()
        self.question_shown.emit(question.id if question else "")

    def _on_node_changed(self, _key: str) -> None:
        self.refresh_list()

    def _update_actions(self) -> None:
        has = self.detail.question() is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.assign_action.setEnabled(has)

    def _assign_clicked(self) -> None:
        question = self.detail.question()
        if question is not None:
            self.assign_people_requested.emit(question.id)

    # -- search ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def clear_search(self) -> None:
        if self.search_field.text():
            self.search_field.clear()

    def _on_search_text(self, text: str) -> None:
        self.live_search.request(text)

    def _on_search_results(self, query: str, ids: list) -> None:
        self._search_ids = list(ids)
        self._search_query = query
        self.refresh_list()
        self.detail.set_query(query)

    def _on_search_failed(self, query: str, message: str) -> None:
        self._search_ids = []
        self._search_query = query
        self.refresh_list()
        self.search_status.setText(self.tr("Search failed: {0}").format(message))

    def _on_search_cleared(self) -> None:
        if self._search_ids is None and not self._search_query:
            return
        self._search_ids = None
        self._search_query = ""
        self.refresh_list()
        self.detail.set_query("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search field moves into the results."""
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            if (
                isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.list_model.rowCount()
            ):
                self.live_search.flush()
                self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.list_view.currentIndex().isValid():
                    self._select_row(0)
                return True
        return super().eventFilter(watched, event)

    # -- editing ----------------------------------------------------------------------------
    # Slots connected to signals return nothing: PySide6 mishandles the reference count of a
    # bool returned from a Python slot, which crashes the interpreter at exit.
    def _new_clicked(self, *_args) -> None:
        self.new_question()

    def _edit_clicked(self, *_args) -> None:
        self.edit_question()

    def _delete_clicked(self, *_args) -> None:
        self.delete_question()

    def _forget_editor(self, key: str | None) -> None:
        editor = self.editors.pop(key, None)
        if editor is not None:
            editor.deleteLater()  # a closed editor is not kept alive by its parent window

    def new_question(self) -> QWidget:
        return self._open_editor(None)

    def edit_question(self, question_id: str | None = None) -> QWidget | None:
        question_id = question_id or self.current_question_id()
        if not question_id or self.store.bank.question(question_id) is None:
            return None
        return self._open_editor(question_id)

    def _open_editor(self, question_id: str | None) -> QWidget:
        from sealprep.ui.browser.question_editor import QuestionEditor  # loaded when first needed: start-up stays fast

        existing = self.editors.get(question_id)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        question = self.store.bank.question(question_id) if question_id else None
        editor = QuestionEditor(self.context, question, self._save_from_editor, self.window())
        editor.finished.connect(lambda _result, key=question_id: self._forget_editor(key))
        self.editors[question_id] = editor
        editor.show()
        return editor

    def _save_from_editor(self, question: Question, original_id: str | None) -> str | None:
        """Save one question as an undoable command; returns an error message or None."""
        before = QuestionVersion.capture(self.store, original_id) if original_id else None
        try:
            self.context.run(save_question, question, original_id)
        except (BankChangeError, OSError) as exc:
            return str(exc)
        if before is None:
            text = self.tr("New question {0}").format(question.id)
        else:
            text = self.tr("Edit question {0}").format(question.id)
        self.undo_stack.push(SaveQuestionCommand(self.context, question, before, text, self._after_command))
        self._after_command(question.id, "")
        return None

    def delete_question(self, question_id: str | None = None) -> bool:
        question_id = question_id or self.current_question_id()
        question = self.store.bank.question(question_id) if question_id else None
        if question is None or not self.confirm_delete(question):
            return False
        before = QuestionVersion.capture(self.store, question.id)
        assert before is not None  # the question was just read
        row = self.list_model.row_of(question.id)
        try:
            self.context.run(delete_question, question.id)
        except OSError as exc:
            self.show_problems([self.tr("Could not delete {0}: {1}").format(question.id, exc)])
            return False
        self.undo_stack.push(
            DeleteQuestionCommand(
                self.context, before, self.tr("Delete question {0}").format(question.id), self._after_command
            )
        )
        neighbour = self.list_model.rows()[row + 1].id if 0 <= row < self.list_model.rowCount() - 1 else None
        if neighbour is None and row > 0:
            neighbour = self.list_model.rows()[row - 1].id
        self._after_command(neighbour, "")
        return True

    def _ask_delete(self, question: Question) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete question"),
            self.tr("Delete the question “{0}” ({1}) and its file? You can undo this with Edit → Undo.").format(
                question.question_th, question.id
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _after_command(self, focus_id: str | None, error: str) -> None:
        """After a change (the context has announced it): report an error, show ``focus_id``."""
        if error:
            self.show_problems([self.tr("The change could not be made: {0}").format(error)])
        if focus_id and not self.select_question(focus_id):
            self.show_all_matches()
            self.select_question(focus_id)

    # -- problems ---------------------------------------------------------------------------
    def show_problems(self, lines: list[str]) -> None:
        """A non-modal warning above the lists (start-up bank problems, failed changes)."""
        shown = lines[:20]
        more = len(lines) - len(shown)
        text = "\n".join(shown) + (("\n" + self.tr("… and {0} more.").format(more)) if more > 0 else "")
        self.banner_text.setText(text)
        self.banner.setVisible(bool(lines))

    # -- settings -------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(SPLITTER_KEY, self.splitter.sizes())
        settings.setValue(NODE_KEY, self.navigation.current_node())
        settings.setValue(QUESTION_KEY, self.current_question_id() or "")

    def restore_state(self, settings: QSettings) -> None:
        sizes = read_int_list(settings, SPLITTER_KEY)
        if len(sizes) == self.splitter.count() and all(size >= 0 for size in sizes) and sum(sizes) > 0:
            self.splitter.setSizes(sizes)
        node = str(settings.value(NODE_KEY, ALL) or ALL)
        if node != self.navigation.current_node() and self.navigation.select_node(node, emit=False):
            self.refresh_list()
        question = str(settings.value(QUESTION_KEY, "") or "")
        if question:
            self.select_question(question)

    def set_show_english(self, show: bool) -> None:
        self.navigation.set_show_english(show)
        self.list_model.set_show_english(show)

    def can_close(self) -> bool:
        """Ask each open editor with unsaved changes; False if the user wants to keep one open."""
        return all(editor.close() for editor in list(self.editors.values()))

    def shutdown(self) -> None:
        """Stop background work (before the store closes); open editors close without asking."""
        self.live_search.shutdown()
        for editor in list(self.editors.values()):
            editor.discard_and_close()  # type: ignore[attr-defined]  # a QuestionEditor
        self.editors.clear()

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Question bank"))
        self.search_field.setPlaceholderText(
            self.tr("Search the whole bank: Thai or English, any part of a word (Ctrl+F)")
        )
        self.search_field.setAccessibleName(self.tr("Search"))
        self.tag_label.setText(self.tr("&Tag:"))
        self.agency_label.setText(self.tr("A&gency:"))
        self.person_label.setText(self.tr("&Person:"))
        for combo, text in (
            (self.tag_filter, self.tr("All tags")),
            (self.agency_filter, self.tr("All agencies")),
            (self.person_filter, self.tr("Everyone")),
        ):
            if combo.count():
                combo.setItemText(0, text)
        self.new_action.setText(self.tr("&New question…"))
        self.new_action.setToolTip(self.tr("Write a new question (Ctrl+N)"))
        self.edit_action.setText(self.tr("&Edit question…"))
        self.edit_action.setToolTip(self.tr("Edit the selected question (Ctrl+E)"))
        self.delete_action.setText(self.tr("&Delete question…"))
        self.delete_action.setToolTip(self.tr("Delete the selected question (Del); Undo brings it back"))
        self.assign_action.setText(self.tr("&Assign people…"))
        self.assign_action.setToolTip(
            self.tr("Choose who answers the selected question (primary) and who stands by (backup)")
        )
        self.clear_search_action.setText(self.tr("Clear search"))
        self.banner_close.setToolTip(self.tr("Hide"))
        self.list_view.setAccessibleName(self.tr("Questions"))
        self.detail.setAccessibleName(self.tr("Question and answers"))
        self._update_status()
        self.detail.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
