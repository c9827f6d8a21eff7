"""The booklet and the bank reference book: outline, contents, right-hand starts, page numbers,
cross references; and the jobs' progress, cancellation and atomic writing."""

from __future__ import annotations

import pypdf
import pytest
from print_documents import BODY, FOOTER, PRINTED_ON, in_order, outline, page_count, region_texts, squeeze

from sealprep.core.documents.briefing import bank_reference, booklet_people
from sealprep.core.store import Store
from sealprep.core.thai.text import to_thai_digits
from sealprep.printing.jobs import PrintCancelled, PrintOptions, print_booklet
from sealprep.printing.labels import THAI


def _thai(number: int | str) -> str:
    return to_thai_digits(str(number))


@pytest.fixture(scope="module")
def booklet(printed):
    path = printed.booklet
    return path, outline(path), region_texts(path, BODY), region_texts(path, FOOTER)


def test_the_booklet_holds_everyone_to_interview_in_roster_order(printed, booklet):
    path, entries, bodies, _ = booklet
    with Store.open(printed.store_path) as store:
        people = booklet_people(store)
    names = [p.name for p in people]
    assert "นางเลขา ประสานงาน" not in names  # secretariat, nothing assigned
    assert len(names) == 4
    # an interviewee without questions gets no sheet (four pages saying so): the contents name them
    assert "นายว่าง งาน" in names
    with_sheets = [name for name in names if name != "นายว่าง งาน"]
    top = [entry for entry in entries if entry.level == 0]
    assert [entry.title for entry in top] == [THAI.contents, *with_sheets]
    contents_page = top[0].page
    contents = squeeze(bodies[contents_page - 1])
    assert squeeze(THAI.booklet_without_questions) in contents
    assert contents.index(squeeze(with_sheets[-1])) < contents.index(squeeze("นายว่าง งาน"))


def test_each_person_starts_on_a_right_hand_page_with_their_cover(booklet):
    path, entries, bodies, _ = booklet
    people = [entry for entry in entries if entry.level == 0][1:]
    for entry in people:
        assert entry.page % 2 == 1, entry
        cover = squeeze(bodies[entry.page - 1])
        assert cover.find(squeeze(THAI.briefing_title)) < cover.find(squeeze(entry.title))
    # a left-hand page left empty before a person is marked as intentionally blank
    for entry in people:
        before = squeeze(bodies[entry.page - 2])
        if squeeze(THAI.blank_page) in before:
            assert before == squeeze(THAI.blank_page)


def test_dimension_bookmarks_point_at_their_pages(booklet):
    _, entries, bodies, _ = booklet
    person = None
    seen = 0
    for entry in entries:
        if entry.level == 0:
            person = entry
            continue
        assert person is not None and entry.page > person.page
        assert squeeze(entry.title) in squeeze(bodies[entry.page - 1])
        seen += 1
    assert seen >= 5


def test_outline_titles_read_back_as_thai_unicode(booklet):
    path, entries, _, _ = booklet
    reader = pypdf.PdfReader(path)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "ดร.วรรณา ปั้นน้ำ" in titles and "นางสาวกัลยา ศรีสุข" in titles
    assert reader.page_mode == "/UseOutlines"


def test_the_contents_give_each_person_their_first_page(booklet):
    path, entries, bodies, _ = booklet
    contents_page = next(entry.page for entry in entries if entry.title == THAI.contents)
    contents = region_texts(path, BODY, layout=True)[contents_page - 1]
    lines = [line for line in contents.splitlines() if line.strip()]
    for entry in (e for e in entries if e.level == 0 and e.title != THAI.contents):
        line = next(line for line in lines if squeeze(entry.title) in squeeze(line))
        assert squeeze(line).endswith(_thai(entry.page)), line
    # the contents lines are links to the people's pages
    reader = pypdf.PdfReader(path)
    links = [a.get_object() for a in reader.pages[contents_page - 1].get("/Annots", [])]
    assert len([link for link in links if "/Dest" in link or "/A" in link]) >= 3


