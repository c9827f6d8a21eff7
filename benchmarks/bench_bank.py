"""Import and search speed on a synthetic bank of 10,000 questions (not a test: a measurement).

    python benchmarks/bench_bank.py [--questions 10000] [--queries 200] [--keep DIR]

Writes a bank folder of realistic Thai/English question files (front matter, Thai and English
wording, one to three agency answers of several Thai sentences, key points, evidence), then times
`sealprep bank import`'s code path (check + load in one transaction) into a fresh store, and the
latency of a mix of search queries: frequent and rare Thai words, English words, Thai digits,
short terms and two-term queries. Targets (docs/performance.md): import <= 10 s, search median
<= 20 ms and p95 <= 50 ms on a 2-core machine.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


from sealprep.core.bank.service import import_folder
from sealprep.core.store import Store

REPO = Path(__file__).resolve().parents[1]

DISTRICTS = [
    "พระนคร",
    "ดุสิต",
    "หนองจอก",
    "บางรัก",
    "บางเขน",
    "บางกะปิ",
    "ปทุมวัน",
    "ป้อมปราบศัตรูพ่าย",
    "พระโขนง",
    "มีนบุรี",
    "ลาดกระบัง",
    "ยานนาวา",
    "สัมพันธวงศ์",
    "พญาไท",
    "ธนบุรี",
    "บางกอกใหญ่",
    "ห้วยขวาง",
    "คลองสาน",
    "ตลิ่งชัน",
    "บางกอกน้อย",
    "บางขุนเทียน",
    "ภาษีเจริญ",
    "หนองแขม",
    "ราษฎร์บูรณะ",
    "บางพลัด",
    "ดินแดง",
    "บึงกุ่ม",
    "สาทร",
    "บางซื่อ",
    "จตุจักร",
    "บางคอแหลม",
    "ประเวศ",
    "คลองเตย",
    "สวนหลวง",
    "จอมทอง",
    "ดอนเมือง",
    "ราชเทวี",
    "ลาดพร้าว",
    "วัฒนา",
    "บางแค",
    "หลักสี่",
    "สายไหม",
    "คันนายาว",
    "สะพานสูง",
    "วังทองหลาง",
    "คลองสามวา",
    "บางนา",
    "ทวีวัฒนา",
    "ทุ่งครุ",
    "บางบอน",
]
AGENCIES = ["สยป.", "สำนักงาน ก.ก.", "สนศ.", "สนพ.", "สนอ.", "สพส.", "สปส.", "สกต."]
BENCHMARKS = {1: ["1.1.1", "1.1.2", "1.1.3", "1.1.4"], 5: ["5.1.1", "5.1.3"]}


def starter_bank_text() -> tuple[list[str], list[str], list[str]]:
    """Thai phrases, Thai questions and English sentences from the real starter bank, so the
    synthetic bank has the vocabulary and word frequencies of real answers."""
    from sealprep.core.bank.folder import load_bank

    bank = load_bank(REPO / "questions").bank
    phrases, questions, english = [], [], []
    for question in bank.questions:
        questions.append(question.question_th)
        english += [s.strip() + "." for s in question.question_en.split(".") if len(s.strip()) > 20]
        for answer in question.answers:
            for line in answer.body.splitlines():
                line = line.strip("-*# ").replace("**", "")
                phrases += [p for p in line.split(" ") if len(p) > 12]
        phrases += [p for point in question.key_points for p in point.split(" ") if len(p) > 12]
    return phrases, questions, english


QUERIES_THAI_FREQUENT = ["กรุงเทพมหานคร", "ความเท่าเทียม", "ตัวชี้วัด", "หน่วยงาน"]
QUERIES_THAI_RARE = ["ผ้าอนามัย", "มะเร็งปากมดลูก", "ป้อมปราบศัตรูพ่าย", "สัมพันธวงศ์"]
QUERIES_ENGLISH = ["indicators", "assessment", "Gender Equality", "EXAMPLE"]
QUERIES_OTHER = ["๒๕๖๘", "วค", "BMA ผ้าอนามัย", "ร้องเรียน คุกคาม"]


THAI_PHRASES, THAI_QUESTIONS, ENGLISH = starter_bank_text()


def thai_paragraph(rng: random.Random, phrases: int) -> str:
    words = [rng.choice(THAI_PHRASES) for _ in range(phrases)]
    words.insert(rng.randrange(len(words) + 1), f"เขต{rng.choice(DISTRICTS)} {rng.randint(1, 5000):,} คน")
    return " ".join(words)


def question_text(rng: random.Random, number: int) -> str:
    dimension = rng.randint(1, 5)
    benchmarks = rng.sample(BENCHMARKS.get(dimension, []), k=min(len(BENCHMARKS.get(dimension, [])), rng.randint(0, 2)))
    lines = ["---", f"id: synthetic-{number:05d}", f"dimension: {dimension}"]
    if benchmarks:
        lines.append(f"benchmarks: [{', '.join(benchmarks)}]")
    lines += [
        f"tags: [{rng.choice(['planning', 'data', 'health', 'training'])}]",
        f"time_limit: {rng.choice([120, 180, 240])}",
        "---",
    ]
    lines += [
        f"# {rng.choice(THAI_QUESTIONS)} (ข้อ {number} ปี {2568 + number % 3})",
        "",
        "## EN",
        rng.choice(ENGLISH),
        "",
    ]
    for agency in rng.sample(AGENCIES, k=rng.randint(1, 3)):
        lines += [
            f"## Answer: {agency}",
            thai_paragraph(rng, rng.randint(8, 16)),
            "",
            f"- {thai_paragraph(rng, 2)}",
            f"- {rng.choice(ENGLISH)}",
            "",
        ]
    lines += ["## Key points", *[f"- {rng.choice(THAI_PHRASES)}" for _ in range(rng.randint(3, 5))], ""]
    lines += [
        "## Evidence",
        f"- [รายงานผลการดำเนินงาน {number}](https://u.bangkok.go.th/doc{number})",
        "- แผนปฏิบัติการด้านการส่งเสริมความเท่าเทียมทางเพศ พ.ศ. 2568-2570",
        "",
    ]
    return "\n".join(lines)


def write_synthetic_bank(folder: Path, count: int, seed: int = 2569) -> int:
    rng = random.Random(seed)
    shutil.copy(REPO / "questions" / "framework.yaml", folder / "framework.yaml")
    shutil.copy(REPO / "questions" / "agencies.yaml", folder / "agencies.yaml")
    characters = 0
    for number in range(count):
        text = question_text(rng, number)
        characters += len(text)
        sub = folder / f"d{number % 5 + 1}"
        sub.mkdir(exist_ok=True)
        (sub / f"synthetic-{number:05d}.md").write_text(text, encoding="utf-8")
    return characters


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200, help="timed queries in all")
    parser.add_argument("--keep", type=Path, help="write the bank and store here instead of a temp folder")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="sealprep-bench-"))
    bank = work / "bank"
    bank.mkdir(parents=True, exist_ok=True)
    characters = write_synthetic_bank(bank, args.questions)
    print(f"bank: {args.questions} questions, {characters / args.questions:.0f} characters per file on average")

    store = Store.open(work / "bench.db")
    started = time.perf_counter()
    result = import_folder(store, bank)
    import_seconds = time.perf_counter() - started
    assert result.ok, result.problems[:5]
    print(f"import: {import_seconds:.2f} s ({args.questions / import_seconds:.0f} questions/s)")

    started = time.perf_counter()
    import_folder(store, bank)
    print(f"re-import of the same bank: {time.perf_counter() - started:.2f} s")

    groups = {
        "thai frequent": QUERIES_THAI_FREQUENT,
        "thai rare": QUERIES_THAI_RARE,
        "english": QUERIES_ENGLISH,
        "digits/short/two-term": QUERIES_OTHER,
    }
    everything = [q for queries in groups.values() for q in queries]
    for query in everything:  # warm the page cache as a user's second search would find it
        store.search(query, limit=50)
    latencies: dict[str, list[float]] = {name: [] for name in groups}
    rounds = max(1, args.queries // len(everything))
    for _ in range(rounds):
        for name, queries in groups.items():
            for query in queries:
                started = time.perf_counter()
                hits = store.search(query, limit=50)
                latencies[name].append((time.perf_counter() - started) * 1000)
                assert hits, f"no hits for {query!r}"
    every = [ms for values in latencies.values() for ms in values]
    print(
        f"search ({len(every)} queries, 50 results each): median {statistics.median(every):.1f} ms, p95 {percentile(every, 0.95):.1f} ms, max {max(every):.1f} ms"
    )
    for name, values in latencies.items():
        print(f"  {name:24s} median {statistics.median(values):6.1f} ms  p95 {percentile(values, 0.95):6.1f} ms")
    print(f"store size: {(work / 'bench.db').stat().st_size / 1e6:.1f} MB")
    store.close()
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
