"""What a user is told when sealprep cannot go on, and the log file that keeps the details.

Both the command line and the desktop app report a failure the same way: one or two plain
sentences (what happened, what to do) in the interface language, plus the path of a log file
that holds the traceback. Nobody sees a Python traceback unless they ask for it (``--debug``).

Qt-free on purpose: the command line uses it without loading Qt, and the app's dialog
(:mod:`sealprep.ui.failure_dialog`) only shows what this module words.
"""

from __future__ import annotations

import configparser
import datetime
import os
import platform
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from sealprep import __version__
from sealprep.core.store import StoreError, StoreTooNewError, store_error_from
from sealprep.paths import APP_NAME, user_data_dir

LOG_NAME = "sealprep.log"
LOG_LIMIT = 1_000_000  # bytes; the log is moved to sealprep.log.1 when it grows past this

# What happened, a line break, and what to do, per case, in the two interface languages. ``{path}``
# is the store (or folder) concerned; ``{found}``/``{known}`` are schema versions.
MESSAGES: dict[str, dict[str, str]] = {
    "too_new": {
        "en": "The store {path} was saved by a newer sealprep (version {found}; this one reads up to "
        "{known}) and was left as it is.\nInstall the newer sealprep to open it.",
        "th": "ไฟล์ข้อมูล {path} บันทึกโดย sealprep รุ่นที่ใหม่กว่า (รุ่น {found} ส่วนโปรแกรมนี้อ่านได้ถึงรุ่น {known}) "
        "จึงไม่ได้แก้ไขไฟล์นี้\nกรุณาติดตั้ง sealprep รุ่นใหม่เพื่อเปิดไฟล์นี้",
    },
    "not_a_store": {
        "en": "The file {path} is not a sealprep store.\nMove it elsewhere (sealprep then starts a new, "
        "empty store) or put the right store file in its place.",
        "th": "ไฟล์ {path} ไม่ใช่ไฟล์ข้อมูลของ sealprep\nกรุณาย้ายไฟล์นี้ไปไว้ที่อื่น (sealprep จะสร้างไฟล์ข้อมูลใหม่ให้) "
        "หรือนำไฟล์ข้อมูลที่ถูกต้องมาวางแทน",
    },
    "damaged": {
        "en": "The store {path} is damaged and cannot be read.\nRestore it from a backup copy "
        "(for example the .bak file beside it) or ask your IT support to repair it.",
        "th": "ไฟล์ข้อมูล {path} เสียหายและอ่านไม่ได้\nกรุณากู้คืนจากสำเนาสำรอง (เช่นไฟล์ .bak ที่อยู่ข้างกัน) หรือขอให้ฝ่ายไอทีช่วยซ่อมแซม",
    },
    "read_only": {
        "en": "The store {path} cannot be written: the file or its folder is read-only.\nMake it writable, "
        "or copy it to a folder you can write to and open the copy.",
        "th": "บันทึกลงไฟล์ข้อมูล {path} ไม่ได้ เพราะไฟล์หรือโฟลเดอร์เป็นแบบอ่านอย่างเดียว\n"
        "กรุณาเปลี่ยนให้เขียนได้ หรือคัดลอกไฟล์ไปไว้ในโฟลเดอร์ที่เขียนได้แล้วเปิดสำเนานั้น",
    },
    "disk_full": {
        "en": "The disk that holds {path} is full, so the last change was not saved.\n"
        "Free some space on that disk and try again.",
        "th": "ดิสก์ที่เก็บ {path} เต็ม การเปลี่ยนแปลงล่าสุดจึงไม่ได้บันทึก\nกรุณาลบไฟล์ที่ไม่ใช้เพื่อเพิ่มพื้นที่แล้วลองอีกครั้ง",
    },
    "folder": {
        "en": "sealprep cannot create or open its data in {path}.\nCheck that this folder exists and that "
        "you may write to it, then start sealprep again.",
        "th": "sealprep สร้างหรือเปิดข้อมูลใน {path} ไม่ได้\nกรุณาตรวจสอบว่าโฟลเดอร์นี้มีอยู่และคุณมีสิทธิ์เขียน แล้วเปิด sealprep อีกครั้ง",
    },
    "busy": {
        "en": "The store {path} is in use by another sealprep that is writing to it.\n"
        "Wait until it has finished, then try again.",
        "th": "ไฟล์ข้อมูล {path} กำลังถูกใช้งานโดย sealprep อีกตัวหนึ่ง\nกรุณารอให้ทำงานเสร็จแล้วลองอีกครั้ง",
    },
    "unusable": {
        "en": "The store {path} cannot be used.\nStart sealprep with another store or restore this one "
        "from a backup copy.",
        "th": "ใช้ไฟล์ข้อมูล {path} ไม่ได้\nกรุณาเปิด sealprep ด้วยไฟล์ข้อมูลอื่น หรือกู้คืนไฟล์นี้จากสำเนาสำรอง",
    },
    "unexpected": {
        "en": "sealprep stopped because of an unexpected problem ({name}).\nTry again; if it happens again, "
        "send the log file to whoever supports sealprep.",
        "th": "sealprep หยุดทำงานเพราะเกิดปัญหาที่ไม่คาดคิด ({name})\nกรุณาลองอีกครั้ง หากยังเกิดซ้ำ กรุณาส่งไฟล์บันทึกให้ผู้ดูแล sealprep",
    },
    "action_failed": {
        "en": "That did not work because of an unexpected problem ({name}); sealprep is still open.\n"
        "If it happens again, send the log file to whoever supports sealprep.",
        "th": "ทำรายการนี้ไม่สำเร็จเพราะเกิดปัญหาที่ไม่คาดคิด ({name}) แต่ sealprep ยังเปิดอยู่\nหากเกิดซ้ำ กรุณาส่งไฟล์บันทึกให้ผู้ดูแล sealprep",
    },
    "log": {"en": "Details: {log}", "th": "รายละเอียด: {log}"},
    "no_log": {"en": "(no log file could be written)", "th": "(เขียนไฟล์บันทึกไม่ได้)"},
}


