"""Suites come from the contract plus the hand-written YAML, with clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from ozero.contracts import load_contract, parse_contract
from ozero.quality.suites import SuiteError, build_suite

CONTRACT = parse_contract(
    {
        "zone": "silver",
        "table": "things",
        "keys": ["a", "b"],
        "columns": [
            {"name": "a", "type": "string", "nullable": False, "privacy": "safe"},
            {"name": "b", "type": "string", "nullable": False, "privacy": "safe"},
            {"name": "kind", "type": "string", "privacy": "safe", "params": {"allowed": ["x"]}},
            {"name": "n", "type": "double", "privacy": "safe"},
        ],
    }
)


def _types(suite) -> list[tuple[str, dict]]:
    return [(e.expectation_type, e.configuration.kwargs) for e in suite.expectations]


def test_structural_expectations_from_contract(tmp_path: Path) -> None:
    suite = build_suite(CONTRACT, expectations_dir=tmp_path)
    assert suite.name == "silver.things"
    assert _types(suite) == [
        ("expect_column_values_to_not_be_null", {"column": "a"}),
        ("expect_column_values_to_not_be_null", {"column": "b"}),
        ("expect_column_values_to_be_in_set", {"column": "kind", "value_set": ["x"]}),
        ("expect_compound_columns_to_be_unique", {"column_list": ["a", "b"]}),
    ]


def test_hand_written_yaml_is_added_with_stable_ids(tmp_path: Path) -> None:
    (tmp_path / "silver.things.yaml").write_text(
        "- type: expect_column_values_to_be_between\n"
        "  kwargs: {column: n, min_value: 0}\n"
        "  notes: never negative\n"
        "- type: expect_column_values_to_not_be_null\n"  # repeats a generated one: kept once
        "  kwargs: {column: a}\n",
        encoding="utf-8",
    )
    suite = build_suite(CONTRACT, expectations_dir=tmp_path)
    assert len(suite.expectations) == 5
    between = suite.expectations[-1]
    assert between.expectation_type == "expect_column_values_to_be_between"
    assert between.notes == "never negative"
    assert between.meta["source"] == "expectations/silver.things.yaml"
    ids = [e.id for e in suite.expectations]
    assert len(set(ids)) == 5 and all(ids)
    assert ids == [e.id for e in build_suite(CONTRACT, expectations_dir=tmp_path).expectations]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("- type: expect_column_values_to_be_shiny\n  kwargs: {column: a}\n", "unknown"),
        ("- type: expect_column_values_to_not_be_null\n  kwargs: {column: zz}\n", "zz"),
        ("- type: expect_column_values_to_be_in_set\n  kwargs: {column: a}\n", "invalid kwargs"),
        ("- kwargs: {column: a}\n", "needs a `type`"),
        ("type: x\n", "YAML list"),
    ],
)
def test_bad_yaml_is_a_clear_error(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "silver.things.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(SuiteError, match=message):
        build_suite(CONTRACT, expectations_dir=tmp_path)


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("silver.remd_protocols", "expectations/silver.remd_protocols.yaml"),
        ("silver.oms_cases", "expectations/silver.oms_cases.yaml"),
        ("silver.nsi_rows", "expectations/silver.nsi_rows.yaml"),
        # a dataset's expectations live in its spec (datasets/*.yaml)
        ("gold.chest_imaging_protocols", "gold.chest_imaging_protocols (spec)"),
    ],
)
def test_repo_expectation_files_load(name: str, source: str) -> None:
    contract = load_contract(name)
    suite = build_suite(contract)
    sources = {e.meta.get("source") for e in suite.expectations}
    assert source in sources
    key_checks = [e for e in suite.expectations if e.meta.get("role") == "key_uniqueness"]
    assert len(key_checks) == 1


def test_single_key_uses_column_uniqueness() -> None:
    suite = build_suite(load_contract("silver.oms_cases"))
    types = _types(suite)
    assert ("expect_column_values_to_be_unique", {"column": "case_pid"}) in types
    assert ("expect_column_values_to_not_be_null", {"column": "ds1"}) in types
