"""The benchmark overview on a bank with gaps: rows, people, readiness, evidence, and the gaps."""

from __future__ import annotations

from sealprep.core.secretariat.benchmark_coverage import (
    NO_ASSIGNED,
    NO_EVIDENCE,
    NO_QUESTION,
    NO_READY,
    NO_TEXT,
    benchmark_overview,
    benchmark_table,
)
from sealprep.core.secretariat.coverage import Cell, compute_coverage


def test_every_benchmark_and_every_goal_without_benchmarks_is_a_row_with_its_gaps(gappy):
    store, somchai, somying = gappy
    readiness = {(somchai, "d1-pads"): True, (somying, "d3-harassment"): False}
    overview = benchmark_overview(store, compute_coverage(store, readiness=readiness))
    rows = {row.key: row for row in overview.rows}
    assert list(rows) == ["1.1.1", "1.1.2", "1.1.3", "3.1", "5.1.1"]
    assert [q.id for q in rows["1.1.1"].questions] == ["d1-dated", "d1-pads", "d1-tracking"]
    assert [q.id for q in rows["3.1"].questions] == ["d3-harassment"]  # the dimension's unlinked questions
    assert rows["1.1.1"].assigned == (somchai,) and rows["1.1.1"].ready == (somchai,)
    assert rows["3.1"].assigned == (somying,) and rows["3.1"].ready == ()
    assert (
        len(rows["1.1.1"].evidence) == 7
    )  # the strategy map is cited twice, counted once and len(rows["1.1.2"].evidence) == 2
    assert {key: row.gaps for key, row in rows.items()} == {
        "1.1.1": (),
        "1.1.2": (),
        "1.1.3": (NO_TEXT, NO_QUESTION, NO_ASSIGNED, NO_EVIDENCE),
        "3.1": (NO_READY,),
        "5.1.1": (NO_QUESTION, NO_ASSIGNED, NO_EVIDENCE),
    }
    assert overview.cell(somchai, "1.1.1") == Cell(1, 1, 1)
    assert overview.cell(somchai, "1.1.2") == Cell(1, 0, 1)
    assert overview.cell(somying, "3.1") == Cell(1, 0, 0)
    assert overview.cell(somying, "1.1.1") == Cell(0, 0, 0)
    dimensions = {d.dimension.number: d for d in overview.dimensions}
    assert [n for n, d in dimensions.items() if not d.has_benchmark_text] == [2, 3, 4]
    assert [q.id for q in dimensions[3].unlinked_questions] == ["d3-harassment"]


def test_the_table_counts_per_row_and_leaves_ready_empty_without_rehearsals(gappy):
    store, _, _ = gappy
    table = benchmark_table(benchmark_overview(store, compute_coverage(store, readiness=None)))
    assert [
        (r["benchmark"] or r["goal"], r["text"], r["questions"], r["assigned"], r["ready"], r["evidence"])
        for r in table
    ] == [
        ("1.1.1", "known", 3, 1, None, 7),
        ("1.1.2", "known", 1, 1, None, 2),
        ("1.1.3", "placeholder", 0, 0, None, 0),
        ("3.1", "known", 1, 1, None, 1),
        ("5.1.1", "known", 0, 0, None, 0),
    ]
