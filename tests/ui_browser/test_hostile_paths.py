"""Deleting and undoing in the app never touch a file outside the bank folder, whatever path the
store has recorded for the question (a store edited by hand, or by an old version)."""

from __future__ import annotations

import sqlite3

import pytest


@pytest.mark.parametrize("recorded", ["../precious.md", "ABSOLUTE"])
def test_deleting_in_the_app_leaves_a_file_outside_the_bank_alone(window, page, bank_store, bank_dir, recorded):
    victim = bank_dir.parent / "precious.md"
    victim.write_text("keep me", encoding="utf-8")
    recorded = victim.as_posix() if recorded == "ABSOLUTE" else recorded
    with sqlite3.connect(bank_store.path) as db:
        db.execute("UPDATE questions SET source_path = ? WHERE id = 'd3-harassment'", [recorded])
    page.select_question("d3-harassment")
    page.confirm_delete = lambda question: True
    page.delete_action.trigger()
    assert bank_store.bank.question("d3-harassment") is None
    assert victim.read_text(encoding="utf-8") == "keep me"

    window.undo_action.trigger()  # the question comes back, written inside the bank folder
    restored = bank_store.bank.question("d3-harassment")
    assert restored is not None and restored.source_path == "d3/d3-harassment.md"
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert (bank_dir / "d3" / "d3-harassment.md").is_file()
