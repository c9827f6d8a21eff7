"""The rehearsal views' UI state between runs, in the app's settings file
(``ui/settings.py: app_app_settings()``)."""

from __future__ import annotations

import json

from sealprep.core.rehearsal.session import SessionSettings
from sealprep.ui.settings import app_settings

LAST_SETUP = "rehearsal/last_setup"
PANEL_MODE = "rehearsal/panel_mode"
HISTORY_PERSON = "rehearsal/history_person"


def load_setup() -> tuple[SessionSettings, bool]:
    """The settings of the last session started (the defaults the first time), and panel mode."""
    store = app_settings()
    try:
        data = json.loads(str(store.value(LAST_SETUP, "") or "{}"))
        setup = SessionSettings.from_dict(data if isinstance(data, dict) else {})
        setup.validate()
    except (TypeError, ValueError):
        setup = SessionSettings()
    panel = str(store.value(PANEL_MODE, "false")).lower() in ("1", "true")
    return setup, panel


def save_setup(setup: SessionSettings, panel: bool) -> None:
    store = app_settings()
    store.setValue(LAST_SETUP, json.dumps(setup.to_dict(), ensure_ascii=False))
    store.setValue(PANEL_MODE, "true" if panel else "false")
    store.sync()


def load_history_person() -> int | None:
    value = app_settings().value(HISTORY_PERSON, "")
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


def save_history_person(person_id: int | None) -> None:
    app_settings().setValue(HISTORY_PERSON, "" if person_id is None else str(person_id))
