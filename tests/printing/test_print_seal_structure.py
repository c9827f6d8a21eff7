"""Issue 15 on paper: evidence lines carry their owner and as-of date, criterion texts that are
the bank's own wording carry the mark, and facts to confirm never reach an interviewee's paper."""

from __future__ import annotations

from print_documents import BODY, region_texts, squeeze

from sealprep.core.store import Store
from sealprep.printing.jobs import PrintOptions, print_bank_book


def _body(path) -> str:
    return squeeze("".join(region_texts(path, BODY)))


def test_evidence_lines_show_owner_and_as_of_date_in_thai(printed):
    body = _body(printed.booklet)
    assert squeeze("Strategy Map") in body
    assert squeeze("— เจ้าของ: สยป.") in body
    # the committee order of 17 Dec 2024 (CE in the file) prints in Buddhist era with Thai digits
    assert squeeze("ข้อมูล ณ ๑๗ ธ.ค. ๒๕๖๗") in body


def test_english_sheet_prints_owner_and_date_in_english(printed):
    body = _body(printed.english_sheet)
    with Store.open(printed.store_path) as store:
        owned = [e for q in store.bank.questions() for e in q.evidence if e.owner]
    assert owned, "the starter bank names evidence owners"
    assert "owner:" in body


def test_the_bank_wording_mark_is_printed_beside_our_own_translation(printed, tmp_path):
    thai_book = _body(printed.bank)
    # in Thai every printed criterion is UNDP's text: no mark; the 5.1.2 placeholder says so (its id in
    # the document's digits, Thai by default, like every benchmark id on paper)
    assert squeeze("ถ้อยคำของคลังคำถาม") not in thai_book
    assert squeeze("๕.๑.๒ยังไม่มีข้อความเกณฑ์ของ UNDP ในคลังคำถาม") in thai_book
    with Store.open(printed.store_path) as store:
        path = print_bank_book(store, tmp_path / "bank-en.pdf", PrintOptions(language="en", digits="arabic")).path
        framework = store.bank.framework()
    english_book = _body(path)
    ours = framework.benchmark("1.1.3")
    assert squeeze(f"{ours.en} (the bank's wording, not UNDP's)") in english_book
    undp = framework.benchmark("1.1.1")
    assert squeeze(undp.en) in english_book
    assert squeeze(f"{undp.en} (the bank's wording") not in english_book


def test_facts_to_confirm_are_never_printed_for_interviewees(printed):
    with Store.open(printed.store_path) as store:
        facts = store.bank.facts_to_confirm()
    assert facts, "the starter bank flags the strategy map figure"
    for path in [printed.booklet, printed.english_sheet, *printed.sheets.values()]:
        body = _body(path)
        for _, fact in facts:
            assert squeeze(fact.reason) not in body
            assert squeeze(fact.fact) not in body
