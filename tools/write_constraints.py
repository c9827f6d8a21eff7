"""Write constraints.txt: the exact versions a release is built and tested with.

    python tools/write_constraints.py            # from the environment sealprep is installed in

Reads sealprep's dependencies and its ``test`` and ``freeze`` extras from pyproject.toml, follows
every requirement through the installed distributions' metadata, and pins each one found at its
installed version. Build a release with the same versions anywhere:

    pip install -c constraints.txt -e ".[freeze]" && pyinstaller -y build.spec
"""

from __future__ import annotations

import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
EXTRAS = ("test", "freeze")
UNPINNED = {"pip"}  # the installer itself: the venv's own pip does the installing


def pinned() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pending = list(project["dependencies"])
    for extra in EXTRAS:
        pending += project["optional-dependencies"][extra]
    found: dict[str, str] = {}
    while pending:
        requirement = Requirement(pending.pop())
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = canonicalize_name(requirement.name)
        if name in found or name in UNPINNED:
            continue
        try:
            dist = distribution(requirement.name)
        except PackageNotFoundError:
            print(f"not installed, left unpinned: {requirement}", file=sys.stderr)
            continue
        found[name] = dist.version
        pending += dist.requires or []
    return found


def main() -> int:
    versions = pinned()
    lines = [
        "# The versions sealprep's releases are built and tested with (pip install -c constraints.txt ...).",
        f"# Written by tools/write_constraints.py with Python {sys.version.split()[0]}; rerun it to update.",
        *(f"{name}=={version}" for name, version in sorted(versions.items())),
    ]
    (ROOT / "constraints.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(versions)} pins written to constraints.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
