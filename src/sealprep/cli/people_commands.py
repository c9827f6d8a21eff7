"""``sealprep people import FILE | list [--json] | export FILE``: the roster from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from sealprep.cli.common import open_store
from sealprep.core.secretariat.roster_export import export_roster
from sealprep.core.secretariat.roster_import import import_roster, preview_roster
from sealprep.core.secretariat.table_files import TableFileError


def register(commands: argparse._SubParsersAction) -> None:
    people = commands.add_parser("people", help="import, list or export the roster of interviewees and secretariat")
    actions = people.add_subparsers(dest="action", metavar="ACTION", required=True)
    load = actions.add_parser(
        "import",
        help="import people from CSV (UTF-8 or Thai Windows cp874) or XLSX; all rows or none",
        description="Columns: name, position, agency, email, phone (Thai titles such as ชื่อ-นามสกุล, ตำแหน่ง, "
        "หน่วยงาน, อีเมล, โทรศัพท์ are accepted). People already on the roster are updated, never duplicated.",
    )
    load.add_argument("file", type=Path)
    load.add_argument("--dry-run", action="store_true", help="check the file and say what would change, change nothing")
    load.set_defaults(run=run_import)
    listing = actions.add_parser("list", help="a header line, then one person a line: id, name, position, ...")
    listing.add_argument("--json", action="store_true", help="print a JSON list for scripts")
    listing.set_defaults(run=run_list)
    export = actions.add_parser("export", help="write the roster to FILE (.xlsx, or .csv in UTF-8 with BOM for Excel)")
    export.add_argument("file", type=Path)
    export.add_argument(
        "--language", choices=("th", "en"), help="column titles in Thai or English (default: the app's language)"
    )
    export.set_defaults(run=run_export)


def print_problems(path: Path, problems, stream=None) -> None:
    """``file: row N: message`` (or ``file: message`` for the file as a whole), one a line."""
    stream = stream or sys.stderr
    for problem in problems:
        print(f"{path}: {problem}", file=stream)


def clean_preview(store, path: Path, preview_file):
    """The file's preview when every row is clean; else None, with every problem on stderr."""
    try:
        preview = preview_file(store, path)
    except TableFileError as exc:
        print(exc, file=sys.stderr)
        return None
    if not preview.ok:
        print_problems(path, preview.problems)
        print(f"nothing imported: {len(preview.problems)} problem(s) in {path}", file=sys.stderr)
        return None
    return preview


def run_import(args: argparse.Namespace) -> int:

    with open_store(args) as store:
        preview = clean_preview(store, args.file, preview_roster)
        if preview is None:
            return 1
        counts = f"{preview.count('new')} new, {preview.count('update')} updated, {preview.count('same')} unchanged"
        if args.dry_run:
            print(f"{args.file}: clean ({preview.encoding}); would import {counts}")
            return 0
        summary = import_roster(store, preview)
    print(
        f"imported {args.file} ({preview.encoding}): {summary.added} new, {summary.updated} updated, {summary.unchanged} unchanged"
    )
    return 0


def run_list(args: argparse.Namespace) -> int:

    with open_store(args) as store:
        people = store.people.list()
    if args.json:
        print(json.dumps([asdict(p) for p in people], ensure_ascii=False, indent=2))
    else:
        print("id\tname\tposition\tagency\temail\tphone\trole")
        for p in people:
            print("\t".join((str(p.id), p.name, p.position, p.agency, p.email, p.phone, p.role)))
    return 0


def export_table(args: argparse.Namespace, export, what: str) -> int:
    """Write a table file with ``export(store, path, language)``; the language is the option's,
    else the store's preference. Used for the roster and for assignments."""

    with open_store(args) as store:
        language = args.language or store.preferences.load().language
        try:
            count = export(store, args.file, language)
        except TableFileError as exc:
            print(exc, file=sys.stderr)
            return 1
    print(f"wrote {count} {what} to {args.file}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    return export_table(args, export_roster, "people")