def test_every_page_of_the_booklet_is_numbered_page_x_of_y(booklet):
    path, _, _, footers = booklet
    total = page_count(path)
    for number, footer in enumerate(footers, 1):
        assert squeeze(THAI.page_of.format(page=_thai(number), total=_thai(total))) in squeeze(footer)


def test_booklet_progress_counts_up_to_the_end(printed):
    # 4 people asked for: composing each, then the one layout pass reaching each of the 3 with
    # questions (the fourth has none and is only listed)
    steps = printed.booklet_progress
    assert steps[-1][0] == steps[-1][1] == 4 + 3
    done = [d for d, _ in steps]
    assert done == sorted(done) and len(set(done)) >= 4 + 3 - 1


def test_a_cancelled_booklet_writes_nothing_and_keeps_the_old_file(printed, tmp_path):
    target = tmp_path / "booklet.pdf"
    target.write_bytes(b"old")
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 5  # in the middle of the layout passes

    with Store.open(printed.store_path) as store:
        with pytest.raises(PrintCancelled):
            print_booklet(store, None, target, PrintOptions(printed_on=PRINTED_ON), cancelled=cancelled)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["booklet.pdf"]


def test_a_booklet_of_chosen_people_keeps_their_order(printed, tmp_path):
    chosen = [printed.person(2).id, printed.person(0).id]
    with Store.open(printed.store_path) as store:
        result = print_booklet(store, chosen, tmp_path / "two.pdf", PrintOptions(printed_on=PRINTED_ON))
    assert result.people == 2
    top = [e.title for e in outline(result.path) if e.level == 0]
    assert top == [THAI.contents, printed.person(2).name, printed.person(0).name]


# -- bank book ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bank(printed):
    path = printed.bank
    with Store.open(printed.store_path) as store:
        book = bank_reference(store)
    return path, book, outline(path), region_texts(path, BODY)


def test_the_bank_book_prints_every_question_once_in_full(printed, bank):
    path, book, _, bodies = bank
    body = squeeze("".join(bodies))
    questions = {q.id: q for d in book.dimensions for s in d.benchmarks for q in s.questions}
    questions |= {q.id: q for d in book.dimensions for q in d.unbenchmarked}
    with Store.open(printed.store_path) as store:
        assert set(questions) == {q.id for q in store.bank.questions()}
    for question in questions.values():
        assert squeeze(question.question_en) in body, question.id  # the English wording prints once, in full
        assert body.count(squeeze(question.question_en)) == 1
        for point in question.key_points:
            assert squeeze(point) in body


def test_the_bank_book_outline_is_dimension_then_benchmark(bank):
    path, book, entries, bodies = bank
    dimensions = [e for e in entries if e.level == 0 and e.title != THAI.contents]
    assert len(dimensions) == len(book.dimensions)
    benchmarks = [e for e in entries if e.level == 1]
    # benchmark ids in the document's digits (Thai by default), as everywhere on paper
    expected = [f"{THAI.benchmark} {_thai(s.benchmark.id)}" for d in book.dimensions for s in d.benchmarks]
    assert [e.title for e in benchmarks if e.title.startswith(THAI.benchmark)] == expected
    for entry in dimensions + benchmarks:
        assert squeeze(entry.title) in squeeze(bodies[entry.page - 1])


def test_a_question_serving_two_benchmarks_refers_back_to_its_page(bank):
    path, book, entries, bodies = bank
    first = book.dimensions[0]
    shared = [q for q in first.benchmarks[1].questions if q in first.benchmarks[0].questions]
    assert shared, "the starter bank has questions serving 1.1.1 and 1.1.2"
    question = shared[0]
    pages = [n for n, text in enumerate(bodies, 1) if squeeze(question.question_en) in squeeze(text)]
    assert len(pages) == 1
    full_page = pages[0]
    later = squeeze("".join(bodies[full_page:]))
    see, _, rest = THAI.see_question.partition("{number}")
    assert (
        in_order(later, [squeeze(question.question_th), squeeze(see), squeeze(rest.format(page=_thai(full_page)))])
        == []
    )