@dataclass(frozen=True)
class Report:
    """What to tell the user about one failure."""

    text: str  # what happened, a line break, what to do
    log: Path | None  # where the details went (None: no log could be written anywhere)
    language: str

    @property
    def what(self) -> str:
        return self.text.split("\n", 1)[0]

    @property
    def to_do(self) -> str:
        return self.text.split("\n", 1)[1] if "\n" in self.text else ""

    def details(self) -> str:
        """Where the details are (or that no log could be written)."""
        if self.log is None:
            return _say("no_log", self.language)
        return _say("log", self.language, log=self.log)

    def for_console(self) -> str:
        """Two lines: what happened and what to do; where the details are."""
        return f"{self.what} {self.to_do}".strip() + "\n" + self.details()


def _say(key: str, language: str, **values: object) -> str:
    texts = MESSAGES[key]
    return texts.get(language, texts["en"]).format(**values)


def explain(exc: BaseException, language: str, store_path: str | Path | None = None, fatal: bool = True) -> str:
    """One or two sentences for ``exc``: what happened and what to do (``fatal``: sealprep stops)."""
    error = store_error_from(exc, store_path)
    if error is not None:
        path = error.path if error.path is not None else store_path
        values: dict[str, object] = {"path": path}
        if isinstance(error, StoreTooNewError):
            from sealprep.core.store import LATEST_VERSION

            values.update(found=error.found, known=LATEST_VERSION)
        return _say(error.kind if error.kind in MESSAGES else "unusable", language, **values)
    if isinstance(exc, OSError) and exc.filename:
        return _say("folder", language, path=exc.filename)
    return _say("unexpected" if fatal else "action_failed", language, name=type(exc).__name__)


def is_expected(exc: BaseException, store_path: str | Path | None = None) -> bool:
    """A store or file-system problem the user can act on (not a bug in sealprep)."""
    return isinstance(exc, StoreError) or store_error_from(exc, store_path) is not None


def log_folders() -> list[Path]:
    """Where the log goes: the per-user data folder, else (unwritable) the temporary folder."""
    return [user_data_dir() / "logs", Path(tempfile.gettempdir()) / f"{APP_NAME}-logs"]


def write_log(exc: BaseException, context: str = "") -> Path | None:
    """Append the details of ``exc`` to the log; returns the log's path, or None if none is writable."""
    stamp = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    lines = [
        f"=== {stamp} sealprep {__version__} (Python {platform.python_version()}, {platform.platform()})",
        f"command: {' '.join(sys.argv)}",
    ]
    if context:
        lines.append(context)
    lines += traceback.format_exception(exc)
    text = "\n".join(line.rstrip("\n") for line in lines) + "\n"
    for folder in log_folders():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / LOG_NAME
            if path.exists() and path.stat().st_size > LOG_LIMIT:
                os.replace(path, path.with_name(LOG_NAME + ".1"))
            with open(path, "a", encoding="utf-8") as stream:
                stream.write(text)
            return path
        except OSError:
            continue
    return None


def report(
    exc: BaseException,
    language: str,
    store_path: str | Path | None = None,
    context: str = "",
    fatal: bool = True,
) -> Report:
    """Explain ``exc`` and log its details."""
    return Report(explain(exc, language, store_path, fatal), write_log(exc, context), language)


def settings_file() -> Path:
    """The app's settings (the same INI file :mod:`sealprep.ui.settings` reads through Qt)."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False, roaming=True) / f"{APP_NAME}.ini"


def interface_language() -> str:
    """The language the user chose in the app; else Thai on a Thai system, else English.

    Read without Qt, for the command line: ``[ui] language=th`` in the app's settings file.
    """
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file(), encoding="utf-8")
        chosen = parser.get("ui", "language", fallback="")
    except (OSError, configparser.Error, UnicodeDecodeError):
        chosen = ""
    if chosen in ("th", "en"):
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "th" if value.lower().startswith("th") else "en"
    if sys.platform == "win32":
        import locale

        return "th" if (locale.getlocale()[0] or "").lower().startswith("th") else "en"
    return "en"
