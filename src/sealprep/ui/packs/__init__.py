"""Packs in the desktop app: import and export dialogs, their worker thread and entry points."""

from sealprep.ui.packs.pack_dialogs import (
    ExportPackDialog,
    ImportSummaryDialog,
    PackActions,
    PackButton,
    PackJob,
    PackRunner,
    latest_progress_header,
    latest_progress_text,
)

__all__ = [
    "ExportPackDialog",
    "ImportSummaryDialog",
    "PackActions",
    "PackButton",
    "PackJob",
    "PackRunner",
    "latest_progress_header",
    "latest_progress_text",
]
