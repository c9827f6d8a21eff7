"""Shared by the translation scripts: refresh a .ts with pyside6-lupdate, fill in the Thai text
a script holds, refuse a message without Thai or with different placeholders, and compile the
.qm with pyside6-lrelease.

- ``fill_and_compile``: the script holds the Thai of every message (secretariat, printing);
- ``update_and_fill``: the .ts holds the Thai already written, the script only what is new
  (browser, rehearsal: tools/ui_translations.py);
- ``write_and_compile``: no source of ours holds the messages (Qt's own words).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

BIN = Path(sys.executable).parent
_PLACEHOLDER = re.compile(r"%n|%\d|\{\w+\}")


def _same_placeholders(source: str, text: str) -> bool:
    return sorted(_PLACEHOLDER.findall(source)) == sorted(_PLACEHOLDER.findall(text))


def _lupdate(sources: list[Path], ts: Path) -> ET.ElementTree:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *map(str, sources), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        check=True,
    )
    tree = ET.parse(ts)
    tree.getroot().set("language", "th_TH")
    return tree


def _translate(message: ET.Element, text: str) -> None:
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = text


def _report(problems: list[str]) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1


def _save_and_release(tree: ET.ElementTree, ts: Path) -> int:
    ET.indent(tree, space="    ")
    with open(ts, "wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(stream, encoding="utf-8", xml_declaration=False)
        stream.write(b"\n")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


def fill_and_compile(sources: list[Path], ts: Path, thai: dict[str, str]) -> int:
    """Returns 0, or 1 (with the problems on stderr, and the .ts left as lupdate wrote it)."""
    tree = _lupdate(sources, ts)
    problems = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        text = thai.get(source)
        if text is None:
            problems.append(f"no Thai for: {source!r}")
            continue
        if not _same_placeholders(source, text):
            problems.append(f"placeholders differ: {source!r}")
        _translate(message, text)
    return _report(problems) if problems else _save_and_release(tree, ts)


def update_and_fill(sources: list[Path], ts: Path, thai: dict[str, str]) -> int:
    """For a .ts whose Thai is kept in the file: lupdate keeps every existing translation; the
    messages that are new take their Thai from ``thai``; any still without Thai is an error."""
    tree = _lupdate(sources, ts)
    problems = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished" and ((translation.text or "").strip() or len(translation)):
            continue
        source = message.find("source").text or ""
        text = thai.get(source)
        if text is None or not _same_placeholders(source, text):
            problems.append(f"no Thai (or placeholders differ) for: {source!r}")
            continue
        _translate(message, text)
    return _report(problems) if problems else _save_and_release(tree, ts)


def write_and_compile(ts: Path, contexts: dict[str, dict[str, str]]) -> int:
    """Write a .ts holding exactly ``contexts`` (context -> source -> Thai), for words that no
    source file of ours holds (Qt's own), and compile the .qm."""
    root = ET.Element("TS", version="2.1", language="th_TH")
    problems = []
    for name, messages in contexts.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, text in messages.items():
            if not _same_placeholders(source, text):
                problems.append(f"placeholders differ: {source!r}")
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = text
    return _report(problems) if problems else _save_and_release(ET.ElementTree(root), ts)
