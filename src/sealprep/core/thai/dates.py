"""Dates as a Thai reader expects them: Buddhist era (year + 543), Thai month names, and the
digit style the user chose (Thai ๑๒๓ or Arabic 123). Dates are stored as ISO dates; only display
changes."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from sealprep.core.thai.text import to_ascii_digits, to_thai_digits

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


_ENGLISH_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
BUDDHIST_ERA_FROM = 2400
"""The first year read as Buddhist era (2400 BE is 1857 CE; no Common Era document is that late)."""


def _month_number(word: str) -> int | None:
    word = word.strip().casefold()
    for names in (MONTHS_SHORT, MONTHS_LONG):
        for index, name in enumerate(names):
            if word in (name, name.replace(".", "")):
                return index + 1
    for index, name in enumerate(_ENGLISH_MONTHS):
        if len(word.rstrip(".")) >= 3 and name.startswith(word.rstrip(".")):
            return index + 1
    return None


def parse_date(text: str) -> date:
    """A date as people write it in Thai or English documents; raises ValueError with a reason.

    Accepted: ``2024-07-08`` / ``2567-07-08``, ``8/7/2567`` (day/month/year), ``8 ก.ค. 2567``,
    ``8 กรกฎาคม 2567``, ``8 July 2024``, ``July 8, 2024``; Thai digits anywhere. A year from 2400
    on is Buddhist era (year - 543).
    """
    raw = " ".join(to_ascii_digits(text).replace(",", " ").split())
    day = month = year = None
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw):
        year, month, day = (int(g) for g in match.groups())
    elif match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", raw):
        day, month, year = (int(g) for g in match.groups())
    elif match := re.fullmatch(r"(\d{1,2}) (\S+?) (?:พ\.ศ\. ?|ค\.ศ\. ?)?(\d{4})", raw):
        day, month, year = int(match.group(1)), _month_number(match.group(2)), int(match.group(3))
    elif match := re.fullmatch(r"([A-Za-z]+\.?) (\d{1,2}) (\d{4})", raw):
        month, day, year = _month_number(match.group(1)), int(match.group(2)), int(match.group(3))
    if day is None or year is None:
        raise ValueError(f"'{text}' is not a date (write e.g. 8 ก.ค. 2567, 8/7/2567 or 2024-07-08)")
    if month is None:
        raise ValueError(f"'{text}': the month is not a month name")
    if year >= BUDDHIST_ERA_FROM:
        year -= BUDDHIST_ERA_OFFSET
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"'{text}' is not a day of the calendar") from None
