"""The one place that formats dates, times and numbers for people to read.

On a Thai interface (and in Thai print): Buddhist era (year + 543), Thai month names, and the
digit style the user chose (Thai ๑๒๓ or Arabic 123). On an English one: ``Mon 9 Feb 2026``,
``09:30``. Dates are stored as ISO dates and times as ``HH:MM``; only display changes. The
screen (``ui/secretariat/common.py``, ``ui/rehearsal/labels.py``), print
(``printing/labels.Numbers``) and the CLI all call these functions.
"""

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


def with_digits(text: str, digits: str) -> str:
    """``text`` with its digits in the chosen style (``thai``: ๑๒๓; ``arabic``: as written)."""
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
    return with_digits(text, digits)


def format_thai_time(moment: time, digits: str = "thai") -> str:
    """``09.30 น.``: the Thai way of writing a clock time."""
    return with_digits(f"{moment.hour:02d}.{moment.minute:02d} น.", digits)


def format_thai_datetime(moment: datetime, digits: str = "thai") -> str:
    return f"{format_thai_date(moment, digits)} {format_thai_time(moment.time(), digits)}"


# -- by interface language ------------------------------------------------------------------------
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS_TH_SHORT = ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.")


def display_number(value: int | str, language: str = "th", digits: str = "thai") -> str:
    """A number as shown: Thai digits only on a Thai interface with the Thai digit style."""
    text = str(value)
    return with_digits(text, digits) if language == "th" else text


def display_date(
    day: date, language: str = "th", digits: str = "thai", long: bool = False, weekday: bool = False
) -> str:
    """Thai interface: Buddhist era, ``๙ ก.พ. ๒๕๖๙`` or ``9 ก.พ. 2569`` by digit style.
    English interface: ``Mon 9 Feb 2026``."""
    if language == "th":
        return format_thai_date(day, digits=digits, long=long, weekday=weekday)
    text = f"{day.day} {_MONTH_NAMES_EN[day.month - 1]} {day.year}"
    return f"{_WEEKDAYS_EN[day.weekday()]} {text}" if weekday else text


def display_short_day(day: date, language: str = "th", digits: str = "thai") -> str:
    """A day tab's label: ``จ. ๙ ก.พ.`` / ``Mon 9 Feb`` (the year is in the tooltip)."""
    if language == "th":
        return with_digits(f"{_WEEKDAYS_TH_SHORT[day.weekday()]} {day.day} {MONTHS_SHORT[day.month - 1]}", digits)
    return f"{_WEEKDAYS_EN[day.weekday()]} {day.day} {_MONTH_NAMES_EN[day.month - 1]}"


def display_time(moment: time, language: str = "th", digits: str = "thai") -> str:
    """``09.30`` (Thai digits if chosen) on a Thai interface, ``09:30`` in English."""
    if language == "th":
        return with_digits(f"{moment.hour:02d}.{moment.minute:02d}", digits)
    return f"{moment.hour:02d}:{moment.minute:02d}"


def display_span(start: time, end: time, language: str = "th", digits: str = "thai", dash: str = "-") -> str:
    """``09.00-10.30 น.`` / ``09:00-10:30``."""
    span = f"{display_time(start, language, digits)}{dash}{display_time(end, language, digits)}"
    return f"{span} น." if language == "th" else span


# -- reading what people type -------------------------------------------------------------------
_NUMERIC_DATE = re.compile(r"^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORD_DATE = re.compile(r"^(\d{1,2})\s*([^\d\s]+(?:\s*[^\d\s]+)*?)\s*(\d{2,4})$")
_MONTH_FIRST_DATE = re.compile(r"^([A-Za-z]+\.?)\s*(\d{1,2}),?\s*(\d{4})$")
_ERA = re.compile(r"(?:พ\.\s*ศ\.|ค\.\s*ศ\.)\s*")
_MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
BUDDHIST_ERA_FROM = 2400
"""The first year read as Buddhist era (2400 BE is 1857 CE; no Common Era date is that late)."""


def _year(value: str) -> int:
    """A written year as a Gregorian year: Buddhist-era years (2400 and later) lose 543; a
    two-digit year is read as a Buddhist-era year (``69`` -> 2569 -> 2026), the Thai habit."""
    year = int(value)
    if year < 100:
        year += 2500
    if year >= BUDDHIST_ERA_FROM:
        year -= BUDDHIST_ERA_OFFSET
    return year


def _month(word: str) -> int | None:
    key = word.replace(" ", "").casefold()
    for names in (MONTHS_SHORT, MONTHS_LONG):
        for number, name in enumerate(names, start=1):
            if key == name.replace(" ", ""):
                return number
    key = key.rstrip(".")
    for number, name in enumerate(MONTHS_SHORT, start=1):
        if key == name.replace(".", ""):
            return number
    if len(key) >= 3:
        for number, prefix in enumerate(_MONTHS_EN, start=1):
            if key.startswith(prefix):
                return number
    return None


def parse_date(text: str) -> date:
    """A date as a Thai office writes it: ``2026-02-09``, ``9/2/2569``, ``๙ ก.พ. ๒๕๖๙``,
    ``9 กุมภาพันธ์ พ.ศ. 2569``, ``9 กุมภาพันธ์ 69``, ``9 Feb 2026``, ``February 9, 2026``,
    ``วันจันทร์ที่ 9 ก.พ. 2569``. Day first; a year from 2400 on is Buddhist era; ValueError when
    it is not a date."""
    cleaned = " ".join(to_ascii_digits(text).split())
    if cleaned.startswith("วัน") and "ที่" in cleaned:
        cleaned = cleaned.split("ที่", 1)[1].strip()
    cleaned = _ERA.sub("", cleaned).strip()
    try:
        if match := _ISO_DATE.match(cleaned):
            return date(_year(match.group(1)), int(match.group(2)), int(match.group(3)))
        if match := _NUMERIC_DATE.match(cleaned):
            return date(_year(match.group(3)), int(match.group(2)), int(match.group(1)))
        if match := _WORD_DATE.match(cleaned):
            month = _month(match.group(2))
            if month is not None:
                return date(_year(match.group(3)), month, int(match.group(1)))
        if match := _MONTH_FIRST_DATE.match(cleaned):
            month = _month(match.group(1))
            if month is not None:
                return date(_year(match.group(3)), month, int(match.group(2)))
    except ValueError:
        pass
    raise ValueError(f"'{text}' is not a date (write it as 9/2/2569 or 2026-02-09)")
