"""Packs are untrusted: each hostile pack is refused whole with one sentence, nothing changed."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest
from pack_helpers import folder_files, members_of, snapshot, write_raw_pack

from sealprep.core.bank.first_run import editable_bank_dir
from sealprep.core.packs import Limits, container, export_preparation, import_packs


@pytest.fixture
def laptop(secretariat, laptop_factory, tmp_path):
    """A laptop that already holds a preparation pack and a rehearsal of its own."""
    store = laptop_factory("laptop")
    assert import_packs(store, [export_preparation(secretariat, tmp_path / "first.sealpack").path]).results[0].ok
    session = store.rehearsal.create_session(None, {})
    store.rehearsal.rate(store.rehearsal.open_attempt(session, None, store.bank.questions()[0].id, 0, 60), 2)
    return store


@pytest.fixture
def good(secretariat, tmp_path) -> tuple[dict, dict[str, bytes]]:
    secretariat.people.save(secretariat.people.list()[0])  # something new for the laptop
    return members_of(export_preparation(secretariat, tmp_path / "good.sealpack").path)


def _refused(store, path: Path, *words: str, limits: Limits | None = None) -> str:
    before = snapshot(store)
    bank_before = folder_files(editable_bank_dir(store.path))
    report = import_packs(store, [path], **({"limits": limits} if limits else {}))
    [result] = report.results
    assert not result.ok, "the pack should have been refused"
    assert not report.changes
    for word in words:
        assert word in result.refused
    assert "\n" not in result.refused
    assert snapshot(store) == before
    assert folder_files(editable_bank_dir(store.path)) == bank_before
    assert not [p for p in editable_bank_dir(store.path).parent.iterdir() if "incoming" in p.name]
    return result.refused


def test_a_good_pack_of_the_same_shape_is_accepted(laptop, good, tmp_path):
    manifest, members = good
    [result] = import_packs(laptop, [write_raw_pack(tmp_path / "ok.sealpack", manifest, members)]).results
    assert result.ok


@pytest.mark.parametrize(
    "name, words",
    [
        ("../evil.md", ["outside the pack"]),
        ("bank/../../evil.md", ["outside the pack"]),
        ("/etc/evil.md", ["absolute path"]),
        ("C:/evil.md", ["absolute path"]),
        ("bank\\evil.md", ["backslash"]),
    ],
)
def test_a_member_with_a_dangerous_path_is_refused(laptop, good, tmp_path, name, words):
    manifest, members = good
    members = {**members, name: b"x"}
    _refused(laptop, write_raw_pack(tmp_path / "bad.sealpack", manifest, members), name, *words)
    assert not (tmp_path / "evil.md").exists()


def test_a_link_member_is_refused(laptop, good, tmp_path):
    manifest, members = good
    link = zipfile.ZipInfo("bank/d1/link.md")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = write_raw_pack(
        tmp_path / "bad.sealpack",
        manifest,
        members,
        listed={**members, link.filename: b"/etc/passwd"},
        infos=[(link, b"/etc/passwd")],
    )
    _refused(laptop, path, "is a link")


def test_a_member_whose_checksum_does_not_match_is_refused(laptop, good, tmp_path):
    manifest, members = good
    changed = dict(members)
    changed["preparation.json"] = changed["preparation.json"].replace("มาลี".encode(), "มานี".encode())
    path = write_raw_pack(tmp_path / "bad.sealpack", manifest, changed, listed=members)
    _refused(laptop, path, "preparation.json", "checksum")


def test_a_member_not_in_the_manifest_is_refused(laptop, good, tmp_path):
    manifest, members = good
    path = write_raw_pack(tmp_path / "bad.sealpack", manifest, {**members, "extra.txt": b"hi"}, listed=members)
    _refused(laptop, path, "extra.txt", "not listed")


def test_a_member_in_the_manifest_but_missing_is_refused(laptop, good, tmp_path):
    manifest, members = good
    path = write_raw_pack(tmp_path / "bad.sealpack", manifest, members, listed={**members, "gone.json": b"{}"})
    _refused(laptop, path, "gone.json", "missing")


def test_a_truncated_pack_is_refused(laptop, secretariat, tmp_path):
    whole = export_preparation(secretariat, tmp_path / "whole.sealpack").path.read_bytes()
    for cut in (len(whole) // 2, len(whole) - 10):
        path = tmp_path / f"cut{cut}.sealpack"
        path.write_bytes(whole[:cut])
        _refused(laptop, path, "not a complete zip file")


def test_a_junk_file_is_refused(laptop, tmp_path):
    path = tmp_path / "junk.sealpack"
    path.write_bytes(b"\x00\x01 not a zip at all " * 100)
    _refused(laptop, path, "not a complete zip file")
    empty = tmp_path / "empty.sealpack"
    empty.write_bytes(b"")
    _refused(laptop, empty, "not a complete zip file")


def test_a_zip_without_a_manifest_is_refused(laptop, tmp_path):
    path = tmp_path / "photos.sealpack"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    _refused(laptop, path, "no manifest.json")


def test_a_decompression_bomb_stops_early(laptop, good, tmp_path, monkeypatch):
    """A member that inflates far past the limit: reading stops as soon as the count passes it,
    whatever the zip's header says."""
    manifest, members = good
    chunk = b"\0" * (1 << 20)
    path = tmp_path / "bomb.sealpack"
    write_raw_pack(path, manifest, members, listed={**members, "bomb.bin": b""})
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("bomb.bin", "w", force_zip64=True) as out,
    ):
        for _ in range(64):
            out.write(chunk)
    assert path.stat().st_size < 2 * 2**20
    read = []
    original = container.zipfile.ZipExtFile.read

    def counting_read(self, n=-1):
        data = original(self, n)
        read.append(len(data))
        return data

    monkeypatch.setattr(container.zipfile.ZipExtFile, "read", counting_read)
    _refused(laptop, path, "more than 8 MB", limits=Limits(total_bytes=8 * 2**20))
    assert sum(read) < 10 * 2**20  # stopped just past the limit, not after 64 MB


