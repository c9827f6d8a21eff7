"""A store with no bank gets the bundled starter bank, copied to an editable folder beside it."""

from __future__ import annotations

import shutil
from pathlib import Path

from sealprep.core.bank.folder import LoadResult
from sealprep.core.bank.service import import_folder
from sealprep.core.store import Store
from sealprep.paths import bundled_bank_dir


def editable_bank_dir(store_path: str | Path) -> Path:
    """The folder that holds the bank a store was started from: ``<store name>-bank`` beside it."""
    path = Path(store_path)
    return path.parent / f"{path.stem}-bank"


def ensure_bank(store: Store) -> LoadResult | None:
    """Import the starter bank if the store has none yet. Returns the load result, or None if
    the store already had a bank (then nothing is touched)."""
    if not store.bank.is_empty():
        return None
    target = editable_bank_dir(store.path)
    if not target.exists():
        shutil.copytree(bundled_bank_dir(), target)
    return import_folder(store, target)
