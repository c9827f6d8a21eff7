"""What every ``sealprep`` subcommand shares; ``cli/main.py`` imports the subcommands, never the
other way round."""

from __future__ import annotations

import argparse

from sealprep.core.store import Store
from sealprep.paths import default_store_path


def open_store(args: argparse.Namespace) -> Store:
    """The store named by ``--db`` (else $SEALPREP_DB, else the per-user data folder)."""
    return Store.open(default_store_path(args.db))
