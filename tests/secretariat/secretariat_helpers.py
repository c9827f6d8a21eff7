"""Helpers shared by the secretariat tests."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    """A CSV file as a Thai office would save it, CRLF line ends, in the given encoding."""
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path
