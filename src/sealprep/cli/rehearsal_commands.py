"""``sealprep rehearsal readiness|history``: the mock-interview record, headless.

    sealprep rehearsal readiness [--person NAME_OR_ID|me] [--json]
    sealprep rehearsal history [--person NAME_OR_ID|me] [--search TEXT] [--json]

``--person`` is understood as everywhere (``cli.person_lookup``): a roster id, a name or a
unique part of one, or ``me``. ``readiness`` prints a header line, then one line per person and
dimension (tab-separated: person id, name, dimension, ready, partial, not ready, not rehearsed,
total, share ready); without --person it covers the laptop's own user and everyone on the
roster. ``--json`` adds ``latest_progress``: when the person's newest imported progress pack was
made (see docs/packs.md), or null. ``history`` prints a header line, then one attempt a line,
newest first.
"""

from __future__ import annotations

import argparse
import json
import sys

from sealprep.cli.common import open_store
from sealprep.cli.person_lookup import ME, LookupProblem, find_person_or_me
from sealprep.core.rehearsal.readiness import readiness_for


def register(commands: argparse._SubParsersAction) -> None:
    rehearsal = commands.add_parser("rehearsal", help="mock-interview readiness and history")
    actions = rehearsal.add_subparsers(dest="action", metavar="ACTION", required=True)
    readiness = actions.add_parser("readiness", help="share of each person's questions that are ready, per dimension")
    readiness.add_argument("--person", help="a name or id from the roster, or 'me' (default: everyone)")
    readiness.add_argument("--json", action="store_true", help="print JSON instead of tab-separated lines")
    readiness.set_defaults(run=run_readiness)
    history = actions.add_parser("history", help="one person's attempts, newest first")
    history.add_argument("--person", default="me", help="a name or id from the roster, or 'me' (the default)")
    history.add_argument("--search", default="", help="only attempts whose notes or question contain this text")
    history.add_argument("--json", action="store_true", help="print JSON instead of tab-separated lines")
    history.set_defaults(run=run_history)


class _UnknownPerson(Exception):
    pass


def _person(store, value: str | None) -> tuple[int | None, str]:
    """(id, name) for ``me`` or anyone on the roster (``cli.person_lookup``); raises
    _UnknownPerson with a message."""
    try:
        person = find_person_or_me(store.people.list(), value or ME)
    except LookupProblem as problem:
        raise _UnknownPerson(f"sealprep: {problem}") from None
    return (None, ME) if person is None else (person.id, person.name)


def run_readiness(args: argparse.Namespace) -> int:

    with open_store(args) as store:
        try:
            people = (
                [_person(store, args.person)]
                if args.person
                else [(None, "me")] + [(p.id, p.name) for p in store.people.list()]
            )
        except _UnknownPerson as exc:
            print(exc, file=sys.stderr)
            return 1
        records = []
        latest = store.packs.latest_progress()
        for person_id, name in people:
            readiness = readiness_for(store, person_id)
            made = latest.get(person_id) if person_id is not None else None
            for d in readiness.dimensions:
                records.append(
                    {
                        "person_id": person_id,
                        "name": name,
                        "dimension": d.dimension,
                        "ready": d.ready,
                        "partial": d.partial,
                        "not_ready": d.not_ready,
                        "unrehearsed": d.unrehearsed,
                        "total": d.total,
                        "share_ready": d.share_ready,
                        "assigned_only": readiness.assigned_only,
                        "latest_progress": made.isoformat() if made else None,
                    }
                )
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    print("person\tname\tdimension\tready\tpartial\tnot ready\tnot rehearsed\ttotal\tshare ready")
    for r in records:
        share = "" if r["share_ready"] is None else f"{r['share_ready']:.2f}"
        person = "me" if r["person_id"] is None else r["person_id"]
        print(
            f"{person}\t{r['name']}\t{r['dimension']}\t{r['ready']}\t{r['partial']}\t{r['not_ready']}\t{r['unrehearsed']}\t{r['total']}\t{share}"
        )
    return 0


def run_history(args: argparse.Namespace) -> int:

    with open_store(args) as store:
        try:
            person_id, _name = _person(store, args.person)
        except _UnknownPerson as exc:
            print(exc, file=sys.stderr)
            return 1
        attempts = store.rehearsal.person_attempts(person_id, args.search)
    records = [
        {
            "attempt_id": a.id,
            "session_id": a.session_id,
            "started_at": a.started_at.isoformat(),
            "question_id": a.question_id,
            "question_th": a.question_th,
            "rating": a.rating,
            "skipped": a.skipped,
            "seconds_used": round(a.seconds_used, 1),
            "time_limit": a.time_limit,
            "key_points_covered": len(a.key_points_covered),
            "key_points_total": a.key_points_total,
            "notes": a.notes,
        }
        for a in attempts
    ]
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    print("started\tquestion\trating\tseconds/limit\tkey points\tnotes")
    for r in records:
        notes = " ".join(str(r["notes"]).split())
        rating = r["rating"] if r["rating"] is not None else ("skipped" if r["skipped"] else "-")
        print(
            f"{r['started_at']}\t{r['question_id']}\t{rating}\t{r['seconds_used']:.0f}/{r['time_limit']}\t"
            f"{r['key_points_covered']}/{r['key_points_total']}\t{notes}"
        )
    return 0
