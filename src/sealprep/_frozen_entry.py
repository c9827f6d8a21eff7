"""Entry script for the frozen app (PyInstaller runs a script, not a package's ``__main__``).

sealprep reports its own failures (:mod:`sealprep.failures`). This script only catches what
happens before that machinery is loaded (a damaged or incomplete folder that cannot even import
sealprep): it writes the traceback to a log in the temporary folder and says so, in a message box
on Windows (the windowed launcher has no console), instead of PyInstaller's traceback window.
"""

import sys


def _last_resort(exc: BaseException) -> int:
    import os
    import tempfile
    import traceback

    log = os.path.join(tempfile.gettempdir(), "sealprep-logs", "sealprep.log")
    try:
        os.makedirs(os.path.dirname(log), exist_ok=True)
        with open(log, "a", encoding="utf-8") as stream:
            stream.write("=== sealprep could not start\n" + "".join(traceback.format_exception(exc)))
    except OSError:
        log = "(no log could be written)"
    message = (
        "sealprep could not start: its folder is incomplete or damaged. Copy the whole sealprep folder again.\n"
        "sealprep เริ่มทำงานไม่ได้ เพราะโฟลเดอร์ของโปรแกรมไม่ครบหรือเสียหาย กรุณาคัดลอกโฟลเดอร์ sealprep ทั้งโฟลเดอร์ใหม่อีกครั้ง\n"
        f"{log}"
    )
    if sys.stderr is not None:
        print(message, file=sys.stderr)
    elif sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, message, "sealprep", 0x10)
    return 1


if __name__ == "__main__":
    try:
        from sealprep.__main__ import main
    except Exception as error:  # sealprep's own reporting is not there to do it
        sys.exit(_last_resort(error))
    sys.exit(main())
