"""Where a line of Thai, English or mixed text may break.

Thai is written without spaces between words, so the places a line may end
come from a dictionary: PyThaiNLP's ``newmm`` maximal-matching segmenter,
whose dictionary is loaded once per process (about 0.7 s) and whose results
are cached per run of Thai characters (phrases repeat a lot in real text).

The rules, for the boundary between characters ``L`` and ``R``:

* after a run of spaces (or zero-width spaces) and after each newline: always;
* inside a run of Thai characters: at a ``newmm`` word boundary, but never
  before ๆ or ฯ (they belong to the word before) and never before a
  combining mark;
* between Thai and other text: only when the other side is a letter
  (``UNDPได้``) or ``L`` is a slash (``ผู้รับบริการ/ประชาชน``); never inside
  ``(๑)`` or before punctuation;
* anywhere else (Latin text, digits, punctuation): never.

Not after a hyphen either, although typography allows it: poppler takes a
hyphen at the end of a line for a soft hyphen and drops it when extracting.
That holds for a spaced hyphen used as a dash (``a - b``) too: the space after
it is no break opportunity, so the line breaks before the hyphen.
A hyphen is only a fallback, for words wider than a whole line
(:func:`fallback_breaks`).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

from pythainlp.tokenize import newmm, word_dict_trie
from pythainlp.tokenize.tcc_p import tcc_pos
from pythainlp.util import Trie

#: Characters that separate words and vanish at a line end.  U+200B is the
#: author's explicit "break here" mark and is never drawn; "\n" is a hard
#: line break.
GLUE_CHARACTERS = " \u200b\n"

_THAI_RUN = re.compile("[\u0e01-\u0e5b]+")
# Each "\n" ends a match of its own, so "\n\n" gives two breaks (an empty line).
_AFTER_GLUE = re.compile("[ \u200b]*\n|[ \u200b]+")
#: Thai combining marks: mai han-akat, the vowels above and below, phinthu,
#: and maitaikhu to yamakkan (tone marks among them).
THAI_MARKS = frozenset(chr(c) for c in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)))
_NO_BREAK_BEFORE_IN_THAI = frozenset("ๆฯ") | THAI_MARKS
_THAI_DIGITS = frozenset("๐๑๒๓๔๕๖๗๘๙")

# newmm for runs longer than this uses its chunked "safe mode", which bounds
# the time on pathological input (a page of Thai with no spaces at all).
_SAFE_MODE_LENGTH = 1000

_trie: Trie | None = None
_trie_lock = threading.Lock()


def _dictionary() -> Trie:
    global _trie
    if _trie is None:
        with _trie_lock:
            if _trie is None:
                _trie = word_dict_trie()
    return _trie


def warm_up() -> None:
    """Load the ``newmm`` dictionary now (about 0.7 s), e.g. in a worker thread."""
    _thai_word_boundaries("ทดสอบ")


def contains_thai(text: str) -> bool:
    """Whether ``text`` has any character from the Thai block."""
    return _THAI_RUN.search(text) is not None


@lru_cache(maxsize=65536)
def _thai_word_boundaries(run: str) -> tuple[int, ...]:
    """Offsets inside a run of Thai characters where a line may break."""
    words = newmm.segment(run, _dictionary(), safe_mode=len(run) > _SAFE_MODE_LENGTH)
    boundaries = []
    position = 0
    for word in words[:-1]:
        position += len(word)
        following = run[position]
        if following in _NO_BREAK_BEFORE_IN_THAI:
            continue
        if following in _THAI_DIGITS and run[position - 1] in _THAI_DIGITS:
            continue
        boundaries.append(position)
    return tuple(boundaries)


def is_mark(character: str) -> bool:
    """Whether ``character`` is a combining mark (Thai above/below marks included).

    ``unicodedata.combining`` is no use here: several Thai marks (mai han-akat,
    sara i ...) have canonical combining class 0.
    """
    return character in THAI_MARKS or unicodedata.category(character)[0] == "M"


def _breaks_at_script_edge(left: str, right: str) -> bool:
    """Whether a line may break between a Thai and a non-Thai character."""
    if left in GLUE_CHARACTERS or right in GLUE_CHARACTERS:
        return False  # handled by the after-glue rule
    if right in _NO_BREAK_BEFORE_IN_THAI or is_mark(right):
        return False
    left_thai = "\u0e01" <= left <= "\u0e5b"
    other = right if left_thai else left
    return other.isalpha() or left == "/"


def break_opportunities(text: str) -> list[int]:
    """Sorted offsets ``0 < i < len(text)`` at which a new line may start."""
    end = len(text)
    breaks = [
        m.end() for m in _AFTER_GLUE.finditer(text) if 0 < m.end() < end and not _ends_with_hyphen(text, m.start())
    ]
    thai_runs = list(_THAI_RUN.finditer(text))
    if not thai_runs:
        return breaks
    for match in thai_runs:
        start, stop = match.span()
        breaks.extend(start + offset for offset in _thai_word_boundaries(match.group()))
        if start > 0 and _breaks_at_script_edge(text[start - 1], text[start]):
            breaks.append(start)
        if stop < end and _breaks_at_script_edge(text[stop - 1], text[stop]):
            breaks.append(stop)
    return sorted(set(breaks))


def _ends_with_hyphen(text: str, glue_start: int) -> bool:
    """Whether a line ending at ``glue_start`` (before its spaces) would end in a hyphen.

    A spaced hyphen used as a dash (``ปฏิบัติ - สอดคล้อง``) must not end a line either: poppler
    drops it as a soft hyphen. The line breaks before the hyphen instead.
    """
    return glue_start > 0 and text[glue_start - 1] == "-"


def fallback_breaks(text: str) -> list[int]:
    """Offsets after hyphens inside an unbreakable word: its best break if it must."""
    return [i + 1 for i in range(len(text) - 1) if text[i] == "-"]


def cluster_boundaries(text: str) -> list[int]:
    """Offsets ``0 < i < len(text)`` between Thai character clusters or characters.

    Used only to break a word that is wider than the whole line: a consonant
    is never separated from its marks or from the vowels written with it.
    """
    if not contains_thai(text):
        return [i for i in range(1, len(text)) if not is_mark(text[i])]
    return sorted(i for i in tcc_pos(text) if 0 < i < len(text) and not is_mark(text[i]))
