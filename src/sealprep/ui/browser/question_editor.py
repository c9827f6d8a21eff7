"""The question editor: every part of a question file as a form, checked while you type.

The form is turned into a ``Question`` and checked with ``core.bank_service.check_question``
(the same checks as ``sealprep bank check``) on every change; problems are listed under the form
in plain words with the part of the question they belong to, and Save stays disabled while there
are any. Saving is done by the caller (``save`` callback -> an undoable command), which returns
an error message or None.

The editor is not modal: the bank stays readable behind it. Closing it with unsaved changes asks
``confirm_discard`` (a callable, replaced in tests so no modal box ever blocks).
"""

from __future__ import annotations

import copy
import posixpath
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.bank.model import Agency, Answer, EvidenceItem, Framework, Problem, Question
from sealprep.core.bank.question_file import format_question
from sealprep.core.bank.service import check_question
from sealprep.core.thai.dates import format_thai_date, parse_date
from sealprep.core.thai.text import to_ascii_digits
from sealprep.ui.app_context import AppContext
from sealprep.ui.browser.editable_table import EditableTable
from sealprep.ui.browser.markdown_editor import MarkdownEditor
from sealprep.ui.duration_spin_box import DurationSpinBox

VALIDATE_DELAY_MS = 150
ID_REGEX = r"[A-Za-z0-9][A-Za-z0-9._-]*"
BENCHMARK_ROLE = Qt.ItemDataRole.UserRole


def problem_section(text: str, line: int) -> tuple[str, str]:
    """Which part of a formatted question file ``line`` is in: (kind, agency code).

    kind is one of "front", "question", "en", "answer", "key_points", "evidence".
    """
    lines = text.split("\n")
    kind, agency = "front", ""
    closing = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), 0) + 1
    for number, content in enumerate(lines[:line], start=1):
        if number <= closing:
            kind = "front"
        elif content.startswith("# "):
            kind = "question"
        elif content.startswith("## "):
            title = content[3:].strip()
            if title.lower().startswith(("answer:", "คำตอบ:")):
                kind, agency = "answer", title.split(":", 1)[1].strip()
            elif title.lower() in ("en", "english"):
                kind = "en"
            elif title.lower() in ("key points", "ประเด็นสำคัญ"):
                kind = "key_points"
            elif title.lower() in ("evidence", "หลักฐาน"):
                kind = "evidence"
            # any other '##' line was typed inside the part before it: the kind stays
    return kind, agency


def _date_cell(day) -> str:
    """An evidence date as the form shows it: Buddhist era with Arabic digits (8 ก.ค. 2567)."""
    return format_thai_date(day, digits="arabic") if day else ""


def _read_date(text: str):
    """The date typed in an evidence row, or None (empty, or not a date: validate() says so)."""
    try:
        return parse_date(text) if text.strip() else None
    except ValueError:
        return None


def moved_source_path(original: Question | None, new_id: str, new_dimension: int) -> str:
    """Where an edited question's file goes: beside its old file, renamed when its name was its id,
    into ``d<N>/`` when it sat in the old dimension's ``d<N>/`` folder. New questions: default."""
    if original is None or not original.source_path:
        return ""
    folder, name = posixpath.split(original.source_path)
    if name == f"{original.id}.md":
        name = f"{new_id}.md"
    if folder == f"d{original.dimension}":
        folder = f"d{new_dimension}"
    return posixpath.join(folder, name) if folder else name


