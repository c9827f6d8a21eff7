"""Each person's cover page lists their questions with the pages they start on.

A booklet and a sheet printed alone are built from the starter bank for three people who share
some questions, then read back: the list on each person's cover (pdftotext, one printed line per
text line) is compared with the page on which each question's band and wording actually appear
(pypdf, page by page), in the booklet (booklet page numbers, Thai digits) and in a sheet alone
(its own pages, Arabic digits). Each entry's link goes to the same page, each shortened wording
ends at a word boundary, and PDFium and MuPDF read the list exactly too.
"""

from __future__ import annotations

import functools
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from print_documents import BODY, PRINTED_ON, STARTER_BANK, collapse, outline, region_texts, squeeze

from needed_tools import require
from sealprep.core.bank.service import import_folder
from sealprep.core.documents.briefing import briefing_for
from sealprep.core.secretariat.people import Person
from sealprep.core.store import Store
from sealprep.core.thai.breaks import ELLIPSIS, break_opportunities
from sealprep.core.thai.dates import display_number
from sealprep.printing.briefing_document import numbered_questions
from sealprep.printing.jobs import PrintOptions, print_booklet, print_briefing
from sealprep.printing.labels import labels_for

THAI = labels_for("th")
ROLES = {THAI.primary: "primary", THAI.backup: "backup"}
ENTRY = re.compile(r"^\s*ข้อ (\S+)\s+(คำถามหลัก|ผู้ตอบสำรอง)\s{2,}(\S.*?)\s{2,}([0-9๐-๙]+)\s*$")
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

NAMES = ("นางสาวแบ่งปัน คำถามร่วม", "นายสำรอง ช่วยตอบ", "ดร.หลายมิติ ครบถ้วน")
EVERY_QUESTION = "นายทุกข้อ ครบชุด"


@dataclass(frozen=True)
class Entry:
    number: str
    role: str
    text: str
    page: str  # as printed

    @property
    def page_number(self) -> int:
        return int(self.page.translate(THAI_DIGITS))


@dataclass
class Documents:
    store_path: Path
    people: dict[str, int]
    booklet: Path
    sheets: dict[str, Path]


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> Documents:
    """Three people sharing questions: the first has questions 0-13 of the bank, the second
    7-20 (seven shared with the first), the third every fourth question; roles alternate. A
    fourth, with every question of the bank, gets a sheet alone (not in the booklet)."""
    folder = tmp_path_factory.mktemp("question-list")
    path = folder / "store.db"
    with Store.open(path) as store:
        result = import_folder(store, STARTER_BANK)
        assert not result.problems
        ids = [question.id for question in store.bank.questions()]
        people = {name: store.people.save(Person(name, agency="สยป.")).id for name in NAMES}
        people[EVERY_QUESTION] = store.people.save(Person(EVERY_QUESTION, agency="สยป.")).id
        plans = (ids[0:14], ids[7:21], ids[::4], ids)
        for name, chosen in zip((*NAMES, EVERY_QUESTION), plans):
            for index, question_id in enumerate(chosen):
                store.assignments.set(people[name], question_id, "primary" if index % 2 == 0 else "backup")
        booklet = print_booklet(
            store,
            [people[name] for name in NAMES],
            folder / "booklet.pdf",
            PrintOptions(printed_on=PRINTED_ON, digits="thai"),
        ).path
        sheets = {
            name: print_briefing(
                store, people[name], folder / f"sheet-{index}.pdf", PrintOptions(printed_on=PRINTED_ON, digits="arabic")
            ).path
            for index, name in enumerate((*NAMES, EVERY_QUESTION))
        }
    return Documents(path, people, booklet, sheets)


def _cover_entries(path: Path, page: int) -> list[Entry]:
    """The question list printed on ``page`` (1-based) and the page after it, one entry a line."""
    require("pdftotext")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", "-f", str(page), "-l", str(page + 1), str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [Entry(*match.groups()) for line in text.splitlines() if (match := ENTRY.match(line))]


def _expected(documents: Documents, name: str) -> list[tuple[str, str, str]]:
    """(number, role, Thai wording) of the person's questions in print order."""
    with Store.open(documents.store_path) as store:
        sheet = briefing_for(store, documents.people[name], PRINTED_ON)
    return [(str(number), item.role, item.question.question_th) for number, _, item in numbered_questions(sheet)]


