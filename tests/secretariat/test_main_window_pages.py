"""The secretariat's pages are tabs of the main window."""

from __future__ import annotations

from sealprep.ui.main_window import MainWindow


def test_people_coverage_and_schedule_are_tabs(context, qtbot):
    window = MainWindow(context)
    qtbot.addWidget(window)
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert {"people", "coverage", "schedule"} <= set(names)
    titles = {window.tabs.widget(i).objectName(): window.tabs.tabText(i) for i in range(window.tabs.count())}
    assert (titles["people"], titles["coverage"], titles["schedule"]) == ("People", "Coverage", "Schedule")
