"""One way for every command to understand ``--person`` (print, pack export, rehearsal).

A value may be a roster id (ASCII or Thai digits), a name as shown in the roster (with or
without its title, spacing and digits as typed), a unique part of a name, or, where the command
has one, ``me`` (the laptop's own user: ``find_person_or_me``). Ambiguous or unknown values give
one clear sentence that lists the candidates.
"""

from __future__ import annotations

from sealprep.core.secretariat.people import Person, clean_text, name_key
from sealprep.core.thai.text import search_form, to_ascii_digits

ME = "me"


class LookupProblem(Exception):
    """A --person value that names no one, or several people; the message says which."""


def find_person_or_me(people: list[Person], query: str) -> Person | None:
    """The one person ``query`` means; None for ``me``."""
    return None if clean_text(query).casefold() == ME else find_person(people, query)


def find_person(people: list[Person], query: str) -> Person:
    """The one person on the roster ``query`` means: a roster id, an exact name, else a unique
    part of a name."""
    text = clean_text(query)
    if text.casefold() == ME:
        raise LookupProblem("'me' (this laptop's user) is not on the roster; name a person or give an id")
    digits = to_ascii_digits(text)
    if digits.isdigit():
        for person in people:
            if person.id == int(digits):
                return person
    exact = [p for p in people if clean_text(p.name) == text] or [
        p for p in people if name_key(p.name) == name_key(text)
    ]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise LookupProblem(_ambiguous(query, exact))
    wanted = search_form(text).replace(" ", "")
    partial = [p for p in people if wanted and wanted in search_form(p.name).replace(" ", "")]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        hint = "; 'sealprep people list' shows every name and id" if people else "; the roster is empty"
        raise LookupProblem(f"no one on the roster is '{query}'{hint}")
    raise LookupProblem(_ambiguous(query, partial))


def _ambiguous(query: str, people: list[Person]) -> str:
    candidates = "\n".join(f"  {p.id}\t{p.name}\t{p.agency}" for p in people)
    return f"'{query}' could be any of {len(people)} people; name one by id:\n{candidates}"
