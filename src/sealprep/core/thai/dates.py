"""Dates as a Thai reader expects them: Buddhist era (year + 543), Thai month names, and the
digit style the user chose (Thai ๑๒๓ or Arabic 123). Dates are stored as ISO dates; only display
changes."""

from __future__ import annotations

from datetime import date, datetime, time

from sealprep.core.thai.text import to_thai_digits

BUDDHIST_ERA_OFFSET = 543
MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
MONTHS_LONG = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
DIGIT_STYLES = ("thai", "arabic")


def buddhist_year(day: date) -> int:
    return day.year + BUDDHIST_ERA_OFFSET


def _digits(text: str, digits: str) -> str:
    if digits not in DIGIT_STYLES:
        raise ValueError(f"digits must be one of {DIGIT_STYLES}, not {digits!r}")
    return to_thai_digits(text) if digits == "thai" else text


def format_thai_date(day: date, digits: str = "thai", long: bool = False, weekday: bool = False) -> str:
    """``9 ก.พ. 2569`` / ``๙ ก.พ. ๒๕๖๙``; long: ``9 กุมภาพันธ์ 2569``; weekday: ``วันจันทร์ที่ 9 ...``."""
    if isinstance(day, datetime):
        day = day.date()
    month = (MONTHS_LONG if long else MONTHS_SHORT)[day.month - 1]
    text = f"{day.day} {month} {buddhist_year(day)}"
    if weekday:
        text = f"วัน{WEEKDAYS[day.weekday()]}ที่ {text}"
    return _digits(text, digits)


def format_thai_time(moment: time, digits: str = "thai") -> str:
    """``09.30 น.``: the Thai way of writing a clock time."""
    return _digits(f"{moment.hour:02d}.{moment.minute:02d} น.", digits)


def format_thai_datetime(moment: datetime, digits: str = "thai") -> str:
    return f"{format_thai_date(moment, digits)} {format_thai_time(moment.time(), digits)}"
