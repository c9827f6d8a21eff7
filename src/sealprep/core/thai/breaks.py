"""Line-break opportunities in Thai text, for renderers that cannot find them on their own.

Thai is written without spaces between words, so a line may only break where a dictionary says
a word ends. Qt finds those places itself when the system has libthai (most Linux desktops);
on Windows and macOS builds it may not, and a long Thai question would then wrap only at its
few spaces, or not at all. ``with_break_opportunities`` marks every word boundary with a
zero-width space (U+200B), which every line breaker treats as a permitted break and which
draws nothing. The dictionary (PyThaiNLP's newmm) loads once, in about half a second.
"""

from __future__ import annotations

from functools import lru_cache

from sealprep.core.thai.text import contains_thai

ZERO_WIDTH_SPACE = "\u200b"


@lru_cache(maxsize=512)
def with_break_opportunities(text: str) -> str:
    """``text`` with a zero-width space at each word boundary inside Thai runs.

    Nothing else changes: removing every U+200B gives the text back. Text without Thai is
    returned as it is, without loading the dictionary.
    """
    if not contains_thai(text):
        return text
    from pythainlp.tokenize import word_tokenize  # loaded only when needed: ~0.5 s

    out: list[str] = []
    for line in text.split("\n"):
        words = word_tokenize(line, engine="newmm", keep_whitespace=True)
        pieces: list[str] = []
        for word in words:
            if (
                pieces
                and not pieces[-1][-1:].isspace()
                and not word[:1].isspace()
                and ZERO_WIDTH_SPACE not in (pieces[-1][-1:], word[:1])
            ):
                if contains_thai(pieces[-1][-1:]) or contains_thai(word[:1]):
                    pieces.append(ZERO_WIDTH_SPACE)
            pieces.append(word)
        out.append("".join(pieces))
    return "\n".join(out)
