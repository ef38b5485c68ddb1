"""k-anonymity / l-diversity on small Spark frames: measuring, generalising, suppressing."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from ozero.contracts import parse_contract
from ozero.deid.kanon import KPolicy, assess, enforce

CONTRACT = parse_contract(
    {
        "zone": "gold",
        "table": "toy",
        "keys": ["id"],
        "quasi_identifiers": {"sex": "none", "age_band": "age_band", "seen_on": "date"},
        "columns": [
            {"name": "id", "type": "string", "privacy": "safe"},
            {"name": "sex", "type": "string", "privacy": "quasi_identifier"},
            {"name": "age_band", "type": "string", "privacy": "quasi_identifier"},
            {"name": "seen_on", "type": "date", "privacy": "quasi_identifier"},
            {"name": "dx", "type": "string", "privacy": "sensitive"},
        ],
    }
)
SCHEMA = "id string, sex string, age_band string, seen_on date, dx string"


def _frame(spark, rows):
    return spark.createDataFrame(rows, SCHEMA)


@pytest.mark.spark
def test_assess_counts_groups_small_rows_and_l(spark) -> None:
    rows = [(f"r{i}", "F", "40-49", date(2024, 1, 5), f"J{i % 2}") for i in range(5)]
    rows += [("x1", "M", "90+", date(2024, 1, 5), "C34"), ("x2", None, None, None, "C34")]
    report = assess(_frame(spark, rows), ["sex", "age_band"], ["dx"], k=5, l=2)
    assert (report.rows, report.groups, report.k_min, report.rows_in_small_groups) == (7, 3, 1, 2)
    assert report.l_min == {"dx": 1} and not report.k_anonymous and not report.l_diverse
    # risk figures: two rows alone in their group; 1/k_min; 3 groups over 7 rows
    assert report.sample_uniques == 2 and report.sample_unique_share == pytest.approx(2 / 7)
    assert report.prosecutor_risk_max == 1.0
    assert report.prosecutor_risk_avg == pytest.approx(3 / 7)
    figures = report.to_dict()
    assert figures["prosecutor_risk_avg"] == round(3 / 7, 6) and figures["sample_uniques"] == 2
    empty = assess(_frame(spark, []), ["sex"], ["dx"], k=5)
    assert empty.k_min is None and empty.k_anonymous and empty.rows == 0
    assert (empty.prosecutor_risk_max, empty.prosecutor_risk_avg) == (0.0, 0.0)


@pytest.mark.spark
def test_enforce_leaves_k_anonymous_data_alone(spark) -> None:
    rows = [(f"r{i}", "F", "40-49", date(2024, 1, 5), "J18") for i in range(6)]
    df = _frame(spark, rows)
    done = enforce(df, CONTRACT, KPolicy(k=5, ladders=CONTRACT.ladders))
    assert done.frame is df and done.actions == [] and done.before == done.after
    assert done.before.k_min == 6 and done.levels == {"age_band": 0, "seen_on": 0}
    assert done.released_classes == {("F", "40-49", "2024-01-05"): 6}


@pytest.mark.spark
def test_enforce_generalises_then_suppresses(spark) -> None:
    # Every row is alone (distinct days); months alone leave groups of 3 and 1 < k=4, so
    # both ladders are climbed: 20-year bands (40-59: 6 rows, 80+: 4) and months.
    rows = [(f"a{i}", "F", "40-49", date(2024, 1, 1 + i), "J18") for i in range(3)]
    rows += [(f"b{i}", "F", "50-59", date(2024, 1, 10 + i), "J44") for i in range(3)]
    rows += [("c0", "F", "90+", date(2024, 1, 3), "C34")]
    rows += [(f"d{i}", "F", "80-89", date(2024, 1, 2 + i), "I50") for i in range(3)]
    assert CONTRACT.ladders == {"sex": "none", "age_band": "age_band", "seen_on": "date"}
    policy = KPolicy(k=4, ladders=CONTRACT.ladders, sensitive=("dx",))
    done = enforce(_frame(spark, rows), CONTRACT, policy)
    out, before, after = done.frame, done.before, done.after
    assert before.k_min == 1 and after.k_anonymous and after.k_min == 4
    kinds = [(a["action"], a.get("column"), a.get("to")) for a in done.actions]
    assert kinds == [
        ("generalise", "age_band", "20-year bands"),
        ("generalise", "seen_on", "month"),
    ]
    assert out.schema == _frame(spark, rows).schema  # types and column order unchanged
    bands = sorted({r["age_band"] for r in out.collect()})
    assert bands == ["40-59", "80+"]
    assert {r["seen_on"] for r in out.collect()} == {date(2024, 1, 1)}
    assert after.rows == 10 and after.l_min == {"dx": 2}
    # the class table the climb decided on agrees with the published frame
    assert done.levels == {"age_band": 1, "seen_on": 1}
    published = Counter((r["sex"], r["age_band"], str(r["seen_on"])) for r in out.collect())
    assert done.released_classes == published
    assert published == {("F", "40-59", "2024-01-01"): 6, ("F", "80+", "2024-01-01"): 4}


@pytest.mark.spark
def test_enforce_suppresses_when_no_ladder_helps(spark) -> None:
    rows = [(f"r{i}", "F", "40-49", date(2024, 1, 5), "J18") for i in range(5)]
    rows += [("m0", "M", "40-49", date(2024, 1, 5), "J18")]
    policy = KPolicy(k=5, ladders={})
    done = enforce(_frame(spark, rows), CONTRACT, policy)
    assert done.actions == [{"action": "suppress", "rows": 1}]
    assert done.after.rows == 5 and done.after.k_min == 5 and done.frame.count() == 5
    assert done.released_classes == {("F", "40-49", "2024-01-05"): 5}  # the lone M is gone


def test_contract_requires_a_ladder_per_quasi_identifier() -> None:
    from ozero.contracts import ContractError

    raw = {
        "zone": "gold",
        "table": "toy",
        "keys": ["id"],
        "columns": [
            {"name": "id", "type": "string", "privacy": "safe"},
            {"name": "band", "type": "string", "privacy": "quasi_identifier"},
        ],
    }
    with pytest.raises(ContractError, match="generalisation ladder"):
        parse_contract({**raw, "quasi_identifiers": ["band"]})
    with pytest.raises(ContractError, match="ladder 'decade'"):
        parse_contract({**raw, "quasi_identifiers": {"band": "decade"}})
    assert parse_contract({**raw, "quasi_identifiers": {"band": "age_band"}}).ladders == {
        "band": "age_band"
    }


@pytest.mark.spark
def test_the_value_twins_generalise_as_the_spark_ladders_do(spark) -> None:
    """A population's values are generalised in Python (ladder_values) and the frame's in Spark
    (ladder_steps): every band and region, at every level, must come out the same."""
    from pyspark.sql import types as T

    from ozero.deid.kanon import AGE_20Y, ladder_steps, ladder_values

    policy = KPolicy(region_districts={"77": "1", "50": "1", "16": "4"})
    cases = {
        "age_band": [*AGE_20Y, "0-39", "80+", None],
        "region": ["77", "50", "16", "99", None],
    }
    for kind, values in cases.items():
        df = spark.createDataFrame([(v,) for v in values], "v string")
        steps = ladder_steps(kind, T.StringType(), policy)
        twins = ladder_values(kind, policy)
        assert len(steps) == len(twins) == 2
        for (label, step), twin in zip(steps, twins, strict=True):
            got = [r["g"] for r in df.select(step(df["v"]).cast("string").alias("g")).collect()]
            assert got == [twin(v) for v in values], (kind, label)


@pytest.mark.spark
def test_the_class_table_holds_every_level_of_every_ladder(spark) -> None:
    from pyspark.sql import types as T

    from ozero.deid.kanon import class_table, climb, ladder_steps

    rows = [(f"a{i}", "F", "40-49", date(2024, 1, 1 + i), "J18") for i in range(3)]
    rows += [("b0", "M", "50-59", date(2024, 2, 20), "J18"), ("b1", None, None, None, "J18")]
    policy = KPolicy(ladders=CONTRACT.ladders)
    steps = {
        "age_band": ladder_steps("age_band", T.StringType(), policy),
        "seen_on": ladder_steps("date", T.DateType(), policy),
    }
    table = class_table(_frame(spark, rows), ["sex", "age_band", "seen_on"], steps)
    assert table.labels == {"age_band": ("20-year bands", "any"), "seen_on": ("month", "quarter")}
    assert table.counts({}) == {
        ("F", "40-49", "2024-01-01"): 1, ("F", "40-49", "2024-01-02"): 1,
        ("F", "40-49", "2024-01-03"): 1, ("M", "50-59", "2024-02-20"): 1, (None, None, None): 1,
    }  # fmt: skip
    assert table.counts({"age_band": 1, "seen_on": 2}) == {
        ("F", "40-59", "2024-01-01"): 3, ("M", "40-59", "2024-01-01"): 1, (None, None, None): 1,
    }  # fmt: skip
    assert table.counts({"age_band": 2})[(None, "any", None)] == 1
    assert table.small({"seen_on": 1}, k=3) == 2 and table.kept({"seen_on": 1}, k=3) == {
        ("F", "40-49", "2024-01-01"): 3
    }
    # k = 3, budget 2 rows: months leave 2 rows in small classes (bands would leave 5)
    levels, actions, small = climb(table, k=3, budget=2)
    assert levels == {"age_band": 0, "seen_on": 1} and small == 2
    assert [(a["column"], a["to"], a["rows_in_small_groups"]) for a in actions] == [
        ("seen_on", "month", 2)
    ]
    # budget 1: nothing gets the lone M and the null row out, so every ladder is climbed to
    # its end (ties go to the first column), and those 2 rows are left to suppression
    levels, actions, small = climb(table, k=3, budget=1)
    assert levels == {"age_band": 2, "seen_on": 2} and small == 2
    assert [(a["column"], a["to"]) for a in actions] == [
        ("seen_on", "month"), ("age_band", "20-year bands"), ("age_band", "any"),
        ("seen_on", "quarter"),
    ]  # fmt: skip
