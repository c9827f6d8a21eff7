"""Where the rehearsal views keep their UI state between runs (QSettings).

The browser branch adds ``ui/settings.py: app_settings()`` (one INI file in the per-user config
folder); until it is there, the same file is opened here the same way. The folder is looked up
on each call, so tests that point XDG_CONFIG_HOME elsewhere never share settings.
"""

from __future__ import annotations

import json

import platformdirs
from PySide6.QtCore import QSettings

from sealprep.core.rehearsal.session import SessionSettings

LAST_SETUP = "rehearsal/last_setup"
PANEL_MODE = "rehearsal/panel_mode"
HISTORY_PERSON = "rehearsal/history_person"


def settings() -> QSettings:
    try:
        from sealprep.ui.settings import app_settings  # type: ignore[import-not-found]
    except ImportError:
        folder = platformdirs.user_config_path("sealprep", appauthor=False, roaming=True).parent
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "sealprep", "sealprep")
    return app_settings()


def load_setup() -> tuple[SessionSettings, bool]:
    """The settings of the last session started (the defaults the first time), and panel mode."""
    store = settings()
    try:
        data = json.loads(str(store.value(LAST_SETUP, "") or "{}"))
        setup = SessionSettings.from_dict(data if isinstance(data, dict) else {})
        setup.validate()
    except (TypeError, ValueError):
        setup = SessionSettings()
    panel = str(store.value(PANEL_MODE, "false")).lower() in ("1", "true")
    return setup, panel


def save_setup(setup: SessionSettings, panel: bool) -> None:
    store = settings()
    store.setValue(LAST_SETUP, json.dumps(setup.to_dict(), ensure_ascii=False))
    store.setValue(PANEL_MODE, "true" if panel else "false")
    store.sync()


def load_history_person() -> int | None:
    value = settings().value(HISTORY_PERSON, "")
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def save_history_person(person_id: int | None) -> None:
    settings().setValue(HISTORY_PERSON, "" if person_id is None else str(person_id))
