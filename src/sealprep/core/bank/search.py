"""Full-text search over the bank that works for Thai, which has no spaces between words.

The index is SQLite FTS5 with the trigram tokenizer, so any substring of three or more characters
matches inside running Thai text. Terms shorter than that fall back to a LIKE scan. Text and query
are both brought to the same search form (see ``thai_text.search_form``): English is
case-insensitive, Thai and ASCII digits match each other. Results are ranked by bm25 with the
question wording weighted above answers, key points and evidence.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import sqlite_utils

from sealprep.core.thai.text import search_form, to_ascii_digits

TRIGRAM = 3
COLUMN_WEIGHTS = (10.0, 2.0, 4.0, 1.5)  # question, answers, key_points, evidence
_COLUMNS = ("question", "answers", "key_points", "evidence")
_SARA_AM_PAIR = "\u0e4d\u0e32"


@dataclass(frozen=True)
class SearchHit:
    question_id: str
    score: float
    dimension: int
    question_th: str
    question_en: str


_TERM = re.compile(r'"([^"]*)"|(\S+)')


def query_terms(query: str) -> list[str]:
    """The distinct terms of a query in search form.

    Whitespace separates terms; text in double quotes is one term (a phrase with its spaces); a
    stray quote is ignored.
    """
    terms: list[str] = []
    for phrase, word in _TERM.findall(search_form(query)):
        term = " ".join(phrase.split()) if phrase else word.replace('"', "")
        if term and term not in terms:
            terms.append(term)
    return terms


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_questions(db: sqlite_utils.Database, query: str, limit: int = 200) -> list[SearchHit]:
    """Questions matching every term of ``query``, best first. Callers use ``Store.search``; this
    is its implementation over the store's connection."""
    terms = query_terms(query)
    if not terms:
        return []
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    short_terms = [t for t in terms if len(t) < TRIGRAM]
    if long_terms:
        like_clauses, like_params = _contains_all(short_terms, _COLUMNS)
        weights = ", ".join(str(w) for w in COLUMN_WEIGHTS)
        sql = f"""
            SELECT d.question_id, bm25(search_index, {weights}) AS score, q.dimension, q.question_th, q.question_en
            FROM search_index
            JOIN search_documents d ON d.rowid = search_index.rowid
            JOIN questions q ON q.id = d.question_id
            WHERE search_index MATCH ? {"".join(" AND " + c for c in like_clauses)}
            ORDER BY score LIMIT ?"""
        params = [" AND ".join(_fts_phrase(t) for t in long_terms), *like_params, limit]
        return [SearchHit(*row) for row in db.execute(sql, params)]
    return _search_short_terms(db, short_terms, limit)


def _contains_all(terms: list[str], columns: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """SQL conditions (and their parameters) that every term occurs in one of ``columns``."""
    clauses, params = [], []
    for term in terms:
        clauses.append("(" + " OR ".join(f"d.{c} LIKE ? ESCAPE '\\'" for c in columns) + ")")
        params += [_like_pattern(term)] * len(columns)
    return clauses, params


def _search_short_terms(db: sqlite_utils.Database, terms: list[str], limit: int) -> list[SearchHit]:
    """Only terms of one or two characters: no trigram can match them, so scan.

    Questions whose wording matches come first (a scan of the short question column), then the
    rest in bank order; the second scan stops as soon as ``limit`` rows are found, so a frequent
    short term costs little and only a rare one reads the whole bank.
    """
    columns = "d.question_id, {score}, q.dimension, q.question_th, q.question_en"
    source = "FROM search_documents d JOIN questions q ON q.id = d.question_id"
    question_clauses, question_params = _contains_all(terms, ("question",))
    first = db.execute(
        f"SELECT {columns.format(score='-2.0')} {source} WHERE {' AND '.join(question_clauses)} ORDER BY q.rowid LIMIT ?",
        [*question_params, limit],
    ).fetchall()
    hits = [SearchHit(*row) for row in first]
    if len(hits) < limit:
        like_clauses, like_params = _contains_all(terms, _COLUMNS)
        seen = json.dumps([hit.question_id for hit in hits])
        rest = db.execute(
            f"SELECT {columns.format(score='-1.0')} {source} WHERE {' AND '.join(like_clauses)}"
            " AND d.question_id NOT IN (SELECT value FROM json_each(?)) ORDER BY q.rowid LIMIT ?",
            [*like_params, seen, limit - len(hits)],
        )
        hits += [SearchHit(*row) for row in rest]
    return hits


def _search_form_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` in search form, and for each of its characters the offset it came from."""
    out: list[str] = []
    offsets: list[int] = []
    i = 0
    while i < len(text):
        if text.startswith(_SARA_AM_PAIR, i):
            out.append("\u0e33")
            offsets.append(i)
            i += 2
            continue
        for ch in to_ascii_digits(text[i]).casefold():
            out.append(ch)
            offsets.append(i)
        i += 1
    offsets.append(len(text))
    return "".join(out), offsets


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query's terms occur in ``text``: sorted, merged (start, end) offsets."""
    terms = query_terms(query)
    if not terms or not text:
        return []
    folded, offsets = _search_form_with_offsets(text)
    spans = []
    for term in terms:
        start = folded.find(term)
        while start != -1:
            end = start + len(term)
            spans.append(
                (offsets[start], offsets[end - 1] + (2 if text.startswith(_SARA_AM_PAIR, offsets[end - 1]) else 1))
            )
            start = folded.find(term, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
