"""Browsing: navigation counts and filters, the reading pane, links."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from sealprep.core.store import QuestionFilter
from sealprep.ui.browser.navigation import ALL
from sealprep.ui.browser.question_list import ID_ROLE


def listed(page) -> list[str]:
    return [row.id for row in page.list_model.rows()]


def test_navigation_shows_framework_with_counts(page):
    nav = page.navigation
    assert nav.node_keys()[:2] == [ALL, "dimension:1"]
    assert {"goal:1.1", "benchmark:1.1.1", "benchmark:1.1.2", "dimension:5", "benchmark:5.1.1"} <= set(nav.node_keys())
    assert nav.node_count(ALL) == 3
    assert nav.node_count("dimension:1") == 2
    assert nav.node_count("benchmark:1.1.2") == 1
    assert nav.node_count("dimension:2") == 0
    assert "การวางแผน" in nav.node_label("dimension:1")
    item = nav._items["dimension:1"]
    assert "Planning and Management" in item.toolTip(0)  # English on hover


def test_english_names_toggle(window, page):
    window.english_action.trigger()
    assert "Planning and Management" in page.navigation.node_label("dimension:1")
    assert page.list_model.title(page.list_model.rows()[0]).startswith("How is gender analysis")
    window.english_action.trigger()
    assert "การวางแผน" in page.navigation.node_label("dimension:1")


def test_selecting_a_node_filters_the_list(page):
    assert listed(page) == ["d1-pads", "d1-tracking", "d3-harassment"]
    page.navigation.select_node("dimension:3")
    assert listed(page) == ["d3-harassment"]
    page.navigation.select_node("benchmark:1.1.2")
    assert listed(page) == ["d1-pads"]
    page.navigation.select_node("goal:1.1")
    assert listed(page) == ["d1-pads", "d1-tracking"]
    page.navigation.select_node("dimension:2")
    assert listed(page) == []
    assert "No question here" in page.list_view.placeholder_text


def test_tag_and_agency_filters(page):
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("monitoring"))
    assert listed(page) == ["d1-tracking"]
    page.tag_filter.setCurrentIndex(0)
    page.agency_filter.setCurrentIndex(page.agency_filter.findData("สนศ."))
    assert listed(page) == ["d1-pads"]
    assert "สำนักการศึกษา" in page.agency_filter.currentText()


def test_person_filter_shows_only_when_people_have_assignments(page, bank_store):
    from sealprep.core.secretariat.people import Person

    assert not page.person_filter.isVisibleTo(page)
    person = bank_store.people.save(Person("สมหญิง ใจดี", agency="สยป."))
    page.context.people_changed.emit()
    assert not page.person_filter.isVisibleTo(page)  # on the roster, but nothing assigned
    bank_store.assignments.set(person.id, "d3-harassment", "primary")
    bank_store.assignments.set(person.id, "d1-tracking", "backup")
    page.context.assignments_changed.emit()
    assert page.person_filter.isVisibleTo(page)
    page.person_filter.setCurrentIndex(page.person_filter.findData(person.id))
    assert page.current_filter().ids == frozenset({"d3-harassment", "d1-tracking"})
    assert listed(page) == ["d1-tracking", "d3-harassment"]


def test_assign_people_opens_the_secretariat_dialog_for_the_selected_question(page, qtbot, monkeypatch):
    from sealprep.ui.secretariat import common

    opened = []
    monkeypatch.setattr(common, "exec_dialog", lambda dialog: opened.append(dialog) or False)
    assert page.select_question("d1-pads")
    with qtbot.waitSignal(page.assign_people_requested) as requested:
        page.assign_action.trigger()
    assert requested.args == ["d1-pads"]
    assert [dialog.question_id for dialog in opened] == ["d1-pads"]


def test_selecting_a_question_shows_every_agency_answer(page, bank_store):
    assert page.select_question("d1-pads")
    text = page.detail.plain_text()
    question = bank_store.bank.question("d1-pads")
    assert question.question_th in text
    assert "How is gender analysis used" in text
    for agency in ("สำนักการศึกษา", "สำนักยุทธศาสตร์และประเมินผล", "Education Department"):
        assert agency in text
    assert "กรุงเทพมหานครจัดหาผ้าอนามัยฟรี" in text  # สนศ.'s answer
    assert "สยป. วิเคราะห์โครงการด้วยแบบ" in text  # สยป.'s answer
    assert "ลดการขาดเรียน" in text and "ผลลัพธ์" in text  # Markdown bold and ### heading rendered
    assert "ความจนรายเดือน (period poverty)" in text  # key point
    assert "แผนงานของหน่วยงานมีกลยุทธ์ด้านเพศสภาพที่ชัดเจน" in text  # criterion of 1.1.1
    assert "เอกสารแผนที่ได้รับอนุมัติ" in text  # evidence UNDP asks for
    assert '<a href="https://u.bangkok.go.th/gendersealstrategymap">Strategy map</a>' in page.detail.rendered_html()
    assert "**" not in text


def test_only_web_links_open_in_the_system_browser(page, opened_urls):
    page.select_question("d1-pads")
    for url in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "#all"):
        page.detail.anchorClicked.emit(QUrl(url))
    assert opened_urls == []
    page.detail.anchorClicked.emit(QUrl("https://u.bangkok.go.th/gendersealstrategymap"))
    assert [u.toString() for u in opened_urls] == ["https://u.bangkok.go.th/gendersealstrategymap"]
    assert page.detail.openLinks() is False  # the pane itself never navigates


def test_raw_html_in_an_answer_is_inert(page, bank_store):
    question = bank_store.bank.question("d1-tracking")
    question.answers[0].body += '\n\n<script>alert(1)</script> <img src=x onerror="alert(2)">'
    bank_store.bank.save_question(question)
    page.context.bank_changed.emit()
    page.select_question("d1-tracking")
    markup = page.detail.rendered_html()
    assert "<script" not in markup and "<img" not in markup
    assert "<script>alert(1)</script>" in page.detail.plain_text()  # shown as text


def test_summaries_filter_by_ids_is_what_the_person_hook_uses(bank_store):
    rows = bank_store.bank.summaries(QuestionFilter(ids=frozenset({"d1-pads"})))
    assert [r.id for r in rows] == ["d1-pads"]


def test_a_mouse_click_on_a_question_shows_it(page, qtbot):
    from clicks import click_row

    rows = {page.list_model.index(r).data(ID_ROLE): r for r in range(page.list_model.rowCount())}
    click_row(qtbot, page.list_view, rows["d3-harassment"])
    assert page.current_question_id() == "d3-harassment"
    assert "d3-harassment" in page.detail.plain_text()
    click_row(qtbot, page.list_view, rows["d1-pads"])
    assert page.current_question_id() == "d1-pads"


def test_long_criteria_are_cut_between_words_in_the_tree(make_window, store):
    """A benchmark's criterion can run to several sentences: the tree shows its start, cut at a
    Thai word boundary (never inside a word), and the whole text on hover."""
    import html
    import re
    from pathlib import Path

    from sealprep.core.bank.service import import_folder
    from sealprep.core.thai.breaks import break_opportunities

    assert import_folder(store, Path(__file__).resolve().parents[2] / "questions").ok  # the starter bank
    nav = make_window(store).browser.navigation
    cut = 0
    for key in nav.node_keys():
        label = nav.node_label(key)
        tooltip = nav._items[key].toolTip(0)
        full = html.unescape(re.match(r"<p>(.*?)</p>", tooltip, re.S)[1]) if tooltip.startswith("<p>") else label
        if label == full:
            continue
        cut += 1
        assert label.endswith("…") and len(label) <= 90, label
        kept = label[:-1]
        assert any(full[:offset].rstrip() == kept for offset in break_opportunities(full)), (kept, full)
    assert cut > 0  # the bank has criteria long enough to be cut
