"""``sealprep assignments import FILE | export FILE | list``: who prepares which question."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sealprep.cli.common import open_store
from sealprep.cli.people_commands import clean_preview, export_table
from sealprep.core.secretariat.assignments_import import import_assignments, preview_assignments
from sealprep.core.secretariat.roster_export import assignments_table, export_assignments


def register(commands: argparse._SubParsersAction) -> None:
    group = commands.add_parser("assignments", help="import, export or list who prepares which question")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    load = actions.add_parser(
        "import",
        help="import assignments from CSV or XLSX with columns person, question, role; all rows or none",
        description="person: an e-mail or a name on the roster; question: a question id; "
        "role: primary or backup (หลัก/สำรอง; empty means primary).",
    )
    load.add_argument("file", type=Path)
    load.add_argument(
        "--replace", action="store_true", help="make the file the whole list: remove assignments it does not name"
    )
    load.add_argument("--dry-run", action="store_true", help="check the file and say what would change, change nothing")
    load.set_defaults(run=run_import)
    export = actions.add_parser("export", help="write every assignment to FILE (.xlsx or .csv)")
    export.add_argument("file", type=Path)
    export.add_argument(
        "--language", choices=("th", "en"), help="column titles in Thai or English (default: the app's language)"
    )
    export.set_defaults(run=run_export)
    listing = actions.add_parser("list", help="a header line, then one assignment a line: person, question, role")
    listing.add_argument("--json", action="store_true", help="print a JSON list for scripts")
    listing.set_defaults(run=run_list)


def run_import(args: argparse.Namespace) -> int:

    with open_store(args) as store:
        preview = clean_preview(store, args.file, preview_assignments)
        if preview is None:
            return 1
        if args.dry_run:
            print(
                f"{args.file}: clean; would import {preview.count('new')} new, {preview.count('change')} changed, "
                f"{preview.count('same')} unchanged"
            )
            return 0
        summary = import_assignments(store, preview, replace=args.replace)
    removed = f", {summary.removed} removed" if args.replace else ""
    print(
        f"imported {args.file}: {summary.added} new, {summary.changed} changed, {summary.unchanged} unchanged{removed}"
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    return export_table(args, export_assignments, "assignments")


def run_list(args: argparse.Namespace) -> int:

    with open_store(args) as store:
        _, rows = assignments_table(store, "en")
    if args.json:
        keys = ("person", "email", "agency", "question", "role", "dimension", "question_th")
        print(json.dumps([dict(zip(keys, row)) for row in rows], ensure_ascii=False, indent=2))
    else:
        print("person\tquestion\trole")
        for row in rows:
            print("\t".join(str(row[i]) for i in (0, 3, 4)))
    return 0