@functools.cache
def _body_texts(path: Path) -> list[str]:
    return [squeeze(text) for text in region_texts(path, BODY)]


def _heading_pages(path: Path, first: int, last: int, number: str, role: str, question: str, qid: str) -> list[int]:
    """The pages from ``first`` to ``last`` (1-based) on which the question's band (number,
    role, id) is followed by its wording."""
    texts = _body_texts(path)
    role_label = THAI.primary if role == "primary" else THAI.backup
    band = squeeze(THAI.question_number.format(number=number) + " · " + role_label + qid + question)
    return [page for page in range(first, last + 1) if band in texts[page - 1]]


def _person_ranges(path: Path) -> dict[str, tuple[int, int]]:
    starts = sorted((entry.page, entry.title) for entry in outline(path) if entry.level == 0 and entry.title in NAMES)
    total = len(pypdf.PdfReader(path).pages)
    ends = [page - 1 for page, _ in starts[1:]] + [total]
    return {title: (page, end) for (page, title), end in zip(starts, ends)}


def _check_person(documents: Documents, path: Path, name: str, first: int, last: int, digits: str) -> list[Entry]:
    with Store.open(documents.store_path) as store:
        ids = {item.question.question_th: item.question.id for item in _sheet_items(store, documents.people[name])}
    entries = _cover_entries(path, first)
    expected = _expected(documents, name)
    assert len(entries) == len(expected), [e.text for e in entries]
    for entry, (number, role, question) in zip(entries, expected):
        shown = display_number(number, "th", digits)
        assert (entry.number, ROLES[entry.role]) == (shown, role)
        pages = _heading_pages(path, first, last, shown, role, question, ids[question])
        assert pages == [entry.page_number], (name, number, entry, pages)
        assert entry.page == display_number(entry.page_number, "th", digits)
    return entries


def _sheet_items(store: Store, person_id: int):
    return [item for _, _, item in numbered_questions(briefing_for(store, person_id, PRINTED_ON))]


def test_booklet_lists_each_persons_questions_on_the_booklet_pages_they_start_on(documents):
    ranges = _person_ranges(documents.booklet)
    assert sorted(ranges) == sorted(NAMES)
    for name, (first, last) in ranges.items():
        entries = _check_person(documents, documents.booklet, name, first, last, "thai")
        # booklet page numbers, in Thai digits as the user chose
        assert all(re.fullmatch("[๐-๙]+", e.page) and re.fullmatch("[๐-๙]+", e.number) for e in entries)
        assert all(first < e.page_number <= last for e in entries)


def test_shared_questions_point_to_each_persons_own_copy(documents):
    ranges = _person_ranges(documents.booklet)
    first_person = _expected(documents, NAMES[0])
    second_person = _expected(documents, NAMES[1])
    shared = {q for _, _, q in first_person} & {q for _, _, q in second_person}
    assert len(shared) >= 5
    one = _cover_entries(documents.booklet, ranges[NAMES[0]][0])
    two = _cover_entries(documents.booklet, ranges[NAMES[1]][0])
    pages_one = {q: e.page_number for e, (_, _, q) in zip(one, first_person)}
    pages_two = {q: e.page_number for e, (_, _, q) in zip(two, second_person)}
    for question in shared:
        assert ranges[NAMES[0]][0] < pages_one[question] <= ranges[NAMES[0]][1]
        assert ranges[NAMES[1]][0] < pages_two[question] <= ranges[NAMES[1]][1]


def test_a_sheet_alone_lists_its_own_pages_in_arabic_digits(documents):
    for name, path in documents.sheets.items():
        last = len(pypdf.PdfReader(path).pages)
        entries = _check_person(documents, path, name, 1, last, "arabic")
        assert all(e.page.isascii() and e.number.isascii() for e in entries)


def test_a_long_list_runs_onto_the_next_page_with_its_heading_kept_on_the_cover(documents):
    path = documents.sheets[EVERY_QUESTION]
    cover, after = _body_texts(path)[:2]
    with Store.open(documents.store_path) as store:
        count = len(store.bank.questions())
    assert len(_cover_entries(path, 1)) == count > 30
    assert squeeze(THAI.your_questions) in cover and squeeze(THAI.your_questions) not in after
    # the heading has entries under it on the cover, and the rest continue at the next page's top
    heading_end = cover.index(squeeze(THAI.your_questions)) + len(squeeze(THAI.your_questions))
    assert cover[heading_end:].startswith(squeeze(THAI.question_number.format(number="1")))
    assert after.startswith(squeeze(THAI.question_number.format(number="")))
    assert squeeze(THAI.framework_title) not in after  # the framework page still starts its own page


