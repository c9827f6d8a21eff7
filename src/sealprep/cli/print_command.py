"""``sealprep print``: briefing sheets, the booklet and the bank reference book as PDF files.

    sealprep print --person NAME_OR_ID [--person ...] --out DIR [--notes] [--marking TEXT]
    sealprep print --all --out DIR
    sealprep print --bank --out DIR

``--person`` takes a roster id, or a name: exact first (with or without the title, spacing and
digits aside), else a part of one name; a part that fits several people is an error that lists
them. One PDF per person; ``--all`` writes one booklet of everyone to interview; ``--bank`` the
reference book. Each written path is printed on its own line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sealprep.cli.common import open_store
from sealprep.core.secretariat.model import stored_id
from sealprep.core.secretariat.people import Person, clean_text, name_key
from sealprep.core.thai.text import search_form, to_ascii_digits


def register(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser(
        "print",
        help="write briefing sheets, the booklet or the bank reference book as PDF",
        description="Briefing sheets for interviewees (one PDF each), a booklet of everyone to interview, or the "
        "whole bank as a reference book. Language, digits and the page marking follow the app's preferences.",
    )
    what = command.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--person", action="append", metavar="NAME_OR_ID", help="a roster id or (part of) a name; repeatable"
    )
    what.add_argument("--all", action="store_true", help="one booklet with the sheets of everyone to interview")
    what.add_argument("--bank", action="store_true", help="the bank reference book")
    command.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help="the folder to write into (created if needed)"
    )
    command.add_argument("--notes", action="store_true", help="include the people's own rehearsal notes")
    command.add_argument(
        "--marking", metavar="TEXT", help="the marking in every page footer (default: the preferences')"
    )
    command.set_defaults(run=run_print)


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


def run_print(args: argparse.Namespace) -> int:
    from sealprep.printing.jobs import PrintOptions, print_bank_book, print_booklet, print_sheets

    options = PrintOptions(with_rehearsal_notes=args.notes, marking=args.marking)
    out: Path = args.out
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"{out}: cannot create the folder: {exc.strerror or exc}", file=sys.stderr)
        return 1
    with open_store(args) as store:
        if store.bank.question_count() == 0:
            print(
                "sealprep print: the question bank is empty; import it first (sealprep bank import FOLDER)",
                file=sys.stderr,
            )
            return 1
        try:
            if args.bank:
                results = [print_bank_book(store, out / "bank-reference.pdf", options)]
            elif args.all:
                results = [print_booklet(store, None, out / "booklet.pdf", options)]
            else:
                people = store.people.list()
                chosen = []
                for query in args.person:
                    try:
                        chosen.append(find_person(people, query))
                    except LookupProblem as problem:
                        print(f"sealprep print: {problem}", file=sys.stderr)
                        return 1
                results = print_sheets(store, [stored_id(person.id) for person in chosen], out, options)
        except OSError as exc:
            print(f"{exc.filename or out}: cannot write: {exc.strerror or exc}", file=sys.stderr)
            return 1
    for result in results:
        print(result.path)
    return 0
