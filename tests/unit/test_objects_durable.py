"""Deferred durability (`objects.put(..., durable=False)` then `objects.make_durable`): the
bytes land atomically either way; the batch flush fsyncs every file and every folder holding
one, and a plain `put` still fsyncs its own file before the rename."""

from __future__ import annotations

import os

import pytest

from ozero import objects


@pytest.fixture
def fsynced(monkeypatch):
    """The inode numbers os.fsync was called on, in order."""
    seen: list[int] = []
    real = os.fsync

    def spy(fd: int) -> None:
        seen.append(os.fstat(fd).st_ino)
        real(fd)

    monkeypatch.setattr(os, "fsync", spy)
    return seen


def test_deferred_puts_are_flushed_with_their_folders(tmp_path, monkeypatch, fsynced):
    monkeypatch.setenv("OZERO_LAKE_URI", str(tmp_path / "lake"))
    uris = [
        objects.object_uri("silver", "objects", "dicom", series, f"{i}.dcm")
        for series in "ab"
        for i in range(3)
    ]
    for n, uri in enumerate(uris):
        objects.put(uri, bytes([n]) * 10, durable=False)
    assert fsynced == []  # nothing flushed yet: the caller commits no row before make_durable
    objects.make_durable(uris)
    paths = [objects.local_path(u) for u in uris]
    folders = {p.parent.stat().st_ino for p in paths}
    assert sorted(fsynced) == sorted([p.stat().st_ino for p in paths] + list(folders))
    assert [p.read_bytes() for p in paths] == [bytes([n]) * 10 for n in range(6)]
    assert not [p for p in tmp_path.rglob("*.part")]  # no temporary left behind


def test_plain_put_fsyncs_before_the_rename(tmp_path, monkeypatch, fsynced):
    monkeypatch.setenv("OZERO_LAKE_URI", str(tmp_path / "lake"))
    uri = objects.object_uri("bronze", "objects", "x", "one.bin")
    objects.put(uri, b"data")
    assert len(fsynced) == 1 and objects.get(uri) == b"data"


def test_make_durable_reports_a_failed_flush(tmp_path, monkeypatch):
    monkeypatch.setenv("OZERO_LAKE_URI", str(tmp_path / "lake"))
    uri = objects.object_uri("silver", "objects", "dicom", "gone.dcm")
    with pytest.raises(OSError):  # the file vanished: the batch must not be committed
        objects.make_durable([uri])


def test_make_durable_ignores_nothing_and_remote(monkeypatch):
    objects.make_durable([])
    objects.make_durable(["s3a://bucket/lake/silver/objects/dicom/x.dcm"])  # a PUT is durable
