"""Every command in the README's "Using it" block runs as written, in that order, on a fresh
store (the desktop app itself aside), from a folder that holds the repository's questions/ and
examples/ as the README assumes."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

from sealprep.cli.main import run

REPO = Path(__file__).resolve().parents[1]


def readme_commands() -> list[list[str]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Using it\s+```sh\n(.*?)```", text, re.S).group(1)
    commands = []
    for line in block.splitlines():
        words = shlex.split(line, comments=True)
        if words and words[0] == "sealprep" and len(words) > 1:
            commands.append(words[1:])
    return commands


def test_the_readme_examples_run_as_written(tmp_path, monkeypatch, capsys):
    commands = readme_commands()
    assert len(commands) >= 10 and ["people", "import", "examples/roster-example-cp874.csv"] in commands
    for folder in ("questions", "examples"):
        os.symlink(REPO / folder, tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SEALPREP_DB", str(tmp_path / "readme.db"))
    for words in commands:
        code = run(words)
        out, err = capsys.readouterr()
        assert code == 0, f"sealprep {' '.join(words)} -> {code}: {err}"
    assert list((tmp_path / "sheets").glob("*.pdf")) and (tmp_path / "assignments.xlsx").exists()
