"""Building the printed documents from the starter bank once, and reading them back.

Used by the document tests through the session fixtures in ``conftest.py`` (``printed``):
the PDFs are built once per test session, then read with poppler (``pdftotext`` with the page
regions cropped, ``pdftoppm`` for QR codes) and pypdf (outline, links, page count).
"""

from __future__ import annotations

import itertools
import re
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

import pypdf
import pytest

from needed_tools import require
from sealprep.core.bank.service import import_folder
from sealprep.core.secretariat.people import Person
from sealprep.core.secretariat.schedule import Assessor, Session
from sealprep.core.store import Store
from sealprep.printing.jobs import PrintOptions, print_bank_book, print_booklet, print_briefing

REPO = Path(__file__).resolve().parents[2]
STARTER_BANK = REPO / "questions"
PRINTED_ON = date(2026, 2, 2)
MISSING_ID = "d9-retired-question"

# page regions in points from the top of an A4 page (595 x 842): see printing/styles.py
PAGE_WIDTH, PAGE_HEIGHT = 595, 842
HEADER = (0, 58)
BODY = (58, 784)
FOOTER = (784, 842)

PEOPLE = (
    ("นางสาวกัลยา ศรีสุข", "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ", "สยป.", "interviewee"),
    ("นายสมชาย ใจดี", "นักวิชาการสาธารณสุขชำนาญการ", "สนอ.", "interviewee"),
    ("ดร.วรรณา ปั้นน้ำ", "ผู้อำนวยการกอง", "สำนักงาน ก.ก.", "interviewee"),
    ("นายว่าง งาน", "เจ้าหน้าที่วิเคราะห์", "สนศ.", "interviewee"),
    ("นางเลขา ประสานงาน", "เลขานุการ", "สยป.", "secretariat"),
)


