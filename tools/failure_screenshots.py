"""Screenshots of the start-up failure message box (Thai and English), for review and the docs.

    QT_QPA_PLATFORM=offscreen python tools/failure_screenshots.py [OUT_DIR]

Starts the real app on a damaged store in a throw-away folder (settings and log there too) and
grabs the message box it shows instead of waiting for a click. OUT_DIR defaults to docs/screenshots.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="sealprep-failure-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ["XDG_DATA_HOME"] = str(work / "data")

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from sealprep.ui import app as app_module
    from sealprep.ui.settings import LANGUAGE, app_settings

    damaged = work / "Documents" / "sealprep.db"
    damaged.parent.mkdir(parents=True)
    damaged.write_bytes(b"\x00 not a store " * 400)
    language = "th"

    def grab(box: QMessageBox) -> int:
        box.show()
        for _ in range(5):
            QCoreApplication.processEvents()
        path = out / f"startup-failure-{language}.png"
        box.grab().save(str(path), "PNG", 0)
        print(path)
        return QMessageBox.StandardButton.Ok

    QMessageBox.exec = grab  # type: ignore[method-assign]
    for language in ("th", "en"):
        app_settings().setValue(LANGUAGE, language)
        app_module.run_app(argparse.Namespace(db=str(damaged), quit_after_paint=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
