"""External programs some tests read their results with (poppler's pdftotext and pdftoppm).

Without them those tests skip on a developer's machine; in CI (``SEALPREP_REQUIRE_POPPLER=1``,
set by .ci/run, or ``CI=true`` as CI services set it) they fail instead, so printing is never
left untested without anyone noticing.
"""

from __future__ import annotations

import os
import shutil

import pytest


def require(program: str) -> None:
    if shutil.which(program) is not None:
        return
    message = f"{program} (poppler-utils) is not installed"
    if os.environ.get("SEALPREP_REQUIRE_POPPLER") or os.environ.get("CI", "").strip().lower() in ("1", "true", "yes"):
        pytest.fail(message + " and this is CI (SEALPREP_REQUIRE_POPPLER or CI is set)")
    pytest.skip(message)
