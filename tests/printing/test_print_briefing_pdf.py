"""Briefing sheets from the starter bank, read back from the PDF: text, line breaks, marks,
QR codes, page furniture, the empty sheet, rehearsal notes, English labels."""

from __future__ import annotations

import unicodedata

import pypdf
from print_documents import (
    BODY,
    FOOTER,
    HEADER,
    MISSING_ID,
    collapse,
    decode_qr_codes,
    in_order,
    newmm_boundaries,
    outline,
    page_count,
    pypdf_body_texts,
    region_texts,
    squeeze,
)

from sealprep.core.documents.briefing import briefing_for
from sealprep.core.store import Store
from sealprep.core.thai.text import to_thai_digits
from sealprep.printing.labels import ENGLISH, THAI
from sealprep.printing.markdown_blocks import markdown_blocks


def _sheet(printed, index):
    person = printed.person(index)
    return person, printed.sheets[person.id]


def _source_pieces(question) -> list[str]:
    """What the sheet must show of a question, in print order."""
    pieces = [question.question_th]
    if question.question_en:
        pieces.append(question.question_en)
    for answer in question.answers:
        pieces += [block.text for block in markdown_blocks(answer.body) if block.text.strip()]
    pieces += question.key_points
    pieces += [item.title or item.url for item in question.evidence]
    return [squeeze(piece) for piece in pieces]


def test_every_question_of_the_starter_bank_reads_back_exactly(printed):
    """Each sheet's body text (pdftotext, ActualText) holds each of its questions' texts,
    answers (Markdown as text), key points and evidence titles, exactly and in order."""
    seen: set[str] = set()
    with Store.open(printed.store_path) as store:
        for index in range(3):
            person, path = _sheet(printed, index)
            sheet = briefing_for(store, person.id)
            body = squeeze("".join(region_texts(path, BODY)))
            expected: list[str] = []
            for section in sheet.sections:
                for item in section.questions:
                    expected += _source_pieces(item.question)
                    seen.add(item.question.id)
            assert in_order(body, expected) == [], person.name
        assert seen == {q.id for q in store.bank.questions()}


def test_pypdf_reads_the_same_text(printed):
    """pypdf (ToUnicode in drawing order) finds every piece too."""
    person, path = _sheet(printed, 1)
    with Store.open(printed.store_path) as store:
        sheet = briefing_for(store, person.id)
    text = squeeze("".join(pypdf_body_texts(path)))
    expected = [
        piece for section in sheet.sections for item in section.questions for piece in _source_pieces(item.question)
    ]
    assert in_order(text, expected) == []


def test_line_ends_in_long_paragraphs_fall_on_word_boundaries(printed):
    """Black-box: every line of a long answer paragraph, read back from the PDF, ends where
    newmm (on the whole paragraph) or a space says a word ends."""
    person, path = _sheet(printed, 0)
    with Store.open(printed.store_path) as store:
        questions = [item.question for section in briefing_for(store, person.id).sections for item in section.questions]
    paragraphs = [collapse(block.text) for q in questions for a in q.answers for block in markdown_blocks(a.body)]
    long_ones = [text for text in paragraphs if len(text) > 150 and "\n" not in text]
    assert len(long_ones) >= 5
    boundaries = {text: newmm_boundaries(text) for text in long_ones}
    lines = [collapse(line) for page in region_texts(path, BODY) for line in page.splitlines()]
    checked = 0
    for line in lines:
        if len(line) < 12:
            continue
        for text in long_ones:
            start = text.find(line)
            if start < 0 or text.find(line, start + 1) >= 0:
                continue
            end = start + len(line)
            if end >= len(text):
                continue
            context = f"{text[max(0, end - 15) : end]}|{text[end : end + 15]}"
            assert text[end] == " " or text[end - 1] == " " or end in boundaries[text], (
                f"broken inside a word: {context}"
            )
            assert not unicodedata.category(text[end]).startswith("M"), context
            checked += 1
    assert checked >= 20


