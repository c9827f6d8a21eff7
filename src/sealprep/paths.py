"""Where sealprep finds its bundled files and keeps the user's data: the one resource locator
(fonts for screen and print, translations, the starter bank, the store file).

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


def bundled_candidates(name: str) -> list[Path]:
    """Where the bundled folder ``name`` may be, first match wins: a frozen app's unpack folder,
    the installed package's ``_data``, the source checkout's top folder."""
    candidates = [_PACKAGE / "_data" / name, _PACKAGE.parents[1] / name]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "sealprep" / "_data" / name)
    return candidates


def _bundled(name: str) -> Path:
    candidates = bundled_candidates(name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"sealprep's bundled '{name}' folder is missing (looked in {', '.join(map(str, candidates))})"
    )


def resources_dir() -> Path:
    return _bundled("resources")


def fonts_dir() -> Path:
    """The bundled Sarabun TTF files (the screen and print use the same ones)."""
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    """The compiled Qt translations, ``sealprep_<lang>_<area>.qm``."""
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def bundled_bank_dir() -> Path:
    return _bundled("questions")


def examples_dir() -> Path:
    """Sample files to try the imports with (the example roster)."""
    return _bundled("examples")


def example_roster() -> Path:
    return examples_dir() / "roster-example-cp874.csv"


def user_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--db PATH``, else ``$SEALPREP_DB``, else the per-user data folder."""
    if explicit:
        return Path(explicit)
    if os.environ.get(STORE_ENV):
        return Path(os.environ[STORE_ENV])
    return user_data_dir() / "sealprep.db"
