"""Where a line of Thai, English or mixed text may break: one set of rules for screen and paper.

Thai is written without spaces between words, so the places a line may end come from a
dictionary: PyThaiNLP's ``newmm`` maximal-matching segmenter, whose dictionary is loaded once
per process (about 0.7 s) and whose results are cached per run of Thai characters (phrases
repeat a lot in real text). The printing engine asks :func:`break_opportunities` for the offsets
where a line may start; the screen asks :func:`with_break_opportunities` for the text with a
zero-width space (U+200B) at each Thai one, which every line breaker honours (Qt on Windows
and macOS may not find Thai word boundaries by itself).

The rules, for the boundary between characters ``L`` and ``R``:

* after a run of spaces (or zero-width spaces) and after each newline: always, except
  * after a hyphen (see below),
  * inside a page or item reference or a date: between ``หน้า``/``ข้อ``/``พ.ศ.`` or a month name
    and the number after it, and between a day and its month (``8 กรกฎาคม 2567``,
    ``หน้า ๑๓``);
* inside a run of Thai characters: at a ``newmm`` word boundary, but
  * never before ๆ or ฯ (they belong to the word before) nor before a combining mark;
  * never between two digits;
  * never right after a *bound prefix* (การ ความ ผู้ นัก เชิง …, :data:`BOUND_PREFIXES`): it
    belongs with the word it makes (``การวิเคราะห์``, ``เชิงคุณภาพ``);
  * never inside a known compound (``ตัวชี้วัด``, ``ค่าเป้าหมาย``, ``แผนปฏิบัติการ``…,
    :data:`COMPOUNDS`, extendable with a ``compounds.txt`` in the bank folder), which the
    segmenter treats as one word;
* between Thai and other text: only when the other side is a letter (``UNDPได้``) or ``L`` is
  a slash (``ผู้รับบริการ/ประชาชน``); never inside ``(๑)`` or before punctuation;
* anywhere else (Latin text, digits, punctuation): never.

Not after a hyphen either, although typography allows it: poppler takes a hyphen at the end of
a line for a soft hyphen and drops it, and PDFium reads it as U+FFFE. That holds for a spaced
hyphen used as a dash (``a - b``) too: the space after it is no break opportunity, so the line
breaks before the hyphen. Words wider than a whole line (a URL) break at
:func:`fallback_breaks`: before a hyphen or a dot, after a slash.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from pythainlp.tokenize import newmm, word_dict_trie
from pythainlp.tokenize.tcc_p import tcc_pos
from pythainlp.util import Trie

from sealprep.core.thai.text import contains_thai

ZERO_WIDTH_SPACE = "\u200b"

#: Characters that separate words and vanish at a line end. U+200B is the author's explicit
#: "break here" mark and is never drawn; "\n" is a hard line break.
GLUE_CHARACTERS = " \u200b\n"

#: Bound forms that make a noun or an adjective of the word after them (Royal Institute
#: grammar): a line never ends right after one. Words that are also free words (ค่า "value",
#: ผล "result", ต่อ "continue") are not here; they bind through COMPOUNDS.
BOUND_PREFIXES = frozenset(("การ", "ความ", "ผู้", "นัก", "เชิง", "ชาว", "ช่าง"))

#: Compounds that read wrongly when split across lines; segmented as one word. A bank folder
#: adds its own in ``compounds.txt`` (one a line, ``#`` starts a comment): see
#: :func:`load_compounds`.
COMPOUNDS = (
    "ตัวชี้วัด",
    "ค่าเป้าหมาย",
    "แผนปฏิบัติการ",
    "แผนปฏิบัติราชการ",
    "กรุงเทพมหานคร",
    "ความเท่าเทียม",
    "เพศสภาพ",
    "ผู้รับบริการ",
    "ข้อเสนอแนะ",
    "ข้อมูลแยกตามเพศ",
    "ความหลากหลายทางเพศ",
)
COMPOUNDS_FILE = "compounds.txt"

_MONTHS = (
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม "
    "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค."
).split()
#: Words that keep the number after them on their line.
_BEFORE_NUMBER = ("หน้า", "ข้อ", "พ.ศ.", "ค.ศ.", "ที่", "มาตรา", "ครั้งที่", *_MONTHS)  # a tuple: str.endswith takes it
_NUMBER = re.compile(r"[0-9๐-๙]")
_WINDOW = 40  # characters either side of a space that the label and date rules look at
_DAY = re.compile(r"(?:^|[\s(])[0-9๐-๙]{1,2}$")

_THAI_RUN = re.compile("[\u0e01-\u0e5b]+")
# Each "\n" ends a match of its own, so "\n\n" gives two breaks (an empty line).
_AFTER_GLUE = re.compile("[ \u200b]*\n|[ \u200b]+")
#: Thai combining marks: mai han-akat, the vowels above and below, phinthu, and maitaikhu to
#: yamakkan (tone marks among them).
THAI_MARKS = frozenset(chr(c) for c in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)))
_NO_BREAK_BEFORE_IN_THAI = frozenset("ๆฯ") | THAI_MARKS
_THAI_DIGITS = frozenset("๐๑๒๓๔๕๖๗๘๙")

# newmm for runs longer than this uses its chunked "safe mode", which bounds the time on
# pathological input (a page of Thai with no spaces at all).
_SAFE_MODE_LENGTH = 1000

_trie: Trie | None = None
_extra_compounds: frozenset[str] = frozenset()
_trie_lock = threading.Lock()


def _dictionary() -> Trie:
    global _trie
    if _trie is None:
        with _trie_lock:
            if _trie is None:
                words = set(word_dict_trie())
                _trie = Trie(words | set(COMPOUNDS) | _extra_compounds)
    return _trie


def use_compounds(words: Iterable[str]) -> bool:
    """Add compounds to keep whole (a bank's own list); returns whether anything changed."""
    global _extra_compounds, _trie
    new = frozenset(word.strip() for word in words if word.strip() and contains_thai(word))
    if new <= _extra_compounds | frozenset(COMPOUNDS):
        return False
    with _trie_lock:
        _extra_compounds = _extra_compounds | new
        _trie = None
    _thai_word_boundaries.cache_clear()
    with_break_opportunities.cache_clear()
    return True


def read_compounds(folder: str | Path) -> list[str]:
    """The compounds listed in ``folder/compounds.txt`` (none when the file is missing)."""
    path = Path(folder) / COMPOUNDS_FILE
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


def load_compounds(folder: str | Path | None) -> bool:
    """Keep the compounds of a bank folder's ``compounds.txt`` whole from now on."""
    return use_compounds(read_compounds(folder)) if folder else False


def warm_up() -> None:
    """Load the ``newmm`` dictionary now (about 0.7 s), e.g. in a worker thread."""
    _thai_word_boundaries("ทดสอบ")


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
        if word in BOUND_PREFIXES:
            continue
        boundaries.append(position)
    return tuple(boundaries)


def is_mark(character: str) -> bool:
    """Whether ``character`` is a combining mark (Thai above/below marks included).

    ``unicodedata.combining`` is no use here: several Thai marks (mai han-akat, sara i ...)
    have canonical combining class 0.
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


def _binds_across_space(text: str, glue_start: int, glue_end: int) -> bool:
    """Whether the space at ``text[glue_start:glue_end]`` joins a label or a date to its number."""
    if text[glue_start - 1] == "-":
        return True  # a line may not end in a hyphen
    if glue_end >= len(text) or "\n" in text[glue_start:glue_end]:
        return False
    # Only the words next to the space matter: look at a few dozen characters, not the whole text.
    window = text[max(0, glue_start - _WINDOW) : glue_start]
    before = window.rsplit(None, 1)[-1].lstrip("(")
    after = text[glue_end : glue_end + _WINDOW].split(None, 1)[0]
    if _NUMBER.match(after) and before.endswith(_BEFORE_NUMBER):
        return True  # หน้า ๑๓, ดูข้อ ๔, กรกฎาคม 2567
    return after.rstrip(")").rstrip(",") in _MONTHS and _DAY.search(window) is not None  # 8 กรกฎาคม


def break_opportunities(text: str) -> list[int]:
    """Sorted offsets ``0 < i < len(text)`` at which a new line may start."""
    end = len(text)
    breaks = [
        m.end() for m in _AFTER_GLUE.finditer(text) if 0 < m.end() < end and not _binds_across_space(text, *m.span())
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


ELLIPSIS = "…"


def shorten(text: str, limit: int | None = 90, fits: Callable[[str], bool] | None = None) -> str:
    """``text`` cut at a word boundary (a :func:`break_opportunities` offset, trailing space
    dropped) with an ellipsis, if it is longer than ``limit`` characters or does not satisfy
    ``fits`` (say, "is no wider than a line"); the longest such cut that is short enough.

    ``fits`` is taken to hold for a cut whenever it holds for a longer one (a wider text never
    fits where a narrower one does not), so it is asked only a few times (binary search). Text
    with no boundary short enough (one very long word) is cut between characters instead."""

    def short_enough(candidate: str) -> bool:
        return (limit is None or len(candidate) <= limit) and (fits is None or fits(candidate))

    if short_enough(text):
        return text
    cuts = [text[:offset].rstrip() + ELLIPSIS for offset in break_opportunities(text)]
    cuts = [cut for cut in cuts if len(cut) > len(ELLIPSIS)]
    if not cuts or not short_enough(cuts[0]):
        cuts = [text[:offset].rstrip() + ELLIPSIS for offset in range(1, len(text)) if not is_mark(text[offset])]
    # the short enough cuts come first: the first that is not is where the search stops
    low = bisect_left(cuts, True, key=lambda cut: not short_enough(cut))
    return cuts[low - 1] if low else ELLIPSIS


def fallback_breaks(text: str) -> list[int]:
    """Where to cut a word wider than a whole line (a URL): before a hyphen, a dot, ``?``,
    ``&``, ``=`` or ``#``, and after a slash, never between two digits. The cut character
    starts the next line, so no line ends in a hyphen (which readers drop or misread)."""
    cuts = []
    for index in range(1, len(text)):
        left, right = text[index - 1], text[index]
        if (right in "-.?&=#" and left not in "-./") or (left == "/" and right != "/"):
            if not (left.isdigit() and (index + 1 < len(text) and text[index + 1].isdigit()) and right == "."):
                cuts.append(index)
    return cuts


def cluster_boundaries(text: str) -> list[int]:
    """Offsets ``0 < i < len(text)`` between Thai character clusters or characters.

    Used only to break a word that is wider than the whole line: a consonant is never
    separated from its marks or from the vowels written with it, and digits stay together
    when anything else will do (see :func:`digit_safe`).
    """
    if not contains_thai(text):
        return [i for i in range(1, len(text)) if not is_mark(text[i])]
    return sorted(i for i in tcc_pos(text) if 0 < i < len(text) and not is_mark(text[i]))


def digit_safe(text: str, cuts: list[int]) -> list[int]:
    """``cuts`` without those between two digits."""
    return [i for i in cuts if not (text[i - 1].isdigit() and text[i].isdigit())]


@lru_cache(maxsize=512)
def with_break_opportunities(text: str) -> str:
    """``text`` with a zero-width space at each break opportunity next to Thai.

    The same rules as :func:`break_opportunities` (paper); nothing else changes: removing
    every U+200B gives the text back. Text without Thai is returned as it is, without loading
    the dictionary.
    """
    if not contains_thai(text):
        return text
    pieces = []
    last = 0
    for offset in break_opportunities(text):
        left, right = text[offset - 1], text[offset]
        if left in GLUE_CHARACTERS or right in GLUE_CHARACTERS:
            continue
        if contains_thai(left) or contains_thai(right):
            pieces.append(text[last:offset])
            last = offset
    pieces.append(text[last:])
    return ZERO_WIDTH_SPACE.join(pieces)