def test_thai_marks_sit_over_their_base_and_everything_maps_to_text(printed, drawn_glyphs):
    """Each Thai mark on the question pages is drawn on its base's baseline, within a glyph's
    width of it (not adrift after a line break, a style change or a join)."""
    person, path = _sheet(printed, 0)
    glyphs = [g for g in drawn_glyphs(path) if 2 <= g.page <= 5]
    assert len(glyphs) > 2000
    marks = {chr(c) for c in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F))}
    base = None
    checked = 0
    for glyph in glyphs:
        is_mark = glyph.text == "" or all(ch in marks for ch in glyph.text)
        if not is_mark:
            base = glyph
            continue
        if glyph.text == "":  # the nikhahit half of sara am: drawn, carries no text
            continue
        assert base is not None and base.page == glyph.page
        assert abs((glyph.y - glyph.rise) - (base.y - base.rise)) < 0.01
        assert base.x - 0.4 * glyph.size <= glyph.x <= base.x + 0.9 * glyph.size, (glyph.text, glyph.x, base.x)
        checked += 1
    assert checked > 300


def test_qr_codes_carry_the_exact_evidence_urls(printed):
    person, path = _sheet(printed, 0)
    with Store.open(printed.store_path) as store:
        sheet = briefing_for(store, person.id)
    urls = sorted(item.url for s in sheet.sections for q in s.questions for item in q.question.evidence if item.url)
    assert urls
    pages = [number for number, text in enumerate(region_texts(path, BODY), 1) if "http" in text]
    decoded = decode_qr_codes(path, pages)
    assert sorted(url for found in decoded.values() for url in found) == urls
    # and each QR code is on the page that prints its URL
    texts = region_texts(path, BODY)
    for page, found in decoded.items():
        for url in found:
            assert squeeze(url) in squeeze(texts[page - 1])


def test_every_page_says_page_x_of_y_the_title_and_the_marking(printed):
    person, path = _sheet(printed, 0)
    total = page_count(path)
    footers = region_texts(path, FOOTER)
    headers = region_texts(path, HEADER)
    assert len(footers) == total > 5
    for number, (footer, header) in enumerate(zip(footers, headers), 1):
        expected = THAI.page_of.format(page=to_thai_digits(str(number)), total=to_thai_digits(str(total)))
        assert squeeze(expected) in squeeze(footer)
        assert squeeze("เอกสารใช้ภายใน") in squeeze(footer)
        assert squeeze(THAI.briefing_title) in squeeze(header)
        assert squeeze(person.name) in squeeze(header)


def test_the_cover_lists_sessions_panel_and_printed_date(printed):
    person, path = _sheet(printed, 0)
    cover = squeeze(region_texts(path, BODY)[0])
    for text in (
        person.name,
        person.position,
        "สยป.",
        "สำนักยุทธศาสตร์และประเมินผล",
        "ห้องนพรัตน์",
        "ห้อง 301",
        "Ms. Damaris Rosabal (UNDP)",
        "ดร.สมศรี ประเมินดี",
        "วันจันทร์ที่ ๙ กุมภาพันธ์ ๒๕๖๙",
        "๐๙.๐๐–๑๐.๓๐ น.",
        "พิมพ์เมื่อ ๒ กุมภาพันธ์ ๒๕๖๙",
    ):
        assert squeeze(text) in cover, text


def test_the_framework_page_has_the_levels_and_five_dimensions(printed):
    with Store.open(printed.store_path) as store:
        framework = store.bank.framework()
    _, path = _sheet(printed, 0)
    page = squeeze(region_texts(path, BODY)[1])
    assert squeeze(THAI.framework_title) in page
    for level in framework.levels:
        assert squeeze(level.th) in page and to_thai_digits(str(level.benchmarks)) in page
    assert len(framework.dimensions) == 5
    for dimension in framework.dimensions:
        assert squeeze(dimension.th) in page


