"""Property: whatever bytes a question file or framework.yaml holds, ``bank check`` answers with
``path:line: message`` problems (or a clean bank), never with a traceback.

Random and mutated files go through the core API and through the CLI's ``main`` in-process.
The example counts are kept small so this runs in a few seconds.
"""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bank_factory import AGENCIES, DATED, FRAMEWORK, PADS
from sealprep.__main__ import main
from sealprep.core.bank.folder import load_bank

# What breaks YAML and Markdown parsers: structure characters, tags, anchors, control characters.
HOSTILE = st.sampled_from(
    [
        "&a ",
        "*a",
        "!!int ",
        "!!timestamp ",
        "!!float ",
        "!!set ",
        "? ",
        "<<: ",
        "[",
        "]",
        "{",
        "}",
        ":",
        "- ",
        "---",
        "\n",
        "\t",
        "\x00",
        "\r",
        "\ufeff",
        "#",
        "##",
        "## Answer: ",
        "'",
        '"',
        "|",
        ">",
        "%YAML 1.1\n",
        "9" * 30,
        "๑๒๓",
        "ก่",
        "\u0e31",
        "\\",
        "`" * 3,
        "  ",
    ]
)
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=40) | HOSTILE


@st.composite
def mutated(draw: st.DrawFn, original: str) -> bytes:
    """``original`` with a few random edits, or (sometimes) random bytes altogether."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=300))
    text = original
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "replace", "repeat"]))
        if kind == "insert":
            text = text[:at] + draw(TEXT) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 30)) :]
        elif kind == "replace":
            text = text[:at] + draw(TEXT) + text[at + draw(st.integers(1, 10)) :]
        else:
            text = text[:at] + text[at : at + 40] * draw(st.integers(2, 40)) + text[at:]
    return text.encode("utf-8", "surrogatepass")


PROBLEM_LINE = re.compile(r"^[^\n]+:\d+: [^\n]+$")


def _folder(root: Path, question: bytes, framework: bytes) -> Path:
    (root / "d1").mkdir()
    (root / "framework.yaml").write_bytes(framework)
    (root / "agencies.yaml").write_text(AGENCIES, encoding="utf-8")
    (root / "d1" / "q.md").write_bytes(question)
    return root


def _check_problems(folder: Path) -> None:
    result = load_bank(folder)
    for problem in result.problems:
        assert problem.path in ("framework.yaml", "agencies.yaml", "d1/q.md"), problem
        assert problem.line >= 1 and problem.message, problem
        assert PROBLEM_LINE.match(str(problem)), repr(str(problem))
        assert len(problem.message) < 400, problem.message


FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(question=mutated(PADS) | mutated(DATED), framework=mutated(FRAMEWORK) | st.just(FRAMEWORK.encode()))
def test_core_check_reports_problems_never_raises(question, framework):
    with tempfile.TemporaryDirectory() as root:
        _check_problems(_folder(Path(root), question, framework))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=mutated(PADS), framework=mutated(FRAMEWORK) | st.just(FRAMEWORK.encode()))
def test_cli_check_prints_path_line_messages_never_a_traceback(question, framework):
    with tempfile.TemporaryDirectory() as root:
        folder = _folder(Path(root), question, framework)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["bank", "check", str(folder)])
    assert code in (0, 1)
    assert "Traceback" not in err.getvalue() and "Error:" not in err.getvalue()
    for line in out.getvalue().splitlines():
        assert PROBLEM_LINE.match(line) and line.startswith(folder.as_posix() + "/"), line
