"""poppler's pdftotext, which reads the printed PDFs back in the printing tests."""

from __future__ import annotations

import os
import shutil

import pytest


def require_pdftotext(tool: str = "pdftotext") -> None:
    """Skip the test when a poppler tool is missing on a developer's machine; in CI (``CI`` set
    to true, as .ci/run does) a missing tool is a failure, never a silent skip."""
    if shutil.which(tool) is not None:
        return
    if os.environ.get("CI", "").strip().lower() in ("1", "true", "yes"):
        pytest.fail(f"{tool} (poppler-utils) is required in CI: install poppler-utils")
    pytest.skip(f"{tool} (poppler-utils) is not installed")
