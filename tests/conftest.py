from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from bank_factory import write_bank
from qt_windows import destroy_top_level_widgets
from sealprep.core.store import Store

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    """A small valid bank folder on disk."""
    return write_bank(tmp_path / "bank")


@pytest.fixture
def store(tmp_path: Path):
    """A real SQLite store file in a temporary folder; windows built on it go before it closes."""
    with Store.open(tmp_path / "store.db") as opened:
        yield opened
        destroy_top_level_widgets()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may read or write the real per-user data folder or settings."""
    monkeypatch.setenv("SEALPREP_DB", str(tmp_path / "default-store.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
