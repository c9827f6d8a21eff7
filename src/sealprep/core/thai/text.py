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
