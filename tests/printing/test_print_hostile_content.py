"""Printing under hostile content: a table too wide for the page, deep lists, an answer the
typesetter cannot set, and long Thai names: the job still writes its PDF, and says what changed."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pymupdf
import pytest
from print_documents import squeeze
from PySide6.QtCore import Qt

from bank_factory import PADS, QUESTIONS, write_bank
from sealprep.cli.main import run
from sealprep.core.bank.service import import_folder
from sealprep.core.secretariat.people import Person
from sealprep.core.thai.text import cut_to_bytes
from sealprep.printing import document_parts
from sealprep.printing.jobs import FILE_NAME_BYTES, PrintOptions, print_bank_book, print_sheets, safe_file_name


def pdf_text(path: Path) -> str:
    with pymupdf.open(path) as document:
        return "\n".join(page.get_text() for page in document)


def table(columns: int, rows: int = 2) -> str:
    head = "| " + " | ".join(f"h{i}" for i in range(columns)) + " |"
    rule = "|" + "---|" * columns
    body = ["| " + " | ".join(f"ค{r}x{i}" for i in range(columns)) + " |" for r in range(rows)]
    return "\n".join([head, rule, *body]) + "\n"


def with_answer_extra(extra: str) -> str:
    return PADS.replace("### ผลลัพธ์", "### ผลลัพธ์\n\n" + extra + "\n", 1)


@pytest.fixture
def wide_store(store, tmp_path):
    folder = write_bank(tmp_path / "wide", {**QUESTIONS, "d1/d1-pads.md": with_answer_extra(table(41))})
    assert import_folder(store, folder).ok
    return store


def test_a_table_of_41_columns_prints_as_text_and_warns_naming_the_question(wide_store, tmp_path):
    result = print_bank_book(wide_store, tmp_path / "bank.pdf", PrintOptions(language="th"))
    assert result.pages > 1
    text = squeeze(pdf_text(result.path))
    assert squeeze("h0: ค0x0") in text and squeeze("h40: ค1x40") in text
    assert result.warnings == ("d1-pads: ตาราง 41 คอลัมน์กว้างเกินหน้ากระดาษ จึงพิมพ์เป็นข้อความแถวละย่อหน้า",)


def test_the_cli_writes_the_pdf_and_prints_the_warning(bank_dir, tmp_path, capsys):
    folder = write_bank(tmp_path / "wide", {**QUESTIONS, "d1/d1-pads.md": with_answer_extra(table(60))})
    db = str(tmp_path / "cli.db")
    assert run(["--db", db, "bank", "import", str(folder)]) == 0
    capsys.readouterr()
    assert run(["--db", db, "print", "--bank", "--out", str(tmp_path / "out")]) == 0
    out, err = capsys.readouterr()
    assert Path(out.strip()).is_file()
    assert err.startswith("sealprep print: warning: d1-pads: ") and "60" in err and "Traceback" not in err


def test_a_table_that_fits_stays_a_table(store, tmp_path):
    folder = write_bank(tmp_path / "b", {**QUESTIONS, "d1/d1-pads.md": with_answer_extra(table(10))})
    assert import_folder(store, folder).ok
    result = print_bank_book(store, tmp_path / "bank.pdf")
    assert result.warnings == ()
    assert "h0: " not in pdf_text(result.path)


def test_lists_nested_very_deep_still_print(store, tmp_path):
    nested = "\n".join("  " * depth + f"- ระดับ{depth}" for depth in range(60))
    folder = write_bank(tmp_path / "b", {**QUESTIONS, "d1/d1-pads.md": with_answer_extra(nested)})
    assert import_folder(store, folder).ok
    result = print_bank_book(store, tmp_path / "bank.pdf")
    text = squeeze(pdf_text(result.path))
    assert squeeze("ระดับ0") in text and squeeze("ระดับ59") in text


def test_an_answer_the_typesetter_cannot_set_is_printed_as_text_and_the_rest_prints(
    store, bank_dir, tmp_path, monkeypatch
):
    assert import_folder(store, bank_dir).ok
    real = document_parts.markdown_blocks

    def failing(body: str):
        if "ผ้าอนามัย" in body:  # the one answer of d1-pads that the typesetter chokes on
            raise ValueError("flowable given negative availWidth")
        return real(body)

    monkeypatch.setattr(document_parts, "markdown_blocks", failing)
    result = print_bank_book(store, tmp_path / "bank.pdf", PrintOptions(language="en"))
    text = squeeze(pdf_text(result.path))
    assert squeeze("ผ้าอนามัยฟรีให้นักเรียนหญิง") in text  # the answer, as plain lines
    assert squeeze("d3-harassment") in text  # and every other question
    assert result.warnings == ("d1-pads: the answer of สนศ. could not be typeset: printed as plain text",)


# -- file names ----------------------------------------------------------------------------------


def test_file_names_are_cut_by_bytes_never_inside_a_cluster():
    for name in ("กี่" * 100, "นางสาวกัลยาณี" * 20, "ก้ำ" * 80, "👩‍👩‍👧" * 40, "a" * 400):
        cut = safe_file_name(name)
        assert 0 < len(cut.encode("utf-8")) <= FILE_NAME_BYTES
        assert name.startswith(cut)
        rest = name[len(cut) :]
        assert not rest or unicodedata.category(rest[0]) not in ("Mn", "Mc") and rest[0] not in "\u0e33\u200d"
    assert cut_to_bytes("กี่" * 100, 150) == "กี่" * 16  # 9 bytes a cluster: 144, not 150
    assert cut_to_bytes("สั้น", 150) == "สั้น"


def test_a_person_with_a_78_letter_thai_name_gets_a_sheet(store, bank_dir, tmp_path):
    assert import_folder(store, bank_dir).ok
    name = "นางสาว" + "กัลยาณีศรีสุขสวัสดิ์" * 4
    assert len(name) >= 78 and len(name.encode("utf-8")) > 230
    person = store.people.save(Person(name, agency="สยป."))
    [result] = print_sheets(store, [person.id], tmp_path)
    assert result.path.is_file() and len(result.path.name.encode("utf-8")) <= 255
    assert result.path.name.startswith(f"briefing-{person.id}-นางสาวกัลยาณี")


def test_the_print_dialog_shows_the_warnings_after_writing_the_pdf(wide_store, qtbot, tmp_path):
    from sealprep.ui.app_context import AppContext
    from sealprep.ui.printing import PrintDialog, PrintKind

    dialog = PrintDialog(AppContext(wide_store), kind=PrintKind.BANK)
    qtbot.addWidget(dialog)
    opened: list[Path] = []
    shown: list[list[str]] = []
    dialog.opener = opened.append
    dialog.warner = lambda parent, warnings: shown.append(warnings)
    dialog.target_edit.setText(str(tmp_path / "bank.pdf"))
    with qtbot.waitSignal(dialog.finished_printing, timeout=60_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path / "bank.pdf"] and (tmp_path / "bank.pdf").stat().st_size > 10_000
    assert len(shown) == 1 and shown[0][0].startswith("d1-pads: ") and "41" in shown[0][0]


def test_a_table_cell_taller_than_a_page_continues_on_the_next(store, tmp_path):
    cell = "ข้อความยาวมาก " * 3000
    tall = f"| หัวข้อ | ค่า |\n|---|---|\n| {cell}ท้ายเซลล์ | x |\n"
    folder = write_bank(tmp_path / "b", {**QUESTIONS, "d1/d1-pads.md": with_answer_extra(tall)})
    assert import_folder(store, folder).ok
    result = print_bank_book(store, tmp_path / "bank.pdf")
    assert result.pages > 20 and squeeze("ท้ายเซลล์") in squeeze(pdf_text(result.path))


def test_odd_markdown_prints_and_split_cells_stay_inside_the_page(store, tmp_path):
    odd = "\n\n".join(
        [
            "x" * 20000,  # one word longer than many lines
            "```\n" + "y" * 5000 + "\n```",
            "#### " + "ก" * 3000,
            "> " * 200 + "ข้อความในคำพูดซ้อนลึก",
            "| a |\n|---|\n| " + "z" * 8000 + " |",  # a cell of one word, taller than a page
            "https://" + "w" * 3000 + ".com",
            "1. n\n" + "\n".join("   " * depth + "1. ลำดับ" for depth in range(1, 80)),
        ]
    )
    folder = write_bank(tmp_path / "b", {**QUESTIONS, "d1/d1-pads.md": with_answer_extra(odd)})
    assert import_folder(store, folder).ok
    result = print_bank_book(store, tmp_path / "bank.pdf")
    text = squeeze(pdf_text(result.path))
    assert squeeze("ข้อความในคำพูดซ้อนลึก") in text and "zzzz" in text and text.count("ลำดับ") == 79
    with pymupdf.open(result.path) as document:
        for page in document:
            footer = min(
                (block[1] for block in page.get_text("blocks") if "เอกสารใช้ภายใน" in block[4]), default=page.rect.y1
            )
            for block in page.get_text("blocks"):
                if "zzz" in block[4]:
                    assert block[3] <= footer, f"page {page.number + 1}: a split cell runs into the footer"
