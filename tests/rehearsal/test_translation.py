"""The Thai translation of the rehearsal views: complete, compiled, and used by the widgets."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from sealprep.core.rehearsal.session import SessionSettings

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TS = TRANSLATIONS / "sealprep_th_rehearsal.ts"
QM = TRANSLATIONS / "sealprep_th_rehearsal.qm"


def test_every_string_has_a_thai_translation():
    messages = list(ET.parse(TS).iter("message"))
    assert len(messages) > 100
    unfinished = [
        m.find("source").text
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "obsolete")
        or not (m.find("translation").text or "").strip()
    ]
    assert unfinished == []
    assert QM.stat().st_mtime >= TS.stat().st_mtime - 1  # compiled after the last edit


@pytest.fixture
def thai(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    yield translator
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_pages_speak_thai(thai, page, qtbot, context):
    from sealprep.ui.rehearsal import HistoryPage

    QCoreApplication.sendEvent(page.setup, QEvent(QEvent.Type.LanguageChange))
    assert page.setup.start_button.text() == "เริ่มซ้อม"
    assert page.setup.person.itemText(0) == "ตัวฉัน (ผู้ใช้เครื่องนี้)"
    page.start(SessionSettings(order="bank"), False)
    screen = page.rehearsal_screen
    assert screen.position_label.text() == "คำถามที่ 1 จาก 3"
    assert "ดูคำตอบ" in screen.shortcuts.text()
    assert screen.rating.buttons[1].text() == "1  ต้องซ้อมใหม่"
    assert screen.context_label.text().startswith("1 การวางแผนและการจัดการ")  # Thai dimension names
    history = HistoryPage(context)
    qtbot.addWidget(history)
    assert history.windowTitle() == "ประวัติและความพร้อม"