def make_starter_store(path: Path) -> Path:
    """The starter bank; the first three people share every question (primary and backup in
    turn), the fourth has none, the fifth is secretariat; sessions, assessors, one rehearsal note."""
    with Store.open(path) as store:
        result = import_folder(store, STARTER_BANK)
        assert not result.problems, result.problems
        people = [
            store.people.save(Person(name, position=position, agency=agency, role=role))
            for name, position, agency, role in PEOPLE
        ]
        for index, question in enumerate(store.bank.questions()):
            store.assignments.set(people[index % 3].id, question.id, "primary" if index % 2 == 0 else "backup")
        store.assignments.set(people[2].id, MISSING_ID, "backup")
        undp = store.schedule.save_assessor(Assessor("Ms. Damaris Rosabal", "UNDP", "gender"))
        thai = store.schedule.save_assessor(Assessor("ดร.สมศรี ประเมินดี", "มหาวิทยาลัยธรรมศาสตร์", "policy"))
        store.schedule.save_session(
            Session(
                date(2026, 2, 9),
                time(9, 0),
                time(10, 30),
                "ห้องนพรัตน์",
                "มิติที่ 1",
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
        store.schedule.save_session(
            Session(
                date(2026, 2, 11),
                time(10, 0),
                time(11, 0),
                "ห้องประชุม 2",
                assessor_ids=[thai.id],
                interviewee_ids=[people[2].id],
            )
        )
        first = store.assignments.question_ids_for(people[0].id)[0]
        session = store.rehearsal.create_session(people[0].id, {}, at=datetime(2026, 2, 1, 9, 0, tzinfo=UTC))
        attempt = store.rehearsal.open_attempt(
            session, people[0].id, first, 0, 120, at=datetime(2026, 2, 1, 9, 1, tzinfo=UTC)
        )
        store.rehearsal.save_notes(attempt, "อย่าลืมตัวเลข 32 โครงการ และเอ่ยถึงแผนปฏิบัติการฯ", 42.0)
    return path


@dataclass
class PrintedDocuments:
    store_path: Path
    people: list[Person]
    sheets: dict[int, Path] = field(default_factory=dict)
    sheet_with_notes: Path | None = None
    english_sheet: Path | None = None
    booklet: Path | None = None
    booklet_progress: list[tuple[int, int]] = field(default_factory=list)
    bank: Path | None = None

    def person(self, index: int) -> Person:
        return self.people[index]


def build_documents(store_path: Path, folder: Path) -> PrintedDocuments:
    with Store.open(store_path) as store:
        people = store.people.list()
        ordered = [next(p for p in people if p.name == row[0]) for row in PEOPLE]
        done = PrintedDocuments(store_path, ordered)
        options = PrintOptions(printed_on=PRINTED_ON)
        for person in ordered[:4]:
            done.sheets[person.id] = print_briefing(store, person.id, folder / f"sheet-{person.id}.pdf", options).path
        done.sheet_with_notes = print_briefing(
            store,
            ordered[0].id,
            folder / "sheet-notes.pdf",
            PrintOptions(printed_on=PRINTED_ON, with_rehearsal_notes=True),
        ).path
        done.english_sheet = print_briefing(
            store,
            ordered[1].id,
            folder / "sheet-en.pdf",
            PrintOptions(printed_on=PRINTED_ON, language="en", digits="arabic", marking="INTERNAL USE"),
        ).path
        done.booklet = print_booklet(
            store, None, folder / "booklet.pdf", options, progress=lambda d, t: done.booklet_progress.append((d, t))
        ).path
        done.bank = print_bank_book(store, folder / "bank.pdf", options).path
    return done


# -- reading back ----------------------------------------------------------------------------------


def squeeze(text: str) -> str:
    """No whitespace, NFC: what must survive extraction exactly."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def region_texts(path: Path, region: tuple[float, float], layout: bool = False) -> list[str]:
    """pdftotext of one horizontal band of every page (top and bottom in points from the top);
    ``layout`` keeps each printed line on one text line."""
    require("pdftotext")
    top, bottom = region
    output = subprocess.run(
        [
            "pdftotext",
            "-enc",
            "UTF-8",
            *(["-layout"] if layout else []),
            "-x",
            "0",
            "-y",
            str(top),
            "-W",
            str(PAGE_WIDTH),
            "-H",
            str(bottom - top),
            str(path),
            "-",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = output.split("\f")
    count = len(pypdf.PdfReader(path).pages)
    return pages[:count]


def page_count(path: Path) -> int:
    return len(pypdf.PdfReader(path).pages)


@dataclass(frozen=True)
class OutlineEntry:
    title: str
    page: int  # 1-based
    level: int


def outline(path: Path) -> list[OutlineEntry]:
    reader = pypdf.PdfReader(path)
    entries: list[OutlineEntry] = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                entries.append(OutlineEntry(item.title, reader.get_destination_page_number(item) + 1, level))

    walk(reader.outline, 0)
    return entries


def in_order(haystack: str, needles: list[str]) -> list[str]:
    """The needles not found in ``haystack`` in this order (each after the one before)."""
    missing = []
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        if found < 0:
            missing.append(needle)
        else:
            position = found + len(needle)
    return missing


def decode_qr_codes(path: Path, pages: list[int], resolution: int = 100) -> dict[int, list[str]]:
    """The texts of the QR codes on each page (1-based), decoded from rendered images."""
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    require("pdftoppm")
    found: dict[int, list[str]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for page in pages:
            target = Path(folder) / f"page-{page}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    str(resolution),
                    "-gray",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    "-singlefile",
                    "-png",
                    str(path),
                    str(target),
                ],
                check=True,
                capture_output=True,
            )
            with Image.open(target.with_suffix(".png")) as image:
                found[page] = [result.text for result in zxingcpp.read_barcodes(image)]
    return found


def newmm_boundaries(text: str) -> set[int]:
    from pythainlp.tokenize import word_tokenize

    tokens = word_tokenize(text, engine="newmm", keep_whitespace=True)
    return set(itertools.accumulate(len(token) for token in tokens))


def pypdf_body_texts(path: Path) -> list[str]:
    """pypdf's text of each page's body region only (header and footer left out), so that a
    paragraph running over a page break reads on without the page furniture in between."""
    texts = []
    for page in pypdf.PdfReader(path).pages:
        parts: list[str] = []

        def visit(text, cm, tm, font_dict, font_size, parts=parts):
            y = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]
            if PAGE_HEIGHT - BODY[1] < y < PAGE_HEIGHT - BODY[0]:
                parts.append(text)

        page.extract_text(visitor_text=visit)
        texts.append("".join(parts))
    return texts
