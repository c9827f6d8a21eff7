from __future__ import annotations

from sealprep.core.thai.breaks import ZERO_WIDTH_SPACE, with_break_opportunities


def test_thai_words_get_zero_width_spaces_between_them():
    text = "การวิเคราะห์มิติทางเพศถูกใช้ในการออกแบบโครงการอย่างไร"
    marked = with_break_opportunities(text)
    assert marked.replace(ZERO_WIDTH_SPACE, "") == text
    assert marked.count(ZERO_WIDTH_SPACE) >= 6
    words = marked.split(ZERO_WIDTH_SPACE)
    assert "การวิเคราะห์" in words  # never inside a word, nor after a bound prefix (การ)
    assert "การออกแบบ" in words


def test_spaces_english_and_newlines_are_left_alone():
    text = "รายงานใน BMA Policy Tracking ทุกเดือน\nHow are results monitored?"
    marked = with_break_opportunities(text)
    assert marked.replace(ZERO_WIDTH_SPACE, "") == text
    assert f"{ZERO_WIDTH_SPACE} " not in marked and f" {ZERO_WIDTH_SPACE}" not in marked
    assert marked.splitlines()[1] == "How are results monitored?"
    assert with_break_opportunities("No Thai here") == "No Thai here"
