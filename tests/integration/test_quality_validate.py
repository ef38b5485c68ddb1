"""GX on the real local Spark: exact valid/quarantine split, results rows and Data Docs.

The split's checks run twice: a small batch validated in memory (GX's pandas engine, the
default under OZERO_GX_IN_MEMORY_ROWS rows) and the same batch on Spark (the setting at 0)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pyspark.sql import types as T

from ozero.contracts import load_contract, parse_contract
from ozero.quality import ValidationOutcome, render_data_docs, results_rows, validate_dataframe
from tests.browser import CHROMIUM, NO_CHROMIUM, render

pytestmark = pytest.mark.spark

OMS = load_contract("silver.oms_cases")
# Incoming data may break the contract, so the test frame must be able to hold nulls anywhere.
LOOSE = T.StructType([T.StructField(f.name, f.dataType, True) for f in OMS.spark_schema])


def _case(pid: str | None, **over) -> dict:
    row = {c.name: None for c in OMS.columns}
    row.update(
        case_pid=pid,
        zap_pid="z",
        patient_pid="p",
        register_id="r",
        period="2024-01",
        case_start_date=dt.date(2024, 1, 1),
        case_end_date=dt.date(2024, 1, 5),
        ds1="J18.9",
        sumv=Decimal("10.00"),
        deid_key_id="k",
        _sha256="s",
        _batch_id="b",
    )
    row.update(over)
    return row


@pytest.fixture(scope="module", params=["in memory", "on spark"])
def outcome(spark, request) -> ValidationOutcome:
    rows = [
        _case("good1"),
        _case("good2", case_end_date=None),  # pair check ignores missing dates
        _case("good3", case_end_date=dt.date(2024, 1, 1)),  # same day is fine
        _case("nods1", ds1=None),
        _case("regex", ds1="J18.999"),
        _case("order", case_end_date=dt.date(2023, 12, 31)),
        _case("dup"),
        _case("dup", sumv=Decimal("-1.00")),
        _case("two", ds1="bad", sumv=Decimal("-5.00")),
        _case(None),  # null key
    ]
    df = spark.createDataFrame(rows, LOOSE)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OZERO_GX_IN_MEMORY_ROWS", "100" if request.param == "in memory" else "0")
        return validate_dataframe(df, OMS, "run-test")


def test_exact_split_with_reasons(outcome: ValidationOutcome) -> None:
    assert sorted(r.case_pid for r in outcome.valid.collect()) == ["good1", "good2", "good3"]
    got = sorted(
        (r.case_pid or "", r.reason)
        for r in outcome.quarantined.select("case_pid", "reason").collect()
    )
    assert got == [
        ("", "expect_column_values_to_not_be_null(case_pid)"),
        ("dup", "duplicate key"),
        ("dup", "duplicate key; expect_column_values_to_be_between(sumv)"),
        ("nods1", "expect_column_values_to_not_be_null(ds1)"),
        (
            "order",
            "expect_column_pair_values_a_to_be_greater_than_b(case_end_date, case_start_date)",
        ),
        ("regex", "expect_column_values_to_match_regex(ds1)"),
        (
            "two",
            "expect_column_values_to_match_regex(ds1); expect_column_values_to_be_between(sumv)",
        ),
    ]
    assert not outcome.success


def test_accounting_and_schema(outcome: ValidationOutcome) -> None:
    total = outcome.valid.count() + outcome.quarantined.count()
    assert total == 10
    assert outcome.valid.columns == OMS.column_names
    assert outcome.quarantined.columns == [*OMS.column_names, "reason", "details"]
    assert dict(outcome.quarantined.dtypes)["details"] == "array<string>"
    valid_keys = {r.case_pid for r in outcome.valid.collect()}
    assert not valid_keys & {r.case_pid for r in outcome.quarantined.collect()}
    two = outcome.quarantined.where("case_pid = 'two'").first()
    assert len(two.details) == 2 and "MKB-10 code shape" in two.details[0]


def test_results_and_rows_carry_no_values(outcome: ValidationOutcome) -> None:
    by_type = {(r.expectation_type, r.column): r for r in outcome.results}
    regex = by_type[("expect_column_values_to_match_regex", "ds1")]
    assert (regex.success, regex.element_count, regex.unexpected_count) == (False, 10, 2)
    assert by_type[("expect_column_values_to_be_unique", "case_pid")].unexpected_count == 2
    rows = results_rows(outcome, OMS.name, "run-test")
    assert len(rows) == len(outcome.results)
    assert set(rows[0]) == {c.name for c in load_contract("ops.validation_results").columns}
    assert {r["run_id"] for r in rows} == {"run-test"}
    for r in outcome.gx_result.results:  # values were stripped before anything persists
        assert "unexpected_list" not in r.result and "unexpected_index_list" not in r.result


def test_clean_frame_and_compound_key(spark) -> None:
    contract = parse_contract(
        {
            "zone": "silver",
            "table": "pairs",
            "keys": ["a", "b"],
            "columns": [
                {"name": "a", "type": "string", "nullable": False, "privacy": "safe"},
                {"name": "b", "type": "int", "nullable": False, "privacy": "safe"},
                {"name": "m", "type": "map<string,string>", "privacy": "safe"},
            ],
        }
    )
    rows = [("x", 1, {"k": "v"}), ("x", 2, None), ("y", 1, None), ("y", 1, {"k": "w"})]
    out = validate_dataframe(spark.createDataFrame(rows, contract.spark_schema), contract, "r")
    assert sorted((r.a, r.b) for r in out.valid.collect()) == [("x", 1), ("x", 2)]
    assert [r.reason for r in out.quarantined.collect()] == ["duplicate key", "duplicate key"]
    clean = validate_dataframe(out.valid, contract, "r2")
    assert clean.success and clean.quarantined.count() == 0 and clean.valid.count() == 2


def test_a_clean_frame_reports_the_counts_a_full_validation_would(spark) -> None:
    """A clean frame takes the quick pass (success only); its per-expectation counts must be
    those GX's full pass (COMPLETE) measures on the same rows."""
    from ozero.quality.suites import build_suite
    from ozero.quality.validate import _batch_definition

    contract = parse_contract(
        {
            "zone": "silver",
            "table": "pairs",
            "keys": ["a", "b"],
            "columns": [
                {"name": "a", "type": "string", "nullable": False, "privacy": "safe"},
                {"name": "b", "type": "int", "nullable": False, "privacy": "safe"},
            ],
        }
    )
    df = spark.createDataFrame([("x", 1), ("x", 2), ("y", 1)], contract.spark_schema)
    quick = validate_dataframe(df, contract, "r")
    batch = _batch_definition().get_batch(batch_parameters={"dataframe": df})
    full = batch.validate(
        build_suite(contract),
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["a", "b"]},
    )
    expected = sorted(
        (
            r.expectation_config.id,
            r.success,
            (r.result or {}).get("element_count"),
            (r.result or {}).get("unexpected_count"),
        )
        for r in full.results
    )
    got = sorted(
        (o.expectation_id, o.success, o.element_count, o.unexpected_count) for o in quick.results
    )
    assert got == expected
    assert any(count == 3 for _, _, count, _ in got)  # row-level expectations counted rows


