"""``sealprep --self-test`` from the source install: every check passes, one line each; a missing
bundled part fails its check by name and the exit code says so."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from bank_factory import write_bank
from sealprep import selftest

REPO = Path(__file__).resolve().parents[1]


def test_the_self_test_passes_from_the_source_install(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "HOME": str(tmp_path)}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen by itself
    result = subprocess.run(
        [sys.executable, "-m", "sealprep", "--self-test"], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("sealprep ") and "self-test (source)" in lines[0]
    names = [check.name for check in selftest.CHECKS]
    assert [line.split(":")[0].split(None, 1)[1] for line in lines[1:-1]] == names
    assert all(line.startswith("ok ") for line in lines[1:-1])
    assert lines[-1] == f"all {len(names)} checks passed"
    assert not (tmp_path / ".local").exists()  # nothing of the user's was written


def test_a_broken_starter_bank_fails_its_check_by_name(tmp_path, monkeypatch):
    from sealprep import paths

    broken = write_bank(tmp_path / "broken", {"d1/bad.md": "---\nid: bad\n---\n# คำถาม\n"})
    monkeypatch.setattr(paths, "bundled_bank_dir", lambda: broken)
    out = io.StringIO()
    failed = selftest.run_checks([c for c in selftest.CHECKS if c.name in ("starter bank", "store")], out)
    assert failed == ["starter bank"]
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("FAIL  starter bank:") and "bad.md" in lines[0]
    assert lines[1].startswith("ok    store:")


def test_a_missing_font_fails_the_pdf_check(tmp_path, monkeypatch):
    from sealprep.printing import fonts

    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path / "no-fonts")
    monkeypatch.setattr(fonts, "_registered", None)  # as in a fresh process: not registered yet
    out = io.StringIO()
    failed = selftest.run_checks([c for c in selftest.CHECKS if c.name == "Thai PDF"], out)
    assert failed == ["Thai PDF"]
    assert "Sarabun fonts not found" in out.getvalue()


def test_the_command_exits_non_zero_naming_the_failed_check(monkeypatch, capsys):
    from sealprep.cli.main import run

    def missing(work: Path) -> str:
        raise selftest.CheckFailed("the recorder is not bundled")

    monkeypatch.setattr(selftest, "CHECKS", [*selftest.CHECKS[:1], selftest.Check("audio", missing)])
    assert run(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  audio: the recorder is not bundled" in out
    assert out.strip().splitlines()[-1] == "FAILED: audio"


def test_the_windowed_launcher_shows_the_result_in_a_box(monkeypatch):
    """Windows' windowed sealprep.exe has no stdout: the self-test's lines go into a message box."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(selftest, "CHECKS", [c for c in selftest.CHECKS if c.name == "store"])
    monkeypatch.setattr(sys, "stdout", None)
    assert selftest.run_self_test() == 0
    assert len(shown) == 1
    assert "ok    store:" in shown[0].text() and "all 1 checks passed" in shown[0].text()


def test_the_audio_check_records_and_plays_on_the_null_device_and_fails_without_the_library(monkeypatch):
    [audio] = [c for c in selftest.CHECKS if c.name == "audio"]
    out = io.StringIO()
    assert selftest.run_checks([audio], out) == []
    assert out.getvalue().startswith("ok    audio: recorded and played 0.5 s;")
    monkeypatch.setitem(sys.modules, "miniaudio", None)  # as in a frozen app that left it out
    out = io.StringIO()
    assert selftest.run_checks([audio], out) == ["audio"]
    assert out.getvalue().startswith("FAIL  audio:")
