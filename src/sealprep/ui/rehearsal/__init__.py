"""Mock-interview mode: the "Rehearse" page (setup, the timed rehearsal screen, panel mode, the
summary) and the "History & readiness" page. The rules live in ``sealprep.core``
(``rehearsal_session``, ``countdown``, ``review_schedule``, ``readiness``); these are views."""

from sealprep.ui.rehearsal.history_page import HistoryPage
from sealprep.ui.rehearsal.rehearse_page import RehearsePage

__all__ = ["HistoryPage", "RehearsePage"]
