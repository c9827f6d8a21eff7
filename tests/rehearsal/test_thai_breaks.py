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


def test_shorten_cuts_at_a_word_boundary_with_an_ellipsis():
    from sealprep.core.thai.breaks import ELLIPSIS, break_opportunities, shorten

    text = "ผู้บริหาร กทม. ใช้ข้อมูลแยกตามเพศในการตัดสินใจเชิงนโยบายจริงหรือไม่ มีกลไกอะไรรองรับ"
    assert shorten(text, limit=len(text)) == text
    for limit in range(12, len(text)):
        cut = shorten(text, limit=limit)
        assert cut.endswith(ELLIPSIS) and len(cut) <= limit
        stem = cut.removesuffix(ELLIPSIS)
        assert any(text[:offset].rstrip() == stem for offset in break_opportunities(text)), (limit, cut)
        # the longest such cut: the next boundary would not fit
        longer = [o for o in break_opportunities(text) if len(text[:o].rstrip()) > len(stem)]
        assert not longer or len(text[: longer[0]].rstrip()) + 1 > limit


def test_shorten_to_a_width_asks_the_measure_and_keeps_words_whole():
    from sealprep.core.thai.breaks import break_opportunities, is_mark, shorten

    text = "ช่วยยกตัวอย่างโครงการที่ออกแบบจากผลการวิเคราะห์มิติทางเพศจริง ๆ สักหนึ่งโครงการ"
    asked: list[str] = []

    def fits(candidate: str) -> bool:  # a stand-in for a width: 30 characters
        asked.append(candidate)
        return len(candidate) <= 30

    cut = shorten(text, limit=None, fits=fits)
    assert len(cut) <= 30 and cut.endswith("…")
    assert any(text[:offset].rstrip() == cut[:-1] for offset in break_opportunities(text))
    assert not fits(shorten(text, limit=None, fits=lambda c: len(c) <= 40))  # a longer one exists
    assert len(asked) <= 9  # a binary search, not every boundary
    # one long word with no boundary short enough is cut between characters, never before a mark
    word = "ประชาธิปไตย" * 6
    cut = shorten(word, limit=20)
    assert len(cut) <= 20 and word.startswith(cut[:-1])
    assert not is_mark(word[len(cut) - 1])
