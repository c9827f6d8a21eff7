"""What can be wrong with a row of an imported roster or assignment file.

A problem carries a code and its details rather than a finished sentence, so that the CLI prints
it in English (``message``) and the Qt interface in the user's language (it keeps its own
translated template per code, with the same ``{placeholders}``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sealprep.core.secretariat.table_files import TableRow

TEMPLATES: dict[str, str] = {
    # the file as a whole
    "no_rows": "the file has no rows below its header",
    "no_header": "no header row: the first rows must name the columns ({expected})",
    "missing_column": "no '{column}' column (write one of: {expected})",
    # any row
    "undecodable": "text that is neither UTF-8 nor Thai Windows (cp874/TIS-620) in column '{column}'; save the file again as 'CSV UTF-8'",
    "duplicate_row": "the same {what} as row {other}",
    "formula_no_value": "column '{column}' holds a formula whose result the file never stored; open the file in Excel and save it again, or type the value",
    # roster rows
    "no_name": "no name",
    "unknown_agency": "unknown agency '{agency}' (write a code from agencies.yaml such as {example}, or the agency's full name)",
    "no_agencies": "unknown agency '{agency}': the store has no bank (and so no agencies) yet; import the bank first",
    "bad_role": "role '{value}' is neither interviewee nor secretariat",
    "bad_email": "'{value}' is not an e-mail address",
    # assignment rows
    "no_person": "no person",
    "unknown_person": "no one on the roster is '{person}'",
    "ambiguous_person": "'{person}' could be any of {count} people on the roster; write their e-mail instead",
    "no_question": "no question id",
    "unknown_question": "no question '{question}' in the bank",
    "bad_assignment_role": "role '{value}' is neither primary nor backup",
}


@dataclass(frozen=True)
class RowProblem:
    row: int
    """The row number as Excel shows it (header = 1); 0 for the file as a whole."""
    code: str
    details: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def message(self) -> str:
        return TEMPLATES[self.code].format(**self.details)

    def __str__(self) -> str:
        return f"row {self.row}: {self.message}" if self.row else self.message


def header_key(text: str) -> str:
    """A column title in comparable form: case, spaces, dashes, dots and underscores ignored."""
    import unicodedata

    text = unicodedata.normalize("NFC", text).casefold()
    for ch in " \t\u00a0-–—_./:*":
        text = text.replace(ch, "")
    return text


def match_columns(titles: list[str], aliases: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Which column index holds each field, by its title; a title in brackets counts as well
    (``อีเมล (E-mail)``). The first column with a matching title wins."""
    keyed = {field: {header_key(a) for a in names} for field, names in aliases.items()}
    found: dict[str, int] = {}
    for index, title in enumerate(titles):
        candidates = {header_key(title)}
        for bracket in "()[]":
            title = title.replace(bracket, "|")
        candidates |= {header_key(part) for part in title.split("|") if part.strip()}
        for field_name, keys in keyed.items():
            if field_name not in found and candidates & keys:
                found[field_name] = index
                break
    return found


def cell_problems(row: TableRow, titles: list[str]) -> list[RowProblem]:
    """The problems of a row's cells whatever the import: bytes that are neither UTF-8 nor cp874,
    and formulas without a stored result; each names its column by the header's title."""

    def title(index: int) -> str:
        return titles[index] if index < len(titles) and titles[index] else f"#{index + 1}"

    problems = []
    if row.unreadable:
        problems += [
            RowProblem(row.number, "undecodable", {"column": title(i)})
            for i, cell in enumerate(row.cells)
            if "\ufffd" in cell
        ]
    problems += [RowProblem(row.number, "formula_no_value", {"column": title(i)}) for i in row.formulas]
    return problems
