"""``sealprep search QUERY``: ranked full-text search, one question a line (or JSON)."""

from __future__ import annotations

import argparse
import json

from sealprep.cli.common import open_store


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("search", help="search questions, answers, key points and evidence (Thai or English)")
    parser.add_argument("query", nargs="+", help="words or Thai text to find (every term must match)")
    parser.add_argument("--json", action="store_true", help="print a JSON list for scripts")
    parser.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")
    parser.set_defaults(run=run_search)


def run_search(args: argparse.Namespace) -> int:

    with open_store(args) as store:
        hits = store.search(" ".join(args.query), limit=args.limit)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": h.question_id,
                        "dimension": h.dimension,
                        "score": round(h.score, 4),
                        "question_th": h.question_th,
                        "question_en": h.question_en,
                    }
                    for h in hits
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print("id\tdimension\tquestion")
        for hit in hits:
            print(f"{hit.question_id}\t{hit.dimension}\t{hit.question_th}")
    return 0 if hits else 1
