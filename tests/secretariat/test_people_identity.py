"""Who is the same person: titles, spacing, digits, e-mail and agency."""

from __future__ import annotations

import pytest

from sealprep.core.secretariat.people import Person, find_same_person, name_key, normalise_phone, strip_titles


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("นายสมชาย ใจดี", "สมชาย ใจดี"),
        ("นางสาวสมหญิง รักเรียน", "สมหญิง รักเรียน"),
        ("นางสมศรี มีสุข", "สมศรี มีสุข"),
        ("ดร.วิชัย มั่นคง", "วิชัย มั่นคง"),
        ("ผศ.ดร. วิชัย มั่นคง", "วิชัย มั่นคง"),
        ("ว่าที่ร้อยตรี สมปอง ดีมาก", "สมปอง ดีมาก"),
        ("Ms. Damaris Rosabal", "Damaris Rosabal"),
        ("คุณสุปราณี พงษ์เรืองพันธ์", "สุปราณี พงษ์เรืองพันธ์"),
        ("คุณากร ศรีสุข", "คุณากร ศรีสุข"),  # คุณ + sara aa is a name, not a title
        ("นายิกา ดอกไม้", "นายิกา ดอกไม้"),  # นาย + sara i: a name again
        ("Drake Lee", "Drake Lee"),  # no space after "Dr": not a title
        ("นาย", "นาย"),  # a title alone stays
    ],
)
def test_strip_titles_keeps_names_that_only_look_like_titles(written, bare):
    assert strip_titles(written) == bare


def test_name_key_ignores_title_spacing_and_digit_style():
    assert name_key("นายสมชาย ใจดี") == name_key("สมชาย  ใจดี") == name_key(" นาย สมชาย ใจดี ")
    assert name_key("นายสมชาย ๒") == name_key("สมชาย 2")
    assert name_key("นายสมชาย ใจดี") != name_key("นายสมชาย ใจงาม")


def test_email_decides_when_both_records_have_one():
    roster = [Person("นายสมชาย ใจดี", agency="สยป.", email="Somchai@Example.org", id=1)]
    assert find_same_person(Person("สมชาย ใจดี", agency="สนศ.", email="somchai@example.org"), roster).id == 1
    # same name and agency but another e-mail: another person
    assert find_same_person(Person("นายสมชาย ใจดี", agency="สยป.", email="other@example.org"), roster) is None


def test_name_and_agency_decide_without_email():
    roster = [Person("นายสมชาย ใจดี", agency="สยป.", email="somchai@example.org", id=1)]
    assert find_same_person(Person("สมชาย ใจดี", agency="สยป."), roster).id == 1
    assert find_same_person(Person("สมชาย ใจดี", agency="สนศ."), roster) is None


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("๐๘๑-๒๓๔-๕๖๗๘", "081-234-5678"),
        ("812345678", "0812345678"),  # Excel dropped the leading zero of a mobile number
        ("22211111", "022211111"),  # ... and of a Bangkok landline
        ("0812345678", "0812345678"),
        ("02 221 1111 ต่อ 123", "02 221 1111 ต่อ 123"),
    ],
)
def test_phone_numbers_get_ascii_digits_and_their_lost_zero(written, kept):
    assert normalise_phone(written) == kept
