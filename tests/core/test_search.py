"""Thai and English search over questions, answers, key points and evidence."""

from __future__ import annotations

import pytest

from sealprep.core.bank.search import highlight_spans, query_terms
from sealprep.core.bank.service import import_folder


@pytest.fixture
def loaded(store, bank_dir):
    import_folder(store, bank_dir)
    return store


def ids(store, query: str) -> list[str]:
    return [hit.question_id for hit in store.search(query)]


def test_a_thai_word_is_found_inside_running_thai_text(loaded):
    # "ผ้าอนามัย" stands inside "จัดหาผ้าอนามัยฟรีให้นักเรียนหญิง" with no space around it
    assert ids(loaded, "ผ้าอนามัย") == ["d1-pads"]
    assert ids(loaded, "นักเรียนหญิง") == ["d1-pads"]


def test_a_thai_phrase_that_is_not_there_finds_nothing(loaded):
    assert ids(loaded, "วัคซีนป้องกัน") == []


def test_english_is_case_insensitive(loaded):
    assert ids(loaded, "traffy fondue") == ["d3-harassment"]
    assert ids(loaded, "TRAFFY") == ids(loaded, "Traffy")


def test_every_term_must_match(loaded):
    assert set(ids(loaded, "BMA Policy Tracking")) == {"d1-pads", "d1-tracking"}
    assert ids(loaded, "BMA ผ้าอนามัย") == ["d1-pads"]
    assert ids(loaded, "Policy Traffy") == []


def test_double_quotes_keep_a_phrase_together(loaded):
    assert set(ids(loaded, '"policy tracking"')) == {"d1-pads", "d1-tracking"}
    assert ids(loaded, '"tracking policy"') == []


def test_results_are_ranked_question_wording_first(loaded):
    # "ติดตาม" is the subject of d1-tracking's question; d1-pads only mentions it in an answer
    assert ids(loaded, "ติดตาม")[0] == "d1-tracking"


def test_thai_and_arabic_digits_find_each_other(loaded):
    assert ids(loaded, "๒๕๖๕") == ["d3-harassment"]  # the text says 2565
    assert ids(loaded, "3-5") == ["d1-pads"]


def test_short_terms_fall_back_to_a_substring_scan(loaded):
    assert "d1-pads" in ids(loaded, "วค")
    assert ids(loaded, "วค ผ้าอนามัย") == ["d1-pads"]


def test_agency_codes_and_names_and_evidence_titles_are_searchable(loaded):
    assert ids(loaded, "สนศ.") == ["d1-pads"]
    assert ids(loaded, "สำนักการศึกษา") == ["d1-pads"]
    assert ids(loaded, "Strategy map") == ["d1-pads"]


def test_key_points_are_searchable(loaded):
    assert ids(loaded, "ช่องทางร้องเรียน") == ["d3-harassment"]


def test_quotes_and_operators_in_a_query_are_plain_text(loaded):
    assert ids(loaded, '"ผ้าอนามัย') == ["d1-pads"]
    assert ids(loaded, "NOT OR AND") == []
    assert ids(loaded, "100%") == []


def test_an_empty_query_finds_nothing(loaded):
    assert ids(loaded, "   ") == []


def test_sara_am_typed_as_two_characters_still_matches(loaded):
    # "สำนัก" typed with nikhahit + sara aa instead of the single sara am character
    assert ids(loaded, "ส\u0e4d\u0e32นักการศึกษา") == ["d1-pads"]


def test_query_terms_are_normalised_and_distinct():
    assert query_terms("  BMA bma ๑๒๓ ") == ["bma", "123"]


def test_highlight_spans_point_into_the_original_text():
    text = "จัดหาผ้าอนามัยฟรี 3-5 วัน; ผ้าอนามัยอีกครั้ง"
    spans = highlight_spans(text, "ผ้าอนามัย ๓-๕")
    assert [text[a:b] for a, b in spans] == ["ผ้าอนามัย", "3-5", "ผ้าอนามัย"]
    two_char = "ส\u0e4d\u0e32นักงาน"
    assert [two_char[a:b] for a, b in highlight_spans(two_char, "สำนัก")] == ["ส\u0e4d\u0e32นัก"]
