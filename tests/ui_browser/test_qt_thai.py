"""Qt's own words (dialog buttons, message boxes, the non-native file dialog, the text-field
menu) are Thai on a Thai interface: Qt ships no Thai, sealprep carries sealprep_th_qt."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton

from sealprep import paths
from sealprep.ui import i18n

TS = paths.resources_dir() / "translations" / "sealprep_th_qt.ts"
OWN_CONTEXTS = ("QPlatformTheme", "QMessageBox", "QFileDialog", "QFileSystemModel", "QLineEdit")


def shown_dialogs(qtbot):
    """The Qt dialogs and menus the app shows, built as the app builds them."""
    box = QMessageBox(
        QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Discard
        | QDialogButtonBox.StandardButton.Save
    )
    files = QFileDialog(None, "t", "", "CSV (*.csv)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    field = QLineEdit()
    for widget in (box, buttons, files):
        qtbot.addWidget(widget)
        widget.show()
    menu = field.createStandardContextMenu()
    menu.field = field  # the menu's actions act on the field: keep it alive with the menu
    return box, buttons, files, menu


@pytest.fixture
def thai(app):
    i18n.set_language("th")
    yield
    i18n.set_language("en")


def test_thai_message_box_button_box_file_dialog_and_menu(thai, qtbot):
    box, buttons, files, menu = shown_dialogs(qtbot)
    assert {b.text() for b in box.buttons()} == {"ใช่(&Y)", "ไม่(&N)"}
    assert [
        buttons.button(s).text() for s in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)
    ] == [
        "ตกลง",
        "ยกเลิก",
    ]
    assert buttons.button(QDialogButtonBox.StandardButton.Discard).text() == "ทิ้งการแก้ไข"
    labels = {label.text() for label in files.findChildren(QLabel)}
    assert {"ค้นใน(&L):", "ชื่อไฟล์(&N):", "ชนิดไฟล์(&T):"} <= labels
    assert "เปิด(&O)" in {b.text() for b in files.findChildren(QPushButton)}
    assert {"คัดลอก(&C)", "วาง(&P)", "เลือกทั้งหมด"} <= {a.text().split("\t")[0] for a in menu.actions()}


class _Recorder(QTranslator):
    """Notes every word Qt asks to translate (and translates none)."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return None

    def isEmpty(self):
        return False


def test_every_word_qt_shows_in_those_dialogs_has_thai(app, qtbot):
    recorder = _Recorder()
    QApplication.installTranslator(recorder)
    try:
        shown_dialogs(qtbot)
        QApplication.processEvents()
    finally:
        QApplication.removeTranslator(recorder)
    carried = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(TS).getroot().iter("context")
        for message in context.iter("message")
    }
    # key names of shortcuts (Alt+Left) stay as Qt parses them
    asked = {pair for pair in recorder.asked if pair[0] in OWN_CONTEXTS and "+" not in pair[1]}
    assert asked and not asked - carried, sorted(asked - carried)
