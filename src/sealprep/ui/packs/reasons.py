"""Why a pack was refused, in the interface language.

The core raises ``PackRefused(template, *values)`` with an English template; every template is
listed here with ``QT_TRANSLATE_NOOP`` so that lupdate collects it and the Thai translation is
kept in tools/packs_translations.py (a test checks that no template is missing here).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sealprep.ui.i18n import fill

TEMPLATES = (
    QT_TRANSLATE_NOOP("Packs", "the file does not exist"),
    QT_TRANSLATE_NOOP("Packs", "it is a folder, not a pack file"),
    QT_TRANSLATE_NOOP("Packs", "it is not a complete zip file (%1)"),
    QT_TRANSLATE_NOOP("Packs", "it uses a zip feature sealprep does not read (%1)"),
    QT_TRANSLATE_NOOP("Packs", "it cannot be read (%1)"),
    QT_TRANSLATE_NOOP("Packs", "it has more than %1 members"),
    QT_TRANSLATE_NOOP("Packs", "it has two members with the same name"),
    QT_TRANSLATE_NOOP("Packs", "it has no manifest.json, so it is not a sealprep pack"),
    QT_TRANSLATE_NOOP("Packs", "it would unpack to more than %1 MB"),
    QT_TRANSLATE_NOOP("Packs", "its member '%1' has an absolute path"),
    QT_TRANSLATE_NOOP("Packs", "its member '%1' has a backslash in its path"),
    QT_TRANSLATE_NOOP("Packs", "its member '%1' points outside the pack (..)"),
    QT_TRANSLATE_NOOP("Packs", "its member '%1' is a link"),
    QT_TRANSLATE_NOOP("Packs", "its member '%1' is a folder"),
    QT_TRANSLATE_NOOP("Packs", "its member '%1' is not listed in the manifest"),
    QT_TRANSLATE_NOOP("Packs", "its member '%1' does not match its checksum (the file was changed or damaged)"),
    QT_TRANSLATE_NOOP("Packs", "its member '%1' is listed in the manifest but missing"),
    QT_TRANSLATE_NOOP("Packs", "its manifest.json is not valid JSON"),
    QT_TRANSLATE_NOOP("Packs", "its manifest.json is not a JSON object"),
    QT_TRANSLATE_NOOP("Packs", "its manifest.json has no valid format number"),
    QT_TRANSLATE_NOOP(
        "Packs",
        "it was made by sealprep %1 in pack format %2, and this sealprep %3 reads formats up to %4: "
        "install sealprep %1 or newer to import it",
    ),
    QT_TRANSLATE_NOOP("Packs", "its manifest.json names an unknown kind of pack (%1)"),
    QT_TRANSLATE_NOOP("Packs", "the pack holds recordings that its progress.json does not list"),
    QT_TRANSLATE_NOOP("Packs", "the list of recordings in progress.json is not valid"),
    QT_TRANSLATE_NOOP("Packs", "its recording '%1' is not a sealprep recording (%2)"),
    QT_TRANSLATE_NOOP("Packs", "its manifest.json has no valid made_at time"),
    QT_TRANSLATE_NOOP("Packs", "its manifest.json has no list of members with checksums"),
    QT_TRANSLATE_NOOP("Packs", "its pack format %1 is too old for this sealprep"),
    QT_TRANSLATE_NOOP("Packs", "the pack has no %1"),
    QT_TRANSLATE_NOOP("Packs", "%1 in the pack is not valid JSON (%2)"),
    QT_TRANSLATE_NOOP("Packs", "%1 in the pack is not a JSON object"),
    QT_TRANSLATE_NOOP("Packs", "a %1 in the pack has no valid change time"),
    QT_TRANSLATE_NOOP("Packs", "a %1 in the pack has no valid change time (%2)"),
    QT_TRANSLATE_NOOP("Packs", "a %1 in the pack has a change time without a time zone (%2)"),
    QT_TRANSLATE_NOOP("Packs", "'%1' in the pack is not a list"),
    QT_TRANSLATE_NOOP("Packs", "a %1 in the pack has no valid id"),
    QT_TRANSLATE_NOOP("Packs", "a %1 in the pack has unknown fields: %2"),
    QT_TRANSLATE_NOOP("Packs", "a %1 in the pack has an invalid %2 list"),
    QT_TRANSLATE_NOOP("Packs", "a %1 in the pack has an invalid %2"),
    QT_TRANSLATE_NOOP("Packs", "a %1 in the pack refers to a record the pack does not hold"),
    QT_TRANSLATE_NOOP("Packs", "the pack names its person with an invalid id"),
    QT_TRANSLATE_NOOP("Packs", "an assignment in the pack is not valid or names a person the pack does not hold"),
    QT_TRANSLATE_NOOP("Packs", "its question bank has %1 problems, the first: %2"),
    QT_TRANSLATE_NOOP("Packs", "the progress pack names no person"),
    QT_TRANSLATE_NOOP("Packs", "the progress pack's manifest and content name different people"),
    QT_TRANSLATE_NOOP("Packs", "the progress pack holds rehearsals of someone other than its person"),
    QT_TRANSLATE_NOOP("Packs", "its data does not fit this sealprep's store (%1)"),
    QT_TRANSLATE_NOOP("Packs", "it cannot be read or its bank cannot be written (%1)"),
)
RECORD_KINDS = {
    "person": QT_TRANSLATE_NOOP("Packs", "person"),
    "assessor": QT_TRANSLATE_NOOP("Packs", "assessor"),
    "session": QT_TRANSLATE_NOOP("Packs", "interview session"),
    "rehearsal_session": QT_TRANSLATE_NOOP("Packs", "rehearsal"),
    "attempt": QT_TRANSLATE_NOOP("Packs", "question rehearsed"),
    "assignment": QT_TRANSLATE_NOOP("Packs", "assignment"),
}


def reason_text(template: str, values: tuple[str, ...]) -> str:
    """A refusal in the interface language (a record kind among the values is translated too)."""
    shown = [QCoreApplication.translate("Packs", str(RECORD_KINDS[v])) if v in RECORD_KINDS else v for v in values]
    return fill(QCoreApplication.translate("Packs", template), *shown)
