"""The interview schedule: typing dates and times, Buddhist-era display, conflicts, the store."""

from __future__ import annotations

from datetime import date, time

import pytest

from sealprep.core.secretariat.schedule import (
    ASSESSOR_OVERLAP,
    BAD_TIME,
    NO_INTERVIEWEE,
    PERSON_OVERLAP,
    ROOM_OVERLAP,
    Assessor,
    Session,
    assessment_days,
    display_span,
    find_conflicts,
    parse_date,
    parse_time,
    schedule_conflicts,
    sessions_for_person,
)
from sealprep.core.thai.dates import display_date, display_short_day

MONDAY = date(2026, 2, 9)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("9:30", time(9, 30)),
        ("09.30", time(9, 30)),
        ("๙.๓๐", time(9, 30)),
        ("๐๙:๓๐ น.", time(9, 30)),
        ("0930", time(9, 30)),
        ("13", time(13, 0)),
        ("13.00 น.", time(13, 0)),
        (" 16 : 45 ", time(16, 45)),
    ],
)
def test_times_as_people_type_them(typed, meant):
    assert parse_time(typed) == meant


@pytest.mark.parametrize("typed", ["", "25:00", "9:75", "nine", "9.3.0"])
def test_what_is_not_a_time(typed):
    with pytest.raises(ValueError):
        parse_time(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "2026-02-09",
        "9/2/2569",
        "09/02/2026",
        "9-2-69",
        "๙/๒/๒๕๖๙",
        "9 ก.พ. 2569",
        "๙ ก.พ. ๒๕๖๙",
        "9 กุมภาพันธ์ 2569",
        "9 ก.พ. 69",
        "9 กพ 2569",
        "9 Feb 2026",
        "9 February 2026",
        "วันจันทร์ที่ ๙ ก.พ. ๒๕๖๙",
    ],
)
def test_dates_as_a_thai_office_writes_them(typed):
    assert parse_date(typed) == MONDAY


@pytest.mark.parametrize("typed", ["", "31/2/2569", "9 ก.ข. 2569", "tomorrow", "2026-13-01"])
def test_what_is_not_a_date(typed):
    with pytest.raises(ValueError):
        parse_date(typed)


def test_buddhist_era_display_in_either_digit_style_and_english():
    assert display_date(MONDAY, "th", "thai") == "๙ ก.พ. ๒๕๖๙"
    assert display_date(MONDAY, "th", "arabic") == "9 ก.พ. 2569"
    assert display_date(MONDAY, "th", "arabic", long=True, weekday=True) == "วันจันทร์ที่ 9 กุมภาพันธ์ 2569"
    assert display_date(MONDAY, "en", "thai", weekday=True) == "Mon 9 Feb 2026"
    assert display_short_day(MONDAY, "th", "thai") == "จ. ๙ ก.พ."
    assert display_short_day(date(2026, 2, 13), "en") == "Fri 13 Feb"
    session = Session(MONDAY, time(9, 0), time(10, 30))
    assert display_span(session, "th", "thai") == "๐๙.๐๐-๑๐.๓๐ น."
    assert display_span(session, "en") == "09:00-10:30"


def _session(sid, start, end, people=(1,), assessors=(), room="", day=MONDAY):
    return Session(
        day,
        parse_time(start),
        parse_time(end),
        room,
        assessor_ids=list(assessors),
        interviewee_ids=list(people),
        id=sid,
    )


