"""The command line never shows a Python traceback: a store it cannot use, a data folder it
cannot create and an unexpected bug each give one sentence, the log path and a non-zero exit;
the traceback goes to the log (and to the screen only with --debug)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from file_systems import damage_middle, make_read_only, tmpfs
from sealprep.cli import main as cli
from sealprep.core.store import LATEST_VERSION, Store

REPO = Path(__file__).resolve().parents[1]


def sealprep(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The real ``sealprep`` command in a child process (this checkout's code)."""
    environment = {**os.environ, "PYTHONPATH": str(REPO / "src"), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "sealprep", *args], capture_output=True, text=True, env=environment, timeout=120
    )


def assert_one_clear_message(result: subprocess.CompletedProcess, *words: str) -> Path:
    """Exit non-zero, no traceback, the message says ``words``; returns the log it names."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, result.stderr
    for word in words:
        assert word in lines[0]
    prefix = lines[1].split(": ", 1)
    assert prefix[0] in ("Details", "รายละเอียด")
    log = Path(prefix[1])
    assert log.is_file() and "Traceback" in log.read_text(encoding="utf-8")
    return log


def test_a_file_that_is_not_a_store(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"not sqlite at all " * 200)
    result = sealprep("--db", str(bad), "search", "เพศ")
    log = assert_one_clear_message(result, str(bad), "not a sealprep store")
    assert log.is_relative_to(tmp_path / "xdg-data")  # the per-user data folder (platformdirs)
    assert result.returncode == 2


def test_a_store_from_a_newer_sealprep_in_thai(tmp_path):
    path = tmp_path / "future.db"
    Store.open(path).close()
    conn = __import__("sqlite3").connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    (tmp_path / "xdg-config" / "sealprep").mkdir(parents=True)
    (tmp_path / "xdg-config" / "sealprep" / "sealprep.ini").write_text("[ui]\nlanguage=th\n", encoding="utf-8")
    result = sealprep("--db", str(path), "people", "list")
    assert_one_clear_message(result, "รุ่นที่ใหม่กว่า", str(path))


def test_a_data_folder_that_cannot_be_created(tmp_path):
    """HOME's data folder is a file, so the store's folder cannot be made (root is no exception)."""
    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("x")
    result = sealprep("search", "เพศ", env={"SEALPREP_DB": str(blocker / "sealprep" / "sealprep.db")})
    assert_one_clear_message(result, str(blocker / "sealprep"))


def test_a_store_damaged_in_the_middle(tmp_path, bank_dir):
    path = tmp_path / "store.db"
    assert sealprep("--db", str(path), "bank", "import", str(bank_dir)).returncode == 0
    damage_middle(path)
    result = sealprep("--db", str(path), "search", "เพศ")
    assert_one_clear_message(result, str(path), "is damaged", "backup")


def test_a_read_only_store_and_a_full_disk(tmp_path, bank_dir):
    with tmpfs(tmp_path / "ro", "2m") as disk:
        Store.open(disk / "store.db").close()
        make_read_only(disk)
        result = sealprep("--db", str(disk / "store.db"), "search", "เพศ")
        assert_one_clear_message(result, "cannot be written", "read-only")
    with tmpfs(tmp_path / "full", "160k") as disk:
        result = sealprep("--db", str(disk / "store.db"), "bank", "import", str(bank_dir))
        assert_one_clear_message(result, "is full", "Free some space")


def test_an_unexpected_error_is_one_sentence_and_debug_shows_the_traceback(tmp_path, monkeypatch, capsys):
    from sealprep.core.store import Store

    def broken(args):
        raise KeyError("a bug")

    monkeypatch.setattr(Store, "search", lambda *a, **k: broken(None))
    assert cli.run(["--db", str(tmp_path / "s.db"), "search", "เพศ"]) == 1
    err = capsys.readouterr().err
    assert "unexpected problem (KeyError)" in err and "Traceback" not in err
    log = Path(err.strip().splitlines()[-1].split(": ", 1)[1])
    assert "KeyError: 'a bug'" in log.read_text(encoding="utf-8")
    with pytest.raises(KeyError):
        cli.run(["--debug", "--db", str(tmp_path / "s.db"), "search", "เพศ"])
