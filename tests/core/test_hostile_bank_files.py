"""Hostile and broken bank folders: every case ends in ``path:line: message`` problems, never in
a traceback, a hang or a file touched outside the bank folder."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from bank_factory import FRAMEWORK, PADS, write_bank
from sealprep.core.bank.file_names import UnsafePathError, inside, name_problem, source_path_problem
from sealprep.core.bank.folder import MAX_FILE_BYTES, load_bank, write_bytes_atomically
from sealprep.core.bank.question_file import MAX_TIME_LIMIT, parse_question
from sealprep.core.bank.service import delete_question, export_folder, import_folder, save_question
from sealprep.core.bank.yaml_lines import MAX_DEPTH

LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def with_front_matter(extra: str) -> str:
    """PADS with ``extra`` lines put at the end of its front matter (which starts on line 2)."""
    return PADS.replace("time_limit: 180\n", "time_limit: 180\n" + extra, 1)


def messages(folder: Path) -> list[str]:
    return [str(p) for p in load_bank(folder).problems]


def only_problem(folder: Path, relative: str) -> str:
    found = [m for m in messages(folder) if m.startswith(relative + ":")]
    assert len(found) == 1, messages(folder)
    return found[0]


def bank_with(tmp_path: Path, relative: str, text: str) -> Path:
    return write_bank(tmp_path / "b", {"d1/d1-pads.md": PADS, relative: text})


# -- YAML ---------------------------------------------------------------------------------------


def test_billion_laughs_in_a_question_is_refused_at_its_line(tmp_path):
    text = "---\n" + LAUGHS + "id: x\n---\n# q\n"
    problem = only_problem(bank_with(tmp_path, "d1/laughs.md", text), "d1/laughs.md")
    assert re.match(r"d1/laughs\.md:2: anchors and aliases .* are not allowed", problem), problem


def test_billion_laughs_in_framework_yaml_is_refused_with_a_short_message(tmp_path):
    folder = write_bank(tmp_path / "b", {"d1/d1-pads.md": PADS})
    (folder / "framework.yaml").write_text(LAUGHS + FRAMEWORK, encoding="utf-8")
    found = [m for m in messages(folder) if m.startswith("framework.yaml:")]
    assert found and found[0].startswith("framework.yaml:1: anchors and aliases"), found
    assert all(len(m) < 300 for m in messages(folder))


def test_an_unused_alias_expansion_never_reaches_a_message(tmp_path):
    """The old loader quoted the expanded value in 'time_limit must be ... not [...]'."""
    text = with_front_matter("").replace("time_limit: 180", "time_limit: &t [a, b]\ntags: *t")
    problem = only_problem(bank_with(tmp_path, "d1/alias.md", text), "d1/alias.md")
    assert "anchors and aliases" in problem


@pytest.mark.parametrize("depth", [250, 999, 5000])
def test_deep_nesting_is_a_problem_not_a_recursion_error(tmp_path, depth):
    text = with_front_matter("tags: " + "[" * depth + "]" * depth + "\n")
    problem = only_problem(bank_with(tmp_path, "d1/deep.md", text), "d1/deep.md")
    assert re.match(r"d1/deep\.md:\d+: (nested more than|YAML does not parse)", problem), problem


def test_deep_block_nesting_in_framework_yaml_names_its_line(tmp_path):
    folder = write_bank(tmp_path / "b", {"d1/d1-pads.md": PADS})
    deep = "".join("  " * i + "x:\n" for i in range(300))
    (folder / "framework.yaml").write_text(deep, encoding="utf-8")
    found = [m for m in messages(folder) if m.startswith("framework.yaml:")]
    assert found == [f"framework.yaml:{MAX_DEPTH + 1}: nested more than {MAX_DEPTH} levels deep"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("time_limit: !!int abc", "YAML tags"),
        ("time_limit: !!float abc", "YAML tags"),
        ("time_limit: !!timestamp abc", "YAML tags"),
        ("tags: !!set {a, b}", "YAML tags"),
        ("tags: !!binary aGVsbG8=", "YAML tags"),
        ("? [a, b]\n: c", "a key must be a plain word"),
        ("? {a: b}\n: c", "a key must be a plain word"),
        ("<<: {tags: [a]}", "merge keys"),
    ],
)
def test_tags_complex_keys_and_merges_are_refused_with_their_line(tmp_path, line, expected):
    text = PADS.replace("time_limit: 180\n", line + "\n", 1)
    problem = only_problem(bank_with(tmp_path, "d1/tag.md", text), "d1/tag.md")
    assert problem.startswith("d1/tag.md:6: ") and expected in problem, problem


@pytest.mark.parametrize("value", ["2024-99-99", "2024-01-01", "9" * 5000, "1:30:99999999999999999999"])
def test_values_that_look_like_dates_or_huge_numbers_never_crash(tmp_path, value):
    text = PADS.replace("time_limit: 180", f"time_limit: {value}", 1)
    problem = only_problem(bank_with(tmp_path, "d1/n.md", text), "d1/n.md")
    assert problem.startswith("d1/n.md:6: time_limit must be a positive number of seconds")
    assert len(problem) < 200


def test_one_time_limit_bound_is_shared_by_check_and_import(tmp_path, store):
    text = PADS.replace("time_limit: 180", f"time_limit: {10**20}", 1)
    folder = write_bank(tmp_path / "b", {"d1/d1-pads.md": text})
    result = import_folder(store, folder)
    assert not result.ok and store.bank.is_empty()
    assert [str(p) for p in result.problems] == [
        f"d1/d1-pads.md:6: time_limit must be a positive number of seconds (at most {MAX_TIME_LIMIT}), not '{10**20}'"
    ]
    (folder / "d1" / "d1-pads.md").write_text(PADS.replace("180", str(MAX_TIME_LIMIT)), encoding="utf-8")
    assert import_folder(store, folder).ok
    assert store.bank.question("d1-pads").time_limit == MAX_TIME_LIMIT


def test_framework_numbers_are_bounded(tmp_path):
    folder = write_bank(tmp_path / "b", {"d1/d1-pads.md": PADS})
    (folder / "framework.yaml").write_text(
        FRAMEWORK.replace("total_benchmarks: 40", f"total_benchmarks: {10**20}"), encoding="utf-8"
    )
    found = [m for m in messages(folder) if m.startswith("framework.yaml:")]
    assert found[0] == f"framework.yaml:4: 'total_benchmarks' of framework.yaml must be at most 10000, not '{10**20}'"


def test_an_id_with_a_newline_is_refused(tmp_path):
    text = PADS.replace("id: d1-pads", 'id: "d1-pads\\n"', 1)
    problem = only_problem(bank_with(tmp_path, "d1/nl.md", text), "d1/nl.md")
    assert problem == (
        "d1/nl.md:2: id 'd1-pads\\n' may hold only ASCII letters, digits, '.', '_' and '-' (at most 64 characters)"
    )


@pytest.mark.parametrize(
    ("where", "line"),
    [("# การวิเคราะห์", 8), ("## EN\nHow", 11), ("tags: [education", 5)],
)
def test_nul_bytes_are_refused_with_their_line(tmp_path, where, line):
    text = PADS.replace(where, where + "\x00", 1)
    problem = only_problem(bank_with(tmp_path, "d1/zero-byte.md", text), "d1/zero-byte.md")
    assert problem == f"d1/zero-byte.md:{line}: the text holds a NUL character (a damaged or binary file?)"


def test_a_nul_typed_into_the_app_is_refused_too():
    parsed = parse_question(PADS.replace("How is", "How\x00 is"), "d1/q.md")
    assert parsed.question is None and parsed.problems[0].line == 11


def test_a_long_value_is_cut_in_messages(tmp_path):
    text = PADS.replace("## EN", "## " + "ก" * 5000, 1)
    problem = only_problem(bank_with(tmp_path, "d1/long.md", text), "d1/long.md")
    assert "…'" in problem and len(problem) < 300


# -- files that are not plain files ---------------------------------------------------------------


def test_a_folder_named_like_a_question_is_a_problem(tmp_path):
    folder = bank_with(tmp_path, "d2/ok.md", PADS.replace("d1-pads", "d2-ok").replace("dimension: 1", "dimension: 1"))
    (folder / "d1" / "x.md").mkdir()
    assert only_problem(folder, "d1/x.md") == (
        "d1/x.md:1: not a plain file (a folder, pipe or device): only files are read"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need POSIX")
def test_a_fifo_named_like_a_question_does_not_hang(tmp_path):
    folder = write_bank(tmp_path / "b", {"d1/d1-pads.md": PADS})
    os.mkfifo(folder / "d1" / "x.md")
    assert only_problem(folder, "d1/x.md").endswith("not a plain file (a folder, pipe or device): only files are read")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_dev_zero_is_not_read(tmp_path):
    folder = write_bank(tmp_path / "b", {"d1/d1-pads.md": PADS})
    (folder / "d1" / "zero.md").symlink_to("/dev/zero")
    (folder / "framework.yaml").unlink()
    (folder / "framework.yaml").symlink_to("/dev/zero")
    found = messages(folder)
    assert "d1/zero.md:1: not a plain file (a folder, pipe or device): only files are read" in found
    assert "framework.yaml:1: not a plain file (a folder, pipe or device): only files are read" in found


def test_a_broken_link_and_an_unreadable_file_are_problems(tmp_path):
    folder = write_bank(tmp_path / "b", {"d1/d1-pads.md": PADS})
    (folder / "d1" / "gone.md").symlink_to(folder / "nowhere.md")
    (folder / "d1" / "loop.md").symlink_to(folder / "d1" / "loop.md")
    found = messages(folder)
    assert any(m.startswith("d1/gone.md:1: the file cannot be found") for m in found), found
    assert any(m.startswith("d1/loop.md:1: the file cannot be read") for m in found), found


def test_a_link_to_a_regular_file_is_still_read(tmp_path):
    folder = write_bank(tmp_path / "b", {})
    (tmp_path / "elsewhere.md").write_text(PADS, encoding="utf-8")
    (folder / "d1").mkdir()
    (folder / "d1" / "d1-pads.md").symlink_to(tmp_path / "elsewhere.md")
    assert load_bank(folder).ok


def test_a_file_over_the_size_cap_is_refused(tmp_path):
    big = PADS + "\n" + ("ข้อความยาว " * 40_000)
    assert len(big.encode()) > MAX_FILE_BYTES
    folder = bank_with(tmp_path, "d1/big.md", big)
    assert re.fullmatch(
        r"d1/big\.md:1: the file is too large \([\d,]+ bytes; at most 1,000,000\)", only_problem(folder, "d1/big.md")
    )


def test_a_question_edited_in_the_app_is_held_to_the_same_size_cap(store, bank_dir):
    assert import_folder(store, bank_dir).ok
    question = store.bank.question("d1-pads")
    question.answers[0].body = "ข" * (MAX_FILE_BYTES // 3 + 10)
    result = save_question(store, question, "d1-pads")
    assert not result.ok and "too long" in result.problems[0].message


# -- names that do not travel -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("relative", "why"),
    [
        ("d1/CON.md", "reserved for a device"),
        ("d1/aux.md", "reserved for a device"),
        ("d1/nul.txt.md", "reserved for a device"),
        ("d1/Com1.md", "reserved for a device"),
        ("d1/lpt1.md", "reserved for a device"),
        ("CON/q.md", "reserved for a device"),
        ("d1./q.md", "ends with a dot or a space"),
        ("d1 /q.md", "ends with a dot or a space"),
        ("d1/a\\b.md", "backslash"),
        ("d1/a:b.md", "holds ':'"),
        ("d1/a\nb.md", "holds '\\n'"),
        ("d1/a\x01b.md", "holds '\\x01'"),
        ("d1/a|b.md", "holds '|'"),
    ],
)
def test_names_windows_cannot_use_are_refused_in_bank_check(tmp_path, relative, why):
    text = PADS.replace("d1-pads", "other")
    folder = write_bank(tmp_path / "b", {"d1/d1-pads.md": PADS})
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    problems = load_bank(folder).problems
    assert len(problems) == 1 and problems[0].path == relative and problems[0].line == 1
    assert why in problems[0].message, problems[0].message
    assert "\n" not in str(problems[0]) and "\x01" not in str(problems[0])


def test_portable_names_pass():
    for name in ("q.md", "ค่าย-1.md", "CONTROL.md", "con-1.md", "COM10.md", ".hidden", "a b.md"):
        assert name_problem(name) is None, name


@pytest.mark.parametrize(
    "recorded",
    ["../../x.md", "/etc/x.md", "C:/x.md", "c:x.md", "d1\\x.md", "d1/../../x.md", "d1//x.md", "d1/x.txt", ""],
)
def test_recorded_paths_must_be_relative_portable_and_inside(recorded):
    assert source_path_problem(recorded) is not None


# -- paths recorded in the store ------------------------------------------------------------------


def _record_path(store, question_id: str, recorded: str) -> None:
    """What a hand-edited or hostile store holds: the app itself never records such a path."""
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE questions SET source_path = ? WHERE id = ?", [recorded, question_id])


@pytest.mark.parametrize("recorded", ["../../escaped.md", "ABSOLUTE"])
def test_export_never_writes_outside_its_folder(store, bank_dir, tmp_path, recorded):
    assert import_folder(store, bank_dir).ok
    target = tmp_path / "victim" / "escaped.md"
    recorded = target.as_posix() if recorded == "ABSOLUTE" else recorded
    _record_path(store, "d1-pads", recorded)
    out = tmp_path / "deep" / "er" / "out"
    written = export_folder(store, out)
    assert not target.exists() and not (tmp_path / "deep" / "escaped.md").exists()
    assert all(path.resolve().is_relative_to(out.resolve()) for path in written)
    assert (out / "d1" / "d1-pads.md").read_text(encoding="utf-8") == PADS


def test_export_refuses_a_folder_linked_outside(store, bank_dir, tmp_path):
    assert import_folder(store, bank_dir).ok
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (out / "d1").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(UnsafePathError, match="leads outside the bank folder"):
        export_folder(store, out)
    assert list((tmp_path / "elsewhere").iterdir()) == [] and sorted(os.listdir(out)) == ["d1"]


def test_deleting_a_question_never_removes_a_file_outside_the_bank(store, bank_dir, tmp_path):
    assert import_folder(store, bank_dir).ok
    victim = tmp_path / "precious.md"
    victim.write_text("keep me", encoding="utf-8")
    _record_path(store, "d1-pads", "../precious.md")
    delete_question(store, "d1-pads")
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert store.bank.question("d1-pads") is None
    _record_path_all = store.bank.questions()[0]
    _record_path(store, _record_path_all.id, victim.as_posix())
    delete_question(store, _record_path_all.id)
    assert victim.exists()


def test_saving_a_question_with_a_bad_recorded_path_writes_inside_the_bank(store, bank_dir, tmp_path):
    assert import_folder(store, bank_dir).ok
    victim = tmp_path / "precious.md"
    victim.write_text("keep me", encoding="utf-8")
    _record_path(store, "d1-pads", "../precious.md")
    question = store.bank.question("d1-pads")
    question.question_en = "Edited."
    result = save_question(store, question, "d1-pads")
    assert result.ok and result.path == bank_dir / "d1" / "d1-pads.md"
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert store.bank.question("d1-pads").source_path == "d1/d1-pads.md"


def test_the_store_refuses_to_record_an_unsafe_path(store, bank_dir):
    assert import_folder(store, bank_dir).ok
    question = store.bank.question("d1-pads")
    question.source_path = "../x.md"
    with pytest.raises(ValueError, match="climbs out"):
        store.bank.save_question(question, "d1-pads")
    assert store.bank.question("d1-pads").source_path == "d1/d1-pads.md"


def test_inside_resolves_links():
    with pytest.raises(UnsafePathError):
        inside("/tmp", "../etc/passwd.md")


# -- permissions -------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("mask", [0o022, 0o027, 0o002])
def test_written_files_follow_the_umask(store, bank_dir, tmp_path, mask):
    assert import_folder(store, bank_dir).ok
    old = os.umask(mask)
    try:
        written = export_folder(store, tmp_path / "out")
        write_bytes_atomically(tmp_path / "one.md", b"x")
        question = store.bank.question("d1-pads")
        saved = save_question(store, question, "d1-pads").path
    finally:
        os.umask(old)
    for path in [*written, tmp_path / "one.md", saved]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root (and Windows) read any folder")
def test_a_folder_that_cannot_be_listed_is_a_problem(tmp_path):
    folder = write_bank(tmp_path / "b", {"d1/d1-pads.md": PADS})
    locked = folder / "d2"
    locked.mkdir()
    locked.chmod(0)
    try:
        assert only_problem(folder, "d2").startswith("d2:1: the folder cannot be read")
    finally:
        locked.chmod(0o755)


def test_a_link_to_a_folder_is_not_followed(tmp_path):
    folder = write_bank(tmp_path / "b", {"d1/d1-pads.md": PADS})
    outside = write_bank(tmp_path / "outside", {"d1/other.md": PADS.replace("d1-pads", "other")})
    (folder / "d2").symlink_to(outside / "d1")
    assert load_bank(folder).ok and [q.id for q in load_bank(folder).bank.questions] == ["d1-pads"]


def test_a_nul_in_framework_yaml_is_refused_with_its_line(tmp_path):
    folder = write_bank(tmp_path / "b", {"d1/d1-pads.md": PADS})
    (folder / "framework.yaml").write_text(FRAMEWORK.replace("en: Gold", "en: Go\x00ld"), encoding="utf-8")
    line = FRAMEWORK.split("en: Gold")[0].count("\n") + 1
    assert [m for m in messages(folder) if m.startswith("framework.yaml:")] == [
        f"framework.yaml:{line}: the text holds a NUL character (a damaged or binary file?)"
    ]
