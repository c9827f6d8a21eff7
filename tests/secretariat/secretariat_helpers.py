"""Helpers shared by the secretariat tests."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    """A CSV file as a Thai office would save it, CRLF line ends, in the given encoding."""
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def rehearse(store, person_id: int, ratings: dict[str, int]) -> None:
    """One mock interview through the real rehearsal session: every question of the bank in bank
    order; the questions in ``ratings`` are rated (1-4) with every key point covered."""
    from datetime import UTC, datetime, timedelta

    from sealprep.core.rehearsal.session import RehearsalSession, SessionSettings

    moments = iter(range(10_000))
    start = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)
    settings = SessionSettings(person_id=person_id, order="bank", count=0)
    session = RehearsalSession.start(
        store,
        settings,
        lambda _p: [],
        now=lambda: float(next(moments)),
        clock=lambda: start + timedelta(minutes=next(moments)),
    )
    while True:
        rating = ratings.get(session.item.question.id)
        if rating:
            for position in range(len(session.item.question.key_points)):
                session.set_key_point(position, True)
            session.rate(rating)
        if not session.next():
            return
