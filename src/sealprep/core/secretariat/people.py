"""People on the roster: interviewees and the secretariat.

A person's name is kept exactly as written, title included (``นางสาว``, ``ดร.``, ``ผศ.ดร.``).
To recognise the same person again (a re-imported spreadsheet, an assignment file that names
people) sealprep compares *identity keys* instead of raw text:

- the e-mail address, when there is one (case-insensitive), is the strongest key;
- otherwise the name key plus the agency code. The name key ignores the title (``นายสมชาย ใจดี``,
  ``สมชาย ใจดี`` and ``ดร. สมชาย  ใจดี`` are the same person), whitespace, letter case, Thai or
  ASCII digits and the two ways of typing sara am.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterable

from sealprep.core.secretariat.model import ROLES as ROLES  # re-exported: the types live in model
from sealprep.core.secretariat.model import Person as Person
from sealprep.core.thai.text import search_form, thai_collation_key, to_ascii_digits

# Titles that may open a name, longest first so that นางสาว wins over นาง. Those ending in a dot
# may be glued to the name (ดร.สมชาย); the others must be followed by a space or by a Thai
# consonant or leading vowel, so that a name such as คุณากร (คุณ + sara aa) keeps its first letters.
TITLES = tuple(
    sorted(
        (
            "นางสาว",
            "นาง",
            "นาย",
            "คุณ",
            "น.ส.",
            "ด.ช.",
            "ด.ญ.",
            "เด็กชาย",
            "เด็กหญิง",
            "ดร.",
            "ศ.",
            "รศ.",
            "ผศ.",
            "ศาสตราจารย์",
            "รองศาสตราจารย์",
            "ผู้ช่วยศาสตราจารย์",
            "นพ.",
            "พญ.",
            "ทพ.",
            "ทพญ.",
            "ภก.",
            "ภญ.",
            "ว่าที่ร้อยตรีหญิง",
            "ว่าที่ร้อยตรี",
            "ว่าที่ ร.ต.หญิง",
            "ว่าที่ ร.ต.",
            "ว่าที่ร.ต.",
            "ร.ต.",
            "ร.ท.",
            "ร.อ.",
            "พ.ต.",
            "พ.ท.",
            "พ.อ.",
            "พล.ต.",
            "ร.ต.อ.",
            "ร.ต.ท.",
            "ร.ต.ต.",
            "พ.ต.ต.",
            "พ.ต.ท.",
            "พ.ต.อ.",
            "พล.ต.ต.",
            "พล.ต.ท.",
            "พล.ต.อ.",
            "พล.อ.",
            "พล.ท.",
            "จ.ส.ต.",
            "จ.ส.ท.",
            "จ.ส.อ.",
            "ส.ต.อ.",
            "ด.ต.",
            "mr.",
            "mrs.",
            "ms.",
            "dr.",
            "prof.",
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "prof",
        ),
        key=len,
        reverse=True,
    )
)
_TITLES_BY_FIRST_LETTER: dict[str, tuple[str, ...]] = {}
for _title in TITLES:  # the same longest-first order, for the few titles a name can start with
    _TITLES_BY_FIRST_LETTER[_title[0]] = (*_TITLES_BY_FIRST_LETTER.get(_title[0], ()), _title)
_THAI_NAME_START = re.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44]")
_SPACES = re.compile(r"\s+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


_UNTIDY_SPACE = re.compile(r"[^\S ]|  ")  # any whitespace but a single plain space


def clean_text(text: str) -> str:
    """NFC, no leading/trailing space, runs of whitespace (and non-breaking spaces) as one space."""
    if not text:
        return ""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # The usual cell has nothing to collapse (a 100,000-row file calls this a million times).
    # Every whitespace character but the plain space is "unprintable" (a control character or a
    # separator), so a printable text without a double space needs no collapsing; the C string
    # methods answer that several times faster than the regular expression.
    if (text.isprintable() and "  " not in text) or _UNTIDY_SPACE.search(text) is None:
        return text.strip(" ")
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def strip_titles(name: str) -> str:
    """The name without the titles that open it (repeatedly: ``ผศ.ดร.`` goes entirely)."""
    rest = clean_text(name)
    changed = True
    while changed and rest:
        changed = False
        folded = rest.casefold()
        for title in _TITLES_BY_FIRST_LETTER.get(folded[0], ()):
            if not folded.startswith(title):
                continue
            after = rest[len(title) :]
            if not after.strip():
                continue  # a name that is only a title stays as it is
            glued_ok = (
                title.endswith(".")
                or after[0].isspace()
                or (title[0] >= "\u0e00" and _THAI_NAME_START.match(after) is not None)
            )
            if glued_ok:
                rest = after.strip()
                changed = True
                break
    return rest


@functools.lru_cache(maxsize=1 << 18)
def name_key(name: str) -> str:
    """How two written names are compared: no title, no spaces, search form (digits, case, sara am)."""
    return search_form(strip_titles(name)).replace(" ", "")


def name_sort_key(name: str) -> str:
    """Where a name goes in a sorted roster, as Thai offices sort: by the name itself, titles and
    ranks (``TITLES``: นาย, นางสาว, ดร., ผศ., ว่าที่ร.ต., พล.ต.อ. ...) ignored, in Thai dictionary
    order (``thai_collation_key``). The app, the command line and printing all sort with it."""
    return thai_collation_key(strip_titles(name)) + "\x01" + thai_collation_key(name)


def sort_people(people: Iterable[Person]) -> list[Person]:
    """People in roster order (``name_sort_key``; the id breaks a tie)."""
    return sorted(people, key=lambda p: (name_sort_key(p.name), p.id or 0))


def normalise_email(email: str) -> str:
    return clean_text(email).casefold()


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def normalise_phone(phone: str) -> str:
    """ASCII digits; a Thai number that lost its leading zero in Excel (812345678) gets it back."""
    text = clean_text(to_ascii_digits(phone))
    if text.isdigit() and 8 <= len(text) <= 9 and not text.startswith("0"):
        text = "0" + text
    return text


def same_person(a: Person, b: Person) -> bool:
    """True if two records describe the same person (see the module docstring).

    With e-mail on both sides the e-mail decides. Otherwise name key and agency must agree.
    """
    email_a, email_b = normalise_email(a.email), normalise_email(b.email)
    if email_a and email_b:
        return email_a == email_b
    return name_key(a.name) == name_key(b.name) and a.agency == b.agency


def find_same_person(person: Person, people: list[Person]) -> Person | None:
    """The roster entry that is ``person``: a matching e-mail first, then name and agency."""
    return PersonIndex(people).find(person)


class PersonIndex:
    """People looked up by identity key in constant time, answering exactly as a scan of the list
    with ``same_person`` would (e-mail first, then name and agency), earliest added first.

    Matching a 100,000-row file against a 100,000-person roster by scanning took hours; with the
    two dictionaries it takes a moment."""

    def __init__(self, people: Iterable[Person] = ()):
        self._by_email: dict[str, tuple[int, Person]] = {}
        self._by_name: dict[tuple[str, str], list[tuple[int, Person]]] = {}
        self._count = 0
        for person in people:
            self.add(person)

    @staticmethod
    def keys(person: Person) -> tuple[str, tuple[str, str]]:
        """(e-mail key, (name key, agency)): what ``add`` and ``find`` compute, to compute once."""
        return normalise_email(person.email), (name_key(person.name), person.agency)

    def add(self, person: Person, keys: tuple[str, tuple[str, str]] | None = None) -> None:
        email, name = keys or self.keys(person)
        entry = (self._count, person)
        self._count += 1
        if email:
            self._by_email.setdefault(email, entry)
        self._by_name.setdefault(name, []).append(entry)

    def find(
        self, person: Person, earliest: bool = False, keys: tuple[str, tuple[str, str]] | None = None
    ) -> Person | None:
        """The person ``same_person`` matches: by e-mail first (as ``find_same_person``), or with
        ``earliest`` the first added of all that match (as a scan with ``same_person``)."""
        email, name = keys or self.keys(person)
        found = self._by_email.get(email) if email else None
        if found is not None and not earliest:
            return found[1]
        for entry in self._by_name.get(name, ()):
            # same name and agency: the same person unless both have (different) e-mail addresses
            if entry[1] is not person and not (email and entry[1].email.strip()):
                if found is None or entry[0] < found[0]:
                    found = entry
                break
        return found[1] if found else None


def to_interview(people: Iterable[Person], assigned_ids: Collection[int]) -> list[Person]:
    """Everyone the secretariat prepares, in the order given: every interviewee, and anyone
    else with assigned questions. The one rule for coverage and for the printed booklet."""
    return [person for person in people if person.role == "interviewee" or person.id in assigned_ids]
