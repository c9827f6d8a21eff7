"""``sealprep pack``: carry preparation to laptops and progress back, as one file each.

    sealprep pack export --preparation [--person NAME_OR_ID] FILE
    sealprep pack export --progress --person NAME_OR_ID [--with-notes] [--with-recordings] FILE
    sealprep pack import FILE_OR_FOLDER...

``--person`` takes a roster id or a name, as ``sealprep print`` does. ``import`` takes pack files
and folders (every ``.sealpack`` in them), imports each in its own transaction and prints one
summary line per pack; the exit status is 1 when any pack was refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sealprep.cli.common import open_store
from sealprep.cli.person_lookup import LookupProblem, find_person
from sealprep.core.packs import PackResult, export_preparation, export_progress, import_packs


def register(commands: argparse._SubParsersAction) -> None:
    pack = commands.add_parser(
        "pack",
        help="export or import packs (preparation for laptops, progress for the secretariat)",
        description="A pack is one .sealpack file that travels by USB stick, e-mail or chat. See docs/packs.md.",
    )
    actions = pack.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write a preparation or a progress pack")
    kind = export.add_mutually_exclusive_group(required=True)
    kind.add_argument("--preparation", action="store_true", help="the bank, people, assignments and interview sessions")
    kind.add_argument("--progress", action="store_true", help="one person's rehearsals (needs --person)")
    export.add_argument("--person", metavar="NAME_OR_ID", help="a roster id or (part of) a name")
    export.add_argument("--with-notes", action="store_true", help="progress: include the notes typed during rehearsals")
    export.add_argument(
        "--with-recordings", action="store_true", help="progress: include the recorded answers (they are personal)"
    )
    export.add_argument("file", type=Path, metavar="FILE", help="the pack to write (.sealpack)")
    export.set_defaults(run=run_export)
    importing = actions.add_parser("import", help="import pack files, or every .sealpack in a folder")
    importing.add_argument("paths", type=Path, nargs="+", metavar="FILE_OR_FOLDER")
    importing.set_defaults(run=run_import)


def run_export(args: argparse.Namespace) -> int:

    if args.progress and not args.person:
        print("sealprep pack export: --progress needs --person NAME_OR_ID", file=sys.stderr)
        return 2
    if (args.with_notes or args.with_recordings) and not args.progress:
        print("sealprep pack export: --with-notes and --with-recordings go with --progress", file=sys.stderr)
        return 2
    path: Path = args.file if args.file.suffix else args.file.with_suffix(".sealpack")
    with open_store(args) as store:
        person_id = None
        if args.person:
            try:
                person_id = find_person(store.people.list(), args.person).id
            except LookupProblem as problem:
                print(f"sealprep pack export: {problem}", file=sys.stderr)
                return 1
        try:
            if args.progress:
                assert person_id is not None
                result = export_progress(
                    store, path, person_id, with_notes=args.with_notes, with_recordings=args.with_recordings
                )
            else:
                result = export_preparation(store, path, person_id)
        except OSError as exc:
            print(f"{exc.filename or path}: cannot write: {exc.strerror or exc}", file=sys.stderr)
            return 1
    if result.kind == "progress":
        print(f"{result.path}: progress pack, {result.sessions} rehearsals, {result.attempts} questions asked")
    else:
        print(
            f"{result.path}: preparation pack, {result.questions} questions, {result.people} people, "
            f"{result.assignments} assignments, {result.sessions} interview sessions"
        )
    return 0


KIND_LABELS = {
    "person": "people",
    "assignment": "assignments",
    "assessor": "assessors",
    "session": "interview sessions",
    "rehearsal_session": "rehearsals",
    "attempt": "questions asked",
}


def summary_line(result: PackResult) -> str:
    """One line for one pack: what came in, what was kept, or why it was refused."""
    if result.refused:
        return f"{result.path}: refused, nothing changed: {result.refused}"
    who = f" for {result.person_name}" if result.person_name else ""
    head = f"{result.path}: {result.kind} pack{who}"
    if result.already_imported:
        return f"{head}: already imported, nothing to do"
    parts = []
    for kind, tally in result.tallies.items():
        counts = [f"{n} {word}" for n, word in ((tally.added, "new"), (tally.updated, "updated")) if n]
        counts += [f"{tally.removed} removed"] if tally.removed else []
        counts += [f"{tally.kept} kept ours (newer)"] if tally.kept else []
        if counts:
            parts.append(f"{KIND_LABELS.get(kind, kind)}: {', '.join(counts)}")
    if result.bank_questions is not None:
        parts.append(f"bank replaced ({result.bank_questions} questions)")
    elif result.bank_kept:
        parts.append("bank kept (ours is the same or newer)")
    if result.me:
        parts.append(f"this laptop now rehearses as {result.me}")
    return f"{head}: {'; '.join(parts) or 'nothing new'}"


def run_import(args: argparse.Namespace) -> int:

    with open_store(args) as store:
        report = import_packs(store, args.paths)
    if not report.results:
        print("sealprep pack import: no .sealpack files found", file=sys.stderr)
        return 1
    for result in report.results:
        print(summary_line(result), file=sys.stderr if result.refused else sys.stdout)
        for problem in result.problems:
            print(f"  {problem}", file=sys.stderr)
    return 1 if report.refused else 0
