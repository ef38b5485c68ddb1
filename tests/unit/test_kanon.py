"""k-anonymity / l-diversity on small Spark frames: measuring, generalising, suppressing."""

from __future__ import annotations

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
    out, before, after, actions = enforce(df, CONTRACT, KPolicy(k=5, ladders=CONTRACT.ladders))
    assert out is df and actions == [] and before == after and before.k_min == 6


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
    out, before, after, actions = enforce(_frame(spark, rows), CONTRACT, policy)
    assert before.k_min == 1 and after.k_anonymous and after.k_min == 4
    kinds = [(a["action"], a.get("column"), a.get("to")) for a in actions]
    assert kinds == [
        ("generalise", "age_band", "20-year bands"),
        ("generalise", "seen_on", "month"),
    ]
    assert out.schema == _frame(spark, rows).schema  # types and column order unchanged
    bands = sorted({r["age_band"] for r in out.collect()})
    assert bands == ["40-59", "80+"]
    assert {r["seen_on"] for r in out.collect()} == {date(2024, 1, 1)}
    assert after.rows == 10 and after.l_min == {"dx": 2}


@pytest.mark.spark
def test_enforce_suppresses_when_no_ladder_helps(spark) -> None:
    rows = [(f"r{i}", "F", "40-49", date(2024, 1, 5), "J18") for i in range(5)]
    rows += [("m0", "M", "40-49", date(2024, 1, 5), "J18")]
    policy = KPolicy(k=5, ladders={})
    out, before, after, actions = enforce(_frame(spark, rows), CONTRACT, policy)
    assert actions == [{"action": "suppress", "rows": 1}]
    assert after.rows == 5 and after.k_min == 5 and out.count() == 5


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
def test_a_risk_too_high_gets_the_k_that_brings_it_under(spark) -> None:
    """Four groups of five (average prosecutor risk 0.2) against a limit of 0.1: k = 6 makes
    enforcement merge decade bands into 20-year bands (two groups of ten: 0.1)."""
    from ozero.deid.kanon import remedy_for_risk, stricter_ks

    bands = ["40-49", "50-59", "60-69", "70-79"]
    rows = [(f"r{b}{i}", "F", b, date(2024, 1, 5), "J18") for b in bands for i in range(5)]
    df, policy = _frame(spark, rows), KPolicy(k=5, ladders=CONTRACT.ladders)
    assert assess(df, ["sex", "age_band", "seen_on"], k=5).prosecutor_risk_avg == 0.2
    found = remedy_for_risk(df, CONTRACT, policy, max_average_risk=0.1)
    assert found is not None and found.k == 6
    assert (found.after.groups, found.after.rows) == (2, 20)
    assert [a["column"] for a in found.actions] == ["age_band"]
    text = found.describe()
    assert text.startswith("privacy.k: 6 would bring it to 0.100 (age_band → ")
    assert "0 rows suppressed, 20 kept" in text
    # no k keeps a row under 0.01 with these ladders: the guard says ladders must change
    assert remedy_for_risk(df, CONTRACT, policy, max_average_risk=0.01) is None
    assert stricter_ks(5) == [6, 7, 8, 10, 15, 25, 50]
