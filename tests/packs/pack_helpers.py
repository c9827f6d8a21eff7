"""Helpers for the pack tests: a store's whole content, and hand-made (hostile) packs."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from sealprep.core.store import Store


def snapshot(store: Store) -> dict[str, list[str]]:
    """Every table's rows (the FTS index's shadow tables aside: they follow search_documents)."""
    tables = [
        row[0]
        for row in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {table: sorted(map(repr, store.db.execute(f"SELECT * FROM {table}").fetchall())) for table in tables}


def folder_files(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def members_of(path: Path) -> tuple[dict, dict[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    return json.loads(members.pop("manifest.json")), members


def write_raw_pack(
    path: Path,
    manifest: dict,
    members: dict[str, bytes],
    *,
    listed: dict[str, bytes] | None = None,
    infos: list[tuple[zipfile.ZipInfo, bytes]] = (),
) -> Path:
    """A pack written by hand: the manifest lists ``listed`` (default: ``members``) with their
    checksums; ``infos`` adds members with a hand-made ZipInfo (links, odd names)."""
    listed = members if listed is None else listed
    manifest = {**manifest, "members": {n: hashlib.sha256(d).hexdigest() for n, d in listed.items()}}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
        for name, data in members.items():
            archive.writestr(name, data)
        for info, data in infos:
            archive.writestr(info, data)
    return path
