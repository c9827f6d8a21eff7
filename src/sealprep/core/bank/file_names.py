"""Which file names and paths a bank may use, and keeping every write and delete inside its folder.

Bank folders travel between Windows, macOS and Linux, so a name must work on all three: no
names Windows reserves for devices (``CON``, ``aux.md``, ``COM1``...), no trailing dot or space,
no ``\\ : * ? " < > |`` and no control characters. A question's recorded path (``source_path``)
must be relative, written with forward slashes and without ``..``; before a file is written or
deleted its full path is resolved once more and refused when it lies outside the bank folder.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath

from sealprep.core.bank.model import shown

_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{kind}{digit}" for kind in ("COM", "LPT") for digit in "0123456789¹²³"
}
_FORBIDDEN = re.compile(r'[<>:"\\|?*\x00-\x1f\x7f]')
MAX_NAME_BYTES = 255
"""Most file systems allow 255 bytes (not characters) in one name; Thai takes 3 bytes a letter."""


class UnsafePathError(ValueError):
    """A path that would write or delete outside the bank folder, or is not portable."""


def name_problem(name: str) -> str | None:
    """Why one file or folder name is not portable, or None when it is fine."""
    if name in ("", ".", ".."):
        return f"{shown(name)} is not a usable name"
    bad = _FORBIDDEN.search(name)
    if bad:
        return f"the name {shown(name)} holds {shown(bad.group())}, which Windows does not allow in a file name"
    if name[-1] in ". ":
        return f"the name {shown(name)} ends with a dot or a space, which Windows drops"
    if name.split(".")[0].rstrip(" ").upper() in _RESERVED:
        return (
            f"the name {shown(name)} is reserved for a device on Windows"
            " (CON, PRN, AUX, NUL, COM1-COM9, LPT1-LPT9): rename the file"
        )
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        return f"the name {shown(name)} is longer than {MAX_NAME_BYTES} bytes"
    return None


def relative_path_problem(relative: str) -> str | None:
    """Why a path relative to the bank folder (``d1/q.md``) may not be used, or None."""
    if not relative:
        return "the path is empty"
    if "\\" in relative:
        return f"the path {shown(relative)} uses a backslash: write '/' between folders"
    if relative.startswith("/") or re.match(r"^[A-Za-z]:", relative):
        return f"the path {shown(relative)} is absolute: it must be relative to the bank folder"
    for part in PurePosixPath(relative).parts:
        if part == "..":
            return f"the path {shown(relative)} climbs out of the bank folder with '..'"
        problem = name_problem(part)
        if problem:
            return problem
    if relative.split("/")[-1] == "" or "//" in relative:
        return f"the path {shown(relative)} has an empty folder name"
    return None


def source_path_problem(relative: str) -> str | None:
    """Why a question's recorded file path may not be used, or None (it must end in ``.md``)."""
    problem = relative_path_problem(relative)
    if problem is None and not relative.lower().endswith(".md"):
        problem = f"the path {shown(relative)} does not end in '.md'"
    return problem


def inside(folder: str | os.PathLike[str], relative: str) -> Path:
    """``folder/relative``, checked: a portable relative path that stays inside ``folder`` even
    after symbolic links are followed. Raises UnsafePathError otherwise."""
    problem = relative_path_problem(relative)
    if problem:
        raise UnsafePathError(problem)
    root = Path(folder).resolve()
    target = (root / relative).resolve()
    if not target.is_relative_to(root):
        raise UnsafePathError(f"the path {shown(relative)} leads outside the bank folder {root}")
    return Path(folder) / relative