def test_too_many_members_is_refused(laptop, good, tmp_path):
    manifest, members = good
    path = write_raw_pack(tmp_path / "many.sealpack", manifest, members)
    _refused(laptop, path, "more than 5 members", limits=Limits(members=5))


def test_a_pack_from_a_newer_sealprep_names_the_version_needed(laptop, good, tmp_path):
    manifest, members = good
    path = write_raw_pack(
        tmp_path / "new.sealpack", {**manifest, "format": container.FORMAT + 1, "sealprep": "0.9.0"}, members
    )
    message = _refused(laptop, path, "sealprep 0.9.0", f"formats up to {container.FORMAT}")
    assert message.startswith("it was made by sealprep 0.9.0")


def test_a_pack_whose_bank_has_a_problem_names_the_member_and_line(laptop, good, tmp_path):
    manifest, members = good
    name = next(n for n in members if n.startswith("bank/d1/"))
    broken = {**members, name: members[name].replace(b"dimension: 1", b"dimension: 9")}
    message = _refused(laptop, write_raw_pack(tmp_path / "bad.sealpack", manifest, broken), name + ":")
    assert "its question bank has 1 problems" in message


def test_an_older_format_is_upgraded(laptop, good, tmp_path, monkeypatch):
    """A format-0 pack (its data under an older member name) goes through the upgrade hook."""
    manifest, members = good
    old = {("prep.json" if n == "preparation.json" else n): d for n, d in members.items()}
    path = write_raw_pack(tmp_path / "old.sealpack", {**manifest, "format": 0}, old)
    _refused(laptop, path, "format 0 is too old")

    def rename(pack):
        pack.members["preparation.json"] = pack.members.pop("prep.json")
        return pack

    monkeypatch.setitem(container.UPGRADES, 0, rename)
    [result] = import_packs(laptop, [path]).results
    assert result.ok


def test_unknown_fields_and_bad_ids_in_the_data_are_refused(laptop, good, tmp_path):
    manifest, members = good
    data = json.loads(members["preparation.json"])
    data["people"][0]["id"] = 1  # a local id must never travel
    path = write_raw_pack(
        tmp_path / "bad.sealpack", manifest, {**members, "preparation.json": json.dumps(data).encode()}
    )
    _refused(laptop, path, "unknown fields: id")
    data = json.loads(members["preparation.json"])
    data["people"][0]["uuid"] = "'; DROP TABLE people; --"
    path = write_raw_pack(
        tmp_path / "bad2.sealpack", manifest, {**members, "preparation.json": json.dumps(data).encode()}
    )
    _refused(laptop, path, "no valid id")


def test_several_packs_each_stand_alone(laptop, good, secretariat, tmp_path):
    """A refused pack among good ones: the good ones are imported, the bad one changes nothing."""
    junk = tmp_path / "junk.sealpack"
    junk.write_bytes(b"junk")
    fresh = export_preparation(secretariat, tmp_path / "fresh.sealpack").path
    report = import_packs(laptop, [junk, fresh])
    assert [r.ok for r in report.results] == [False, True]


def test_json_nested_too_deep_or_a_number_for_text_is_refused(laptop, good, tmp_path):
    manifest, members = good
    deep = b"[" * 200_000 + b"]" * 200_000
    path = write_raw_pack(tmp_path / "deep.sealpack", manifest, {**members, "preparation.json": deep})
    _refused(laptop, path, "preparation.json", "not valid JSON")
    data = json.loads(members["preparation.json"])
    data["people"][0]["name"] = 10**40  # a number where text belongs
    data["people"][0]["updated_at"] = "2099-01-01T00:00:00+00:00"
    path = write_raw_pack(
        tmp_path / "big.sealpack", manifest, {**members, "preparation.json": json.dumps(data).encode()}
    )
    _refused(laptop, path, "a person in the pack has an invalid name")


def test_a_number_too_big_for_the_store_is_refused(laptop, secretariat, tmp_path):
    from sealprep.core.packs import export_progress

    malee = secretariat.people.list()[0]
    session = secretariat.rehearsal.create_session(malee.id, {})
    secretariat.rehearsal.open_attempt(session, malee.id, "d1-x", 0, 60)
    manifest, members = members_of(export_progress(secretariat, tmp_path / "p.sealpack", malee.id).path)
    data = json.loads(members["progress.json"])
    data["attempts"][0]["time_limit"] = 10**40
    path = write_raw_pack(tmp_path / "big.sealpack", manifest, {"progress.json": json.dumps(data).encode()})
    _refused(laptop, path, "does not fit")
