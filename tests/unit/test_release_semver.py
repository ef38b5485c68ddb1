"""Release numbering: strict parsing, numeric ordering, and the rules that pick the next one."""

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


def _rule(**changed: int | bool) -> str | None:
    base = dict(key_rotated=False, schema_changed=False, rows_added=0, rows_removed=0)
    return semver.required_bump(**{**base, "rows_changed": 0, **changed})[0]


def test_bump_rules_as_documented() -> None:
    assert _rule(key_rotated=True) == "major"  # docs/operations.md: rotation → major
    assert _rule(key_rotated=True, rows_added=3) == "major"  # the largest effect wins
    assert _rule(schema_changed=True) == "major"
    assert _rule(rows_added=1) == "minor"
    assert _rule(rows_removed=2, rows_changed=5) == "minor"
    assert _rule(rows_changed=1) == "patch"
    assert _rule() is None  # nothing changed: no version at all
    part, reason = semver.required_bump(
        key_rotated=True, schema_changed=False, rows_added=0, rows_removed=0, rows_changed=0
    )
    assert "key" in reason


def test_next_version_never_reuses_a_number() -> None:
    assert semver.next_version([], None) == "1.0.0"
    assert semver.next_version(["1.0.0"], "minor") == "1.1.0"
    assert semver.next_version(["1.0.0", "1.1.0"], "minor") == "1.2.0"  # 1.1.0 rejected
    assert semver.next_version(["1.4.2"], "patch") == "1.4.3"
    assert semver.next_version(["1.4.2", "1.10.0"], "major") == "2.0.0"
    with pytest.raises(ValueError):
        semver.next_version(["1.0.0"], None)
    with pytest.raises(ValueError):
        semver.bump("1.4.2", "micro")


def test_curator_may_only_raise_the_number() -> None:
    taken = ["1.0.0", "1.1.0", "1.2.0"]
    assert semver.check_raise("1.2.0", "1.2.0", taken) == "1.2.0"
    assert semver.check_raise("1.2.0", "2.0.0", taken) == "2.0.0"
    with pytest.raises(ValueError, match="only raise"):
        semver.check_raise("1.2.0", "1.1.9", taken)
    with pytest.raises(ValueError, match="already used"):
        semver.check_raise("1.0.1", "1.1.0", taken)
    with pytest.raises(ValueError):
        semver.check_raise("1.2.0", "v2", taken)


def test_unknown_dataset_lists_known_names() -> None:
    assert get_dataset("chest-imaging-protocols").gold_tables == ("gold.chest_imaging_protocols",)
    with pytest.raises(KeyError, match="chest-imaging-protocols"):
        get_dataset("nope")


def test_hitl_subject_convention() -> None:
    match = {"dataset": "chest-imaging-protocols", "version": "1.2.0"}
    assert matches("Release chest-imaging-protocols 1.2.0: approve?", None, {}, match)
    assert matches(
        "Approve release", None, {"dataset": "chest-imaging-protocols", "version": "1.2.0"}, match
    )
    assert not matches("Approve chest-imaging-protocols 1.2.01", None, {}, match)
    assert not matches("Approve chest-imaging-protocols 11.2.0", None, {}, match)
    assert not matches("Approve chest-imaging-protocols-v2 1.2.0", None, {}, match)
    assert matches("anything", None, None, None)