def test_conflicts_of_every_kind():
    sessions = [
        _session(1, "9:00", "10:00", people=(1, 2), assessors=(7,), room="ห้อง 1"),
        _session(2, "9:30", "10:30", people=(2, 3), assessors=(7, 8), room="ห้อง  1"),
        _session(3, "10:00", "11:00", people=(1,), assessors=(7,), room="ห้อง 1"),  # touches 1: fine; overlaps 2
        _session(4, "9:00", "10:00", people=(2,), day=date(2026, 2, 10)),  # another day: fine
        _session(5, "13:00", "14:00", people=()),
        _session(6, "15:00", "15:00"),
    ]
    found = {
        (c.kind, c.session_ids, c.subject_id, c.subject)
        for c in find_conflicts(sessions, {2: "นายสมชาย ใจดี"}, {7: "Ms. Damaris Rosabal"})
    }
    assert found == {
        (PERSON_OVERLAP, (1, 2), 2, "นายสมชาย ใจดี"),
        (ASSESSOR_OVERLAP, (1, 2), 7, "Ms. Damaris Rosabal"),
        (ROOM_OVERLAP, (1, 2), None, "ห้อง 1"),
        (ASSESSOR_OVERLAP, (2, 3), 7, "Ms. Damaris Rosabal"),
        (ROOM_OVERLAP, (2, 3), None, "ห้อง 1"),
        (NO_INTERVIEWEE, (5,), None, ""),
        (BAD_TIME, (6,), None, ""),
    }
    messages = {c.message for c in find_conflicts(sessions, {2: "นายสมชาย ใจดี"})}
    assert "นายสมชาย ใจดี is in two sessions at the same time" in messages


def test_the_store_keeps_sessions_panels_and_interviewees(roster, bank_store):
    store = bank_store
    panel = [
        store.schedule.save_assessor(Assessor("Ms. Damaris Rosabal", "UNDP", "ผู้เชี่ยวชาญด้านเพศภาวะ")),
        store.schedule.save_assessor(Assessor("คุณสุปราณี พงษ์เรืองพันธ์", "UNDP ประจำประเทศไทย")),
    ]
    somchai, somying = roster["somchai"].id, roster["somying"].id
    late = store.schedule.save_session(
        Session(
            MONDAY, time(13, 0), time(14, 0), "ห้อง 2", "มิติ 3", assessor_ids=[panel[1].id], interviewee_ids=[somchai]
        )
    )
    early = store.schedule.save_session(
        Session(
            MONDAY,
            time(9, 0),
            time(10, 30),
            "ห้อง 1",
            "มิติ 1",
            assessor_ids=[panel[1].id, panel[0].id],
            interviewee_ids=[somying, somchai],
        )
    )
    other_day = store.schedule.save_session(
        Session(date(2026, 2, 10), time(9, 0), time(10, 0), interviewee_ids=[somying])
    )
    assert [s.id for s in store.schedule.sessions()] == [early.id, late.id, other_day.id]
    loaded = store.schedule.session(early.id)
    assert loaded == early  # the order of the panel and of the interviewees is kept
    assert [s.id for s in sessions_for_person(store, somchai)] == [early.id, late.id]
    assert [s.id for s in store.schedule.sessions(day=MONDAY)] == [early.id, late.id]
    assert [s.id for s in store.schedule.sessions(assessor_id=panel[0].id)] == [early.id]

    early.interviewee_ids = [somying]
    early.start = time(8, 30)
    store.schedule.save_session(early)
    assert store.schedule.session(early.id).start == time(8, 30)
    assert [s.id for s in sessions_for_person(store, somchai)] == [late.id]

    store.people.remove(somying)  # leaves the sessions she was in
    assert store.schedule.session(other_day.id).interviewee_ids == []
    assert [c.kind for c in schedule_conflicts(store)] == [NO_INTERVIEWEE, NO_INTERVIEWEE]
    store.schedule.remove_assessor(panel[1].id)
    assert store.schedule.session(late.id).assessor_ids == []
    store.schedule.remove_session(late.id)
    assert store.schedule.session(late.id) is None
    with pytest.raises(ValueError):
        store.schedule.save_session(Session(MONDAY, time(10, 0), time(9, 0)))


def test_assessment_days_are_the_block_plus_days_with_sessions(roster, bank_store):
    store = bank_store
    assert store.schedule.block() is None and assessment_days(store) == []
    store.schedule.set_block(MONDAY, date(2026, 2, 13))
    store.schedule.save_session(Session(date(2026, 2, 16), time(9, 0), time(10, 0), interviewee_ids=[roster["dr"].id]))
    days = assessment_days(store)
    assert days[0] == MONDAY and len(days) == 6 and days[-1] == date(2026, 2, 16)
    with pytest.raises(ValueError):
        store.schedule.set_block(date(2026, 2, 13), MONDAY)
