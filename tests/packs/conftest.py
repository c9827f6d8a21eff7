"""Fixtures for the pack tests: a secretariat store and laptops, each a real store file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pack_helpers import populate_secretariat

from sealprep.core.store import Store


@pytest.fixture
def secretariat(tmp_path: Path):
    """The secretariat's store (see ``populate_secretariat``)."""
    store = populate_secretariat(Store.open(tmp_path / "secretariat" / "sealprep.db"))
    yield store
    store.close()


@pytest.fixture
def laptop_factory(tmp_path: Path):
    opened: list[Store] = []

    def make(name: str) -> Store:
        store = Store.open(tmp_path / name / "sealprep.db")
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()
