"""Argument parsing and dispatch for the ``sealprep`` command."""

from __future__ import annotations

import argparse
import os
import sys

from sealprep import __version__
from sealprep.cli import (
    assignments_commands,
    bank_commands,
    people_commands,
    print_command,
    rehearsal_commands,
    search_command,
)
from sealprep.core.store import StoreError

COMMAND_MODULES = (
    bank_commands,
    search_command,
    people_commands,
    assignments_commands,
    rehearsal_commands,
    print_command,
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
    if args.command is None:
        from sealprep.ui.app import run_app  # Qt is loaded only for the desktop app

        return run_app(args)
    try:
        return args.run(args)
    except StoreError as exc:
        print(f"sealprep: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `sealprep search ... | head`: the reader has gone, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
