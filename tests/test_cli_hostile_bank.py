"""`sealprep bank check|import|export` on hostile folders: problems as path:line, never a traceback."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

from bank_factory import PADS, write_bank
from sealprep.__main__ import main

LINE = re.compile(r"^[^\n]+:\d+: [^\n]+$")


def hostile_bank(root: Path) -> Path:
    folder = write_bank(root / "bank", {"d1/d1-pads.md": PADS})
    bad = {
        "d1/laughs.md": "---\nid: x\na: &a [1, 2]\nb: [*a, *a]\n---\n# q\n",
        "d1/deep.md": "---\nid: x\ntags: " + "[" * 600 + "]" * 600 + "\n---\n# q\n",
        "d1/tagged.md": "---\nid: !!int abc\n---\n# q\n",
        "d1/time.md": PADS.replace("d1-pads", "t").replace("time_limit: 180", f"time_limit: {10**20}"),
        "d1/newline-id.md": PADS.replace("id: d1-pads", 'id: "t2\\n"'),
        "d1/zero-byte.md": PADS.replace("d1-pads", "z").replace("How", "Ho\x00w"),
        "d1/CON.md": PADS.replace("d1-pads", "con"),
        "d1/a\\b.md": PADS.replace("d1-pads", "ab"),
        "d1/new\nline.md": PADS.replace("d1-pads", "nl"),
    }
    for relative, text in bad.items():
        (folder / relative).write_text(text, encoding="utf-8")
    (folder / "d1" / "folder.md").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "d1" / "fifo.md")
    if Path("/dev/zero").exists():
        (folder / "d1" / "zero.md").symlink_to("/dev/zero")
    return folder


def test_check_and_import_report_every_hostile_file_by_path_and_line(capsys, tmp_path):
    folder = hostile_bank(tmp_path)
    for action in ("check", "import"):
        code = main(["bank", action, str(folder)])
        out, err = capsys.readouterr()
        printed = out if action == "check" else err
        assert code == 1 and "Traceback" not in out + err
        lines = [line for line in printed.splitlines() if not line.startswith(("nothing imported", "1", "2", "3"))]
        problems = [line for line in lines if line.startswith(folder.as_posix())]
        assert all(LINE.match(line) for line in problems), problems
        for name in ("laughs", "deep", "tagged", "time", "newline-id", "zero-byte", "CON", "a\\b", "new\\nline"):
            assert any(f"/d1/{name}.md:" in line for line in problems), (name, problems)
        assert any("/d1/folder.md:1: not a plain file" in line for line in problems)
    with sqlite3.connect(tmp_path / "default-store.db") as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        assert "questions" not in tables or db.execute("SELECT count(*) FROM questions").fetchone()[0] == 0


def test_export_refuses_a_folder_linked_outside_and_writes_nothing(capsys, tmp_path, bank_dir):
    assert main(["bank", "import", str(bank_dir)]) == 0
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (out / "d1").symlink_to(tmp_path / "elsewhere")
    capsys.readouterr()
    assert main(["bank", "export", str(out)]) == 1
    _, err = capsys.readouterr()
    assert err.startswith("sealprep: nothing exported: the path 'd1/") and "leads outside the bank folder" in err
    assert not any((tmp_path / "elsewhere").iterdir()) and sorted(os.listdir(out)) == ["d1"]
