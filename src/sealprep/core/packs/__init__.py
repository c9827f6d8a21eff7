"""Packs: one file that carries the secretariat's preparation to a laptop, or a laptop's
rehearsal progress back to the secretariat, with no server (see docs/packs.md).

Qt-free. ``export_preparation`` / ``export_progress`` write a pack; ``import_packs`` imports
files or folders of them, each in one transaction, and returns an ``ImportReport`` that says
what came in, what was kept, what was refused and why, and which areas of data changed.
"""

from sealprep.core.packs.container import FORMAT, SUFFIX, Limits, PackRefused, read_pack
from sealprep.core.packs.export import (
    ExportResult,
    export_preparation,
    export_preparation_for_everyone,
    export_progress,
    safe_file_name,
)
from sealprep.core.packs.importer import ImportReport, PackResult, Tally, import_pack, import_packs, pack_files

__all__ = [
    "FORMAT",
    "SUFFIX",
    "ExportResult",
    "ImportReport",
    "Limits",
    "PackRefused",
    "PackResult",
    "Tally",
    "export_preparation",
    "export_preparation_for_everyone",
    "export_progress",
    "import_pack",
    "import_packs",
    "pack_files",
    "read_pack",
    "safe_file_name",
]
