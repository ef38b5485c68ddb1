"""Release numbering: strict parsing, numeric ordering, and the bump rule."""

from __future__ import annotations

import pytest

from ozero.release import semver
from ozero.release.airflow_hitl import matches
from ozero.release.datasets import get_dataset


def test_parse_and_str_round_trip() -> None:
    assert semver.parse("1.10.3") == (1, 10, 3)
    assert str(semver.parse("0.0.1")) == "0.0.1"


@pytest.mark.parametrize("bad", ["1.0", "v1.0.0", "1.0.0-rc1", "01.0.0", "", "../1.0.0"])
def test_parse_refuses_non_semver(bad: str) -> None:
    with pytest.raises(ValueError):
        semver.parse(bad)
    assert not semver.is_valid(bad)


def test_compare_is_numeric_not_lexical() -> None:
    assert semver.compare("1.10.0", "1.9.0") == 1
    assert semver.compare("2.0.0", "2.0.0") == 0
    assert semver.compare("0.9.9", "1.0.0") == -1
    assert sorted(["1.10.0", "1.2.0", "1.9.1"], key=semver.sort_key) == [
        "1.2.0",
        "1.9.1",
        "1.10.0",
    ]
    assert semver.latest(["1.2.0", "1.10.0"]) == "1.10.0"
    assert semver.latest([]) is None


def test_next_version() -> None:
    assert semver.next_version(None, schema_changed=False) == "1.0.0"
    assert semver.next_version(None, schema_changed=True) == "1.0.0"
    assert semver.next_version("1.4.2", schema_changed=False) == "1.5.0"
    assert semver.next_version("1.4.2", schema_changed=True) == "2.0.0"
    assert semver.bump("1.4.2", "patch") == "1.4.3"
    with pytest.raises(ValueError):
        semver.bump("1.4.2", "micro")


def test_unknown_dataset_lists_known_names() -> None:
    assert get_dataset("chest-imaging-protocols").gold_tables == ("gold.chest_imaging_protocols",)
    with pytest.raises(KeyError, match="chest-imaging-protocols"):
        get_dataset("nope")


def test_hitl_subject_convention() -> None:
    match = {"dataset": "chest-imaging-protocols", "version": "1.2.0"}
    assert matches("Approve chest-imaging-protocols 1.2.0", None, {}, match)
    assert matches(
        "Approve release", None, {"dataset": "chest-imaging-protocols", "version": "1.2.0"}, match
    )
    assert not matches("Approve chest-imaging-protocols 1.2.01", None, {}, match)
    assert not matches("Approve chest-imaging-protocols 11.2.0", None, {}, match)
    assert not matches("Approve chest-imaging-protocols-v2 1.2.0", None, {}, match)
    assert matches("anything", None, None, None)
