"""File names made from people's names: safe on every system, Thai cut by bytes, never mid-letter."""

from __future__ import annotations

import unicodedata

from sealprep.core.packs import safe_file_name


def test_path_and_control_characters_go_and_plain_names_stay():
    assert safe_file_name("นางสาวมาลี รักเรียน") == "นางสาวมาลี รักเรียน.sealpack"
    assert safe_file_name('a/b\\c:d*e?f"g<h>i|j\tk') == "a_b_c_d_e_f_g_h_i_j_k.sealpack"
    assert safe_file_name("  ..  ") == "person.sealpack"
    assert safe_file_name("ดร.สมศรี ") == "ดร.สมศรี.sealpack"


def test_a_long_thai_name_is_cut_by_bytes_at_a_whole_letter():
    name = "นางสาวสุพรรณิการ์ เฉลิมพระเกียรติวงศ์ไพศาลศักดิ์ ผู้อำนวยการสำนักยุทธศาสตร์และประเมินผล กรุงเทพมหานคร"
    assert len(name.encode("utf-8")) > 120
    for limit in range(60, 121):
        made = safe_file_name(name, max_bytes=limit)
        stem = made.removesuffix(".sealpack")
        assert len(stem.encode("utf-8")) <= limit
        assert name.startswith(stem)
        following = name[len(stem) :][:1]
        assert not following or unicodedata.category(following) not in ("Mn", "Mc"), (
            stem
        )  # marks stay with their letter
        assert stem[-1] not in "เแโใไ", stem  # no leading vowel without the consonant after it
        assert stem == stem.strip(" .")


def test_a_name_cut_just_after_a_leading_vowel_drops_the_vowel():
    # "ไพ" starts at byte 9: a cut at 12 bytes would end with "ไ" alone
    assert safe_file_name("ก ขไพศาล", max_bytes=len("ก ขไ".encode())) == "ก ข.sealpack"
