"""``sealprep --self-test``: check, without a window, every bundled part a user relies on.

Each check is one function registered with :func:`check` under a short name; it raises
:class:`CheckFailed` (or anything else) to fail, and returns a few words on what it saw. Adding
a check is adding one function. The run prints one line per check and exits non-zero naming
every check that failed, so CI (and IT staff on an office laptop) see at once what is missing.

Nothing of the user's is read or written: stores and settings live in a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sealprep import __version__


class CheckFailed(Exception):
    """A check saw something wrong; the message says what."""


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Path], str]  # gets a fresh temporary folder; returns what it saw


CHECKS: list[Check] = []

SEARCH_QUERY = "ผ้าอนามัย"
SEARCH_ANSWER = "d4-free-pads-schools"
SENTENCE = "กรุงเทพมหานครส่งเสริมความเท่าเทียมระหว่างเพศ ทั้งผู้หญิง ผู้ชาย และคนทุกเพศ"
TOKENIZE = "ผู้หญิงและผู้ชายมีสิทธิเท่าเทียมกัน"


def check(name: str) -> Callable[[Callable[[Path], str]], Callable[[Path], str]]:
    """Register a check under ``name`` (in the order the checks run)."""

    def register(function: Callable[[Path], str]) -> Callable[[Path], str]:
        CHECKS.append(Check(name, function))
        return function

    return register


def _expect(condition: bool, problem: str) -> None:
    if not condition:
        raise CheckFailed(problem)


@check("starter bank")
def check_starter_bank(work: Path) -> str:
    from sealprep.core.bank.service import check_folder
    from sealprep.paths import bundled_bank_dir

    folder = bundled_bank_dir()
    problems = check_folder(folder)
    _expect(not problems, f"{len(problems)} problem(s), first: {problems[0]}" if problems else "")
    count = len(list(folder.rglob("*.md")))
    _expect(count > 0, f"no question files in {folder}")
    return f"{count} question files check clean"


def _bank_store(work: Path):
    """A store in ``work`` with the starter bank imported (as a first run makes it)."""
    from sealprep.core.bank.first_run import ensure_bank
    from sealprep.core.store import Store

    store = Store.open(work / "store.db")
    result = ensure_bank(store)
    if result is not None and not result.ok:
        store.close()
        raise CheckFailed(f"the starter bank did not import: {result.problems[0]}")
    return store


@check("Thai search")
def check_search(work: Path) -> str:
    with _bank_store(work) as store:
        hits = store.search(SEARCH_QUERY)
    ids = [hit.question_id for hit in hits]
    _expect(SEARCH_ANSWER in ids, f"'{SEARCH_QUERY}' did not find {SEARCH_ANSWER} (found {ids[:3]})")
    return f"'{SEARCH_QUERY}' finds {SEARCH_ANSWER} among {len(ids)}"


@check("Thai word list")
def check_word_list(work: Path) -> str:
    from pythainlp.tokenize import word_tokenize

    words = word_tokenize(TOKENIZE, engine="newmm", keep_whitespace=False)
    _expect("".join(words) == TOKENIZE, f"segmentation lost text: {words}")
    _expect("ผู้หญิง" in words and "ผู้ชาย" in words, f"the word list did not segment: {words}")
    return f"{len(words)} words: {' | '.join(words)}"


@check("Thai PDF")
def check_pdf(work: Path) -> str:
    import pypdf
    from reportlab.platypus import SimpleDocTemplate

    from sealprep.printing.fonts import register_fonts
    from sealprep.printing.styles import STYLES
    from sealprep.printing.thai_paragraph import ThaiParagraph

    path = work / "self-test.pdf"
    SimpleDocTemplate(str(path)).build([ThaiParagraph(SENTENCE, STYLES.body, register_fonts())])
    reader = pypdf.PdfReader(path)
    _expect(len(reader.pages) == 1, f"{len(reader.pages)} pages instead of one")
    resources: Any = reader.pages[0]["/Resources"]
    embedded = []
    for reference in resources["/Font"].values():
        font = reference.get_object()
        if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"]:
            embedded.append(str(font["/BaseFont"]))
    _expect(bool(embedded), "no TrueType font is embedded")
    text = " ".join(unicodedata.normalize("NFC", reader.pages[0].extract_text()).split())
    _expect(text == SENTENCE, f"the text reads back as {text!r}")
    return f"1 page, text reads back exactly, embedded: {', '.join(sorted(set(embedded)))}"


@check("main window (Thai)")
def check_window(work: Path) -> str:
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QApplication

    from sealprep.ui import i18n, settings
    from sealprep.ui.app import app_icon, create_application
    from sealprep.ui.app_context import AppContext
    from sealprep.ui.fonts import UI_FAMILY

    folder = settings.settings_folder
    settings.settings_folder = lambda: str(work / "settings")  # never the user's settings file
    try:
        app = create_application()
        loaded = i18n.set_language("th", app)
        _expect(len(loaded) >= 1, f"no Thai translation in {i18n.translations_dir()}")
        family = QFontInfo(app.font()).family()
        _expect(family == UI_FAMILY, f"the interface font is {family!r}, not the bundled {UI_FAMILY}")
        _expect(not app_icon().isNull(), "the application icon is missing")
        from sealprep.ui.main_window import MainWindow
        from sealprep.ui.single_instance import InstanceServer, ask_running_instance

        with _bank_store(work) as store:
            instance = InstanceServer(store.path)  # one window per store: Qt's local sockets
            _expect(instance.is_listening(), "the one-window-per-store server could not listen")
            _expect(ask_running_instance(store.path), "a second start would not find the first window")
            instance.close()
            window = MainWindow(AppContext(store))
            titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
            thai = [title for title in titles if any("\u0e00" <= ch <= "\u0e7f" for ch in title)]
            window.shutdown()
            window.deleteLater()
            QApplication.processEvents()
        _expect(len(thai) == len(titles) > 0, f"tabs not in Thai: {titles}")
    finally:
        settings.settings_folder = folder
    return f"{len(loaded)} Thai translations, font {family}, tabs: {', '.join(titles)}"


@check("store")
def check_store(work: Path) -> str:
    from sealprep.core.store import LATEST_VERSION, Store

    path = work / "new" / "store.db"
    with Store.open(path) as store:
        _expect(store.schema_version() == LATEST_VERSION, f"schema {store.schema_version()}, not {LATEST_VERSION}")
        preferences = store.preferences.load()
        preferences.document_marking = "ทดสอบ"
        store.preferences.save(preferences)
    with Store.open(path) as store:
        value = store.preferences.load().document_marking
    _expect(value == "ทดสอบ", f"wrote 'ทดสอบ', read back {value!r}")
    return f"created, migrated to version {LATEST_VERSION}, written and read back"


@check("Thai roster (XLSX)")
def check_roster_workbook(work: Path) -> str:
    """A Thai roster written as XLSX and read back: openpyxl writes it, the compiled calamine
    module reads it (a frozen build that left it out fails here, not at a secretariat's desk)."""
    from sealprep.core.secretariat.table_files import read_table, write_table

    rows = [["นางสาวกัลยา ศรีสุข", "สยป."], ["นายสมชาย ใจดี", "สนอ."]]
    path = write_table(work / "roster.xlsx", ["ชื่อ-นามสกุล", "หน่วยงาน"], rows)
    table = read_table(path)
    read = [row.cells for row in table.rows]
    _expect(read == [["ชื่อ-นามสกุล", "หน่วยงาน"], *rows], f"wrote {rows}, read back {read}")
    return f"{len(rows)} people written and read back from sheet '{table.sheet}'"


@check("audio")
def check_audio(work: Path) -> str:
    """Recording and playback through the bundled audio library, on its null device (no
    microphone or sound card needed); then whether this machine has a microphone."""
    import os

    from sealprep.core.audio.devices import BACKEND_ENV, audio_status
    from sealprep.core.audio.player import Player
    from sealprep.core.audio.recorder import Recorder
    from sealprep.core.audio.wav_file import duration

    previous = os.environ.get(BACKEND_ENV)
    os.environ[BACKEND_ENV] = "null"
    try:
        recorder = Recorder(work / "answer.wav")
        recorder.start()
        recorder.feed(b"\x00\x10" * 8000)
        seconds = recorder.stop()
        _expect(duration(work / "answer.wav") >= 0.5, f"recorded {seconds:.2f} s, expected at least 0.5 s")
        player = Player(work / "answer.wav")
        player.set_speed(1.5)
        player.play()
        player.close()
    finally:
        if previous is None:
            os.environ.pop(BACKEND_ENV, None)
        else:
            os.environ[BACKEND_ENV] = previous
    here = audio_status()
    microphones = (
        f"{len(here.microphones)} microphone(s) on {here.backend}"
        if here.available
        else f"no recording here: {here.reason}"
    )
    return f"recorded and played {seconds:.1f} s; {microphones}"


def run_checks(checks: list[Check] | None = None, out=None) -> list[str]:
    """Run ``checks`` (default: all); print one line each to ``out``; return the failed names."""
    out = out if out is not None else sys.stdout
    failed: list[str] = []
    for item in CHECKS if checks is None else checks:
        work = Path(tempfile.mkdtemp(prefix="sealprep-self-test-"))
        started = time.perf_counter()
        try:
            seen = item.run(work)
            line = f"ok    {item.name}: {seen}"
        except Exception as exc:  # a self-test reports every failure, whatever it is
            failed.append(item.name)
            line = f"FAIL  {item.name}: {exc or type(exc).__name__} ({type(exc).__name__})"
        finally:
            shutil.rmtree(work, ignore_errors=True)
        _print(f"{line} [{time.perf_counter() - started:.1f} s]", out)
    return failed


def _print(line: str, out) -> None:
    if out is not None:  # a windowed Windows app has no stdout
        print(line, file=out, flush=True)


def run_self_test() -> int:
    """``--self-test``: 0 when every check passes, else 1 with the failed checks named."""
    lines: list[str] = []

    class _Tee:
        def write(self, text: str) -> None:
            lines.append(text)
            if sys.stdout is not None:
                sys.stdout.write(text)

        def flush(self) -> None:
            if sys.stdout is not None:
                sys.stdout.flush()

    out = _Tee()
    windowed = sys.stdout is None  # the windowed launcher on Windows: the result goes in a box
    if not windowed:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: CI, a console, ssh
    _print(f"sealprep {__version__} self-test ({'frozen' if getattr(sys, 'frozen', False) else 'source'})", out)
    failed = run_checks(out=out)
    summary = f"FAILED: {', '.join(failed)}" if failed else f"all {len(CHECKS)} checks passed"
    _print(summary, out)
    if windowed:
        _show_in_a_box("".join(lines), ok=not failed)
    return 1 if failed else 0


def _show_in_a_box(text: str, ok: bool) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([sys.argv[0]])  # the window check made one already
    box = QMessageBox(QMessageBox.Icon.Information if ok else QMessageBox.Icon.Critical, "sealprep", text)
    box.exec()
    app.processEvents()
