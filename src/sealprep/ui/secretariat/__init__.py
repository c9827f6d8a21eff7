"""The secretariat's views: the roster (People), Coverage, Benchmarks and the interview Schedule.

Public pieces other areas use:

- ``PeoplePage``, ``CoveragePage``, ``BenchmarksPage``, ``SchedulePage``: the four tabs (``ui.main_window.build_pages``).
- ``AssignPeopleDialog(context, question_id)``: who prepares one question; the bank browser opens
  it from a question with ``common.exec_dialog(AssignPeopleDialog(context, qid, parent))``. It
  saves on OK through a core operation (``context.assignments_changed`` follows).
- ``AssignQuestionsDialog(context, person_id)``: the same from a person's side.
"""

from sealprep.ui.secretariat.assignment_dialogs import AssignPeopleDialog, AssignQuestionsDialog
from sealprep.ui.secretariat.benchmarks_page import BenchmarksPage
from sealprep.ui.secretariat.coverage_page import CoveragePage
from sealprep.ui.secretariat.people_page import PeoplePage
from sealprep.ui.secretariat.schedule_page import SchedulePage

__all__ = [
    "BenchmarksPage",
    "AssignPeopleDialog",
    "AssignQuestionsDialog",
    "CoveragePage",
    "PeoplePage",
    "SchedulePage",
]