def test_validations_on_two_threads_each_split_their_own_rows(spark) -> None:
    """GX's one context keeps the batch under an id every dataframe shares, so two landings
    validating at once (curate.imaging lands series and studies on two threads) take turns:
    each outcome is the one its frame gets alone."""
    from concurrent.futures import ThreadPoolExecutor

    frames = {
        "nulls": [_case("a1"), _case("a2", ds1=None), _case("a3")],
        "regex": [_case("b1", ds1="J18.999"), _case("b2"), _case("b3", ds1="bad")],
    }

    def split(name: str) -> tuple[list[str], list[tuple[str, str]]]:
        out = validate_dataframe(spark.createDataFrame(frames[name], LOOSE), OMS, name)
        valid = sorted(r.case_pid for r in out.valid.collect())
        bad = sorted((r.case_pid, r.reason) for r in out.quarantined.collect())
        return valid, bad

    alone = {name: split(name) for name in frames}
    for _ in range(3):
        with ThreadPoolExecutor(max_workers=2) as pool:
            together = dict(zip(frames, pool.map(split, frames), strict=True))
        assert together == alone
    assert alone["nulls"] == (
        ["a1", "a3"],
        [("a2", "expect_column_values_to_not_be_null(ds1)")],
    )
    assert alone["regex"][0] == ["b2"]


def test_data_docs(outcome: ValidationOutcome, tmp_path: Path) -> None:
    index = render_data_docs([(OMS.name, outcome)], tmp_path / "site")
    assert index.is_file()
    html = index.read_text(encoding="utf-8")
    assert "silver.oms_cases" in html and "Failed" in html
    pages = list((tmp_path / "site" / "validations").rglob("*.html"))
    assert pages and "J18.999" not in pages[0].read_text(encoding="utf-8")
    # every script, stylesheet and image the pages load is inside the site: no CDN
    for page in [index, *pages]:
        loads = re.findall(r'<(?:script|link|img)\b[^>]*(?:src|href)="([^"]+)"', page.read_text())
        assert loads and not [u for u in loads if "://" in u], (page, loads)


@pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)
def test_data_docs_render_offline_in_a_browser(outcome: ValidationOutcome, tmp_path: Path) -> None:
    """Opened from disk with no network, the index's table is filled by its scripts (with
    GX's CDN links it stays an empty list), and a validation page renders its expectations."""
    index = render_data_docs([(OMS.name, outcome)], tmp_path / "site")
    dom = render(index.as_uri(), tmp_path / "index.png", tmp_path / "profile")
    rows = re.findall(r'<tr[^>]*data-index="\d+"[^>]*>.*?</tr>', dom, flags=re.S)
    assert rows and "silver.oms_cases" in rows[0]
    (page,) = (tmp_path / "site" / "validations").rglob("*.html")
    dom = render(page.as_uri(), tmp_path / "page.png", tmp_path / "profile")
    assert "never be null" in dom and "Overview" in dom  # GX's prose for not-null checks
