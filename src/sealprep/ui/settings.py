"""Window and view state kept between runs (QSettings, organization and application "sealprep").

Every part of the UI gets its settings from ``app_settings()`` so that all of them land in one
INI file in the per-user config folder (``platformdirs``), on every OS alike. The folder is
looked up again on each call: Qt would otherwise fix it at the first QSettings it creates, and
tests (which point XDG_CONFIG_HOME at a temporary folder per test) would share one file.

What belongs here is UI state only (geometry, splitter sizes, zoom, last selection, language of
the interface); data the core or printing needs lives in the store's preferences.
"""

from __future__ import annotations

import platformdirs
from PySide6.QtCore import QLocale, QSettings

ORGANIZATION = "sealprep"
APPLICATION = "sealprep"

# Keys shared between modules (one place, so a typo cannot split a setting in two).
LANGUAGE = "ui/language"
ZOOM = "view/zoom_percent"
SHOW_ENGLISH = "view/show_english_names"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
CURRENT_TAB = "window/current_tab"

LANGUAGES = ("th", "en")


def settings_folder() -> str:
    return str(platformdirs.user_config_path(APPLICATION, appauthor=False, roaming=True).parent)


def app_settings() -> QSettings:
    """The user's settings file (``<config>/sealprep/sealprep.ini``)."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder())
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def system_language() -> str:
    """Thai on a Thai system, English everywhere else."""
    return "th" if QLocale.system().language() == QLocale.Language.Thai else "en"


def saved_language(settings: QSettings | None = None) -> str:
    """The language the user chose last, or the system's default when they never chose."""
    value = str((settings or app_settings()).value(LANGUAGE, "") or "")
    return value if value in LANGUAGES else system_language()


def read_int(settings: QSettings, key: str, default: int) -> int:
    """An integer setting; anything unreadable (hand-edited file, older version) gives the default."""
    try:
        return int(str(settings.value(key, default)))
    except (TypeError, ValueError):
        return default


def read_bool(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def read_int_list(settings: QSettings, key: str) -> list[int]:
    value = settings.value(key, [])
    values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    try:
        return [int(v) for v in values]
    except (TypeError, ValueError):
        return []
