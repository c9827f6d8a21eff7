"""Shared by the per-area translation scripts: refresh a .ts with pyside6-lupdate, fill in the
Thai text the script holds, refuse a message without Thai or with different placeholders, and
compile the .qm with pyside6-lrelease."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

BIN = Path(sys.executable).parent
_PLACEHOLDER = re.compile(r"%n|%\d|\{\w+\}")


def fill_and_compile(sources: list[Path], ts: Path, thai: dict[str, str]) -> int:
    """Returns 0, or 1 (with the problems on stderr, and the .ts left as lupdate wrote it)."""
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *map(str, sources), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        check=True,
    )
    tree = ET.parse(ts)
    tree.getroot().set("language", "th_TH")
    missing, broken = [], []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        text = thai.get(source)
        translation = message.find("translation")
        if text is None:
            missing.append(source)
            continue
        if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
            broken.append(source)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    if missing or broken:
        for source in missing:
            print(f"no Thai for: {source!r}", file=sys.stderr)
        for source in broken:
            print(f"placeholders differ: {source!r}", file=sys.stderr)
        return 1
    ET.indent(tree, space="    ")
    with open(ts, "wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(stream, encoding="utf-8", xml_declaration=False)
        stream.write(b"\n")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


def write_and_compile(ts: Path, contexts: dict[str, dict[str, str]]) -> int:
    """Write a .ts holding exactly ``contexts`` (context -> source -> Thai), for strings that no
    source file of ours holds (Qt's own), refuse a Thai text whose placeholders differ, and
    compile the .qm."""
    root = ET.Element("TS", version="2.1", language="th_TH")
    broken = []
    for name, messages in contexts.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, text in messages.items():
            if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
                broken.append(source)
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = text
    if broken:
        for source in broken:
            print(f"placeholders differ: {source!r}", file=sys.stderr)
        return 1
    tree = ET.ElementTree(root)
    ET.indent(tree, space="    ")
    with open(ts, "wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(stream, encoding="utf-8", xml_declaration=False)
        stream.write(b"\n")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


def update_and_fill(sources: list[Path], ts: Path, thai: dict[str, str]) -> int:
    """For a .ts kept by hand (its Thai already in the file): refresh it with pyside6-lupdate,
    which keeps every existing translation, fill the messages that are new from ``thai``, refuse
    any message still without Thai, and compile the .qm."""
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *map(str, sources), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        check=True,
    )
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished" and ((translation.text or "").strip() or len(translation)):
            continue
        source = message.find("source").text or ""
        text = thai.get(source)
        if text is None or sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    if missing:
        for source in missing:
            print(f"no Thai (or placeholders differ) for: {source!r}", file=sys.stderr)
        return 1
    ET.indent(tree, space="    ")
    with open(ts, "wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(stream, encoding="utf-8", xml_declaration=False)
        stream.write(b"\n")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0
