"""``sealprep print`` on a real store: people by id, name or part of a name; booklet; bank book;
clear errors with exit code 1."""

from __future__ import annotations

import pymupdf
import pypdf
import pytest
from print_documents import BODY, FOOTER, outline, region_texts, squeeze

from bank_factory import write_bank
from sealprep.cli.main import run
from sealprep.core.secretariat.people import Person
from sealprep.core.store import Store
from sealprep.printing.jobs import safe_file_name


@pytest.fixture
def db(bank_dir, tmp_path):
    path = tmp_path / "cli.db"
    assert run(["--db", str(path), "bank", "import", str(bank_dir)]) == 0
    with Store.open(path) as store:
        first = store.people.save(Person("นางสาวทดลอง ใจดี", agency="สยป."))
        store.people.save(Person("นายทดลอง ใจงาม", agency="สนศ."))
        store.people.save(Person("ดร.สมหญิง รักเรียน", agency="สนศ."))
        store.people.save(Person("นางเลขา ประสานงาน", role="secretariat"))
        store.assignments.set(first.id, "d1-pads", "primary")
        store.assignments.set(first.id, "d3-harassment", "backup")
    return str(path)


def _ids(db) -> dict[str, int]:
    with Store.open(db) as store:
        return {p.name: p.id for p in store.people.list()}


