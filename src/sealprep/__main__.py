"""``sealprep``: with no subcommand the desktop app opens; with one, it works headless."""

from __future__ import annotations

import multiprocessing
import sys

from sealprep.cli.main import run


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen app's worker processes (bank parsing) start here
    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
