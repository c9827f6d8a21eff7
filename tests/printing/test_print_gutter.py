"""The binding gutter: the text block moves toward the outer edge by the gutter, on odd pages
to the right and on even pages to the left, keeping its width; from ``--gutter`` or from the
preferences."""

from __future__ import annotations

import pymupdf
import pytest

from sealprep.cli.main import run
from sealprep.core.secretariat.people import Person
from sealprep.core.store import Store

MM = 72 / 25.4


@pytest.fixture
def db(bank_dir, tmp_path):
    path = tmp_path / "gutter.db"
    assert run(["--db", str(path), "bank", "import", str(bank_dir)]) == 0
    with Store.open(path) as store:
        first = store.people.save(Person("นางสาวทดลอง ใจดี", agency="สยป."))
        second = store.people.save(Person("นายทดลอง ใจงาม", agency="สนศ."))
        store.assignments.set(first.id, "d1-pads", "primary")
        store.assignments.set(first.id, "d3-harassment", "backup")
        store.assignments.set(second.id, "d3-harassment", "primary")
    return str(path)


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