def test_a_sheet_outline_has_the_person_then_each_dimension(printed):
    person, path = _sheet(printed, 0)
    entries = outline(path)
    assert entries[0].title == person.name and entries[0].level == 0 and entries[0].page == 1
    bodies = region_texts(path, BODY)
    dimensions = entries[1:]
    assert dimensions and all(entry.level == 1 for entry in dimensions)
    for entry in dimensions:
        assert entry.title.startswith("มิติที่ ")
        assert squeeze(entry.title) in squeeze(bodies[entry.page - 1])


def test_primary_questions_come_before_backup_within_a_dimension(printed):
    person, path = _sheet(printed, 0)
    body = squeeze("".join(region_texts(path, BODY)[1:]))  # the question pages (the cover lists them too)
    assert body.count(squeeze(THAI.primary)) > 0 and body.count(squeeze(THAI.backup)) > 0
    for chunk in body.split("มิติที่")[1:]:
        roles = [("p", i) for i in _positions(chunk, squeeze(THAI.primary))] + [
            ("b", i) for i in _positions(chunk, squeeze(THAI.backup))
        ]
        order = [role for role, _ in sorted(roles, key=lambda r: r[1])]
        assert order == sorted(order, key=lambda r: r == "b")


def _positions(text: str, needle: str) -> list[int]:
    out, start = [], text.find(needle)
    while start >= 0:
        out.append(start)
        start = text.find(needle, start + 1)
    return out


def test_a_person_without_assignments_gets_a_short_sensible_sheet(printed):
    person, path = _sheet(printed, 3)
    assert page_count(path) == 3
    bodies = region_texts(path, BODY)
    assert squeeze(person.name) in squeeze(bodies[0])
    assert squeeze(THAI.no_sessions) in squeeze(bodies[0])
    assert squeeze(THAI.framework_title) in squeeze(bodies[1])
    assert squeeze(THAI.no_questions) in squeeze(bodies[2])
    assert [entry.title for entry in outline(path)] == [person.name]


def test_a_question_no_longer_in_the_bank_is_listed_not_dropped(printed):
    _, path = _sheet(printed, 2)
    body = squeeze("".join(region_texts(path, BODY)))
    assert squeeze(THAI.missing_questions) in body
    assert body.index(MISSING_ID) > body.index(squeeze(THAI.missing_questions))


def test_rehearsal_notes_print_only_when_asked(printed):
    note = squeeze("อย่าลืมตัวเลข 32 โครงการ และเอ่ยถึงแผนปฏิบัติการฯ")
    _, plain = _sheet(printed, 0)
    assert note not in squeeze("".join(region_texts(plain, BODY)))
    with_notes = squeeze("".join(region_texts(printed.sheet_with_notes, BODY)))
    assert squeeze(THAI.rehearsal_notes) + squeeze("๑ ก.พ. ๒๕๖๙") + note in with_notes


def test_english_sheet_uses_english_labels_arabic_digits_and_the_chosen_marking(printed):
    path = printed.english_sheet
    total = page_count(path)
    footers = region_texts(path, FOOTER)
    for number, footer in enumerate(footers, 1):
        assert collapse(ENGLISH.page_of.format(page=number, total=total)) in collapse(footer)
        assert "INTERNAL USE" in footer
    body = collapse(" ".join(region_texts(path, BODY)))
    for label in (ENGLISH.framework_title, ENGLISH.key_points, ENGLISH.evidence, "Mon 9 Feb 2026", "09:00–10:30"):
        assert label in body
    assert "หน้า" not in "".join(footers)


def test_links_in_answers_and_evidence_are_clickable(printed):
    _, path = _sheet(printed, 0)
    reader = pypdf.PdfReader(path)
    uris = {
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object().get("/A", {}).get("/URI")
    }
    assert any(uri.startswith("https://drive.google.com/") for uri in uris)
