"""``sealprep bank check|import|export DIR``, and the secretariat's lists: ``bank benchmarks``,
``bank evidence`` and ``bank confirm``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from sealprep.cli.common import open_store
from sealprep.core.bank.file_names import UnsafePathError
from sealprep.core.bank.model import printable
from sealprep.core.bank.service import check_folder, export_folder, import_folder


def register(commands: argparse._SubParsersAction) -> None:
    bank = commands.add_parser("bank", help="check, import or export a question-bank folder")
    actions = bank.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="validate a bank folder; print every problem as path:line: message")
    check.add_argument("folder", type=Path)
    check.set_defaults(run=run_check)
    load = actions.add_parser("import", help="check a bank folder, then load it into the store (all or nothing)")
    load.add_argument("folder", type=Path)
    load.set_defaults(run=run_import, starter_bank=False)
    export = actions.add_parser("export", help="write the store's bank to a folder in the documented format")
    export.add_argument("folder", type=Path)
    export.set_defaults(run=run_export)
    benchmarks = actions.add_parser(
        "benchmarks",
        help="one line per benchmark (and per goal without benchmarks): questions, assigned and ready people, evidence",
    )
    benchmarks.add_argument("--json", action="store_true", help="a JSON list instead of tab-separated lines")
    benchmarks.set_defaults(run=run_benchmarks)
    evidence = actions.add_parser(
        "evidence", help="evidence to review: dated longer ago than the threshold, or with no owner"
    )
    evidence.add_argument("--stale", action="store_true", help="only evidence older than the threshold")
    evidence.add_argument(
        "--months", type=int, metavar="N", help="the threshold in months (default: the stored preference, 12)"
    )
    evidence.add_argument("--json", action="store_true", help="a JSON list instead of tab-separated lines")
    evidence.set_defaults(run=run_evidence)
    confirm = actions.add_parser("confirm", help="the facts questions flag for the secretariat to confirm")
    confirm.add_argument("--json", action="store_true", help="a JSON list instead of tab-separated lines")
    confirm.set_defaults(run=run_confirm)


def _print_problems(folder: Path, problems, stream) -> None:
    for problem in problems:
        print(f"{printable((folder / problem.path).as_posix())}:{problem.line}: {problem.message}", file=stream)


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
        try:
            written = export_folder(store, args.folder)
        except UnsafePathError as exc:
            print(f"sealprep: nothing exported: {exc}", file=sys.stderr)
            return 1
    print(f"wrote {len(written)} files to {args.folder}")
    return 0


def _print_records(records: Sequence[Mapping[str, object]], header: tuple[str, ...], as_json: bool) -> None:
    """JSON, or tab-separated lines after a header line (None is an empty field)."""
    if as_json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return
    print("\t".join(header))
    for record in records:
        print("\t".join("" if record[key] is None else str(record[key]) for key in header))


def _open_bank(args: argparse.Namespace):
    store = open_store(args)
    if store.bank.is_empty():
        store.close()
        print(f"sealprep: the store {store.path} has no bank yet: run 'sealprep bank import DIR'", file=sys.stderr)
        return None
    return store


def run_benchmarks(args: argparse.Namespace) -> int:
    from sealprep.core.secretariat.benchmark_coverage import (
        BENCHMARK_TABLE_HEADER,
        benchmark_overview,
        benchmark_table,
    )

    store = _open_bank(args)
    if store is None:
        return 1
    with store:
        _print_records(benchmark_table(benchmark_overview(store)), BENCHMARK_TABLE_HEADER, args.json)
    return 0


EVIDENCE_HEADER = ("question", "title", "url", "owner", "as_of", "problems")


def run_evidence(args: argparse.Namespace) -> int:
    from sealprep.core.bank.evidence_review import review_evidence

    if args.months is not None and args.months < 1:
        print("sealprep: --months must be at least 1", file=sys.stderr)
        return 2
    store = _open_bank(args)
    if store is None:
        return 1
    with store:
        months = args.months or store.preferences.load().evidence_max_age_months
        found = review_evidence(store.bank.evidence(), date.today(), months, stale_only=args.stale)
    records = [
        {
            "question": f.question_id,
            "title": f.item.title,
            "url": f.item.url,
            "owner": f.item.owner,
            "as_of": f.item.as_of.isoformat() if f.item.as_of else None,
            "problems": ",".join(f.reasons),
        }
        for f in found
    ]
    _print_records(records, EVIDENCE_HEADER, args.json)
    print(f"{len(found)} evidence item(s) to review (threshold {months} months)", file=sys.stderr)
    return 0


CONFIRM_HEADER = ("question", "fact", "reason", "ask")


def run_confirm(args: argparse.Namespace) -> int:
    store = _open_bank(args)
    if store is None:
        return 1
    with store:
        facts = store.bank.facts_to_confirm()
    records = [{"question": qid, "fact": f.fact, "reason": f.reason, "ask": f.agency} for qid, f in facts]
    _print_records(records, CONFIRM_HEADER, args.json)
    return 0
