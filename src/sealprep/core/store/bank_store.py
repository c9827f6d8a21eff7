"""The bank inside the store: import (all or nothing), read back, edit one question."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

import sqlite_utils

from sealprep.core.bank.file_names import source_path_problem
from sealprep.core.bank.model import (
    Agency,
    Answer,
    Bank,
    Benchmark,
    Dimension,
    EvidenceItem,
    FactToConfirm,
    Framework,
    Goal,
    Level,
    Question,
)
from sealprep.core.bank.question_file import MAX_TIME_LIMIT
from sealprep.core.store.database import transaction
from sealprep.core.thai.text import search_form

_BANK_TABLES_CHILD_FIRST = (
    "facts_to_confirm",
    "question_benchmarks",
    "answers",
    "key_points",
    "evidence",
    "questions",
    "benchmarks",
    "goals",
    "dimensions",
    "levels",
    "agencies",
    "search_documents",
)


@dataclass(frozen=True)
class QuestionFilter:
    """Which questions a list shows; every field that is set must match."""

    dimension: int | None = None
    goal: str | None = None
    benchmark: str | None = None
    tag: str | None = None
    agency: str | None = None
    ids: frozenset[str] | None = None


@dataclass(frozen=True)
class QuestionSummary:
    """What a list row needs, without loading answers."""

    id: str
    dimension: int
    question_th: str
    question_en: str
    benchmarks: tuple[str, ...]
    agencies: tuple[str, ...]
    tags: tuple[str, ...]


class BankStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    # -- import ---------------------------------------------------------------------------
    def replace_bank(self, bank: Bank, folder: str | None = None) -> None:
        """Replace the whole bank in one transaction. User tables are not touched."""
        with transaction(self.db):
            for table in _BANK_TABLES_CHILD_FIRST:
                self.db.execute(f"DELETE FROM {table}")
            self.db.execute("INSERT INTO search_index(search_index) VALUES ('delete-all')")
            self._insert_framework(bank.framework)
            self.db.conn.executemany(
                "INSERT INTO agencies (code, position, th, en) VALUES (?, ?, ?, ?)",
                [(a.code, i, a.th, a.en) for i, a in enumerate(bank.agencies.values())],
            )
            self._insert_questions(bank.questions, bank.agencies)
            self._rebuild_search_index()
            meta = {"imported_at": datetime.now(UTC).isoformat(timespec="seconds")}
            if folder is not None:
                meta["bank_folder"] = folder
            self.db.conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items())

    def _rebuild_search_index(self) -> None:
        """Index every search document, then merge the index into one segment.

        Merging once at the end instead of while building (automerge 0, a high crisismerge)
        roughly halves the time of a 10,000-question import; the final 'optimize' makes queries
        on frequent words about twice as fast. The usual settings are restored for later edits.
        """
        configure = "INSERT INTO search_index(search_index, rank) VALUES (?, ?)"
        self.db.execute(configure, ["automerge", 0])
        self.db.execute(configure, ["crisismerge", 64])
        self.db.execute("INSERT INTO search_index(search_index) VALUES ('rebuild')")
        self.db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
        self.db.execute(configure, ["automerge", 4])
        self.db.execute(configure, ["crisismerge", 16])

    def _insert_framework(self, framework: Framework) -> None:
        meta = {
            "institution_th": framework.institution_th,
            "institution_en": framework.institution_en,
            "total_benchmarks": str(framework.total_benchmarks),
        }
        execute = self.db.conn.executemany
        execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items())
        execute(
            "INSERT INTO levels VALUES (?, ?, ?, ?, ?, ?)",
            [(lv.id, i, lv.th, lv.en, lv.percent, lv.benchmarks) for i, lv in enumerate(framework.levels)],
        )
        execute(
            "INSERT INTO dimensions (number, th, en, bank_wording) VALUES (?, ?, ?, ?)",
            [(d.number, d.th, d.en, " ".join(d.bank_wording)) for d in framework.dimensions],
        )
        execute(
            "INSERT INTO goals (id, dimension, position, th, en, bank_wording) VALUES (?, ?, ?, ?, ?, ?)",
            [(g.id, g.dimension, i, g.th, g.en, " ".join(g.bank_wording)) for i, g in enumerate(framework.all_goals())],
        )
        execute(
            "INSERT INTO benchmarks (id, goal_id, dimension, position, th, en, evidence_th, evidence_en,"
            " undp_comment, bank_wording) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (b.id, b.goal_id, b.dimension, i, b.th, b.en, b.evidence_th, b.evidence_en, b.undp_comment)
                + (" ".join(b.bank_wording),)
                for i, b in enumerate(framework.all_benchmarks())
            ],
        )

    def _insert_questions(self, questions: list[Question], agencies: dict[str, Agency]) -> None:
        rows, links, answers, points, evidence, documents = [], [], [], [], [], []
        facts = []
        for q in questions:
            _check_recordable(q)
            rows.append(
                (
                    q.id,
                    q.dimension,
                    q.question_th,
                    q.question_en,
                    json.dumps(q.tags, ensure_ascii=False),
                    q.time_limit,
                    q.source_path,
                )
            )
            links += [(q.id, b, i) for i, b in enumerate(q.benchmarks)]
            answers += [(q.id, a.agency, i, a.body) for i, a in enumerate(q.answers)]
            points += [(q.id, i, p) for i, p in enumerate(q.key_points)]
            evidence += [
                (q.id, i, e.title, e.url, e.owner, e.as_of.isoformat() if e.as_of else None)
                for i, e in enumerate(q.evidence)
            ]
            facts += [(q.id, i, f.fact, f.reason, f.agency) for i, f in enumerate(q.confirm)]
            documents.append(search_document(q, agencies))
        execute = self.db.conn.executemany
        execute(
            "INSERT INTO questions (id, dimension, question_th, question_en, tags, time_limit, source_path) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        execute("INSERT INTO question_benchmarks VALUES (?, ?, ?)", links)
        execute("INSERT INTO answers VALUES (?, ?, ?, ?)", answers)
        execute("INSERT INTO key_points VALUES (?, ?, ?)", points)
        execute(
            "INSERT INTO evidence (question_id, position, title, url, owner, as_of) VALUES (?, ?, ?, ?, ?, ?)", evidence
        )
        execute("INSERT INTO facts_to_confirm VALUES (?, ?, ?, ?, ?)", facts)
        execute(
            "INSERT INTO search_documents (question_id, question, answers, key_points, evidence) VALUES (?, ?, ?, ?, ?)",
            documents,
        )

    # -- edit one question ----------------------------------------------------------------
    def save_question(self, question: Question, replaces: str | None = None) -> None:
        """Insert or replace one (already validated) question and its search document.

        ``replaces`` is the id the question had before, when an edit renamed it. An edited
        question keeps its place in the bank's order (its row id); a new one goes last.
        """
        agencies = self.agencies()
        with transaction(self.db):
            place = self.db.execute(
                "SELECT rowid FROM questions WHERE id IN (?, ?) ORDER BY rowid LIMIT 1",
                [replaces or question.id, question.id],
            ).fetchone()
            for old_id in {question.id} | ({replaces} if replaces else set()):
                self._delete_question(old_id)
            self._insert_questions([question], agencies)
            if place is not None:
                self.db.execute("UPDATE questions SET rowid = ? WHERE id = ?", [place[0], question.id])
            row = self.db.execute(
                "SELECT rowid, question, answers, key_points, evidence FROM search_documents WHERE question_id = ?",
                [question.id],
            ).fetchone()
            self.db.execute(
                "INSERT INTO search_index(rowid, question, answers, key_points, evidence) VALUES (?, ?, ?, ?, ?)", row
            )

    def delete_question(self, question_id: str) -> None:
        with transaction(self.db):
            self._delete_question(question_id)

    def _delete_question(self, question_id: str) -> None:
        row = self.db.execute(
            "SELECT rowid, question, answers, key_points, evidence FROM search_documents WHERE question_id = ?",
            [question_id],
        ).fetchone()
        if row:
            self.db.execute(
                "INSERT INTO search_index(search_index, rowid, question, answers, key_points, evidence) VALUES ('delete', ?, ?, ?, ?, ?)",
                row,
            )
            self.db.execute("DELETE FROM search_documents WHERE rowid = ?", [row[0]])
        self.db.execute("DELETE FROM questions WHERE id = ?", [question_id])

    # -- read -----------------------------------------------------------------------------
    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def is_empty(self) -> bool:
        return bool(self.db.execute("SELECT COUNT(*) FROM dimensions").fetchone()[0] == 0)

    def question_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM questions").fetchone()[0])

    def framework(self) -> Framework:
        framework = Framework(
            institution_th=self.meta("institution_th"),
            institution_en=self.meta("institution_en"),
            total_benchmarks=int(self.meta("total_benchmarks", "0") or 0),
        )
        framework.levels = [
            Level(*row)
            for row in self.db.execute("SELECT id, th, en, percent, benchmarks FROM levels ORDER BY position")
        ]
        dimensions = {
            n: Dimension(n, th, en, bank_wording=tuple(wording.split()))
            for n, th, en, wording in self.db.execute(
                "SELECT number, th, en, bank_wording FROM dimensions ORDER BY number"
            )
        }
        goals = {}
        for gid, dim, th, en, wording in self.db.execute(
            "SELECT id, dimension, th, en, bank_wording FROM goals ORDER BY position"
        ):
            goals[gid] = Goal(gid, dim, th, en, bank_wording=tuple(wording.split()))
            dimensions[dim].goals.append(goals[gid])
        for bid, goal_id, dim, th, en, evidence_th, evidence_en, comment, wording in self.db.execute(
            "SELECT id, goal_id, dimension, th, en, evidence_th, evidence_en, undp_comment, bank_wording"
            " FROM benchmarks ORDER BY position"
        ):
            goals[goal_id].benchmarks.append(
                Benchmark(bid, goal_id, dim, th, en, evidence_th, evidence_en, comment, tuple(wording.split()))
            )
        framework.dimensions = list(dimensions.values())
        return framework

    def agencies(self) -> dict[str, Agency]:
        return {
            code: Agency(code, th, en)
            for code, th, en in self.db.execute("SELECT code, th, en FROM agencies ORDER BY position")
        }

    def question(self, question_id: str) -> Question | None:
        found = self._questions("WHERE q.id = ?", [question_id])
        return found[0] if found else None

    def questions(self) -> list[Question]:
        return self._questions("", [])

    def _questions(self, where: str, params: list[object]) -> list[Question]:
        rows = self.db.execute(
            f"SELECT q.id, q.dimension, q.question_th, q.question_en, q.tags, q.time_limit, q.source_path FROM questions q {where} ORDER BY q.rowid",
            params,
        ).fetchall()
        if not rows:
            return []
        by_id: dict[str, Question] = {}
        for qid, dim, th, en, tags, limit, path in rows:
            by_id[qid] = Question(qid, dim, th, en, tags=json.loads(tags), time_limit=limit, source_path=path)
        only = "WHERE question_id = ?" if len(by_id) == 1 else ""
        args = list(by_id)[:1] if only else []
        for qid, bid in self.db.execute(
            f"SELECT question_id, benchmark_id FROM question_benchmarks {only} ORDER BY question_id, position", args
        ):
            if qid in by_id:
                by_id[qid].benchmarks.append(bid)
        for qid, agency, body in self.db.execute(
            f"SELECT question_id, agency, body FROM answers {only} ORDER BY question_id, position", args
        ):
            if qid in by_id:
                by_id[qid].answers.append(Answer(agency, body))
        for qid, text in self.db.execute(
            f"SELECT question_id, text FROM key_points {only} ORDER BY question_id, position", args
        ):
            if qid in by_id:
                by_id[qid].key_points.append(text)
        for qid, title, url, owner, as_of in self.db.execute(
            f"SELECT question_id, title, url, owner, as_of FROM evidence {only} ORDER BY question_id, position", args
        ):
            if qid in by_id:
                day = date.fromisoformat(as_of) if as_of else None
                by_id[qid].evidence.append(EvidenceItem(title, url, owner, day))
        for qid, fact, reason, agency in self.db.execute(
            f"SELECT question_id, fact, reason, agency FROM facts_to_confirm {only} ORDER BY question_id, position",
            args,
        ):
            if qid in by_id:
                by_id[qid].confirm.append(FactToConfirm(fact, reason, agency))
        return list(by_id.values())

    def load_bank(self) -> Bank:
        return Bank(self.framework(), self.agencies(), self.questions())

    def summaries(self, where: QuestionFilter = QuestionFilter()) -> list[QuestionSummary]:
        """Questions for a list, filtered; in bank order."""
        clauses: list[str] = []
        params: list[object] = []
        if where.dimension is not None:
            clauses.append("q.dimension = ?")
            params.append(where.dimension)
        if where.benchmark is not None:
            clauses.append("q.id IN (SELECT question_id FROM question_benchmarks WHERE benchmark_id = ?)")
            params.append(where.benchmark)
        if where.goal is not None:
            clauses.append(
                "q.id IN (SELECT qb.question_id FROM question_benchmarks qb JOIN benchmarks b ON b.id = qb.benchmark_id WHERE b.goal_id = ?)"
            )
            params.append(where.goal)
        if where.agency is not None:
            clauses.append("q.id IN (SELECT question_id FROM answers WHERE agency = ?)")
            params.append(where.agency)
        if where.tag is not None:
            clauses.append("EXISTS (SELECT 1 FROM json_each(q.tags) WHERE json_each.value = ?)")
            params.append(where.tag)
        if where.ids is not None:
            clauses.append("q.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(where.ids)))
        sql = f"""
            SELECT q.id, q.dimension, q.question_th, q.question_en, q.tags,
                   (SELECT json_group_array(benchmark_id) FROM (SELECT benchmark_id FROM question_benchmarks WHERE question_id = q.id ORDER BY position)),
                   (SELECT json_group_array(agency) FROM (SELECT agency FROM answers WHERE question_id = q.id ORDER BY position))
            FROM questions q {"WHERE " + " AND ".join(clauses) if clauses else ""}
            ORDER BY q.dimension, q.rowid"""
        return [
            QuestionSummary(qid, dim, th, en, tuple(json.loads(bm)), tuple(json.loads(ag)), tuple(json.loads(tags)))
            for qid, dim, th, en, tags, bm, ag in self.db.execute(sql, params)
        ]

    def evidence(self) -> dict[str, list[EvidenceItem]]:
        """Every question's evidence items (question id -> items in file order), without answers."""
        found: dict[str, list[EvidenceItem]] = {}
        for qid, title, url, owner, as_of in self.db.execute(
            "SELECT e.question_id, e.title, e.url, e.owner, e.as_of FROM evidence e"
            " JOIN questions q ON q.id = e.question_id ORDER BY q.rowid, e.position"
        ):
            day = date.fromisoformat(as_of) if as_of else None
            found.setdefault(qid, []).append(EvidenceItem(title, url, owner, day))
        return found

    def facts_to_confirm(self) -> list[tuple[str, FactToConfirm]]:
        """(question id, fact) for every fact a question flags, in bank order."""
        return [
            (qid, FactToConfirm(fact, reason, agency))
            for qid, fact, reason, agency in self.db.execute(
                "SELECT f.question_id, f.fact, f.reason, f.agency FROM facts_to_confirm f"
                " JOIN questions q ON q.id = f.question_id ORDER BY q.rowid, f.position"
            )
        ]

    def tags(self) -> list[str]:
        return [
            row[0]
            for row in self.db.execute("SELECT DISTINCT value FROM questions, json_each(questions.tags) ORDER BY value")
        ]

    def counts(self) -> dict[str, int]:
        """Questions per navigation node: keys 'all', 'dimension:N', 'goal:ID', 'benchmark:ID'."""
        counts = {"all": self.question_count()}
        for number, n in self.db.execute("SELECT dimension, COUNT(*) FROM questions GROUP BY dimension"):
            counts[f"dimension:{number}"] = n
        for goal, n in self.db.execute(
            "SELECT b.goal_id, COUNT(DISTINCT qb.question_id) FROM question_benchmarks qb JOIN benchmarks b ON b.id = qb.benchmark_id GROUP BY b.goal_id"
        ):
            counts[f"goal:{goal}"] = n
        for benchmark, n in self.db.execute(
            "SELECT benchmark_id, COUNT(*) FROM question_benchmarks GROUP BY benchmark_id"
        ):
            counts[f"benchmark:{benchmark}"] = n
        return counts


def search_document(question: Question, agencies: dict[str, Agency]) -> tuple[str, str, str, str, str]:
    """The searchable text of a question, column by column, in search form."""
    answers = []
    for answer in question.answers:
        agency = agencies.get(answer.agency)
        answers.append(
            " ".join(
                filter(None, (answer.agency, agency.th if agency else "", agency.en if agency else "", answer.body))
            )
        )
    return (
        question.id,
        search_form(f"{question.question_th}\n{question.question_en}"),
        search_form("\n".join(answers)),
        search_form("\n".join(question.key_points)),
        search_form("\n".join(f"{e.title} {e.url}" for e in question.evidence)),
    )


def _check_recordable(question: Question) -> None:
    """The store never records a file path that could lead outside the bank folder, nor a time
    limit SQLite cannot hold; the loader refuses both first, this guards every other caller."""
    if question.source_path:
        problem = source_path_problem(question.source_path)
        if problem:
            raise ValueError(f"question '{question.id}': {problem}")
    if question.time_limit is not None and not 0 < question.time_limit <= MAX_TIME_LIMIT:
        raise ValueError(f"question '{question.id}': time_limit {question.time_limit} is out of range")
