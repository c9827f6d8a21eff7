"""Names sort as Thai offices sort them: by the name, titles and ranks ignored, in Thai
dictionary order; one key for the app, the command line and printing."""

from __future__ import annotations

from sealprep.core.secretariat.people import Person, name_sort_key, sort_people
from sealprep.core.thai.text import thai_collation_key


def test_thai_dictionary_order_puts_leading_vowels_after_their_consonant():
    words = ["ไก่", "เกิด", "กาล", "เป็ด", "หมู", "วัว", "วันที่"]
    assert sorted(words, key=thai_collation_key) == ["กาล", "เกิด", "ไก่", "เป็ด", "วันที่", "วัว", "หมู"]


def test_titles_and_ranks_are_ignored():
    names = [
        "นายสมชาย ใจดี",
        "นางสาวกนกพร แสงทอง",
        "ดร.วิชัย มั่นคง",
        "นางเบญจา ศรีสุข",
        "ผศ.ดร.ประภา ทองดี",
        "ว่าที่ร.ต.ธนา ใจงาม",
        "พล.ต.อ.อำนาจ กล้าหาญ",
        "เอกชัย ไม่มีคำนำหน้า",
        "รศ. ไพโรจน์ สุขใจ",
    ]
    assert sorted(names, key=name_sort_key) == [
        "นางสาวกนกพร แสงทอง",
        "ว่าที่ร.ต.ธนา ใจงาม",
        "นางเบญจา ศรีสุข",
        "ผศ.ดร.ประภา ทองดี",
        "รศ. ไพโรจน์ สุขใจ",
        "ดร.วิชัย มั่นคง",
        "นายสมชาย ใจดี",
        "พล.ต.อ.อำนาจ กล้าหาญ",
        "เอกชัย ไม่มีคำนำหน้า",
    ]


def test_the_store_lists_people_in_that_order(store):
    for name in ("นายสมชาย ใจดี", "ดร.วิชัย มั่นคง", "นางสาวกนกพร แสงทอง"):
        store.people.save(Person(name))
    assert [p.name for p in store.people.list()] == ["นางสาวกนกพร แสงทอง", "ดร.วิชัย มั่นคง", "นายสมชาย ใจดี"]
    assert [p.name for p in sort_people(reversed(store.people.list()))] == [p.name for p in store.people.list()]
