"""Where sealprep finds its bundled files and keeps the user's data.

Bundled files (fonts, translations, the starter bank) live in three possible places: inside the
installed package (``sealprep/_data``, put there by the wheel build), in the source checkout
(``resources/`` and ``questions/`` at the top), or in a frozen app's unpack folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "sealprep"
STORE_ENV = "SEALPREP_DB"
_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    candidates = [_PACKAGE / "_data" / name, _PACKAGE.parents[1] / name]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "sealprep" / "_data" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"sealprep's bundled '{name}' folder is missing (looked in {', '.join(map(str, candidates))})"
    )


def resources_dir() -> Path:
    return _bundled("resources")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def bundled_bank_dir() -> Path:
    return _bundled("questions")


def user_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_store_path(explicit: str | os.PathLike | None = None) -> Path:
    """``--db PATH``, else ``$SEALPREP_DB``, else the per-user data folder."""
    if explicit:
        return Path(explicit)
    if os.environ.get(STORE_ENV):
        return Path(os.environ[STORE_ENV])
    return user_data_dir() / "sealprep.db"
