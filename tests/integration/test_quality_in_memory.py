"""A small batch validated in memory (GX's pandas engine) must split and report exactly as the
same batch validated on Spark: every shipped suite's expectation kinds, each made to fail,
beside rows that pass, nulls, duplicate keys and a column GX never reads."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pyspark.sql import types as T

from ozero.contracts import load_contract, parse_contract
from ozero.quality import ValidationOutcome, validate_dataframe

pytestmark = pytest.mark.spark


def _loose(contract) -> T.StructType:
    """The contract's schema with every column nullable: incoming data may break it."""
    return T.StructType([T.StructField(f.name, f.dataType, True) for f in contract.spark_schema])


def _validated(spark, monkeypatch, rows, contract, limit: str) -> ValidationOutcome:
    monkeypatch.setenv("OZERO_GX_IN_MEMORY_ROWS", limit)
    return validate_dataframe(spark.createDataFrame(rows, _loose(contract)), contract, "r")


def _seen(outcome: ValidationOutcome) -> tuple:
    """Everything a caller gets: the rows each way, with reasons and details, and the counts."""
    valid = sorted(map(repr, outcome.valid.collect()))
    quarantined = sorted(map(repr, outcome.quarantined.collect()))
    results = sorted(
        (r.expectation_id, r.success, r.element_count, r.unexpected_count) for r in outcome.results
    )
    return outcome.valid.columns, valid, outcome.quarantined.columns, quarantined, results


def _both(spark, monkeypatch, rows, contract) -> tuple[tuple, tuple]:
    in_memory = _seen(_validated(spark, monkeypatch, rows, contract, str(len(rows))))
    on_spark = _seen(_validated(spark, monkeypatch, rows, contract, "0"))
    return in_memory, on_spark


def _row(contract, **values) -> dict:
    row = {c.name: None for c in contract.columns}
    row.update(values)
    return row


def test_claims_cases_split_alike(spark, monkeypatch) -> None:
    """Not-null, regex, between (decimal), column pair of dates, key uniqueness."""
    cases = load_contract("silver.oms_cases")
    base = dict(zap_pid="z", patient_pid="p", register_id="r", period="2024-01",
                case_start_date=dt.date(2024, 1, 1), case_end_date=dt.date(2024, 1, 5),
                ds1="J18.9", sumv=Decimal("10.00"), deid_key_id="k", _sha256="s",
                _batch_id="b")  # fmt: skip
    rows = [
        _row(cases, **base, case_pid="good"),
        _row(cases, **{**base, "case_end_date": None}, case_pid="no-end"),
        _row(cases, **{**base, "ds1": None}, case_pid="no-ds1"),
        _row(cases, **{**base, "ds1": "J18.999"}, case_pid="regex"),
        _row(cases, **{**base, "case_end_date": dt.date(2023, 12, 31)}, case_pid="order"),
        _row(cases, **base, case_pid="dup"),
        _row(cases, **{**base, "sumv": Decimal("-1.00")}, case_pid="dup"),
        _row(cases, **base, case_pid=None),
    ]
    in_memory, on_spark = _both(spark, monkeypatch, rows, cases)
    assert in_memory == on_spark
    assert len(in_memory[1]) == 2 and len(in_memory[3]) == 6  # the check can fail


def test_protocols_split_alike(spark, monkeypatch) -> None:
    """In-set, regexes and a date between string bounds (the REMD protocols' suite), an
    array column beside them."""
    protocols = load_contract("silver.remd_protocols")
    base = dict(document_version=1, patient_pid="p", patient_link="enp", patient_sex="1",
                patient_age_band="40-49", service_code="A06.09.006",
                study_date=dt.date(2024, 5, 1), mkb10_code="J18.1", finding_codes=["a"],
                deid_key_id="k", _sha256="s", _batch_id="b")  # fmt: skip
    changes = [
        {},
        {"mkb10_code": "J18"},
        {"mkb10_code": "j18.1"},
        {"service_code": "A6.09.006"},
        {"patient_age_band": "90+", "finding_codes": None},
        {"patient_age_band": "17-18"},
        {"patient_link": "passport"},
        {"patient_sex": "9"},
        {"study_date": dt.date(1999, 12, 31)},
        {"study_date": dt.date(2100, 1, 2)},
        {"study_date": None},
    ]
    rows = [
        _row(protocols, **{**base, **change}, document_pid=f"d{i}")
        for i, change in enumerate(changes)
    ]
    in_memory, on_spark = _both(spark, monkeypatch, rows, protocols)
    assert in_memory == on_spark
    assert len(in_memory[1]) == 3 and len(in_memory[3]) == 8  # the check can fail


def test_compound_keys_lengths_and_sets_split_alike(spark, monkeypatch) -> None:
    """Compound key uniqueness with nulls in a key part, an empty value under a length
    check, an out-of-set code, and a map column that GX never reads."""
    contract = parse_contract(
        {
            "zone": "silver",
            "table": "pairs",
            "keys": ["a", "b"],
            "columns": [
                {"name": "a", "type": "string", "nullable": False, "privacy": "safe"},
                {"name": "b", "type": "int", "privacy": "safe"},
                {
                    "name": "sex",
                    "type": "string",
                    "privacy": "safe",
                    "allowed": ["1", "2"],
                },  # fmt: skip
                {"name": "m", "type": "map<string,string>", "privacy": "safe"},
                {"name": "t", "type": "timestamp", "privacy": "safe"},
            ],
            "expectations": [
                {
                    "type": "expect_column_value_lengths_to_be_between",
                    "kwargs": {"column": "a", "min_value": 1},
                },  # fmt: skip
            ],
        }
    )
    at = dt.datetime(2024, 5, 1, 10, 30)
    rows = [
        ("x", 1, "1", {"k": "v"}, at),
        ("x", 2, "2", None, None),
        ("y", 1, "3", None, at),
        ("y", 1, "1", {"k": "w"}, at),
        ("z", None, None, None, None),
        ("z", None, "2", None, at),
        ("", 5, "1", None, at),
        (None, 6, "1", None, at),
    ]
    dicts = [dict(zip(("a", "b", "sex", "m", "t"), r, strict=True)) for r in rows]
    in_memory, on_spark = _both(spark, monkeypatch, dicts, contract)
    assert in_memory == on_spark
    assert in_memory[1] and in_memory[3]  # rows each way
