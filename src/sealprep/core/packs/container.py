"""The pack file itself: a zip with ``manifest.json`` at its root, written and read safely.

A pack is untrusted input (it arrived by USB stick, e-mail or a chat app). ``read_pack`` checks
everything before anything is used and raises ``PackRefused`` with one sentence otherwise:

- the file is a zip that can be read to its end (not junk, not truncated);
- every member's name is a plain relative path: not absolute, no ``..``, no backslash, no drive
  letter, not a link (the zip's Unix mode says symlink), not a folder entry with data;
- at most ``Limits.members`` members and ``Limits.total_bytes`` bytes once unpacked, counted
  while decompressing (header sizes are not trusted), so a decompression bomb stops early;
- ``manifest.json`` lists every other member with its SHA-256, and each matches;
- the manifest's ``format`` is not newer than ``FORMAT``; an older one is upgraded in memory by
  the ``UPGRADES`` chain.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sealprep import __version__

FORMAT = 1
"""The pack format this sealprep writes; it reads this one and every older one."""
MANIFEST = "manifest.json"
KINDS = ("preparation", "progress")
SUFFIX = ".sealpack"
_CHUNK = 64 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


class PackRefused(Exception):
    """A pack that is not imported at all; the message is one sentence for the user.

    ``template`` is the sentence with Qt-style ``%1`` placeholders for ``values``, so the app can
    show it translated (every template is listed in ``ui/packs/reasons.py``); ``str()`` is the
    English sentence with the values filled in.
    """

    def __init__(self, template: str, *args: object):
        self.template = template
        self.values = tuple(str(a) for a in args)
        text = template
        for number in range(len(self.values), 0, -1):
            text = text.replace(f"%{number}", self.values[number - 1])
        super().__init__(text)


@dataclass(frozen=True)
class Limits:
    members: int = 60_000
    total_bytes: int = 256 * 1024 * 1024


DEFAULT_LIMITS = Limits()


@dataclass
class Pack:
    """A pack's checked content: the manifest and every member's bytes."""

    manifest: dict[str, Any]
    members: dict[str, bytes] = field(default_factory=dict[str, Any])

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])

    @property
    def made_at(self) -> str:
        return str(self.manifest["made_at"])

    @property
    def made_by(self) -> str:
        return str(self.manifest.get("made_by", ""))

    def json(self, name: str) -> dict[str, Any]:
        try:
            value = json.loads(self.members[name].decode("utf-8"))
        except KeyError:
            raise PackRefused("the pack has no %1", name) from None
        except (ValueError, RecursionError) as exc:  # not UTF-8, not JSON, or nested too deep
            raise PackRefused("%1 in the pack is not valid JSON (%2)", name, exc) from None
        if not isinstance(value, dict):
            raise PackRefused("%1 in the pack is not a JSON object", name)
        return value


Upgrade = Callable[[Pack], Pack]
UPGRADES: dict[int, Upgrade] = {}
"""``UPGRADES[n]`` turns a format-``n`` pack into a format-``n + 1`` one (in memory)."""


def utc_now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_pack(
    path: str | Path, kind: str, members: Mapping[str, bytes], *, made_by: str, extra: dict[str, Any]
) -> Path:
    """Write a pack: the members, then a manifest with their checksums. The file appears whole
    or not at all (written beside the target, then renamed)."""
    path = Path(path)
    manifest = {
        "format": FORMAT,
        "kind": kind,
        "sealprep": __version__,
        "made_by": made_by,
        "made_at": utc_now_text(),
        **extra,
        "members": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, data in members.items():
                archive.writestr(name, data)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def member_problem(info: zipfile.ZipInfo) -> tuple[str, str] | None:
    """Why a member's name or type is not acceptable (a template and the name), or None."""
    name = info.filename
    if not name or name.startswith("/") or _DRIVE.match(name):
        return "its member '%1' has an absolute path", name
    if "\\" in name:
        return "its member '%1' has a backslash in its path", name
    if ".." in PurePosixPath(name).parts:
        return "its member '%1' points outside the pack (..)", name
    if stat.S_ISLNK(info.external_attr >> 16):
        return "its member '%1' is a link", name
    if info.is_dir():
        return "its member '%1' is a folder", name
    return None


