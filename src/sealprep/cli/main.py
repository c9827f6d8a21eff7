"""Argument parsing and dispatch for the ``sealprep`` command."""

from __future__ import annotations

import argparse
import os
import sys

from sealprep import __version__
from sealprep.cli import (
    assignments_commands,
    bank_commands,
    pack_commands,
    people_commands,
    print_command,
    rehearsal_commands,
    search_command,
)
from sealprep.cli.common import StarterBankProblem
from sealprep.failures import interface_language, is_expected, report
from sealprep.paths import default_store_path

COMMAND_MODULES = (
    bank_commands,
    search_command,
    people_commands,
    assignments_commands,
    rehearsal_commands,
    print_command,
    pack_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sealprep",
        description="Prepare people for the UNDP Gender Equality Seal interviews. "
        "With no command the desktop app opens.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="the store file (default: $SEALPREP_DB, else the per-user data folder)"
    )
    parser.add_argument("--version", action="version", version=f"sealprep {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check, without a window, that every bundled part works, and exit"
    )
    parser.add_argument("--debug", action="store_true", help="show Python tracebacks instead of a short message")
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def _utf8_output() -> None:
    """Thai must never crash a console that cannot show it (old Windows code pages)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(errors="replace")


def run(argv: list[str]) -> int:
    _utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from sealprep.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from sealprep.ui.app import run_app  # Qt is loaded only for the desktop app

            return run_app(args)
        return args.run(args)
    except StarterBankProblem as problem:
        for line in problem.problems:
            print(line, file=sys.stderr)
        print(f"sealprep: {problem}; import a bank with 'sealprep bank import FOLDER'", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `sealprep search ... | head`: the reader has gone, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if args.debug:
            raise
        return report_failure(exc, args)


def report_failure(exc: BaseException, args: argparse.Namespace) -> int:
    """One sentence (what happened, what to do) and the log path on stderr; never a traceback."""
    store_path = default_store_path(args.db)
    told = report(exc, interface_language(), store_path, context=f"store: {store_path}")
    print(f"sealprep: {told.for_console()}", file=sys.stderr)
    return 2 if is_expected(exc, store_path) else 1
