"""The interface language: Qt translators for every area's .qm file, switchable while running.

Each area of the app ships its own compiled translation,
``resources/translations/sealprep_<lang>_<area>.qm``; this module installs all of them for the
chosen language (plus Qt's own ``qtbase_<lang>.qm`` for standard dialog buttons, when Qt ships
one). English is the source language, so switching to English just removes the translators.

Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget;
widgets re-set their texts in ``changeEvent`` -> ``retranslate()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from sealprep.paths import translations_dir

SOURCE_LANGUAGE = "en"
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def translation_files(language: str) -> list[Path]:
    """Every area's compiled translation for ``language``, in a stable order."""
    folder = translations_dir()
    return sorted(folder.glob(f"sealprep_{language}_*.qm")) if folder.is_dir() else []


def current_language() -> str:
    return _current


def set_language(language: str, app: QCoreApplication | None = None) -> list[Path]:
    """Replace the installed translators with ``language``'s; returns the .qm files loaded."""
    global _current
    app = app or QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[Path] = []
    if language != SOURCE_LANGUAGE:
        for path in translation_files(language):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(path)
        qt_translator = QTranslator(app)
        if qt_translator.load(
            QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    _current = language
    # Qt's own formatting and widgets follow the interface language, not the system's (the
    # Thai locale keeps ASCII digits; Thai digits are a separate preference).
    QLocale.setDefault(
        QLocale(QLocale.Language.Thai, QLocale.Country.Thailand) if language == "th" else QLocale(language)
    )
    # Qt posts LanguageChange to every window; deliver it now so the switch is complete on return.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return loaded


def fill(template: str, *values: object) -> str:
    """Qt-style %1, %2 ... placeholders, so a translation may reorder them."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template
