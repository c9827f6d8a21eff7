"""The main window: one tab per area of work, each a page built from the shared AppContext,
with the menus, zoom, interface language and the window state remembered between runs.

A page may offer, and the window then uses:
- ``undo_stack`` (QUndoStack): joined to the window's Edit -> Undo/Redo while the page is shown;
- ``save_state(settings)`` / ``restore_state(settings)``: its own splitters and selection;
- ``can_close()``: False keeps the window open (e.g. an editor with unsaved changes);
- ``shutdown()``: stop background work before the store closes;
- ``windowTitle()``: the tab's text (kept up to date when the page retranslates).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from sealprep import __version__
from sealprep.core.operations.preferences import update_preferences
from sealprep.ui import i18n
from sealprep.ui.app_context import AppContext
from sealprep.ui.browser import BrowserPage
from sealprep.ui.fonts import DEFAULT_POINT_SIZE, apply_ui_font
from sealprep.ui.packs import PackActions
from sealprep.ui.printing import PrintAction
from sealprep.ui.rehearsal import HistoryPage, RehearsePage
from sealprep.ui.settings import (
    CURRENT_TAB,
    LANGUAGE,
    SHOW_ENGLISH,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    ZOOM,
    app_settings,
    read_bool,
    read_int,
)

ZOOM_STEPS = (70, 80, 90, 100, 110, 125, 140, 160, 180, 200)
LANGUAGE_NAMES = {"th": "ไทย", "en": "English"}  # each in its own language, never translated


def build_pages(context: AppContext) -> list[tuple[str, QWidget]]:
    """(object name, page) for every tab, in order. Each area adds its page here."""
    from sealprep.ui.secretariat import BenchmarksPage, CoveragePage, PeoplePage, SchedulePage

    return [
        ("bank", BrowserPage(context)),
        ("rehearse", RehearsePage(context)),
        ("history", HistoryPage(context)),
        ("people", PeoplePage(context)),
        ("coverage", CoveragePage(context)),
        ("benchmarks", BenchmarksPage(context)),
        ("schedule", SchedulePage(context)),
    ]


class MainWindow(QMainWindow):
    first_painted = Signal()
    zoom_changed = Signal(int)

    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.setObjectName("mainWindow")
        application().installEventFilter(self)
        self.about_box = self._show_about  # replaced in tests: no modal box
        self.undo_group = QUndoGroup(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.pages: dict[str, QWidget] = {}
        for name, page in build_pages(context):
            page.setObjectName(name)
            self.pages[name] = page
            self.tabs.addTab(page, page.windowTitle() or name)
            page.windowTitleChanged.connect(lambda _title, p=page: self._retitle_tab(p))
            stack = getattr(page, "undo_stack", None)
            if stack is not None:
                self.undo_group.addStack(stack)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self.bank_label = QLabel()
        self.statusBar().addPermanentWidget(self.bank_label)
        self.statusBar().setSizeGripEnabled(True)
        context.bank_changed.connect(self._update_bank_label)
        self._zoom = 100
        self._build_menus()
        self.retranslate()
        self.resize(1280, 800)
        self._on_tab_changed(self.tabs.currentIndex())
        self._update_bank_label()
        self.restore_settings()

    @property
    def browser(self) -> BrowserPage:
        page = self.pages["bank"]
        assert isinstance(page, BrowserPage)
        return page

    # -- menus ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.print_action = PrintAction(self)
        self.print_action.triggered.connect(lambda: self.show_print_dialog())
        self.file_menu.addAction(self.print_action)
        self.file_menu.addSeparator()
        self.packs = PackActions(self.context, self)
        self.file_menu.addAction(self.packs.import_action)
        self.file_menu.addAction(self.packs.export_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self._quit_clicked)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = menu.addMenu("")
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_group.undo)
        self.redo_action = QAction(self)
        # the platform's Redo first (Ctrl+Y on Windows, Ctrl+Shift+Z on Linux and macOS), then both
        # common ones, so either works everywhere (docs/browser.md)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(self.undo_group.redo)
        for signal in (
            self.undo_group.canUndoChanged,
            self.undo_group.canRedoChanged,
            self.undo_group.undoTextChanged,
            self.undo_group.redoTextChanged,
            self.undo_group.activeStackChanged,
        ):
            signal.connect(self._update_undo_actions)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        browser = self.browser
        self.edit_menu.addAction(browser.new_action)
        self.edit_menu.addAction(browser.edit_action)
        self.edit_menu.addAction(browser.delete_action)
        self.edit_menu.addAction(browser.assign_action)
        browser.assign_people_requested.connect(self.assign_people)
        self.edit_menu.addSeparator()
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.edit_menu.addAction(self.find_action)

        self.view_menu = menu.addMenu("")
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_in_action.triggered.connect(lambda: self.step_zoom(1))
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self.step_zoom(-1))
        self.zoom_reset_action = QAction(self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.set_zoom(100))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.english_action = QAction(self)
        self.english_action.setCheckable(True)
        self.english_action.toggled.connect(self.set_show_english)
        self.view_menu.addAction(self.english_action)
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = menu.addMenu("")
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(lambda: self.show_guide())
        self.help_menu.addAction(self.guide_action)
        self.guide_window: QWidget | None = None
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda: self.about_box())
        self.help_menu.addAction(self.about_action)

    def _quit_clicked(self, *_args) -> None:
        self.close()  # (a slot returns nothing: see BrowserPage._new_clicked)

    def _update_undo_actions(self, *_args) -> None:
        self.undo_action.setEnabled(self.undo_group.canUndo())
        self.redo_action.setEnabled(self.undo_group.canRedo())
        undo, redo = self.undo_group.undoText(), self.undo_group.redoText()
        self.undo_action.setText(self.tr("&Undo {0}").format(undo).strip() if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(redo).strip() if redo else self.tr("&Redo"))

    def _on_tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        stack = getattr(page, "undo_stack", None)
        self.undo_group.setActiveStack(stack)  # type: ignore[arg-type]  # None: no page's stack is active
        self._update_undo_actions()

    def _retitle_tab(self, page: QWidget) -> None:
        index = self.tabs.indexOf(page)
        if index >= 0:
            self.tabs.setTabText(index, page.windowTitle() or page.objectName())

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.browser)
        self.browser.focus_search()

    def _update_bank_label(self) -> None:
        bank = self.context.store.bank
        folder = bank.meta("bank_folder")
        self.bank_label.setText(
            self.tr("%n question(s)", "", bank.question_count()) + (f"  ·  {folder}" if folder else "")
        )
        self.bank_label.setToolTip(self.tr("Edits are written to the question files in this folder.") if folder else "")

    def show_guide(self):
        """Help → User guide (F1): the guide in the interface language, in its own window."""
        from sealprep.ui.help_window import GuideWindow

        if self.guide_window is None:
            self.guide_window = GuideWindow(self)
        self.guide_window.show()
        self.guide_window.raise_()
        self.guide_window.activateWindow()
        return self.guide_window

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About sealprep"),
            self.tr(
                "<p><b>sealprep</b> {0}</p><p>Prepares officials for the UNDP Gender Equality Seal "
                "external-assessment interviews: the question bank with every agency's suggested answers, "
                "mock interviews and briefing sheets.</p>"
            ).format(__version__),
        )

    # -- zoom -----------------------------------------------------------------------------
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, percent: int, announce: bool = True) -> None:
        percent = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], int(percent)))
        self._zoom = percent
        apply_ui_font(application(), DEFAULT_POINT_SIZE * percent / 100)
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)  # re-lay out now
        self.zoom_in_action.setEnabled(percent < ZOOM_STEPS[-1])
        self.zoom_out_action.setEnabled(percent > ZOOM_STEPS[0])
        if announce:
            self.statusBar().showMessage(self.tr("Text size {0}%").format(percent), 2000)
        app_settings().setValue(ZOOM, percent)
        self.zoom_changed.emit(percent)

    def step_zoom(self, direction: int) -> None:
        if direction > 0:
            target = next((s for s in ZOOM_STEPS if s > self._zoom), ZOOM_STEPS[-1])
        else:
            target = next((s for s in reversed(ZOOM_STEPS) if s < self._zoom), ZOOM_STEPS[0])
        self.set_zoom(target)

    # -- language and names ---------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it."""
        if language not in LANGUAGE_NAMES:
            return
        app_settings().setValue(LANGUAGE, language)
        self.context.run(update_preferences, language=language)  # printed labels follow the interface
        if language != i18n.current_language():
            i18n.set_language(language)
            self.context.language_changed.emit()
        self.language_actions[language].setChecked(True)

    def set_show_english(self, show: bool) -> None:
        self.english_action.setChecked(show)
        self.browser.set_show_english(show)
        app_settings().setValue(SHOW_ENGLISH, show)

    # -- settings -------------------------------------------------------------------------
    def restore_settings(self) -> None:
        settings = app_settings()
        geometry = settings.value(WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value(WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        self.set_zoom(read_int(settings, ZOOM, 100), announce=False)
        self.english_action.blockSignals(True)
        show = read_bool(settings, SHOW_ENGLISH, False)
        self.english_action.setChecked(show)
        self.english_action.blockSignals(False)
        self.browser.set_show_english(show)
        for page in self.pages.values():
            if hasattr(page, "restore_state"):
                page.restore_state(settings)
        self.tabs.setCurrentIndex(max(0, min(self.tabs.count() - 1, read_int(settings, CURRENT_TAB, 0))))
        self.language_actions.get(i18n.current_language(), self.language_actions["en"]).setChecked(True)

    def save_settings(self) -> None:
        settings = app_settings()
        settings.setValue(WINDOW_GEOMETRY, self.saveGeometry())
        settings.setValue(WINDOW_STATE, self.saveState())
        settings.setValue(CURRENT_TAB, self.tabs.currentIndex())
        settings.setValue(ZOOM, self._zoom)
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state(settings)
        settings.sync()

    def shutdown(self) -> None:
        """Stop every page's background work; safe to call more than once."""
        application().removeEventFilter(self)
        for page in self.pages.values():
            if hasattr(page, "shutdown"):
                page.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(page.can_close() for page in self.pages.values() if hasattr(page, "can_close")):
            event.ignore()  # an editor with unsaved changes stays open
            return
        self.save_settings()
        self.shutdown()
        super().closeEvent(event)

    # -- start-up -------------------------------------------------------------------------
    def show_startup_problems(self, lines: list[str]) -> None:
        """Problems met while opening the bank, shown above the lists (never a blocking box)."""
        self.browser.show_problems(lines)

    def assign_people(self, question_id: str) -> None:
        """Open the secretariat's dialog for a question's people (it saves and signals on OK)."""
        from sealprep.ui.secretariat.assignment_dialogs import AssignPeopleDialog
        from sealprep.ui.secretariat.common import exec_dialog

        exec_dialog(AssignPeopleDialog(self.context, question_id, self))

    def show_print_dialog(self, person_ids: list[int] | None = None, kind=None):
        """File → Print…: the dialog opens window-modally without blocking; returned for tests."""
        from sealprep.ui.printing import show_print_dialog

        self.print_dialog = show_print_dialog(self.context, self, person_ids, kind)
        return self.print_dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Emit ``first_painted`` once, when any widget of this window first paints."""
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is self:
            application().removeEventFilter(self)
            self.first_painted.emit()
        return False

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("sealprep — Gender Equality Seal interview preparation"))
        self.file_menu.setTitle(self.tr("&File"))
        self.print_action.retranslate()
        self.packs.retranslate()
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.find_action.setText(self.tr("&Find…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.zoom_in_action.setText(self.tr("Zoom &In"))
        self.zoom_out_action.setText(self.tr("Zoom &Out"))
        self.zoom_reset_action.setText(self.tr("&Actual Size"))
        self.english_action.setText(self.tr("Show &English Names"))
        self.english_action.setToolTip(self.tr("Show the framework and questions by their English names"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About sealprep"))
        self.guide_action.setText(self.tr("&User guide"))
        for page in self.pages.values():
            self._retitle_tab(page)
        self._update_undo_actions()
        self._update_bank_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def application() -> QApplication:
    """The running QApplication (the window exists only inside one)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
