"""The Thai translation of the secretariat's interface is complete and really used."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from secretariat_helpers import REPO

from sealprep.core.secretariat.import_problems import RowProblem
from sealprep.core.secretariat.schedule import Conflict
from sealprep.ui.secretariat.common import conflict_text, problem_text

TS = REPO / "resources" / "translations" / "sealprep_th_secretariat.ts"
PLACEHOLDER = re.compile(r"%n|%\d|\{\w+\}")


def test_every_message_has_thai_with_the_same_placeholders():
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert len(messages) > 200
    for message in messages:
        source = message.find("source").text
        translation = message.find("translation")
        assert translation.get("type") is None, f"unfinished: {source!r}"
        text = (translation.text or "").strip() or "".join(form.text or "" for form in translation)
        assert re.search("[\u0e00-\u0e7f]", text), f"no Thai for {source!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source


@pytest.fixture
def thai(qapp):
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_compiled_translation_shows_thai(thai, context, qtbot):
    from sealprep.ui.secretariat import CoveragePage, PeoplePage, SchedulePage

    pages = [PeoplePage(context), CoveragePage(context), SchedulePage(context)]
    for page in pages:
        qtbot.addWidget(page)
    assert [p.windowTitle() for p in pages] == ["รายชื่อบุคคล", "ความครอบคลุม", "ตารางสัมภาษณ์"]
    assert problem_text(RowProblem(3, "no_name")) == "แถว 3: ไม่มีชื่อ"
    assert problem_text(RowProblem(7, "duplicate_row", {"what": "person", "other": "2"})) == "แถว 7: บุคคลซ้ำกับแถว 2"
    assert (
        conflict_text(Conflict("person_overlap", (1, 2), 5, "นายสมชาย ใจดี"))
        == "นายสมชาย ใจดี อยู่ในสองรอบสัมภาษณ์ในเวลาเดียวกัน"
    )


def test_the_benchmarks_page_and_coverage_by_benchmark_speak_thai(thai, gappy, qtbot):
    from sealprep.ui.app_context import AppContext
    from sealprep.ui.secretariat import BenchmarksPage, CoveragePage

    store, _, _ = gappy
    context = AppContext(store)
    page, coverage = BenchmarksPage(context), CoveragePage(context)
    qtbot.addWidget(page)
    qtbot.addWidget(coverage)
    assert page.windowTitle() == "ตัวชี้วัด"
    note = page.item_for("dimension", "2").child(0).text(0)
    assert note == "คลังคำถามยังไม่มีข้อความตัวชี้วัดของ UNDP สำหรับมิตินี้ ให้เพิ่มไว้ใน framework.yaml"
    assert page.tabs.tabText(2) == "ข้อเท็จจริงที่ต้องยืนยัน: 1"
    assert [coverage.matrix_tabs.tabText(i) for i in range(2)] == ["รายมิติ", "รายตัวชี้วัด"]
