"""Words, colours and formats the rehearsal views share, so every view says and shows a rating,
a readiness state or a date the same way."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from sealprep.core.bank.model import Framework
from sealprep.core.rehearsal.countdown import Phase
from sealprep.core.rehearsal.readiness import ReadinessState
from sealprep.core.thai.dates import format_thai_datetime, with_digits


def rating_name(rating: int | None) -> str:
    names = {
        1: QCoreApplication.translate("RehearsalLabels", "Again"),
        2: QCoreApplication.translate("RehearsalLabels", "Hard"),
        3: QCoreApplication.translate("RehearsalLabels", "Good"),
        4: QCoreApplication.translate("RehearsalLabels", "Easy"),
    }
    return (names.get(rating) if rating is not None else None) or QCoreApplication.translate(
        "RehearsalLabels", "Not rated"
    )


def state_name(state: ReadinessState) -> str:
    return {
        ReadinessState.READY: QCoreApplication.translate("RehearsalLabels", "Ready"),
        ReadinessState.PARTIAL: QCoreApplication.translate("RehearsalLabels", "Partly ready"),
        ReadinessState.NOT_READY: QCoreApplication.translate("RehearsalLabels", "Not ready"),
        ReadinessState.UNREHEARSED: QCoreApplication.translate("RehearsalLabels", "Not rehearsed"),
    }[state]


def me_name() -> str:
    return QCoreApplication.translate("RehearsalLabels", "Me (this laptop's user)")


# Colours: text on a light background, chosen to stay readable for colour-blind users too
# (the state is always also written out in words).
PHASE_COLOURS = {Phase.NORMAL: "#1b5e20", Phase.WARNING: "#b45309", Phase.OVERTIME: "#c62828"}
PAUSED_COLOUR = "#6b7280"
RATING_COLOURS = {1: "#c62828", 2: "#b45309", 3: "#2e7d32", 4: "#1565c0"}
STATE_BACKGROUNDS = {
    ReadinessState.READY: QColor("#c8e6c9"),
    ReadinessState.PARTIAL: QColor("#ffe0b2"),
    ReadinessState.NOT_READY: QColor("#ffcdd2"),
    ReadinessState.UNREHEARSED: QColor("#eceff1"),
}


def share_background(share: float | None) -> QColor:
    """The colour of a readiness share: green from 80 %, amber from 40 %, red below, grey for none."""
    if share is None:
        return QColor("#f5f5f5")
    if share >= 0.8:
        return STATE_BACKGROUNDS[ReadinessState.READY]
    if share >= 0.4:
        return STATE_BACKGROUNDS[ReadinessState.PARTIAL]
    return STATE_BACKGROUNDS[ReadinessState.NOT_READY]


def interface_is_thai() -> bool:
    """The interface language (``ui.i18n`` sets Qt's default locale to it)."""
    return QLocale().language() == QLocale.Language.Thai


def dimension_name(framework: Framework, number: int | None) -> str:
    """``1 การวางแผน...`` in the interface language (Thai when there is no English name)."""
    if number is None:
        return ""
    dimension = framework.dimension(number)
    if dimension is None:
        return QCoreApplication.translate("RehearsalLabels", "Dimension %1").replace("%1", str(number))
    name = dimension.th if interface_is_thai() or not dimension.en else dimension.en
    return f"{number} {name}"


def when(moment: datetime | None, digits: str = "thai") -> str:
    """A stored UTC moment in local time, the Thai way (Buddhist era)."""
    if moment is None:
        return ""
    return format_thai_datetime(moment.astimezone(), digits)


def percent(share: float | None, digits: str = "arabic") -> str:
    if share is None:
        return "–"
    return with_digits(f"{round(share * 100)} %", digits)


def minutes_seconds(seconds: float) -> str:
    whole = max(0, int(round(seconds)))
    return f"{whole // 60}:{whole % 60:02d}"
