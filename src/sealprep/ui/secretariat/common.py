"""What the secretariat views share: dialog and file-chooser hooks, translated labels for roles,
import problems and schedule conflicts, date display by preference, and cell colours.

Every modal step goes through a hook here (``exec_dialog``, ``ask_open_file``, ``ask_save_file``,
``confirm``, ``inform``) so that tests replace the hook instead of blocking on a dialog.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from sealprep.core.preferences import Preferences
from sealprep.core.secretariat.import_problems import RowProblem
from sealprep.core.secretariat.schedule import Conflict
from sealprep.core.thai.dates import display_date, display_number, display_short_day, display_time
from sealprep.ui.app_context import AppContext
from sealprep.ui.i18n import fill as fill  # re-exported: the secretariat pages import it from here

# colours that read well with dark text on light and dark themes alike (text is set explicitly)
PRIMARY_COLOUR = QColor("#cfe9d4")
BACKUP_COLOUR = QColor("#fdf0c4")
PROBLEM_COLOUR = QColor("#f6d3d3")
OK_COLOUR = QColor("#d9efe0")
INK = QColor("#1d1d1d")
MUTED_INK = QColor("#5f6368")


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


# -- hooks (tests replace these) -----------------------------------------------------------------
def exec_dialog(dialog: QDialog) -> bool:
    """Run a dialog modally; True when accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_open_file(parent: QWidget, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path


def ask_save_file(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def confirm(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent
    )
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Secretariat", "Yes"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Secretariat", "No"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def translate_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Qt ships no Thai for its standard buttons: name them through our own translation."""
    names = {
        QDialogButtonBox.StandardButton.Ok: translate("Secretariat", "OK"),
        QDialogButtonBox.StandardButton.Save: translate("Secretariat", "Save"),
        QDialogButtonBox.StandardButton.Cancel: translate("Secretariat", "Cancel"),
    }
    for which, text in names.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)
    return box


def inform(parent: QWidget, title: str, text: str, warning: bool = False) -> None:
    (QMessageBox.warning if warning else QMessageBox.information)(parent, title, text)


def table_filters() -> str:
    return translate("Secretariat", "Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)")


def save_filters() -> str:
    return translate("Secretariat", "Excel workbook (*.xlsx);;CSV for Excel, UTF-8 (*.csv)")


def with_table_suffix(path: str, selected_filter_is_csv: bool = False) -> str:
    """A chosen save path with a .xlsx/.csv suffix (file dialogs on Linux may leave it off)."""
    lowered = path.lower()
    if lowered.endswith((".xlsx", ".csv")):
        return path
    return path + (".csv" if selected_filter_is_csv else ".xlsx")


# -- preferences and dates -------------------------------------------------------------------------
def preferences(context: AppContext) -> Preferences:
    return context.store.preferences.load()


def show_date(context: AppContext, day: date, long: bool = False, weekday: bool = False) -> str:
    prefs = preferences(context)
    return display_date(day, prefs.language, prefs.digits, long=long, weekday=weekday)


def show_short_day(context: AppContext, day: date) -> str:
    prefs = preferences(context)
    return display_short_day(day, prefs.language, prefs.digits)


def show_time(context: AppContext, moment: time) -> str:
    prefs = preferences(context)
    return display_time(moment, prefs.language, prefs.digits)


def show_number(context: AppContext, number: int | str) -> str:
    prefs = preferences(context)
    return display_number(number, prefs.language, prefs.digits)


# -- labels ----------------------------------------------------------------------------------------
def person_role_label(role: str) -> str:
    return {
        "interviewee": translate("Secretariat", "Interviewee"),
        "secretariat": translate("Secretariat", "Secretariat"),
    }.get(role, role)


def assignment_role_label(role: str | None) -> str:
    return {"primary": translate("Secretariat", "Primary"), "backup": translate("Secretariat", "Backup")}.get(
        role or "", "—"
    )


def readiness_rule() -> str:
    """How readiness is decided, in the interface language (from the rehearsal mode's rule)."""
    from sealprep.core.rehearsal.readiness import readiness_rule_text
    from sealprep.ui import i18n

    return readiness_rule_text(i18n.current_language())


def dimension_label(number: int) -> str:
    return translate("Secretariat", "Dimension %1").replace("%1", str(number))


def problem_text(problem: RowProblem) -> str:
    """A row problem in the interface language: ``row 3: no name`` / ``แถว 3: ไม่มีชื่อ``."""
    templates = {
        "no_rows": translate("Secretariat", "the file has no rows below its header"),
        "no_header": translate("Secretariat", "no header row: the first rows must name the columns ({expected})"),
        "missing_column": translate("Secretariat", "no '{column}' column (write one of: {expected})"),
        "undecodable": translate(
            "Secretariat",
            "text that is neither UTF-8 nor Thai Windows (cp874/TIS-620) in column '{column}'; save the file again as 'CSV UTF-8'",
        ),
        "duplicate_row": translate("Secretariat", "the same {what} as row {other}"),
        "formula_no_value": translate(
            "Secretariat",
            "column '{column}' holds a formula whose result the file never stored; open the file in Excel and save it again, or type the value",
        ),
        "no_name": translate("Secretariat", "no name"),
        "unknown_agency": translate(
            "Secretariat",
            "unknown agency '{agency}' (write a code from agencies.yaml such as {example}, or the agency's full name)",
        ),
        "no_agencies": translate(
            "Secretariat",
            "unknown agency '{agency}': there is no question bank (and so no agencies) yet; import the bank first",
        ),
        "bad_role": translate("Secretariat", "role '{value}' is neither interviewee nor secretariat"),
        "bad_email": translate("Secretariat", "'{value}' is not an e-mail address"),
        "no_person": translate("Secretariat", "no person"),
        "unknown_person": translate("Secretariat", "no one on the roster is '{person}'"),
        "ambiguous_person": translate(
            "Secretariat", "'{person}' could be any of {count} people on the roster; write their e-mail instead"
        ),
        "no_question": translate("Secretariat", "no question id"),
        "unknown_question": translate("Secretariat", "no question '{question}' in the bank"),
        "bad_assignment_role": translate("Secretariat", "role '{value}' is neither primary nor backup"),
    }
    details = dict(problem.details)
    if problem.code == "duplicate_row":
        details["what"] = (
            translate("Secretariat", "person and question")
            if details.get("what") == "person and question"
            else translate("Secretariat", "person")
        )
    template = templates.get(problem.code)
    message = template.format(**details) if template else problem.message
    if not problem.row:
        return message
    return translate("Secretariat", "row %1: %2").replace("%1", str(problem.row)).replace("%2", message)


def conflict_text(conflict: Conflict) -> str:
    templates = {
        "person_overlap": translate("Secretariat", "{subject} is in two sessions at the same time"),
        "assessor_overlap": translate("Secretariat", "assessor {subject} is in two sessions at the same time"),
        "room_overlap": translate("Secretariat", "room {subject} holds two sessions at the same time"),
        "no_interviewee": translate("Secretariat", "a session with no interviewee"),
        "bad_time": translate("Secretariat", "the session ends at or before its start"),
    }
    template = templates.get(conflict.kind)
    return template.format(subject=conflict.subject) if template else conflict.message
