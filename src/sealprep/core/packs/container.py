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

from sealprep import __version__

FORMAT = 1
"""The pack format this sealprep writes; it reads this one and every older one."""
MANIFEST = "manifest.json"
KINDS = ("preparation", "progress")
SUFFIX = ".sealpack"
_CHUNK = 64 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


class PackRefused(Exception):
    """A pack that is not imported at all; the message is one sentence for the user."""


@dataclass(frozen=True)
class Limits:
    members: int = 60_000
    total_bytes: int = 256 * 1024 * 1024


DEFAULT_LIMITS = Limits()


@dataclass
class Pack:
    """A pack's checked content: the manifest and every member's bytes."""

    manifest: dict
    members: dict[str, bytes] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])

    @property
    def made_at(self) -> str:
        return str(self.manifest["made_at"])

    @property
    def made_by(self) -> str:
        return str(self.manifest.get("made_by", ""))

    def json(self, name: str) -> dict:
        try:
            value = json.loads(self.members[name].decode("utf-8"))
        except KeyError:
            raise PackRefused(f"the pack has no {name}") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise PackRefused(f"{name} in the pack is not valid JSON ({exc})") from None
        if not isinstance(value, dict):
            raise PackRefused(f"{name} in the pack is not a JSON object")
        return value


Upgrade = Callable[[Pack], Pack]
UPGRADES: dict[int, Upgrade] = {}
"""``UPGRADES[n]`` turns a format-``n`` pack into a format-``n + 1`` one (in memory)."""


def utc_now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_pack(path: str | Path, kind: str, members: Mapping[str, bytes], *, made_by: str, extra: dict) -> Path:
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


def member_problem(info: zipfile.ZipInfo) -> str | None:
    """Why a member's name or type is not acceptable, or None."""
    name = info.filename
    if not name or name.startswith("/") or _DRIVE.match(name):
        return f"its member '{name}' has an absolute path"
    if "\\" in name:
        return f"its member '{name}' has a backslash in its path"
    if ".." in PurePosixPath(name).parts:
        return f"its member '{name}' points outside the pack (..)"
    if stat.S_ISLNK(info.external_attr >> 16):
        return f"its member '{name}' is a link"
    if info.is_dir():
        return f"its member '{name}' is a folder"
    return None


def read_pack(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Pack:
    """Read and check a pack (see the module docstring); raises ``PackRefused``."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > limits.members:
                raise PackRefused(f"it has more than {limits.members} members")
            for info in infos:
                problem = member_problem(info)
                if problem:
                    raise PackRefused(problem)
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
                            raise PackRefused(f"it would unpack to more than {limits.total_bytes // 2**20} MB")
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
        raise PackRefused(f"it is not a complete zip file ({exc})") from None
    except NotImplementedError as exc:
        raise PackRefused(f"it uses a zip feature sealprep does not read ({exc})") from None
    except RuntimeError as exc:  # encrypted members
        raise PackRefused(f"it cannot be read ({exc})") from None
    except OSError as exc:
        raise PackRefused(f"it cannot be read ({exc.strerror or exc})") from None
    manifest = _manifest(members.pop(MANIFEST))
    listed = manifest["members"]
    for name, digest in digests.items():
        if name == MANIFEST:
            continue
        if name not in listed:
            raise PackRefused(f"its member '{name}' is not listed in the manifest")
        if listed[name] != digest:
            raise PackRefused(f"its member '{name}' does not match its checksum (the file was changed or damaged)")
    missing = sorted(set(listed) - set(members))
    if missing:
        raise PackRefused(f"its member '{missing[0]}' is listed in the manifest but missing")
    return upgrade(Pack(manifest, members))


def _manifest(data: bytes) -> dict:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PackRefused("its manifest.json is not valid JSON") from None
    if not isinstance(manifest, dict):
        raise PackRefused("its manifest.json is not a JSON object")
    version = manifest.get("format")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise PackRefused("its manifest.json has no valid format number")
    if version > FORMAT:
        needed = manifest.get("sealprep") or "a newer version"
        raise PackRefused(
            f"it was made by sealprep {needed} in pack format {version}, and this sealprep {__version__} reads "
            f"formats up to {FORMAT}: install sealprep {needed} or newer to import it"
        )
    if manifest.get("kind") not in KINDS:
        raise PackRefused(f"its manifest.json names an unknown kind of pack ({manifest.get('kind')!r})")
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
            raise PackRefused(f"its pack format {pack.manifest['format']} is too old for this sealprep")
        pack = step(pack)
        pack.manifest["format"] += 1
    return pack
