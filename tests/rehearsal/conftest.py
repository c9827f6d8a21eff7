"""Fixtures for the rehearsal tests: a store with the small test bank, and fake clocks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sealprep.core.bank.service import import_folder
from sealprep.core.secretariat.people import Person
from sealprep.core.store import Store


class FakeMonotonic:
    """A monotonic clock that moves only when a test says so."""

    def __init__(self, start: float = 1000.0):
        self.value = start

    def __call__(self) -> float:
        return self.value

    def advance(self, seconds: float) -> None:
        self.value += seconds


class FakeWallClock:
    """Aware UTC datetimes under the test's control."""

    def __init__(self, start: datetime = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)):
        self.value = start

    def __call__(self) -> datetime:
        return self.value

    def advance(self, **delta) -> None:
        self.value += timedelta(**delta)


@pytest.fixture
def monotonic() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def wall() -> FakeWallClock:
    return FakeWallClock()


@pytest.fixture
def bank_store(store: Store, bank_dir: Path) -> Store:
    """The real store file with the three-question test bank imported."""
    result = import_folder(store, bank_dir)
    assert result.ok, result.problems
    return store


@pytest.fixture
def somchai(bank_store: Store) -> Person:
    return bank_store.people.save(Person("สมชาย ใจดี", position="ผู้อำนวยการ", agency="สยป."))


@pytest.fixture
def malee(bank_store: Store) -> Person:
    return bank_store.people.save(Person("มาลี รักเรียน", agency="สนศ."))


@pytest.fixture
def context(qapp, bank_store):
    """The shared UI context on the real store, with the bundled font registered."""
    from sealprep.ui.app_context import AppContext
    from sealprep.ui.fonts import apply_ui_font, register_bundled_fonts

    register_bundled_fonts()
    apply_ui_font(qapp)
    return AppContext(bank_store)


@pytest.fixture
def page(qtbot, context, monotonic, wall):
    """The Rehearse page on fake clocks, shown at a realistic size."""
    from sealprep.ui.rehearsal import RehearsePage

    widget = RehearsePage(context, now=monotonic, clock=wall)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()