class AnswerTab(QWidget):
    """One agency's answer: which agency, and the Markdown with its preview."""

    changed = Signal()

    def __init__(self, agencies: dict[str, Agency], answer: Answer, parent: QWidget | None = None):
        super().__init__(parent)
        self.agency = QComboBox()
        for code, agency in agencies.items():
            self.agency.addItem(f"{code} — {agency.th}", code)
            self.agency.setItemData(self.agency.count() - 1, agency.en or agency.th, Qt.ItemDataRole.ToolTipRole)
        if self.agency.findData(answer.agency) < 0 and answer.agency:
            self.agency.addItem(answer.agency, answer.agency)  # unknown code: kept, and reported
        self.agency.setCurrentIndex(max(0, self.agency.findData(answer.agency)))
        self.body = MarkdownEditor()
        self.body.setText(answer.body)
        self.agency_label = QLabel()
        self.agency_label.setBuddy(self.agency)
        row = QHBoxLayout()
        row.addWidget(self.agency_label)
        row.addWidget(self.agency, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.body, 1)
        self.agency.currentIndexChanged.connect(self.changed)
        self.body.textChanged.connect(self.changed)
        self.retranslate()

    def answer(self) -> Answer:
        return Answer(self.agency.currentData() or "", self.body.text().strip("\n"))

    def code(self) -> str:
        return self.agency.currentData() or ""

    def retranslate(self) -> None:
        self.agency_label.setText(self.tr("&Agency:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class QuestionEditor(QDialog):
    """Create or edit one question. ``save(question, original_id)`` returns an error or None."""

    saved = Signal(str)  # the id saved

    def __init__(
        self,
        context: AppContext,
        question: Question | None,
        save: Callable[[Question, str | None], str | None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.context = context
        self._save = save
        self._original = copy.deepcopy(question) if question else None
        self.original_id = question.id if question else None
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        self.problems: list[Problem] = []
        self.messages: list[str] = []
        self._kinds: list[str] = []
        bank = context.store.bank
        self._framework: Framework = bank.framework()
        self._agencies: dict[str, Agency] = bank.agencies()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate)
        self._build()
        self._load(question or Question(id="", dimension=1, question_th=""))
        self._baseline = self._form_text()
        self.retranslate()
        self.validate()
        self.resize(1040, 760)

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.id_edit = QLineEdit()
        self.id_edit.setValidator(QRegularExpressionValidator(QRegularExpression(ID_REGEX), self))
        self.dimension = QComboBox()
        for dimension in self._framework.dimensions:
            self.dimension.addItem(f"{dimension.number}  {dimension.th}", dimension.number)
            self.dimension.setItemData(self.dimension.count() - 1, dimension.en, Qt.ItemDataRole.ToolTipRole)
        if self.dimension.count() == 0:
            for number in range(1, 6):
                self.dimension.addItem(str(number), number)
        self.benchmarks = QListWidget()
        for benchmark in self._framework.all_benchmarks():
            item = QListWidgetItem(f"{benchmark.id}  {benchmark.th}")
            item.setData(BENCHMARK_ROLE, benchmark.id)
            item.setToolTip(benchmark.en or benchmark.th)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.benchmarks.addItem(item)
        self.benchmarks_empty = QLabel()
        self.benchmarks_empty.setWordWrap(True)
        self.tags = QLineEdit()
        self.time_limit = DurationSpinBox()
        self.time_limit.setRange(0, 3600)
        self.time_limit.setSingleStep(15)
        self.question_th = QPlainTextEdit()
        self.question_th.setTabChangesFocus(True)
        self.question_th.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.question_en = QPlainTextEdit()
        self.question_en.setTabChangesFocus(True)
        self.question_en.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 16)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = {name: QLabel() for name in ("id", "dimension", "benchmarks", "tags", "time", "th", "en")}
        top = QHBoxLayout()
        top.addWidget(self.id_edit, 2)
        top.addWidget(self.labels["time"])
        top.addWidget(self.time_limit)
        self.labels["time"].setBuddy(self.time_limit)
        self.form.addRow(self.labels["id"], top)
        self.form.addRow(self.labels["dimension"], self.dimension)
        bench_box = QVBoxLayout()
        bench_box.addWidget(self.benchmarks)
        bench_box.addWidget(self.benchmarks_empty)
        self.form.addRow(self.labels["benchmarks"], bench_box)
        self.form.addRow(self.labels["tags"], self.tags)
        self.form.addRow(self.labels["th"], self.question_th)
        self.form.addRow(self.labels["en"], self.question_en)
        for name, widget in (
            ("id", self.id_edit),
            ("dimension", self.dimension),
            ("tags", self.tags),
            ("th", self.question_th),
            ("en", self.question_en),
            ("benchmarks", self.benchmarks),
        ):
            self.labels[name].setBuddy(widget)
        question_page = QWidget()
        question_page.setLayout(self.form)

        self.answers = QTabWidget()
        self.answers.setTabsClosable(True)
        self.answers.setMovable(True)
        self.answers.tabCloseRequested.connect(self.remove_answer)
        self.answers.tabBar().tabMoved.connect(lambda *_: self._changed())
        self.add_answer_button = QToolButton()
        self.add_answer_button.setText("+")
        self.add_answer_button.setAutoRaise(True)
        self.add_answer_button.clicked.connect(self._add_answer_clicked)
        self.answers.setCornerWidget(self.add_answer_button, Qt.Corner.TopRightCorner)
        self.no_answers = QLabel()
        self.no_answers.setAlignment(Qt.AlignmentFlag.AlignCenter)
        answers_page = QWidget()
        answers_layout = QVBoxLayout(answers_page)
        answers_layout.addWidget(self.answers, 1)
        answers_layout.addWidget(self.no_answers)

        self.key_points = EditableTable([""])
        self.evidence = EditableTable(["", "", "", ""])
        for column in (2, 3):  # owner and date are short: the title and the link get the width
            self.evidence.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.key_points_label, self.evidence_label = QLabel(), QLabel()
        lists_page = QWidget()
        lists_layout = QVBoxLayout(lists_page)
        lists_layout.addWidget(self.key_points_label)
        lists_layout.addWidget(self.key_points, 1)
        lists_layout.addWidget(self.evidence_label)
        lists_layout.addWidget(self.evidence, 1)

        self.pages = QTabWidget()
        self.pages.addTab(question_page, "")
        self.pages.addTab(answers_page, "")
        self.pages.addTab(lists_page, "")

        self.problem_title = QLabel()
        self.problem_list = QListWidget()
        self.problem_list.setWordWrap(True)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problem_title)
        problems_layout.addWidget(self.problem_list)

        # Our own buttons, not standard ones: a standard button re-sets its text from Qt's own
        # catalogue on every language change, and Qt ships no Thai one.
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.cancel_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton))
        self.buttons.accepted.connect(self._save_clicked)
        self.buttons.rejected.connect(self._cancel_clicked)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.pages)
        splitter.addWidget(problems)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self._save_clicked)

        for signal in (
            self.id_edit.textChanged,
            self.tags.textChanged,
            self.question_th.textChanged,
            self.question_en.textChanged,
            self.time_limit.valueChanged,
            self.key_points.changed,
            self.evidence.changed,
            self.benchmarks.itemChanged,
        ):
            signal.connect(self._changed)
        self.dimension.currentIndexChanged.connect(self._dimension_changed)

    def _load(self, question: Question) -> None:
        self.id_edit.setText(question.id)
        self.dimension.setCurrentIndex(max(0, self.dimension.findData(question.dimension)))
        for row in range(self.benchmarks.count()):
            item = self.benchmarks.item(row)
            checked = item.data(BENCHMARK_ROLE) in question.benchmarks
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.tags.setText(", ".join(question.tags))
        self.time_limit.setValue(question.time_limit or 0)
        self.question_th.setPlainText(question.question_th)
        self.question_en.setPlainText(question.question_en)
        for answer in question.answers:
            self.add_answer(answer, focus=False)
        self.key_points.set_rows([[p] for p in question.key_points])
        self.evidence.set_rows([[e.title, e.url, e.owner, _date_cell(e.as_of)] for e in question.evidence])
        self._filter_benchmarks()
        self._update_answer_state()
        self.pages.setCurrentIndex(0)

    # -- answers ------------------------------------------------------------------------
    def answer_tabs(self) -> list[AnswerTab]:
        return [tab for i in range(self.answers.count()) if isinstance(tab := self.answers.widget(i), AnswerTab)]

    def add_answer(self, answer: Answer | None = None, focus: bool = True) -> AnswerTab:
        if answer is None:
            used = {tab.code() for tab in self.answer_tabs()}
            code = next((c for c in self._agencies if c not in used), next(iter(self._agencies), ""))
            answer = Answer(code, "")
        tab = AnswerTab(self._agencies, answer)
        tab.changed.connect(self._changed)
        tab.changed.connect(lambda t=tab: self._retitle(t))
        index = self.answers.addTab(tab, answer.agency)
        self._retitle(tab)
        self._update_answer_state()
        if focus:
            self.pages.setCurrentIndex(1)
            self.answers.setCurrentIndex(index)
            tab.body.editor.setFocus()
            self._changed()
        return tab

    def remove_answer(self, index: int) -> None:
        widget = self.answers.widget(index)
        self.answers.removeTab(index)
        if widget is not None:
            widget.deleteLater()
        self._update_answer_state()
        self._changed()

    def _retitle(self, tab: AnswerTab) -> None:
        index = self.answers.indexOf(tab)
        if index >= 0:
            self.answers.setTabText(index, tab.code())
            agency = self._agencies.get(tab.code())
            self.answers.setTabToolTip(index, agency.th if agency else tab.code())

    def _update_answer_state(self) -> None:
        self.no_answers.setVisible(self.answers.count() == 0)

    # -- the form as a Question ---------------------------------------------------------
    def question(self) -> Question:
        tags = [t for t in (" ".join(part.split()) for part in self.tags.text().replace("،", ",").split(",")) if t]
        benchmarks = [
            self.benchmarks.item(r).data(BENCHMARK_ROLE)
            for r in range(self.benchmarks.count())
            if self.benchmarks.item(r).checkState() == Qt.CheckState.Checked
        ]
        new_id = to_ascii_digits(self.id_edit.text().strip())
        dimension = self.dimension.currentData() or 1
        question = Question(
            id=new_id,
            dimension=dimension,
            question_th=" ".join(self.question_th.toPlainText().split("\n")).strip(),
            question_en=self.question_en.toPlainText().strip(),
            answers=[tab.answer() for tab in self.answer_tabs()],
            key_points=[cells[0] for cells in self.key_points.rows() if cells[0]],
            evidence=[
                EvidenceItem(title or url, url, owner, _read_date(as_of))
                for title, url, owner, as_of in self.evidence.rows()
            ],
            benchmarks=benchmarks,
            tags=tags,
            time_limit=self.time_limit.value() or None,
            # facts to confirm are edited in the file; the form keeps them as they were
            confirm=copy.deepcopy(self._original.confirm) if self._original else [],
        )
        question.source_path = moved_source_path(self._original, new_id, dimension)
        return question

    def _form_text(self) -> str:
        return format_question(self.question())

    def is_dirty(self) -> bool:
        return self._form_text() != self._baseline

    # -- validation ---------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        self._timer.start()

    def _dimension_changed(self) -> None:
        self._filter_benchmarks()
        self._changed()

    def _filter_benchmarks(self) -> None:
        dimension = self.dimension.currentData()
        visible = 0
        for row in range(self.benchmarks.count()):
            item = self.benchmarks.item(row)
            benchmark = self._framework.benchmark(item.data(BENCHMARK_ROLE))
            show = (
                benchmark is not None and benchmark.dimension == dimension
            ) or item.checkState() == Qt.CheckState.Checked
            item.setHidden(not show)
            visible += show
        self.benchmarks.setVisible(visible > 0)
        self.benchmarks_empty.setVisible(visible == 0)

    def validate(self) -> list[str]:
        """Check the form now; updates the problem list and the Save button. Returns the messages."""
        self._timer.stop()
        question = self.question()
        found: list[tuple[str, str]] = []  # (page kind, message)
        if not question.id:
            found.append(
                (
                    "front",
                    self.tr(
                        "Question details: give the question an id (letters, digits, '.', '_' or '-'), e.g. d1-planning."
                    ),
                )
            )
        if not question.question_th:
            found.append(("front", self.tr("Question details: write the question in Thai.")))
        for tab in self.answer_tabs():
            if not tab.answer().body.strip():
                found.append(("answer", self.tr("Answer from {0}: the answer is empty.").format(tab.code())))
        for title, _url, _owner, as_of in self.evidence.rows():
            if as_of and _read_date(as_of) is None:
                found.append(
                    (
                        "evidence",
                        self.tr("Evidence '{0}': '{1}' is not a date (write e.g. 8 ก.ค. 2567 or 2024-07-08).").format(
                            title, as_of
                        ),
                    )
                )
        self.problems = check_question(self.context.store, question, self.original_id) if not found else []
        text = format_question(question)
        found += [self._describe(problem, text) for problem in self.problems]
        self._kinds = [kind for kind, _ in found]
        self.messages = [message for _, message in found]
        self._show_messages()
        return self.messages

    def _describe(self, problem: Problem, text: str) -> tuple[str, str]:
        kind, agency = problem_section(text, problem.line)
        labels = {
            "front": self.tr("Question details"),
            "question": self.tr("Thai wording"),
            "en": self.tr("English wording"),
            "answer": self.tr("Answer from {0}").format(agency),
            "key_points": self.tr("Key points"),
            "evidence": self.tr("Evidence"),
        }
        message = problem.message
        if message.startswith("unknown section"):
            message = self.tr(
                "a line starting with '#' or '##' would end this part; use '###' for a heading inside an answer"
            )
        elif message.startswith("duplicate id"):
            message = self.tr("another question already uses the id '{0}'").format(self.id_edit.text().strip())
        return kind, f"{labels[kind]}: {message}"

    def _show_messages(self) -> None:
        self.problem_list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for number, message in enumerate(self.messages):
            item = QListWidgetItem(icon, message)
            item.setData(Qt.ItemDataRole.UserRole, self._kinds[number] if number < len(self._kinds) else "front")
            self.problem_list.addItem(item)
        valid = not self.messages
        self.problem_list.setVisible(not valid)
        self.problem_title.setText(
            self.tr("Fix these before saving:") if not valid else self.tr("✓ The question is valid and can be saved.")
        )
        self.save_button.setEnabled(valid)

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        kind = item.data(Qt.ItemDataRole.UserRole)
        self.pages.setCurrentIndex({"answer": 1, "key_points": 2, "evidence": 2}.get(kind, 0))

    # -- saving and closing -------------------------------------------------------------
    # (slots return nothing: see BrowserPage._new_clicked)
    def _save_clicked(self, *_args) -> None:
        self.save()

    def _cancel_clicked(self, *_args) -> None:
        self.close()

    def _add_answer_clicked(self, *_args) -> None:
        self.add_answer()

    def save(self) -> bool:
        """Validate and hand the question to the caller; closes on success."""
        if self.validate():
            return False
        question = self.question()
        error = self._save(question, self.original_id)
        if error:
            self.messages = [self.tr("Could not save: {0}").format(error)]
            self._kinds = ["front"]
            self._show_messages()
            return False
        self._baseline = self._form_text()
        self.original_id = question.id
        self.saved.emit(question.id)
        self.accept()
        return True

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Discard the changes to this question?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def hideEvent(self, event) -> None:
        self._timer.stop()  # no check may run once the editor is gone (the store may be closing)
        super().hideEvent(event)

    def discard_and_close(self) -> None:
        """Close without asking (the app is quitting and the user already agreed)."""
        self._baseline = self._form_text()
        self.close()

    def reject(self) -> None:
        if self.is_dirty() and not self.confirm_discard():
            return
        self._baseline = self._form_text()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted and self.is_dirty() and not self.confirm_discard():
            event.ignore()
            return
        self._baseline = self._form_text()
        super().closeEvent(event)

    # -- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.original_id:
            self.setWindowTitle(self.tr("Edit question — {0}").format(self.original_id))
        else:
            self.setWindowTitle(self.tr("New question"))
        self.labels["id"].setText(self.tr("&Id:"))
        self.labels["dimension"].setText(self.tr("&Dimension:"))
        self.labels["benchmarks"].setText(self.tr("&Benchmarks:"))
        self.labels["tags"].setText(self.tr("&Tags:"))
        self.labels["time"].setText(self.tr("Time to &answer:"))
        self.labels["th"].setText(self.tr("Question in &Thai:"))
        self.labels["en"].setText(self.tr("Question in &English:"))
        self.id_edit.setPlaceholderText(self.tr("e.g. d1-gender-analysis (never reuse an id)"))
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. planning, data"))
        self.time_limit.setSpecialValueText(self.tr("no limit"))
        self.time_limit.setSuffix(self.tr(" min"))
        self.time_limit.setToolTip(self.tr("Minutes and seconds, e.g. 2:30; step 15 seconds"))
        self.benchmarks_empty.setText(self.tr("This dimension has no benchmarks in the framework."))
        self.pages.setTabText(0, self.tr("Question"))
        self.pages.setTabText(1, self.tr("Answers"))
        self.pages.setTabText(2, self.tr("Key points and evidence"))
        self.add_answer_button.setToolTip(self.tr("Add an answer from another agency"))
        self.add_answer_button.setAccessibleName(self.add_answer_button.toolTip())
        self.no_answers.setText(self.tr("No answers yet. Press + to add one agency's answer."))
        self.key_points_label.setText(self.tr("Key points (what a good answer must cover, one per row):"))
        self.evidence_label.setText(
            self.tr(
                "Evidence (a title, a web link if there is one, the agency that holds it, the date it is current as of):"
            )
        )
        self.key_points.set_headers([self.tr("Key point")])
        self.evidence.set_headers(
            [self.tr("Title"), self.tr("Link (https://...)"), self.tr("Owner (agency code)"), self.tr("As of")]
        )
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_messages()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.validate()
        super().changeEvent(event)