def read_pack(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Pack:
    """Read and check a pack (see the module docstring); raises ``PackRefused``."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > limits.members:
                raise PackRefused("it has more than %1 members", limits.members)
            for info in infos:
                problem = member_problem(info)
                if problem:
                    raise PackRefused(*problem)
            names = [info.filename for info in infos]
            if len(set(names)) != len(names):
                raise PackRefused("it has two members with the same name")
            if MANIFEST not in names:
                raise PackRefused("it has no manifest.json, so it is not a sealprep pack")
            members: dict[str, bytes] = {}
            digests: dict[str, str] = {}
            total = 0
            for info in infos:
                digest = hashlib.sha256()
                buffer = io.BytesIO()
                with archive.open(info) as stream:
                    while chunk := stream.read(_CHUNK):
                        total += len(chunk)
                        if total > limits.total_bytes:
                            raise PackRefused("it would unpack to more than %1 MB", limits.total_bytes // 2**20)
                        digest.update(chunk)
                        buffer.write(chunk)
                members[info.filename] = buffer.getvalue()
                digests[info.filename] = digest.hexdigest()
    except PackRefused:
        raise
    except FileNotFoundError:
        raise PackRefused("the file does not exist") from None
    except IsADirectoryError:
        raise PackRefused("it is a folder, not a pack file") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
        raise PackRefused("it is not a complete zip file (%1)", exc) from None
    except NotImplementedError as exc:
        raise PackRefused("it uses a zip feature sealprep does not read (%1)", exc) from None
    except RuntimeError as exc:  # encrypted members
        raise PackRefused("it cannot be read (%1)", exc) from None
    except OSError as exc:
        raise PackRefused("it cannot be read (%1)", exc.strerror or exc) from None
    manifest = _manifest(members.pop(MANIFEST))
    listed = manifest["members"]
    for name, member_digest in digests.items():
        if name == MANIFEST:
            continue
        if name not in listed:
            raise PackRefused("its member '%1' is not listed in the manifest", name)
        if listed[name] != member_digest:
            raise PackRefused("its member '%1' does not match its checksum (the file was changed or damaged)", name)
    missing = sorted(set(listed) - set(members))
    if missing:
        raise PackRefused("its member '%1' is listed in the manifest but missing", missing[0])
    return upgrade(Pack(manifest, members))


def _manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        raise PackRefused("its manifest.json is not valid JSON") from None
    if not isinstance(manifest, dict):
        raise PackRefused("its manifest.json is not a JSON object")
    version = manifest.get("format")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise PackRefused("its manifest.json has no valid format number")
    if version > FORMAT:
        needed = manifest.get("sealprep") or "a newer version"
        raise PackRefused(
            "it was made by sealprep %1 in pack format %2, and this sealprep %3 reads formats up to %4: "
            "install sealprep %1 or newer to import it",
            needed,
            version,
            __version__,
            FORMAT,
        )
    if manifest.get("kind") not in KINDS:
        raise PackRefused("its manifest.json names an unknown kind of pack (%1)", repr(manifest.get("kind")))
    if not isinstance(manifest.get("made_at"), str) or not _is_time(manifest["made_at"]):
        raise PackRefused("its manifest.json has no valid made_at time")
    members = manifest.get("members")
    if not isinstance(members, dict) or not all(isinstance(v, str) for v in members.values()):
        raise PackRefused("its manifest.json has no list of members with checksums")
    return manifest


def _is_time(text: str) -> bool:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return False
    return moment.tzinfo is not None


def upgrade(pack: Pack) -> Pack:
    """Bring an older pack up to ``FORMAT``, one step at a time."""
    while pack.manifest["format"] < FORMAT:
        step = UPGRADES.get(pack.manifest["format"])
        if step is None:
            raise PackRefused("its pack format %1 is too old for this sealprep", pack.manifest["format"])
        pack = step(pack)
        pack.manifest["format"] += 1
    return pack
