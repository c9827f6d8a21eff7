"""Preferences that the core, the printing layer and the CLI share (kept in the store).

Window geometry and similar UI-only state live in QSettings instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from sealprep.core.thai.dates import DIGIT_STYLES

MAX_BINDING_GUTTER_MM = 12
"""The widest binding gutter: the text block keeps its width and moves by the gutter, so the
outer margin (about 20 mm) keeps at least 7 mm, inside what office printers can reach."""


@dataclass
class Preferences:
    language: str = "th"  # "th" or "en": the interface and printed labels
    digits: str = "thai"  # "thai" (๑๒๓) or "arabic" (123) in Thai dates and numbers
    document_marking: str = "เอกสารใช้ภายใน"  # printed in every page footer
    prepared_threshold: int = 2  # coverage: a dimension needs at least this many prepared people
    evidence_max_age_months: int = 12  # evidence dated earlier than this many months ago is listed as stale
    keep_recordings: bool = True  # rehearsal: "Record my answer" keeps the recording on this laptop
    recordings_per_question: int = 3  # rehearsal: the newest N recordings of each question are kept
    microphone: str = ""  # rehearsal: the microphone's name; "" is the system's default
    binding_gutter_mm: int = 0  # printing: extra inner margin for duplex binding (left on odd pages)

    def validate(self) -> None:
        if self.language not in ("th", "en"):
            raise ValueError("language must be 'th' or 'en'")
        if self.digits not in DIGIT_STYLES:
            raise ValueError(f"digits must be one of {DIGIT_STYLES}")
        if self.prepared_threshold < 1:
            raise ValueError("prepared_threshold must be at least 1")
        if self.evidence_max_age_months < 1:
            raise ValueError("evidence_max_age_months must be at least 1")
        if not 1 <= self.recordings_per_question <= 50:
            raise ValueError("recordings_per_question must be 1-50")
        if not 0 <= self.binding_gutter_mm <= MAX_BINDING_GUTTER_MM:
            raise ValueError(f"binding_gutter_mm must be 0-{MAX_BINDING_GUTTER_MM}")
