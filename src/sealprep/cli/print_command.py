"""``sealprep print``: briefing sheets, the booklet and the bank reference book as PDF files.

    sealprep print --person NAME_OR_ID [--person ...] --out DIR [--notes] [--marking TEXT] [--gutter MM]
    sealprep print --all --out DIR
    sealprep print --bank --out DIR

``--person`` is understood as everywhere (``cli.person_lookup``): a roster id, or a name exact
first (with or without the title, spacing and digits aside), else a part of one name; a part
that fits several people is an error that lists them. One PDF per person; ``--all`` writes one booklet of everyone to interview; ``--bank`` the
reference book. Each written path is printed on its own line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sealprep.cli.common import open_store
from sealprep.cli.person_lookup import LookupProblem, find_person
from sealprep.core.preferences import MAX_BINDING_GUTTER_MM
from sealprep.core.secretariat.model import stored_id
from sealprep.core.thai.text import to_ascii_digits


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
    command.add_argument(
        "--gutter",
        type=_gutter_mm,
        metavar="MM",
        help=f"a binding gutter for duplex printing: MM extra millimetres of inner margin, 0-{MAX_BINDING_GUTTER_MM} "
        "(left on odd pages, right on even ones; default: the preferences')",
    )
    command.set_defaults(run=run_print)


def _gutter_mm(text: str) -> int:
    """``--gutter``: whole millimetres, Thai digits accepted."""
    try:
        value = int(to_ascii_digits(text.strip()))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of millimetres") from None
    if not 0 <= value <= MAX_BINDING_GUTTER_MM:
        raise argparse.ArgumentTypeError(f"{value} mm is outside 0-{MAX_BINDING_GUTTER_MM} mm")
    return value


def run_print(args: argparse.Namespace) -> int:
    from sealprep.core.documents.briefing import booklet_people
    from sealprep.printing.jobs import PrintOptions, print_bank_book, print_booklet, print_sheets

    options = PrintOptions(with_rehearsal_notes=args.notes, marking=args.marking, gutter_mm=args.gutter)
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
                if not booklet_people(store):
                    print(
                        "sealprep print: no one on the roster to interview; import a roster first "
                        "(sealprep people import examples/roster-example-cp874.csv shows the format)",
                        file=sys.stderr,
                    )
                    return 1
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
    for warning in dict.fromkeys(w for result in results for w in result.warnings):
        print(f"sealprep print: warning: {warning}", file=sys.stderr)
    return 0
