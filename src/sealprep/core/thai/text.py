"""Small, dependency-free helpers for Thai text that appears in user input and bank files."""

from __future__ import annotations

import re
import unicodedata

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ASCII = str.maketrans(THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_THAI_DIGIT = re.compile(f"[{THAI_DIGITS}]")

# A sara am is often typed as nikhahit + sara aa (two key presses that look the same on screen).
_NIKHAHIT_SARA_AA = "\u0e4d\u0e32"
_SARA_AM = "\u0e33"


def to_ascii_digits(text: str) -> str:
    """Replace Thai digits (๐-๙) with ASCII digits; everything else is left as it is."""
    # str.translate walks every character through a dict; most text has no Thai digit at all.
    return text.translate(_TO_ASCII) if _THAI_DIGIT.search(text) else text


def to_thai_digits(text: str) -> str:
    """Replace ASCII digits with Thai digits (for display when the user prefers them)."""
    return text.translate(_TO_THAI)


def contains_thai(text: str) -> bool:
    """True if any character is in the Thai block (U+0E00-U+0E7F)."""
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def search_form(text: str) -> str:
    """The form in which text is indexed and queried.

    NFC, ASCII digits, lower case, and sara am written one way, so that a query typed with
    either digit style or either sara am spelling finds the same text.
    """
    text = unicodedata.normalize("NFC", text)
    text = to_ascii_digits(text).replace(_NIKHAHIT_SARA_AA, _SARA_AM)
    return text.casefold()


# Thai dictionary order, as in PyThaiNLP's ``collate``: a leading vowel (เ แ โ ใ ไ) is written
# before its consonant but sorted after it, and tone marks (and the thanthakhat) only break ties.
_LEADING_VOWEL = re.compile(r"([\u0e40-\u0e44])([\u0e01-\u0e2e])")
_TONE_MARKS = re.compile(r"[\u0e48-\u0e4c]")


def thai_collation_key(text: str) -> str:
    """A string key that sorts Thai words in dictionary order (ก before ข, เกิด after กาล and
    before ไก่), Latin letters without regard to case, digits of both styles alike."""
    form = search_form(text)
    plain = _LEADING_VOWEL.sub(r"\2\1", _TONE_MARKS.sub("", form))
    return plain + "\x00" + "".join(_TONE_MARKS.findall(form))


_JOINS_PREVIOUS = {"\u0e33", "\u0eb3", "\u200c", "\u200d"}  # Thai/Lao sara am, ZWNJ, ZWJ


def _starts_cluster(text: str, index: int) -> bool:
    """Whether a grapheme cluster may start at ``text[index]``: not on a combining mark (Thai
    tone marks and upper/lower vowels), a spacing mark, sara am, or just after a zero-width joiner."""
    char = text[index]
    if unicodedata.category(char) in ("Mn", "Mc", "Me") or char in _JOINS_PREVIOUS:
        return False
    return not (index > 0 and text[index - 1] == "\u200d")


def cut_to_bytes(text: str, limit: int) -> str:
    """The longest start of ``text`` that fits in ``limit`` UTF-8 bytes without splitting a
    grapheme cluster (a Thai consonant keeps its vowel and tone marks). File systems count a
    name's bytes, and a Thai letter takes three."""
    if len(text.encode("utf-8")) <= limit:
        return text
    used = 0
    end = 0
    for index, char in enumerate(text):
        used += len(char.encode("utf-8"))
        if used > limit:
            break
        end = index + 1
    return cut_at_cluster(text, end)


def cut_at_cluster(text: str, length: int) -> str:
    """``text[:length]``, shortened further so that no grapheme cluster is split."""
    end = min(length, len(text))
    while 0 < end < len(text) and not _starts_cluster(text, end):
        end -= 1
    return text[:end]
