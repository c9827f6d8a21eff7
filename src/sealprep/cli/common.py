"""What every ``sealprep`` subcommand shares; ``cli/main.py`` imports the subcommands, never the
other way round."""

from __future__ import annotations

import argparse

from sealprep.core.bank.first_run import ensure_bank
from sealprep.core.store import Store
from sealprep.paths import default_store_path


def open_store(args: argparse.Namespace) -> Store:
    """The store named by ``--db`` (else $SEALPREP_DB, else the per-user data folder), with the
    starter bank in it when it had no bank yet (as the app does), so every command works on a
    fresh store; ``bank import`` opts out (it brings its own bank)."""
    store = Store.open(default_store_path(args.db))
    if getattr(args, "starter_bank", True):
        started = ensure_bank(store)
        if started is not None and not started.ok:
            store.close()
            raise StarterBankProblem([str(problem) for problem in started.problems])
    return store


class StarterBankProblem(Exception):
    """A fresh store's starter bank has problems (each one a line, file and line number)."""

    def __init__(self, problems: list[str]):
        super().__init__("the starter bank could not be loaded")
        self.problems = problems
