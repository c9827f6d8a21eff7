"""The "Benchmarks" page: the Seal's own structure with who stands behind each part of it.

Left, every dimension -> goal -> benchmark with its number of questions, assigned people, ready
people and evidence items; a count that is zero is coloured, so the gaps stand out. A dimension
without UNDP's benchmark text in the bank says so as a line of its own. Right, three tabs: the
details of what is selected (criterion text with the bank-wording mark, what UNDP asks for, UNDP's
comment, the questions, the people and their readiness, the evidence with owner and date), the
evidence to review (older than the threshold, or without an owner) and the facts to confirm.

The figures come from ``core.secretariat.benchmark_coverage`` and ``core.bank.evidence_review``;
the view only shows them.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sealprep.core.bank.display import criterion_text, evidence_details, wording_mark
from sealprep.core.bank.evidence_review import NO_OWNER, STALE, EvidenceToReview, review_evidence
from sealprep.core.bank.model import Benchmark, Dimension, Goal
from sealprep.core.operations.preferences import update_preferences
from sealprep.core.secretariat.benchmark_coverage import (
    NO_ASSIGNED,
    NO_EVIDENCE,
    NO_QUESTION,
    NO_READY,
    NO_TEXT,
    BenchmarkOverview,
    BenchmarkRow,
    DimensionOverview,
    benchmark_overview,
)
from sealprep.ui.app_context import AppContext
from sealprep.ui.secretariat.common import INK, MUTED_INK, PROBLEM_COLOUR, dimension_label, fill, preferences

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, QUESTIONS, ASSIGNED, READY, EVIDENCE = range(5)


def _fill_grouped(tree: QTreeWidget, lines: list[tuple[str, list[str], str]]) -> None:
    """One bold line per question id, its items under it: the text columns get the width."""
    tree.clear()
    bold = QFont()
    bold.setBold(True)
    groups: dict[str, QTreeWidgetItem] = {}
    for question_id, cells, tooltip in lines:
        group = groups.get(question_id)
        if group is None:
            group = groups[question_id] = QTreeWidgetItem([question_id])
            group.setFont(0, bold)
            tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # only takes once the item is in the tree
        child = QTreeWidgetItem(cells)
        for column in range(len(cells)):
            child.setToolTip(column, tooltip)
        group.addChild(child)
    tree.expandAll()
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, tree.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def _grouped_rows(tree: QTreeWidget) -> list[list[str]]:
    rows = []
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        for number in range(group.childCount()):
            child = group.child(number)
            rows.append([group.text(0)] + [child.text(c) for c in range(tree.columnCount())])
    return rows


class BenchmarksPage(QWidget):
    """Dimension -> goal -> benchmark, with its questions, people, readiness and evidence."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.overview: BenchmarkOverview | None = None
        self.to_review: list[EvidenceToReview] = []
        self._selected: tuple[str, str] | None = None

        self.summary = QLabel()
        self.summary.setObjectName("benchmarkSummary")
        self.summary.setWordWrap(True)
        self.months = QSpinBox()
        self.months.setObjectName("evidenceMonths")
        self.months.setRange(1, 120)
        self.months_label = QLabel()

        self.tree = QTreeWidget()
        self.tree.setObjectName("benchmarkTree")
        self.tree.setColumnCount(5)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)

        self.details = QTextBrowser()
        self.details.setObjectName("benchmarkDetails")
        self.details.setOpenExternalLinks(False)
        self.details.document().setDocumentMargin(12)
        self.review = QTreeWidget()
        self.review.setObjectName("evidenceToReview")
        self.review.setWordWrap(True)
        self.facts = QTextBrowser()
        self.facts.setObjectName("factsToConfirm")
        self.facts.document().setDocumentMargin(12)
        self._facts: list[list[str]] = []
        self.tabs = QTabWidget()
        self.tabs.setObjectName("benchmarkTabs")
        self.tabs.addTab(self.details, "")
        self.tabs.addTab(self.review, "")
        self.tabs.addTab(self.facts, "")

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.months_label)
        top.addWidget(self.months)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 700])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.months.valueChanged.connect(self._months_changed)
        self.tree.currentItemChanged.connect(
            lambda item, _previous: self._show(item.data(0, KEY_ROLE)) if item else None
        )
        for signal in (
            context.bank_changed,
            context.people_changed,
            context.assignments_changed,
            context.rehearsal_changed,
            context.preferences_changed,
            context.language_changed,
        ):
            signal.connect(self.refresh)
        self.retranslate()

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.store
        prefs = preferences(self.context)
        self.overview = overview = benchmark_overview(store)
        self.months.blockSignals(True)
        self.months.setValue(prefs.evidence_max_age_months)
        self.months.blockSignals(False)
        self.to_review = review_evidence(store.bank.evidence(), date.today(), prefs.evidence_max_age_months)
        self._fill_tree(overview, prefs.language)
        self._fill_review(prefs.language, prefs.digits)
        self._fill_facts()
        rows = overview.rows
        known = sum(1 for r in rows if r.benchmark is not None and r.text_known)
        total = store.bank.framework().total_benchmarks
        gaps = sum(1 for r in rows if set(r.gaps) & {NO_QUESTION, NO_ASSIGNED, NO_EVIDENCE})
        self.summary.setText(
            fill(
                self.tr(
                    "UNDP's text is in the bank for %1 of %2 benchmarks. %3 benchmarks or goals lack a question, an assigned person or evidence (coloured)."
                ),
                known,
                total,
                gaps,
            )
        )
        self.tabs.setTabText(1, fill(self.tr("Evidence to review: %1"), len(self.to_review)))
        self.tabs.setTabText(2, fill(self.tr("Facts to confirm: %1"), len(self.fact_rows())))
        self._reselect()

    def _fill_tree(self, overview: BenchmarkOverview, language: str) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        for info in overview.dimensions:
            dimension = info.dimension
            name, _ = criterion_text(dimension, language)
            top = QTreeWidgetItem([f"{dimension_label(dimension.number)}  {name}"])
            top.setData(0, KEY_ROLE, ("dimension", str(dimension.number)))
            top.setFont(0, bold)
            top.setToolTip(0, f"{dimension.th}\n{dimension.en}")
            self.tree.addTopLevelItem(top)
            if not info.has_benchmark_text:
                note = QTreeWidgetItem([self.missing_text_sentence()])
                note.setData(0, KEY_ROLE, ("dimension", str(dimension.number)))
                note.setForeground(0, QBrush(MUTED_INK))
                top.addChild(note)
                note.setFirstColumnSpanned(True)  # only takes once the item is in the tree
            for goal_info in info.goals:
                goal = goal_info.goal
                text, _ = criterion_text(goal, language)
                goal_item = QTreeWidgetItem([f"{goal.id}  {text}"])
                goal_item.setData(0, KEY_ROLE, ("goal", goal.id))
                goal_item.setToolTip(0, text)
                top.addChild(goal_item)
                for row in goal_info.rows:
                    if row.benchmark is None:
                        self._set_counts(goal_item, row)
                        continue
                    text, _ = criterion_text(row.benchmark, language)
                    item = QTreeWidgetItem([f"{row.benchmark.id}  {text}"])
                    item.setData(0, KEY_ROLE, ("row", row.key))
                    item.setToolTip(0, text)
                    if not row.text_known:
                        item.setForeground(0, QBrush(MUTED_INK))
                    self._set_counts(item, row)
                    goal_item.addChild(item)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (QUESTIONS, ASSIGNED, READY, EVIDENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnHidden(READY, not overview.readiness_available)
        self.tree.blockSignals(False)

    def _set_counts(self, item: QTreeWidgetItem, row: BenchmarkRow) -> None:
        item.setData(0, KEY_ROLE, ("row", row.key))
        counts = {
            QUESTIONS: (len(row.questions), NO_QUESTION),
            ASSIGNED: (len(row.assigned), NO_ASSIGNED),
            READY: (len(row.ready or ()), NO_READY),
            EVIDENCE: (len(row.evidence), NO_EVIDENCE),
        }
        for column, (count, gap) in counts.items():
            item.setText(column, str(count))
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            if gap in row.gaps:
                item.setBackground(column, QBrush(PROBLEM_COLOUR))
                item.setForeground(column, QBrush(INK))
        if row.gaps:
            item.setToolTip(QUESTIONS, "\n".join(self._gap_text(gap) for gap in row.gaps))

    def _fill_review(self, language: str, digits: str) -> None:
        lines = []
        for found in self.to_review:
            item = found.item
            problems = ", ".join(self._review_text(reason) for reason in found.reasons)
            details = evidence_details(item, language, digits) or "—"
            lines.append((found.question_id, [item.title, details, problems], item.url or item.title))
        _fill_grouped(self.review, lines)

    def _fill_facts(self) -> None:
        """The facts as paragraphs (Thai sentences wrap there; table cells would cut them)."""
        self._facts = [
            [question_id, fact.fact, fact.reason, fact.agency]
            for question_id, fact in self.context.store.bank.facts_to_confirm()
        ]
        why, ask = html.escape(self.tr("Why it needs confirming")), html.escape(self.tr("Ask"))
        parts = [
            "<p>"
            + html.escape(
                self.tr(
                    "Facts the questions flag for the secretariat to confirm before the interviews. They are never printed for interviewees."
                )
            )
            + "</p>"
        ]
        for question_id, fact, reason, agency in self._facts:
            parts.append(
                f"<p><b>{html.escape(question_id)}</b><br>{html.escape(fact)}<br>"
                f"{why}: {html.escape(reason)}<br>{ask}: <b>{html.escape(agency)}</b></p>"
            )
        self.facts.setHtml("".join(parts))

    def review_rows(self) -> list[list[str]]:
        """Evidence to review as shown: [question id, title, owner and date, why] per item."""
        return _grouped_rows(self.review)

    def fact_rows(self) -> list[list[str]]:
        """Facts to confirm as shown: [question id, fact, why, agency to ask] per fact."""
        return [list(row) for row in self._facts]

    def _months_changed(self, value: int) -> None:
        self.context.run(update_preferences, evidence_max_age_months=value)  # preferences_changed refreshes

    # -- selection and details -----------------------------------------------------------
    def item_for(self, kind: str, key: str) -> QTreeWidgetItem | None:
        """The tree item of a dimension ("dimension", "4"), goal ("goal", "4.1") or row ("row", "1.1.3")."""
        iterator = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while iterator:
            item = iterator.pop(0)
            if item.data(0, KEY_ROLE) == (kind, key):
                return item
            iterator += [item.child(i) for i in range(item.childCount())]
        return None

    def _reselect(self) -> None:
        if self._selected and (item := self.item_for(*self._selected)) is not None:
            self.tree.setCurrentItem(item)
            self._show(self._selected)
        else:
            self.details.setHtml(
                "<p>"
                + html.escape(self.tr("Select a dimension, goal or benchmark to see what stands behind it."))
                + "</p>"
            )

    def _show(self, key: tuple[str, str] | None) -> None:
        if key is None or self.overview is None:
            return
        self._selected = key
        kind, value = key
        language = preferences(self.context).language
        dimensions = {str(d.dimension.number): d for d in self.overview.dimensions}
        if kind == "dimension":
            self.details.setHtml(self._dimension_html(dimensions[value], language))
            return
        row = next((r for r in self.overview.rows if r.key == value), None)
        if row is not None:
            self.details.setHtml(self._row_html(row, language))
        else:  # a goal with benchmarks
            goal = next(g.goal for d in self.overview.dimensions for g in d.goals if g.goal.id == value)
            self.details.setHtml(self._goal_html(goal, language))
        self.tabs.setCurrentIndex(0)

    def details_text(self) -> str:
        return self.details.toPlainText()

    def _texts_html(self, item: Benchmark | Goal | Dimension, language: str) -> str:
        """The Thai and English texts, each with the bank-wording mark where it is ours."""
        parts = []
        for text_language, text in (("th", item.th), ("en", item.en)):
            if not text:
                continue
            mark = wording_mark(item, text_language, language)
            mark_html = f' <span style="color:{MUTED_INK.name()}">({html.escape(mark)})</span>' if mark else ""
            parts.append(f"<p>{html.escape(text)}{mark_html}</p>")
        return "".join(parts)

    def _dimension_html(self, info: DimensionOverview, language: str) -> str:
        dimension = info.dimension
        parts = [f"<h2>{html.escape(dimension_label(dimension.number))}</h2>", self._texts_html(dimension, language)]
        if not info.has_benchmark_text:
            parts.append(f"<p><i>{html.escape(self.missing_text_sentence())}</i></p>")
        parts.append(
            "<h3>"
            + html.escape(fill(self.tr("Questions linked to no benchmark: %1"), len(info.unlinked_questions)))
            + "</h3><ul>"
        )
        parts += [f"<li><b>{html.escape(q.id)}</b> {html.escape(q.question_th)}</li>" for q in info.unlinked_questions]
        parts.append("</ul>")
        return "".join(parts)

    def _goal_html(self, goal: Goal, language: str) -> str:
        return f"<h2>{html.escape(goal.id)}</h2>" + self._texts_html(goal, language)

    def _row_html(self, row: BenchmarkRow, language: str) -> str:
        overview = self.overview
        prefs = preferences(self.context)
        item: Benchmark | Goal = row.benchmark or row.goal
        parts = [f"<h2>{html.escape(row.key)}</h2>"]
        if row.gaps:
            gaps = " · ".join(self._gap_text(gap) for gap in row.gaps)
            parts.append(
                f'<p style="background-color:{PROBLEM_COLOUR.name()}; color:{INK.name()}">&nbsp;{html.escape(gaps)}&nbsp;</p>'
            )
        if row.benchmark is not None and not row.text_known:
            parts.append(f"<p><i>{html.escape(criterion_text(row.benchmark, language)[0])}</i></p>")
        else:
            parts.append(self._texts_html(item, language))
        if row.benchmark is not None and (row.benchmark.evidence_th or row.benchmark.evidence_en):
            asks = row.benchmark.evidence_th or row.benchmark.evidence_en
            label = self.tr("Evidence UNDP asks for:")
            parts.append(f"<p><b>{html.escape(label)}</b> {html.escape(asks)}</p>")
        if row.benchmark is not None and row.benchmark.undp_comment:
            comment = row.benchmark.undp_comment
            label = self.tr("UNDP comment:")
            parts.append(f"<p><b>{html.escape(label)}</b> {html.escape(comment)}</p>")
        if row.benchmark is None:
            parts.append(
                "<p><i>"
                + html.escape(
                    self.tr(
                        "No benchmarks under this goal yet: its questions are those of the dimension that link to no benchmark."
                    )
                )
                + "</i></p>"
            )

        parts.append("<h3>" + html.escape(fill(self.tr("Questions: %1"), len(row.questions))) + "</h3><ul>")
        parts += [f"<li><b>{html.escape(q.id)}</b> {html.escape(q.question_th)}</li>" for q in row.questions]
        parts.append("</ul>")

        names = {p.id: p for p in overview.people}
        parts.append("<h3>" + html.escape(fill(self.tr("Assigned people: %1"), len(row.assigned))) + "</h3><ul>")
        for person_id in row.assigned:
            person = names[person_id]
            cell = overview.cell(person_id, row.key)
            line = fill(self.tr("%1 primary, %2 backup"), cell.primary, cell.backup)
            if cell.ready is not None:
                line += " · " + (self.tr("ready") if cell.ready else self.tr("not ready yet"))
            agency = f" ({html.escape(person.agency)})" if person.agency else ""
            parts.append(f"<li>{html.escape(person.name)}{agency} — {html.escape(line)}</li>")
        parts.append("</ul>")

        parts.append("<h3>" + html.escape(fill(self.tr("Evidence: %1"), len(row.evidence))) + "</h3><ul>")
        for cited in row.evidence:
            details = evidence_details(cited.item, language, prefs.digits)
            details_html = f" — {html.escape(details)}" if details else ""
            parts.append(
                f"<li>{html.escape(cited.item.title)}{details_html}"
                f' <span style="color:{MUTED_INK.name()}">({html.escape(cited.question_id)})</span></li>'
            )
        parts.append("</ul>")
        return "".join(parts)

    # -- words ---------------------------------------------------------------------------
    def missing_text_sentence(self) -> str:
        return self.tr("UNDP's benchmark text for this dimension is not in the bank yet; add it in framework.yaml.")

    def _gap_text(self, gap: str) -> str:
        return {
            NO_TEXT: self.tr("UNDP's text not in the bank yet"),
            NO_QUESTION: self.tr("no question"),
            NO_ASSIGNED: self.tr("nobody assigned"),
            NO_READY: self.tr("nobody ready yet"),
            NO_EVIDENCE: self.tr("no evidence"),
        }[gap]

    def _review_text(self, reason: str) -> str:
        return {STALE: self.tr("older than the threshold"), NO_OWNER: self.tr("no owner")}[reason]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Benchmarks"))
        self.months_label.setText(self.tr("Evidence is stale after (months):"))
        self.months.setToolTip(self.tr("Evidence dated longer ago than this is listed under Evidence to review"))
        self.tree.setHeaderLabels(
            [
                self.tr("Dimension, goal, benchmark"),
                self.tr("Questions"),
                self.tr("Assigned"),
                self.tr("Ready"),
                self.tr("Evidence"),
            ]
        )
        self.tabs.setTabText(0, self.tr("Details"))
        self.review.setHeaderLabels([self.tr("Question and evidence"), self.tr("Owner and date"), self.tr("Why")])
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["BenchmarksPage"]
