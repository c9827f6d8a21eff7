"""Render reviewed pages of the printed documents to docs/screenshots/print-*.png.

    python tools/print_screenshots.py [--out docs/screenshots] [--dpi 90]

Builds a throw-away store with the starter bank, three interviewees sharing its questions and an
interview schedule, prints a booklet and the bank reference book, and renders a few pages with
poppler's pdftoppm: the booklet's contents, a person's cover (with the list of their questions),
the framework page, a question page with nested lists and QR codes, the cover of a sheet printed
alone, and a bank-book page. Look at each before committing it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import date, time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from sealprep.core.bank.service import import_folder  # noqa: E402
from sealprep.core.secretariat.people import Person  # noqa: E402
from sealprep.core.secretariat.schedule import Assessor, Session  # noqa: E402
from sealprep.core.store import Store  # noqa: E402
from sealprep.printing.jobs import PrintOptions, print_bank_book, print_booklet, print_briefing  # noqa: E402

PEOPLE = (
    ("นางสาวกัลยา ศรีสุข", "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ", "สยป."),
    ("นายสมชาย ใจดี", "นักวิชาการสาธารณสุขชำนาญการ", "สนอ."),
    ("ดร.วรรณา ปั้นน้ำ", "ผู้อำนวยการกองสรรหาและเลือกสรร", "สำนักงาน ก.ก."),
)


def build(folder: Path) -> tuple[Path, Path, Path]:
    with Store.open(folder / "store.db") as store:
        import_folder(store, REPO / "questions")
        people = [
            store.people.save(Person(name, position=position, agency=agency)) for name, position, agency in PEOPLE
        ]
        for index, question in enumerate(store.bank.questions()):
            store.assignments.set(people[index % 3].id, question.id, "primary" if index % 2 == 0 else "backup")
        undp = store.schedule.save_assessor(Assessor("Ms. Damaris Rosabal", "UNDP", "gender"))
        thai = store.schedule.save_assessor(Assessor("ดร.สมศรี ประเมินดี", "มหาวิทยาลัยธรรมศาสตร์"))
        store.schedule.save_session(
            Session(
                date(2026, 2, 9),
                time(9, 0),
                time(10, 30),
                "ห้องนพรัตน์ ศาลาว่าการ กทม. 2",
                "มิติที่ 1 การวางแผน",
                assessor_ids=[undp.id, thai.id],
                interviewee_ids=[people[0].id, people[1].id],
            )
        )
        store.schedule.save_session(
            Session(
                date(2026, 2, 10),
                time(13, 0),
                time(14, 0),
                "ห้อง 301",
                assessor_ids=[undp.id],
                interviewee_ids=[people[0].id],
            )
        )
        options = PrintOptions(printed_on=date(2026, 2, 2))
        booklet = print_booklet(store, None, folder / "booklet.pdf", options).path
        bank = print_bank_book(store, folder / "bank.pdf", options).path
        sheet = print_briefing(store, people[2].id, folder / "sheet.pdf", options).path
    return booklet, bank, sheet


def render(pdf: Path, page: int, target: Path, dpi: int) -> None:
    stem = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png", str(pdf), str(stem)],
        check=True,
    )
    print(target, f"{target.stat().st_size // 1024} KB")


def page_with(pdf: Path, *needles: str) -> int:
    """The first page (1-based) whose text holds every needle (whitespace ignored)."""
    import re

    import pypdf

    wanted = [re.sub(r"\s+", "", n) for n in needles]
    for number, page in enumerate(pypdf.PdfReader(pdf).pages, 1):
        text = re.sub(r"\s+", "", page.extract_text())
        if all(n in text for n in wanted):
            return number
    raise LookupError(f"no page of {pdf} holds {needles}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--dpi", type=int, default=90)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        booklet, bank, sheet = build(Path(folder))
        pages = {
            "contents": page_with(booklet, "สารบัญ"),
            "cover": page_with(booklet, "นางสาวกัลยา ศรีสุข", "กำหนดการสัมภาษณ์", "ห้อง 301"),
            "framework": page_with(booklet, "กรอบการประเมิน", "เหรียญทอง"),
            "questions": page_with(booklet, "ระดับบุคคล (Individual)", "e-Learning"),
        }
        for name, page in pages.items():
            render(booklet, page, args.out / f"print-{name}.png", args.dpi)
        render(sheet, 1, args.out / "print-sheet-cover-questions.png", args.dpi)
        render(bank, page_with(bank, "เกณฑ์ 1.1.2", "ข้อ ๑."), args.out / "print-bank-book.png", args.dpi)


if __name__ == "__main__":
    main()
