"""How framework texts and evidence details read on screen and on paper, in one place so the
app and the printed documents say the same thing.

- ``criterion_text``: a benchmark's (or goal's) text in the reader's language, with a mark when
  that text is the bank's own wording rather than UNDP's (``bank_wording`` in framework.yaml),
  and a plain sentence for a placeholder benchmark whose text is not in the bank yet.
- ``evidence_details``: an evidence item's owner and as-of date, e.g. ``เจ้าของ: สยป. · ข้อมูล ณ
  ๘ ก.ค. ๒๕๖๗`` (Buddhist era in Thai) or ``owner: สยป. · as of 8 Jul 2024``.
"""

from __future__ import annotations

from sealprep.core.bank.model import Benchmark, Dimension, EvidenceItem, Goal
from sealprep.core.thai.dates import format_thai_date

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

WORDS = {
    "th": {
        "bank_wording": "ถ้อยคำของคลังคำถาม ไม่ใช่ต้นฉบับของ UNDP",
        "placeholder": "ยังไม่มีข้อความเกณฑ์ของ UNDP ในคลังคำถาม",
        "owner": "เจ้าของ: {owner}",
        "as_of": "ข้อมูล ณ {date}",
    },
    "en": {
        "bank_wording": "the bank's wording, not UNDP's",
        "placeholder": "UNDP's text is not in the bank yet",
        "owner": "owner: {owner}",
        "as_of": "as of {date}",
    },
}


def _words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["th"])


def criterion_text(item: Benchmark | Goal | Dimension, language: str = "th") -> tuple[str, str]:
    """(text, mark): the text in ``language`` (the other language's when that one is missing),
    and the mark to show beside it ("" for UNDP's own text)."""
    words = _words(language)
    if isinstance(item, Benchmark) and not item.text_known:
        return words["placeholder"], ""
    shown = "en" if (language == "en" and item.en) or not item.th else "th"
    text = item.en if shown == "en" else item.th
    return text, words["bank_wording"] if shown in item.bank_wording else ""


def wording_mark(item: Benchmark | Goal | Dimension, text_language: str, language: str = "th") -> str:
    """The mark for the ``text_language`` text of ``item`` ("" when it is UNDP's)."""
    return _words(language)["bank_wording"] if text_language in item.bank_wording else ""


def evidence_details(item: EvidenceItem, language: str = "th", digits: str = "thai") -> str:
    """The owner and as-of date of an evidence item for a reader; "" when it has neither."""
    words = _words(language)
    parts = []
    if item.owner:
        parts.append(words["owner"].format(owner=item.owner))
    if item.as_of is not None:
        day = item.as_of
        shown = (
            f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
            if language == "en"
            else format_thai_date(day, digits=digits)
        )
        parts.append(words["as_of"].format(date=shown))
    return " · ".join(parts)
