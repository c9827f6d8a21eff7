"""Small real bank folders written to disk for tests."""

from __future__ import annotations

from pathlib import Path

FRAMEWORK = """\
institution:
  th: กรุงเทพมหานคร
  en: Bangkok Metropolitan Administration
total_benchmarks: 40
levels:
  - {id: gold, th: เหรียญทอง, en: Gold, percent: 80, benchmarks: 32}
  - {id: silver, th: เหรียญเงิน, en: Silver, percent: 70, benchmarks: 28}
  - {id: bronze, th: เหรียญทองแดง, en: Bronze, percent: 60, benchmarks: 24}
dimensions:
  - number: 1
    th: การวางแผนและการจัดการเพื่อความเท่าเทียมทางเพศ
    en: Planning and Management for Gender Equality
    goals:
      - id: "1.1"
        th: แผนของหน่วยงานรวมเป้าหมายความเท่าเทียมทางเพศ
        en: Institutional plans include gender equality goals
        benchmarks:
          - id: "1.1.1"
            th: แผนงานของหน่วยงานมีกลยุทธ์ด้านเพศสภาพที่ชัดเจน
            en: Institutional plan with explicit gender strategies
            evidence: {th: เอกสารแผนที่ได้รับอนุมัติ, en: Approved plan document}
          - id: "1.1.2"
            th: กลไกวิเคราะห์ด้านเพศสภาพ
            en: A gender analysis mechanism
  - number: 2
    th: โครงสร้างและศักยภาพขององค์กร
    en: Gender Architecture and Capacities
  - number: 3
    th: สภาพแวดล้อมการทำงาน
    en: Work Environment
  - number: 4
    th: การให้บริการ
    en: Services
  - number: 5
    th: ผลลัพธ์และผลกระทบ
    en: Results and Impacts
    goals:
      - id: "5.1"
        th: หน่วยงานสนับสนุนเป้าหมายระดับชาติและ SDG
        benchmarks:
          - id: "5.1.1"
            th: ผลลัพธ์ที่ชัดเจนจากนโยบาย
"""

AGENCIES = """\
สยป.:
  th: สำนักยุทธศาสตร์และประเมินผล
  en: Strategy and Evaluation Department
สนศ.:
  th: สำนักการศึกษา
  en: Education Department
สำนักงาน ก.ก.:
  th: สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร
  en: Office of the Bangkok Metropolitan Civil Service Commission
"""

PADS = """\
---
id: d1-pads
dimension: 1
benchmarks: [1.1.1, 1.1.2]
tags: [education, health]
time_limit: 180
---
# การวิเคราะห์มิติทางเพศถูกใช้ในการออกแบบโครงการอย่างไร

## EN
How is gender analysis used when a project is designed?

## Answer: สนศ.
กรุงเทพมหานครจัดหาผ้าอนามัยฟรีให้นักเรียนหญิงในโรงเรียนสังกัด เพราะนักเรียนที่เข้าไม่ถึงผ้าอนามัยขาดเรียน 3-5 วันต่อเดือน

### ผลลัพธ์
- **ลดการขาดเรียน** ของนักเรียนหญิง
  - ติดตามผ่าน BMA Policy Tracking

## Answer: สยป.
สยป. วิเคราะห์โครงการด้วยแบบ วค.สยป. ก่อนบรรจุในแผนปฏิบัติราชการ

## Key points
- ความจนรายเดือน (period poverty)
- ตัวชี้วัดภายใต้ยุทธศาสตร์ด้านเรียนดี

## Evidence
- [Strategy map](https://u.bangkok.go.th/gendersealstrategymap)
- แผนปฏิบัติการด้านการส่งเสริมความเท่าเทียมทางเพศ พ.ศ. 2568-2570
"""

TRACKING = """\
---
id: d1-tracking
dimension: 1
benchmarks: [1.1.1]
tags: [monitoring]
---
# ผลลัพธ์ด้านเพศสภาพได้รับการติดตามอย่างไร

## EN
How are gender results monitored and reported?

## Answer: สยป.
ทุกหน่วยงานรายงานตัววัดผลในระบบ BMA Policy Tracking ทุกเดือน

## Key points
- รายงานทุกเดือน

## Evidence
- BMA Policy Tracking
"""

HARASSMENT = """\
---
id: d3-harassment
dimension: 3
tags: [harassment]
---
# กรุงเทพมหานครป้องกันการคุกคามทางเพศในที่ทำงานอย่างไร

## English
How does the BMA prevent sexual harassment at work?

## คำตอบ: สำนักงาน ก.ก.
มีประกาศนโยบายการไม่เลือกปฏิบัติทางเพศ ลงวันที่ 18 มิถุนายน 2565 และช่องทางร้องเรียนผ่าน Traffy Fondue

## ประเด็นสำคัญ
- ประกาศนโยบาย
- ช่องทางร้องเรียน

## หลักฐาน
- ประกาศกรุงเทพมหานคร เรื่อง นโยบายการไม่เลือกปฏิบัติทางเพศ
"""

QUESTIONS = {"d1/d1-pads.md": PADS, "d1/d1-tracking.md": TRACKING, "d3/d3-harassment.md": HARASSMENT}

# A framework with gaps: benchmark 1.1.3 is a placeholder (id only), 1.1.2's English is the bank's
# own wording, goal 3.1 has no benchmarks, and 5.1.1 has no question.
GAPPY_FRAMEWORK = FRAMEWORK.replace(
    """            en: A gender analysis mechanism
""",
    """            en: A gender analysis mechanism
            bank_wording: [en]
            undp_comment: UNDP ขอคู่มือการวิเคราะห์มิติเพศ
          - id: "1.1.3"
""",
).replace(
    """    en: Work Environment
""",
    """    en: Work Environment
    goals:
      - id: "3.1"
        th: สถานที่ทำงานปลอดการเลือกปฏิบัติ
        bank_wording: [th]
""",
)

# Evidence with owners and dates in every accepted form, and a fact to confirm.
DATED = """\
---
id: d1-dated
dimension: 1
benchmarks: [1.1.1]
confirm:
  - fact: Strategy Map มี 32 โครงการ
    reason: ตารางหลักฐานระบุ 30 แต่คำอธิบายระบุ 32
    ask: สยป.
---
# หลักฐานของแผนมีอะไรบ้าง

## Evidence
- [Strategy map](https://u.bangkok.go.th/gendersealstrategymap) — owner: สยป., as of: 8 ก.ค. 2567
- แผนปฏิบัติการ พ.ศ. 2568–2570 — เจ้าของ: สำนักงาน ก.ก., ณ วันที่: ๖/๓/๒๕๖๘
- รายงานผลการดำเนินงาน — as of: 2020-01-31
- ประกาศ — owner: สนศ.
- บันทึก — ข้อความที่มีขีดยาวในชื่อ
"""


def write_bank(folder: Path, questions: dict[str, str] | None = None, framework: str = FRAMEWORK) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "framework.yaml").write_text(framework, encoding="utf-8")
    (folder / "agencies.yaml").write_text(AGENCIES, encoding="utf-8")
    for relative, text in (QUESTIONS if questions is None else questions).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder
