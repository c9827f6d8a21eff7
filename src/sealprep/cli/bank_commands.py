"""``sealprep bank check|import|export DIR``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sealprep.cli.common import open_store
from sealprep.core.bank.service import check_folder, export_folder, import_folder


def register(commands: argparse._SubParsersAction) -> None:
    bank = commands.add_parser("bank", help="check, import or export a question-bank folder")
    actions = bank.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="validate a bank folder; print every problem as path:line: message")
    check.add_argument("folder", type=Path)
    check.set_defaults(run=run_check)
    load = actions.add_parser("import", help="check a bank folder, then load it into the store (all or nothing)")
    load.add_argument("folder", type=Path)
    load.set_defaults(run=run_import)
    export = actions.add_parser("export", help="write the store's bank to a folder in the documented format")
    export.add_argument("folder", type=Path)
    export.set_defaults(run=run_export)


def _print_problems(folder: Path, problems, stream) -> None:
    for problem in problems:
        print(f"{(folder / problem.path).as_posix()}:{problem.line}: {problem.message}", file=stream)


def run_check(args: argparse.Namespace) -> int:
    problems = check_folder(args.folder)
    _print_problems(args.folder, problems, sys.stdout)
    if problems:
        print(f"{len(problems)} problem(s) in {args.folder}", file=sys.stderr)
        return 1
    print(f"{args.folder}: the bank is clean", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:

    with open_store(args) as store:
        result = import_folder(store, args.folder)
        if not result.ok or result.bank is None:
            _print_problems(args.folder, result.problems, sys.stderr)
            print(f"nothing imported: {len(result.problems)} problem(s) in {args.folder}", file=sys.stderr)
            return 1
        print(f"imported {len(result.bank.questions)} questions from {args.folder} into {store.path}")
    return 0


def run_export(args: argparse.Namespace) -> int:

    with open_store(args) as store:
        if store.bank.is_empty():
            print(f"sealprep: the store {store.path} has no bank to export", file=sys.stderr)
            return 1
        written = export_folder(store, args.folder)
    print(f"wrote {len(written)} files to {args.folder}")
    return 0
