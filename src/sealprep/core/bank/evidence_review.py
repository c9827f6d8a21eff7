"""Evidence the secretariat should look at: dated longer ago than the threshold, or with no owner.

Assessors check evidence, so every document should have an agency that holds it and a date it is
current as of. ``review_evidence`` lists the items that fail either test; the threshold is the
``evidence_max_age_months`` preference (12 months unless the secretariat changes it).
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sealprep.core.bank.model import EvidenceItem

STALE = "stale"
NO_OWNER = "no_owner"


@dataclass(frozen=True)
class EvidenceToReview:
    question_id: str
    item: EvidenceItem
    reasons: tuple[str, ...]
    """STALE and/or NO_OWNER."""


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def review_evidence(
    evidence: Mapping[str, list[EvidenceItem]],
    today: date,
    max_age_months: int = 12,
    stale_only: bool = False,
) -> list[EvidenceToReview]:
    """Items dated before ``today`` minus ``max_age_months``, and (unless ``stale_only``) items
    with no owner; question order and file order are kept. Undated items are never stale."""
    cutoff = months_before(today, max_age_months)
    found = []
    for question_id, items in evidence.items():
        for item in items:
            reasons = []
            if item.as_of is not None and item.as_of < cutoff:
                reasons.append(STALE)
            if not item.owner and not stale_only:
                reasons.append(NO_OWNER)
            if reasons:
                found.append(EvidenceToReview(question_id, item, tuple(reasons)))
    return found