def test_print_people_by_id_exact_name_and_unique_part(db, tmp_path, capsys):
    ids = _ids(db)
    out = tmp_path / "out"
    code = run(
        [
            "--db",
            db,
            "print",
            "--person",
            str(ids["นางสาวทดลอง ใจดี"]),
            "--person",
            "สมหญิง รักเรียน",
            "--person",
            "ใจงาม",
            "--out",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    written = capsys.readouterr().out.splitlines()
    assert len(written) == 3
    assert [p.split("/")[-1] for p in written] == [
        f"briefing-{ids['นางสาวทดลอง ใจดี']}-นางสาวทดลอง-ใจดี.pdf",
        f"briefing-{ids['ดร.สมหญิง รักเรียน']}-ดร.สมหญิง-รักเรียน.pdf",
        f"briefing-{ids['นายทดลอง ใจงาม']}-นายทดลอง-ใจงาม.pdf",
    ]
    first = out / written[0].split("/")[-1]
    assert outline(first)[0].title == "นางสาวทดลอง ใจดี"
    assert squeeze("เอกสารใช้ภายใน") in squeeze(region_texts(first, FOOTER)[0])


def test_an_ambiguous_name_lists_the_candidates_and_writes_nothing(db, tmp_path, capsys):
    out = tmp_path / "out"
    assert run(["--db", db, "print", "--person", "ทดลอง", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "could be any of 2 people" in err and "นางสาวทดลอง ใจดี" in err and "นายทดลอง ใจงาม" in err
    assert list(out.iterdir()) == []


def test_an_unknown_person_is_an_error(db, tmp_path, capsys):
    assert run(["--db", db, "print", "--person", "ไม่มีใคร", "--out", str(tmp_path)]) == 1
    assert "no one on the roster is 'ไม่มีใคร'" in capsys.readouterr().err


def test_print_all_writes_one_booklet_and_bank_the_reference_book(db, tmp_path, capsys):
    assert run(["--db", db, "print", "--all", "--out", str(tmp_path), "--marking", "ลับ"]) == 0
    booklet = tmp_path / "booklet.pdf"
    assert capsys.readouterr().out.strip() == str(booklet)
    people = [e.title for e in outline(booklet) if e.level == 0][1:]
    with Store.open(db) as store:
        with_questions = {p.name for p in store.people.list() if store.assignments.question_ids_for(p.id)}
    everyone = ["นายทดลอง ใจงาม", "นางสาวทดลอง ใจดี", "ดร.สมหญิง รักเรียน"]  # no secretariat; by name
    # people without questions are named on the contents page, not given a sheet
    assert people == [name for name in everyone if name in with_questions] and people
    assert all("ลับ" in footer for footer in region_texts(booklet, FOOTER))
    assert run(["--db", db, "print", "--bank", "--out", str(tmp_path)]) == 0
    bank = tmp_path / "bank-reference.pdf"
    assert capsys.readouterr().out.strip() == str(bank)
    body = squeeze("".join(region_texts(bank, BODY)))
    with Store.open(db) as store:
        for question in store.bank.questions():
            assert squeeze(question.question_th) in body


def test_notes_option_and_thai_digits_in_an_id(db, tmp_path, capsys):
    ids = _ids(db)
    thai_id = str(ids["นางสาวทดลอง ใจดี"]).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    assert run(["--db", db, "print", "--person", thai_id, "--notes", "--out", str(tmp_path)]) == 0
    path = capsys.readouterr().out.strip()
    assert len(pypdf.PdfReader(path).pages) >= 3


def test_a_fresh_store_has_the_starter_bank_and_an_empty_roster_is_a_clear_error(tmp_path, capsys):
    db = str(tmp_path / "empty.db")
    assert run(["--db", db, "print", "--all", "--out", str(tmp_path / "out")]) == 1
    assert "no one on the roster to interview; import a roster first" in capsys.readouterr().err
    assert (tmp_path / "empty-bank").is_dir()  # the starter bank was loaded, as the app does


def test_a_new_store_prints_the_starter_bank(tmp_path, capsys):
    """First run on a fresh laptop: like the app and `search`, `print` starts from the starter bank."""
    db = str(tmp_path / "new.db")
    assert run(["--db", db, "print", "--bank", "--out", str(tmp_path / "out")]) == 0
    path = capsys.readouterr().out.strip()
    with Store.open(db) as store:
        count = store.bank.question_count()
    assert count > 0
    assert len(pypdf.PdfReader(path).pages) > count // 4


def test_a_broken_starter_bank_is_a_clear_error(tmp_path, capsys, monkeypatch):
    from sealprep.core.bank import first_run

    monkeypatch.setattr(
        first_run, "bundled_bank_dir", lambda: write_bank(tmp_path / "broken", {"d1/bad.md": "---\nid: bad\n---\n"})
    )
    db = str(tmp_path / "empty.db")
    assert run(["--db", db, "print", "--all", "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "bad.md" in err and "starter bank could not be loaded" in err


def test_person_and_all_cannot_be_combined(db, tmp_path, capsys):
    with pytest.raises(SystemExit):
        run(["--db", db, "print", "--all", "--bank", "--out", str(tmp_path)])


def test_file_names_keep_thai_and_lose_reserved_characters():
    assert safe_file_name('นาย ก/ข: "ค"? ') == "นาย-ก-ข-ค"
    assert safe_file_name("...") == "person"


# -- the binding gutter: the text block moves toward the outer edge, odd pages right, even left
MM = 72 / 25.4


def _edges(path) -> list[tuple[float, float]]:
    """Per page: the leftmost start and the rightmost end of its words."""
    with pymupdf.open(path) as document:
        edges = []
        for page in document:
            words = page.get_text("words")
            edges.append((min(w[0] for w in words), max(w[2] for w in words)))
        return edges


def _print(db, out, *extra: str) -> str:
    assert run(["--db", db, "print", "--all", "--out", str(out), *extra]) == 0
    return str(out / "booklet.pdf")


def _assert_moved_outward(plain, gutter, millimetres: float) -> None:
    assert len(plain) == len(gutter) >= 4
    for number, ((left, right), (g_left, g_right)) in enumerate(zip(plain, gutter, strict=True), start=1):
        shift = millimetres * MM if number % 2 else -millimetres * MM
        # the whole block moves, width kept: starts and ends shift alike
        assert g_left - left == pytest.approx(shift, abs=0.3), number
        assert g_right - right == pytest.approx(shift, abs=0.3), number


def test_a_10_mm_gutter_moves_odd_pages_right_and_even_pages_left(db, tmp_path):
    plain = _edges(_print(db, tmp_path / "plain"))
    gutter = _edges(_print(db, tmp_path / "gutter", "--gutter", "10"))
    _assert_moved_outward(plain, gutter, 10)


def test_the_gutter_comes_from_the_preferences_and_thai_digits_work(db, tmp_path):
    plain = _edges(_print(db, tmp_path / "plain"))
    with Store.open(db) as store:
        preferences = store.preferences.load()
        preferences.binding_gutter_mm = 8
        store.preferences.save(preferences)
    with Store.open(db) as store:
        assert store.preferences.load().binding_gutter_mm == 8
    _assert_moved_outward(plain, _edges(_print(db, tmp_path / "preferred")), 8)
    # --gutter overrides the preference, in Thai digits too
    _assert_moved_outward(plain, _edges(_print(db, tmp_path / "thai", "--gutter", "๑๐")), 10)


@pytest.mark.parametrize("value", ["13", "-1", "ten"])
def test_a_gutter_outside_0_to_12_mm_is_refused(db, tmp_path, capsys, value):
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as exit_info:
        run(["--db", db, "print", "--all", "--out", str(out), "--gutter", value])
    assert exit_info.value.code == 2
    assert "--gutter" in capsys.readouterr().err
    assert not out.exists()
