"""A withdrawn release stays on disk as published, and Ozero stops serving it (no Spark);
a connector never lands a document naming an opted-out patient."""

from __future__ import annotations

from pathlib import Path

import pytest

from ozero.release import catalog, store
from ozero.release.publish import verify_release

DATASET = "chest-imaging-protocols"


def _publish(version: str) -> None:
    assert store.commit_manifest(
        {"dataset": DATASET, "version": version, "files": [], "tables": {}, "source_versions": {}}
    )


def test_a_withdrawn_release_is_listed_as_such_and_refused(lake: Path) -> None:
    _publish("1.0.0")
    _publish("1.1.0")
    assert catalog.latest_version(DATASET) == "1.1.0"
    mark = {"withdrawn_at": "2026-12-04T10:00:00Z", "reason": "a patient's data was erased (e1)"}
    assert store.record_withdrawal(DATASET, "1.1.0", mark)
    assert not store.record_withdrawal(DATASET, "1.1.0", {**mark, "reason": "other"})  # once

    status = {r["version"]: r["status"] for r in catalog.list_releases()}
    assert status == {"1.0.0": "published", "1.1.0": "withdrawn"}
    assert catalog.latest_version(DATASET) == "1.0.0"  # the newest one still served
    assert catalog.show_release(DATASET, "1.1.0")["withdrawn"]["reason"] == mark["reason"]
    assert "withdrawn" not in catalog.show_release(DATASET, "1.0.0")
    with pytest.raises(catalog.ReleaseWithdrawnError) as refused:
        catalog.release_files(DATASET, "1.1.0")
    assert f"use {DATASET} 1.0.0" in refused.value.one_line()
    assert verify_release(DATASET, "1.1.0") == []  # the mark sits beside the release


def test_a_withdrawn_release_is_not_in_the_catalog_sources(lake: Path) -> None:
    from ozero.catalog.sources import read_all

    _publish("1.0.0")
    store.record_withdrawal(DATASET, "1.0.0", {"reason": "erased"})
    found, skipped = read_all()
    assert found == {}
    assert [(s.version, s.reason) for s in skipped] == [("1.0.0", "withdrawn by an erasure")]


def test_the_remd_connector_does_not_keep_a_document_naming_an_opted_out_patient() -> None:
    from ozero.deid.keys import PseudonymKey
    from ozero.identifiers import snils_check_number
    from ozero.privacy.patients import OptOutList, parse_patients
    from ozero.sources.remd import _fetch

    snils = "123456789" + snils_check_number("123456789")
    key = PseudonymKey("k", b"k" * 32)
    opt_outs = OptOutList.of(key, parse_patients([snils]))

    class Client:
        def __init__(self, body: bytes) -> None:
            self.body = body

        def get(self, href: str):
            return type("Response", (), {"content": self.body})()

    item = {
        "document_id": "d1",
        "version": 1,
        "href": "/d1",
        "registered_at": "2026-01-01T00:00:00Z",
    }
    his = f'<id root="1.2.643.100.3" extension="{snils}"/>'.encode()
    assert _fetch(Client(his), item, "b1", opt_outs) is None
    assert _fetch(Client(his), item, "b1", None) is not None  # nobody opted out
    assert _fetch(Client(b"<id extension='11111111111'/>"), item, "b1", opt_outs) is not None
