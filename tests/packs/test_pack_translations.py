"""Every reason the core gives for refusing a pack, and every string of the pack dialogs, has
Thai; the summary shows a refusal in Thai on a Thai interface."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from sealprep.core.packs import PackRefused
from sealprep.core.packs.importer import PackResult
from sealprep.ui import i18n
from sealprep.ui.packs.pack_dialogs import result_lines
from sealprep.ui.packs.reasons import TEMPLATES

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "sealprep_th_packs.ts"
PLACEHOLDER = re.compile(r"%\d")


def core_templates() -> set[str]:
    """The first argument of every PackRefused(...) in core/packs, and member_problem's."""
    found = set()
    for path in (REPO / "src" / "sealprep" / "core" / "packs").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "PackRefused":
                if node.args and isinstance(node.args[0], ast.Constant):
                    found.add(node.args[0].value)
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple):
                first = node.value.elts[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str) and "%1" in first.value:
                    found.add(first.value)
    return found


def test_every_refusal_the_core_can_give_is_listed_for_translation():
    templates = core_templates()
    assert len(templates) > 40
    assert templates <= set(TEMPLATES), sorted(templates - set(TEMPLATES))


def test_every_message_has_thai_with_the_same_placeholders():
    messages = list(ET.parse(TS).getroot().iter("message"))
    sources = {m.find("source").text for m in messages}
    assert set(TEMPLATES) <= sources
    for message in messages:
        source = message.find("source").text
        translation = message.find("translation")
        assert translation.get("type") is None, f"unfinished: {source!r}"
        assert re.search("[\u0e00-\u0e7f]", translation.text or ""), f"no Thai for {source!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source


def test_a_refusal_is_shown_in_thai(qapp):
    refusal = PackRefused("its member '%1' points outside the pack (..)", "../evil.md")
    assert str(refusal) == "its member '../evil.md' points outside the pack (..)"
    result = PackResult(Path("x.sealpack"), refused=str(refusal), reason=(refusal.template, refusal.values))
    assert i18n.set_language("th")
    try:
        [line] = result_lines(result)
        assert line == "ปฏิเสธแพ็กนี้ ไม่มีข้อมูลใดเปลี่ยนแปลง: ไฟล์ภายใน '../evil.md' ชี้ออกไปนอกแพ็ก (..)"
        kind = PackRefused("a %1 in the pack has no valid id", "attempt")
        [line] = result_lines(PackResult(Path("y"), refused=str(kind), reason=(kind.template, kind.values)))
        assert "ข้อมูลข้อที่ซ้อมในแพ็กไม่มีรหัสที่ถูกต้อง" in line
    finally:
        i18n.set_language("en")
