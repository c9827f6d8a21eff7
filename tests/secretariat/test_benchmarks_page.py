"""The Benchmarks page on a bank with gaps, driven with pytest-qt: the tree and its coloured
gaps, the content line for dimensions without UNDP text, details on click (criterion text with
the bank-wording mark, people and readiness from real rehearsals, evidence with owner and date),
evidence to review with the stored threshold, and facts to confirm."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sealprep.ui.secretariat.benchmarks_page import ASSIGNED, EVIDENCE, READY, BenchmarksPage
from sealprep.ui.secretariat.benchmarks_page import QUESTIONS as QUESTION_COLUMN
from sealprep.ui.secretariat.common import PROBLEM_COLOUR


def rehearse(store, person_id: int, question_id: str, rating: int) -> None:
    """A real mock interview of one question, rated, with every key point covered."""
    session = store.rehearsal.create_session(person_id, {})
    question = store.bank.question(question_id)
    attempt = store.rehearsal.open_attempt(
        session, person_id, question_id, 0, 180, key_points_total=len(question.key_points)
    )
    store.rehearsal.set_key_points(attempt, range(len(question.key_points)))
    store.rehearsal.rate(attempt, rating)
    store.rehearsal.end_session(session)


@pytest.fixture
def page(gappy, qtbot):
    """The Benchmarks page on the bank with gaps; somchai is ready on d1-pads, somying rehearsed
    d3-harassment and is not ready yet."""
    from sealprep.ui.app_context import AppContext

    store, somchai, somying = gappy
    rehearse(store, somchai, "d1-pads", 4)  # ready
    rehearse(store, somying, "d3-harassment", 1)  # rehearsed, not ready
    widget = BenchmarksPage(AppContext(store))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.people = (somchai, somying)
    return widget


def click(qtbot, page, item) -> None:
    page.tree.scrollToItem(item)
    rect = page.tree.visualItemRect(item)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def counts(item) -> tuple[str, ...]:
    return tuple(item.text(c) for c in (QUESTION_COLUMN, ASSIGNED, READY, EVIDENCE))


def coloured(item) -> list[int]:
    return [c for c in (QUESTION_COLUMN, ASSIGNED, READY, EVIDENCE) if item.background(c).color() == PROBLEM_COLOUR]


def test_the_tree_shows_every_benchmark_with_its_counts_and_the_gaps_stand_out(page):
    full = page.item_for("row", "1.1.1")
    assert counts(full) == ("3", "1", "1", "7") and coloured(full) == []
    placeholder = page.item_for("row", "1.1.3")
    assert placeholder.text(0) == "1.1.3  ยังไม่มีข้อความเกณฑ์ของ UNDP ในคลังคำถาม"
    assert coloured(placeholder) == [QUESTION_COLUMN, ASSIGNED, EVIDENCE]
    goal = page.item_for("row", "3.1")  # a goal without benchmarks carries its own counts
    assert counts(goal) == ("1", "1", "0", "1") and coloured(goal) == [READY]
    assert coloured(page.item_for("row", "5.1.1")) == [QUESTION_COLUMN, ASSIGNED, EVIDENCE]
    assert not page.tree.isColumnHidden(READY)
    for number in ("2", "3", "4"):  # no benchmark text: said as content, under the dimension
        dimension = page.item_for("dimension", number)
        assert dimension.child(0).text(0) == (
            "UNDP's benchmark text for this dimension is not in the bank yet; add it in framework.yaml."
        )
    assert page.item_for("dimension", "1").child(0).text(0).startswith("1.1")
    assert "UNDP's text is in the bank for 3 of 40 benchmarks" in page.summary.text()


def test_clicking_a_benchmark_shows_its_text_people_readiness_and_evidence(qtbot, page):
    click(qtbot, page, page.item_for("row", "1.1.2"))
    text = page.details_text()
    assert "กลไกวิเคราะห์ด้านเพศสภาพ" in text
    assert "A gender analysis mechanism (ถ้อยคำของคลังคำถาม ไม่ใช่ต้นฉบับของ UNDP)" in text
    assert "UNDP comment: UNDP ขอคู่มือการวิเคราะห์มิติเพศ" in text
    assert "d1-pads" in text and "นายสมชาย ใจดี (สยป.) — 1 primary, 0 backup · ready" in text

    click(qtbot, page, page.item_for("row", "1.1.1"))
    text = page.details_text()
    assert "Strategy map — เจ้าของ: สยป. · ข้อมูล ณ ๘ ก.ค. ๒๕๖๗ (d1-dated)" in text
    assert "Evidence UNDP asks for: เอกสารแผนที่ได้รับอนุมัติ" in text

    click(qtbot, page, page.item_for("row", "3.1"))
    text = page.details_text()
    assert "nobody ready yet" in text and "นางสาวสมหญิง รักเรียน (สนศ.) — 1 primary, 0 backup · not ready yet" in text

    click(qtbot, page, page.item_for("dimension", "2"))
    assert "add it in framework.yaml" in page.details_text()
    click(qtbot, page, page.item_for("row", "5.1.1"))
    assert "no question · nobody assigned · no evidence" in page.details_text()


def test_evidence_to_review_follows_the_stored_threshold_and_facts_are_listed(page):
    store = page.context.store
    rows = page.review_rows()
    stale = [r for r in rows if r[1] == "รายงานผลการดำเนินงาน"]
    assert stale == [["d1-dated", "รายงานผลการดำเนินงาน", "ข้อมูล ณ ๓๑ ม.ค. ๒๕๖๓", "older than the threshold, no owner"]]
    assert ["d1-tracking", "BMA Policy Tracking", "—", "no owner"] in rows
    assert not any(r[1] == "ประกาศ" for r in rows)  # owned, undated
    assert page.tabs.tabText(1) == f"Evidence to review: {len(rows)}"

    page.months.setValue(120)  # ten years: 2020 is no longer stale
    assert store.preferences.load().evidence_max_age_months == 120
    assert "older than the threshold, no owner" not in [row[3] for row in page.review_rows()]

    assert page.fact_rows() == [
        [
            "d1-dated",
            "Strategy Map มี 32 โครงการ",
            "ตารางหลักฐานระบุ 30 แต่คำอธิบายระบุ 32",
            "สยป.",
        ]
    ]
    assert page.tabs.tabText(2) == "Facts to confirm: 1"


def test_the_page_is_a_tab_of_the_main_window(context, qtbot):
    from sealprep.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    assert "benchmarks" in window.pages and window.pages["benchmarks"].windowTitle() == "Benchmarks"


def test_coverage_shows_people_by_benchmark_beside_people_by_dimension(page, qtbot):
    from sealprep.ui.secretariat.coverage_page import CoveragePage

    coverage = CoveragePage(page.context)
    qtbot.addWidget(coverage)
    coverage.resize(1366, 768)
    coverage.show()
    qtbot.waitExposed(coverage)
    tab_bar = coverage.matrix_tabs.tabBar()
    assert [tab_bar.tabText(i) for i in range(tab_bar.count())] == ["By dimension", "By benchmark"]
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
    assert coverage.matrix_tabs.currentWidget() is coverage.benchmark_matrix

    model, view = coverage.benchmark_model, coverage.benchmark_matrix
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Person", "Agency", "1.1.1", "1.1.2", "1.1.3", "3.1", "5.1.1"]
    somchai, somying = page.people
    people = [p.id for p in model.overview.people]
    text = {
        (person, header): model.index(people.index(person), c).data()
        for person in (somchai, somying)
        for c, header in enumerate(headers)
    }
    assert text[(somchai, "1.1.1")] == "1 + 1 · ready 1"
    assert text[(somying, "3.1")] == "1 + 0 · ready 0"
    assert text[(somying, "1.1.1")] == ""
    footer = len(people)
    footers = {h: model.index(footer, c) for c, h in enumerate(headers)}
    assert footers["1.1.1"].data() == "1 (1)" and footers["3.1"].data() == "1 (0)"
    for key, short in (("1.1.1", False), ("3.1", True), ("1.1.3", True), ("5.1.1", True)):
        colour = footers[key].data(Qt.ItemDataRole.BackgroundRole).color()
        assert (colour == PROBLEM_COLOUR) is short, key

    index = model.index(people.index(somchai), headers.index("1.1.1"))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    rows = [
        [coverage.drill.topLevelItem(i).text(c) for c in range(2)] for i in range(coverage.drill.topLevelItemCount())
    ]
    assert rows == [["Backup", "d1-dated"], ["Primary", "d1-pads"]]
    assert "1.1.1" in coverage.drill_title.text()
