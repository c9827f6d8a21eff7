"""Printing from the desktop app: the Print… dialog, its worker thread and its entry points."""

from sealprep.ui.printing.print_dialog import (
    PrintAction,
    PrintDialog,
    PrintKind,
    PrintSheetButton,
    PrintWorker,
    show_print_dialog,
)

__all__ = ["PrintAction", "PrintDialog", "PrintKind", "PrintSheetButton", "PrintWorker", "show_print_dialog"]
