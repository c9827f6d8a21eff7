"""Setting up a rehearsal: who, which questions, how many, how long, in which language.

Everything has a sensible default (the last person chosen, their assigned questions else the
whole bank, 10 questions, weakest first, each question's own time), so one click on "Start"
begins. The right-hand side previews exactly which questions the session will ask.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.bank.display import criterion_text
from sealprep.core.rehearsal.readiness import AssignedQuestions, ReadinessState, question_state
from sealprep.core.rehearsal.session import PlanError, SessionSettings, plan_session
from sealprep.core.store import Store
from sealprep.ui.duration_spin_box import DurationSpinBox
from sealprep.ui.packs import PackButton
from sealprep.ui.rehearsal.labels import (
    STATE_BACKGROUNDS,
    dimension_name,
    interface_is_thai,
    me_name,
    minutes_seconds,
    rating_name,
    state_name,
)
from sealprep.ui.rehearsal.rehearsal_screen import _font
from sealprep.ui.rehearsal.ui_state import load_setup

ME = -1  # the combo box's data for the laptop's own user


class RehearsalSetupPage(QWidget):
    start_requested = Signal(object, bool)  # SessionSettings, panel mode

    def __init__(
        self,
        store: Store,
        assigned_question_ids: AssignedQuestions,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.assigned_question_ids = assigned_question_ids
        self.clock = clock
        self._preview_timer = QTimer(self, singleShot=True, interval=0)
        self._preview_timer.timeout.connect(self.update_preview)
        self._preview_dirty = True
        self._build()
        self.retranslate()
        saved, panel = load_setup()
        self.reload(saved, panel)

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(24)

        left = QVBoxLayout()
        self.title = QLabel()
        self.title.setFont(_font(20, bold=True))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #4b5563;")
        left.addWidget(self.title)
        left.addWidget(self.intro)

        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.person = QComboBox()
        self.scope = QComboBox()
        self.dimension = QComboBox()
        self.benchmarks = QListWidget()
        self.benchmarks.setMaximumHeight(150)
        self.order = QComboBox()
        self.count = QSpinBox()
        self.count.setRange(0, 500)
        self.time_per_question = DurationSpinBox()
        self.time_per_question.setRange(0, 30 * 60)
        self.time_per_question.setSingleStep(30)
        self.session_limit = QSpinBox()
        self.session_limit.setRange(0, 8 * 60)
        self.session_limit.setSingleStep(5)
        self.language = QComboBox()
        self.panel = QCheckBox()
        self.labels = {}
        for key, widget in (
            ("person", self.person),
            ("scope", self.scope),
            ("dimension", self.dimension),
            ("benchmarks", self.benchmarks),
            ("order", self.order),
            ("count", self.count),
            ("time", self.time_per_question),
            ("limit", self.session_limit),
            ("language", self.language),
        ):
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], widget)
        form.addRow("", self.panel)
        left.addWidget(self.form_box)

        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        self.start_button.setMinimumHeight(48)
        self.start_button.setFont(_font(15, bold=True))
        self.start_button.setStyleSheet(
            "QPushButton { background: #1b5e20; color: white; border-radius: 6px; padding: 8px 28px; }"
            "QPushButton:disabled { background: #9ca3af; }"
        )
        self.start_button.clicked.connect(self._start)
        left.addWidget(self.start_button)
        self.send_progress_button = PackButton("send_progress")
        left.addWidget(self.send_progress_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.recording_button = QPushButton()
        self.recording_button.setFlat(True)
        self.recording_button.setStyleSheet("color: #1e40af; text-align: left;")
        self.recording_button.clicked.connect(self.open_recording_settings)
        left.addWidget(self.recording_button)
        left.addStretch(1)
        outer.addLayout(left, 3)

        right = QVBoxLayout()
        self.preview_title = QLabel()
        self.preview_title.setFont(_font(14, bold=True))
        self.preview_summary = QLabel()
        self.preview_summary.setWordWrap(True)
        self.preview = QListWidget()
        self.preview.setWordWrap(True)
        self.preview.setSpacing(2)
        self.preview.setAlternatingRowColors(False)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right.addWidget(self.preview_title)
        right.addWidget(self.preview_summary)
        right.addWidget(self.preview, 1)
        outer.addLayout(right, 4)

        for combo in (self.person, self.scope, self.dimension, self.order, self.language):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (self.count, self.time_per_question, self.session_limit):
            spin.valueChanged.connect(self._changed)
        self.benchmarks.itemChanged.connect(self._changed)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Rehearse the interview"))
        self.intro.setText(
            self.tr(
                "Answer out loud, against the clock, the questions the assessors are likely to ask. "
                "Notes are saved as you type; your ratings decide which questions come back first."
            )
        )
        self.form_box.setTitle(self.tr("Session"))
        texts = {
            "person": self.tr("Who is rehearsing"),
            "scope": self.tr("Questions"),
            "dimension": self.tr("Dimension"),
            "benchmarks": self.tr("Benchmarks"),
            "order": self.tr("Order"),
            "count": self.tr("How many"),
            "time": self.tr("Time per question"),
            "limit": self.tr("Whole session"),
            "language": self.tr("Prompt language"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self._fill_combo(
            self.scope,
            [
                ("auto", self.tr("Their assigned questions (else the whole bank)")),
                ("dimension", self.tr("One dimension")),
                ("benchmarks", self.tr("Chosen benchmarks")),
                ("bank", self.tr("The whole bank")),
            ],
        )
        self._fill_combo(
            self.order,
            [
                ("weakest", self.tr("Weakest first (spaced repetition)")),
                ("bank", self.tr("In order")),
                ("shuffled", self.tr("Shuffled")),
            ],
        )
        self._fill_combo(
            self.language,
            [
                ("both", self.tr("Thai and English")),
                ("th", self.tr("Thai")),
                ("en", self.tr("English")),
            ],
        )
        self.count.setSpecialValueText(self.tr("All"))
        self.time_per_question.setSpecialValueText(self.tr("Each question's own (else 2:00)"))
        self.session_limit.setSpecialValueText(self.tr("No limit"))
        self.session_limit.setSuffix(self.tr(" min"))
        self.panel.setText(self.tr("Panel mode: a colleague plays the assessor in a second window"))
        self.start_button.setText(self.tr("Start rehearsal"))
        self.recording_button.setText(self.tr("Recording settings…"))
        self.preview_title.setText(self.tr("This session will ask"))
        self._changed()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
            self.reload()  # "Me (this laptop's user)" and the dimension names follow the language
        super().changeEvent(event)

    @staticmethod
    def _fill_combo(combo: QComboBox, entries: Sequence[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in entries:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    # -- data -------------------------------------------------------------------------------
    def reload(self, setup: SessionSettings | None = None, panel: bool | None = None) -> None:
        """Refill the lists from the store (people, dimensions, benchmarks); keep or apply a setup."""
        setup = setup or self.settings()
        framework = self.store.bank.framework()
        self._fill_combo(self.person, self.people_entries())
        self._fill_combo(
            self.dimension, [(d.number, dimension_name(framework, d.number)) for d in framework.dimensions]
        )
        self.benchmarks.blockSignals(True)
        self.benchmarks.clear()
        counts = self.store.bank.counts()
        for benchmark in framework.all_benchmarks():
            name, _ = criterion_text(benchmark, "th" if interface_is_thai() else "en")
            item = QListWidgetItem(f"{benchmark.id}  {name}  ({counts.get('benchmark:' + benchmark.id, 0)})")
            item.setData(Qt.ItemDataRole.UserRole, benchmark.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if benchmark.id in setup.benchmarks else Qt.CheckState.Unchecked)
            self.benchmarks.addItem(item)
        self.benchmarks.blockSignals(False)
        self.apply(setup, panel)

    def people_entries(self) -> list[tuple[int, str]]:
        """Who may rehearse. Once a personal preparation pack said who this laptop's user is,
        that person comes first (chosen for "me") and their rehearsals are recorded for them,
        so their progress pack carries them; until then, "me" is the laptop's own user."""
        people = [(p.id, p.name) for p in self.store.people.list() if p.id is not None]
        me = self.store.packs.me_person_id()
        if me is None:
            return [(ME, me_name()), *people]
        mine = [entry for entry in people if entry[0] == me]
        return mine + [entry for entry in people if entry[0] != me]

    def apply(self, setup: SessionSettings, panel: bool | None = None) -> None:
        for combo, value in (
            (self.person, ME if setup.person_id is None else setup.person_id),
            (self.scope, "auto" if setup.scope == "assigned" else setup.scope),
            (self.order, setup.order),
            (self.language, setup.language),
        ):
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else 0)
        if setup.dimension is not None and self.dimension.findData(setup.dimension) >= 0:
            self.dimension.setCurrentIndex(self.dimension.findData(setup.dimension))
        self.count.setValue(setup.count)
        self.time_per_question.setValue(setup.time_per_question or 0)
        self.session_limit.setValue((setup.session_limit or 0) // 60)
        if panel is not None:
            self.panel.setChecked(panel)
        self._changed()

    def settings(self) -> SessionSettings:
        person = self.person.currentData()
        scope = self.scope.currentData() or "auto"
        checked = tuple(
            self.benchmarks.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.benchmarks.count())
            if self.benchmarks.item(i).checkState() == Qt.CheckState.Checked
        )
        return SessionSettings(
            person_id=None if person in (None, ME) else int(person),
            scope=scope,
            dimension=self.dimension.currentData() if scope == "dimension" else None,
            benchmarks=checked if scope == "benchmarks" else (),
            order=self.order.currentData() or "weakest",
            count=self.count.value(),
            time_per_question=self.time_per_question.value() or None,
            session_limit=self.session_limit.value() * 60 or None,
            language=self.language.currentData() or "both",
        )

    def panel_mode(self) -> bool:
        return self.panel.isChecked()

    # -- preview ----------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        scope = self.scope.currentData()
        for key, widget, visible in (
            ("dimension", self.dimension, scope == "dimension"),
            ("benchmarks", self.benchmarks, scope == "benchmarks"),
        ):
            widget.setVisible(visible)
            self.labels[key].setVisible(visible)
        self.refresh_later()

    def refresh_later(self) -> None:
        """Update the preview soon if the page is shown, else when it is next shown."""
        self._preview_dirty = True
        if self.isVisible():
            self._preview_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._preview_dirty:
            self._preview_timer.start()

    def update_preview(self) -> None:
        """Show the questions the session would ask, with how each went last time."""
        self._preview_dirty = False
        self.preview.clear()
        setup = self.settings()
        try:
            plan = plan_session(self.store, setup, self.assigned_question_ids, self.clock())
        except (PlanError, ValueError) as exc:
            self.preview_summary.setText(self._explain(exc))
            self.preview_summary.setStyleSheet("color: #c62828;")
            self.start_button.setEnabled(False)
            return
        self.start_button.setEnabled(True)
        self.preview_summary.setStyleSheet("")
        total = sum(p.time_limit for p in plan)
        assigned = bool(self.assigned_question_ids(setup.person_id))
        source = self.tr("assigned to them") if setup.scope == "auto" and assigned else ""
        text = (
            self.tr("%1 questions, about %2 minutes of answering")
            .replace("%1", str(len(plan)))
            .replace("%2", str(round(total / 60)))
        )
        if source:
            text += f" ({source})"
        self.preview_summary.setText(text)
        latest = self.store.rehearsal.latest_rated(setup.person_id)
        for number, planned in enumerate(plan, start=1):
            question = planned.question
            attempt = latest.get(question.id)
            state = question_state(attempt.rating, attempt.coverage) if attempt else ReadinessState.UNREHEARSED
            last = state_name(state) if attempt is None else f"{rating_name(attempt.rating)} · {state_name(state)}"
            item = QListWidgetItem(
                f"{number}. {question.question_th}\n    {minutes_seconds(planned.time_limit)}  ·  {last}"
            )
            item.setBackground(STATE_BACKGROUNDS[state])
            item.setToolTip(question.question_en or question.id)
            self.preview.addItem(item)

    def _explain(self, error: Exception) -> str:
        message = str(error)
        if "no questions are assigned" in message:
            return self.tr("No questions are assigned to this person.")
        if "benchmark" in message:
            return self.tr("Tick at least one benchmark that has questions.")
        if "dimension" in message:
            return self.tr("This dimension has no questions yet.")
        if "bank has no questions" in message:
            return self.tr("The bank has no questions yet: import a bank first.")
        return message

    def open_recording_settings(self) -> None:
        from sealprep.ui.rehearsal.recording_settings import RecordingSettingsDialog

        RecordingSettingsDialog(self.store, self).exec()

    def _start(self) -> None:
        if self.start_button.isEnabled():
            self.start_requested.emit(self.settings(), self.panel_mode())
