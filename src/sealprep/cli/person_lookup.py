"""Which roster person a command-line ``--person NAME_OR_ID`` means (print, pack export)."""

from __future__ import annotations

from sealprep.core.secretariat.people import Person, clean_text, name_key
from sealprep.core.thai.text import search_form, to_ascii_digits


class LookupProblem(Exception):
    """A --person value that names no one, or several people."""


def find_person(people: list[Person], query: str) -> Person:
    """The one person ``query`` means: a roster id, an exact name, else a unique part of a name."""
    text = clean_text(query)
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
        raise LookupProblem(f"no one on the roster is '{query}'")
    raise LookupProblem(_ambiguous(query, partial))


def _ambiguous(query: str, people: list[Person]) -> str:
    candidates = "\n".join(f"  {p.id}\t{p.name}\t{p.agency}" for p in people)
    return f"'{query}' could be any of {len(people)} people; name one by id:\n{candidates}"
