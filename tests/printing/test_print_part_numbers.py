"""In a booklet each person's part numbers its own pages beside the booklet's page number, so
a person's leaves taken out of the booklet are numbered in themselves."""

from __future__ import annotations

import re

import pypdf
from print_documents import outline

from sealprep.core.bank.service import import_folder
from sealprep.core.secretariat.people import Person
from sealprep.printing.jobs import PrintOptions, print_booklet, print_briefing

PART = re.compile(r"page (\d+) of (\d+) of this sheet")


def _footers(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def test_each_person_in_a_booklet_numbers_their_own_pages(store, bank_dir, tmp_path):
    import_folder(store, bank_dir)
    first = store.people.save(Person("Ms Test One", agency="สยป."))
    second = store.people.save(Person("Mr Test Two", agency="สนศ."))
    for question in ("d1-pads", "d3-harassment", "d2-budget-training"):
        store.assignments.set(first.id, question, "primary")
    store.assignments.set(second.id, "d3-harassment", "backup")
    path = print_booklet(
        store, None, tmp_path / "booklet.pdf", PrintOptions(language="en", digits="arabic", marking="")
    ).path
    texts = _footers(path)
    total = len(texts)
    starts = {entry.title: entry.page for entry in outline(path) if entry.level == 0}
    one, two = starts["Ms Test One"], starts["Mr Test Two"]
    assert one % 2 == 1 and two % 2 == 1 and one < two
    # the front matter (cover, contents) has no part numbers
    assert all(not PART.search(text) for text in texts[: one - 1])
    # the first person's part runs to the page before the second's, blank back included
    for page in range(one, two):
        assert f"page {page} of {total} · page {page - one + 1} of {two - one} of this sheet" in texts[page - 1]
    # the second person's first page is page 1 of their part, which ends with the booklet
    assert f"page {two} of {total} · page 1 of {total - two + 1} of this sheet" in texts[two - 1]
    assert PART.search(texts[-1]).groups() == (str(total - two + 1), str(total - two + 1))


def test_a_sheet_printed_alone_keeps_one_page_number(store, bank_dir, tmp_path):
    import_folder(store, bank_dir)
    person = store.people.save(Person("Ms Test One"))
    store.assignments.set(person.id, "d1-pads", "primary")
    path = print_briefing(store, person.id, tmp_path / "sheet.pdf", PrintOptions(language="en", digits="arabic")).path
    texts = _footers(path)
    assert f"page 1 of {len(texts)}" in texts[0] and not any(PART.search(text) for text in texts)


def test_thai_part_numbers(store, bank_dir, tmp_path):
    import_folder(store, bank_dir)
    for name in ("นางสาวทดลอง ใจดี", "นายสมมติ ตัวอย่าง"):
        person = store.people.save(Person(name))
        store.assignments.set(person.id, "d1-pads", "primary")
    path = print_booklet(store, None, tmp_path / "booklet.pdf", PrintOptions(language="th", digits="thai")).path
    two = [entry.page for entry in outline(path) if entry.level == 0][-1]
    text = "".join(pypdf.PdfReader(path).pages[two - 1].extract_text().split())
    assert "ชุดนี้หน้า๑จาก" in text