def test_each_entry_links_to_the_page_its_question_starts_on(documents):
    reader = pypdf.PdfReader(documents.booklet)
    page_numbers = {page.indirect_reference.idnum: index + 1 for index, page in enumerate(reader.pages)}
    for first, _ in _person_ranges(documents.booklet).values():
        listed = [e.page_number for e in _cover_entries(documents.booklet, first)]
        links = [annotation.get_object() for annotation in reader.pages[first - 1].get("/Annots", [])]
        links = sorted((link for link in links if "/Dest" in link), key=lambda link: -float(link["/Rect"][3]))
        assert [page_numbers[link["/Dest"][0].idnum] for link in links] == listed


def test_shortened_wording_ends_at_a_word_boundary_with_an_ellipsis(documents):
    ranges = _person_ranges(documents.booklet)
    shortened = 0
    for name, (first, _) in ranges.items():
        for entry, (_, _, question) in zip(_cover_entries(documents.booklet, first), _expected(documents, name)):
            whole = " ".join(question.split())
            if not entry.text.endswith(ELLIPSIS):
                assert entry.text == whole
                continue
            shortened += 1
            cut = entry.text.removesuffix(ELLIPSIS)
            assert whole.startswith(cut) and len(cut) < len(whole)
            assert any(whole[:offset].rstrip() == cut for offset in break_opportunities(whole)), (cut, whole)
    assert shortened >= 10


def test_a_question_pushed_to_the_next_page_gets_that_page(documents):
    """A question that does not fit under the end of the one before (a long answer fills the
    page) starts the next page; its entry names that page, not the one where the question
    before it ends (the anchor goes with the question's band, after the page break)."""
    path = documents.booklet
    texts = _body_texts(path)
    pushed = 0
    for first, _ in _person_ranges(path).values():
        entries = _cover_entries(path, first)
        for before, entry in zip(entries, entries[1:]):
            page = entry.page_number
            notes_before = squeeze(f"{THAI.notes} — {THAI.question_number.format(number=before.number)}")
            band = squeeze(f"{THAI.question_number.format(number=entry.number)} · {entry.role}")
            if notes_before in texts[page - 2] and texts[page - 1].startswith(band):
                pushed += 1
                assert notes_before not in texts[page - 1]
                assert band not in texts[page - 2]
    assert pushed >= 3


@pytest.mark.parametrize("reader", ["pdfium", "mupdf"])
def test_the_list_reads_exactly_in_other_readers(documents, reader):
    path = documents.sheets[NAMES[0]]
    entries = _cover_entries(path, 1)
    if reader == "pdfium":
        pypdfium2 = pytest.importorskip("pypdfium2")
        document = pypdfium2.PdfDocument(path)
        text = document[0].get_textpage().get_text_range()
        document.close()
    else:
        pymupdf = pytest.importorskip("pymupdf")
        with pymupdf.open(path) as document:
            text = document[0].get_text()
    read = squeeze(text)
    position = 0
    for entry in entries:
        line = squeeze(f"ข้อ {entry.number}{entry.role}{entry.text}{entry.page}")
        found = read.find(line, position)
        assert found >= 0, (reader, collapse(entry.text))
        position = found + len(line)


def test_an_english_sheet_lists_the_english_wording(documents, tmp_path):
    name = NAMES[0]
    with Store.open(documents.store_path) as store:
        path = print_briefing(
            store, documents.people[name], tmp_path / "sheet-en.pdf", PrintOptions(language="en", digits="arabic")
        ).path
        sheet = briefing_for(store, documents.people[name], printed_on=PRINTED_ON)
    english = labels_for("en")
    cover = squeeze(pypdf.PdfReader(path).pages[0].extract_text())
    assert squeeze(english.your_questions) in cover
    listed = [item.question for _, _, item in numbered_questions(sheet)]
    assert listed and all(q.question_en for q in listed)  # the starter bank words every question in English
    for question in listed:
        start = squeeze(" ".join(question.question_en.split()[:3]))  # the first words survive any cut
        assert start in cover, question.id
        assert squeeze(question.question_th[:12]) not in cover, question.id
