"""All of a row's keyed hashes in one Arrow UDF (`ozero.deid.plan`, stop 38).

`apply_plan` made a row's pseudonyms in one Python round trip and their patients' date
shifts in a second (the shift hashes the pseudonym); a claims case made two, each of its
services two more. Now one UDF returns them all as a struct, and a frame can carry them
precomputed (`with_keyed_hashes`) for every contract made of it. What lands must not change
by one byte: the expected values here are the per-column Spark twins the plan used before
(`pseudonymise_column`, the fallback pseudonym kept below, `date_shift_days_column`) and the
Python functions the DICOM de-identifier uses (`pseudonymise`, `date_shift_days`).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ozero.contracts import parse_contract
from ozero.deid.dates import date_shift_days
from ozero.deid.keys import PseudonymKey
from ozero.deid.pseudonym import pseudonymise

pytestmark = pytest.mark.spark

KEY = PseudonymKey(key_id="keyed-38", secret=bytes(range(200, 232)))


def _col(name: str, source: str, domain: str, **params: object) -> dict:
    return {
        "name": name, "type": "string", "privacy": "direct_identifier",
        "action": "pseudonymise", "source": source, "params": {"domain": domain, **params},
    }  # fmt: skip


def _date(name: str, source: str, patient: str) -> dict:
    return {
        "name": name, "type": "date", "privacy": "quasi_identifier", "action": "date_shift",
        "source": source, "params": {"patient": patient},
    }  # fmt: skip


# a case (two keys, a patient with a SNILS fallback and its link, a doctor, a mother with
# her own shift) and its service (its own key, the case's and the patient's pseudonyms)
CASE = parse_contract(
    {
        "zone": "silver", "table": "keyed_case", "keys": ["case_pid"],
        "columns": [
            _col("case_pid", "case_key", "oms-case"),
            _col("patient_pid", "enp", "enp", link="enp", link_column="patient_link",
                 fallback=[{"source": "snils", "domain": "snils", "link": "snils"}]),
            {"name": "patient_link", "type": "string", "privacy": "safe", "source": "patient_link"},
            _col("doctor_pid", "doctor", "person-name"),
            _col("mother_pid", "mother_enp", "enp"),
            _date("start_date", "start", "patient_pid"),
            _date("end_date", "end", "patient_pid"),
            _date("mother_birth", "mother_born", "mother_pid"),
        ],
        "dropped": ["service_key", "snils"],
    }
)  # fmt: skip
SERVICE = parse_contract(
    {
        "zone": "silver", "table": "keyed_service", "keys": ["service_pid"],
        "columns": [
            _col("service_pid", "service_key", "oms-service"),
            _col("case_pid", "case_key", "oms-case"),
            _col("patient_pid", "enp", "enp", link="enp", link_column="patient_link",
                 fallback=[{"source": "snils", "domain": "snils", "link": "snils"}]),
            {"name": "patient_link", "type": "string", "privacy": "safe", "source": "patient_link"},
            _date("service_date", "start", "patient_pid"),
        ],
        "dropped": ["doctor", "mother_enp", "end", "mother_born", "snils"],
    }
)  # fmt: skip
SCHEMA = (
    "case_key string, service_key string, enp string, snils string, doctor string, "
    "mother_enp string, start string, end string, mother_born string"
)
ROWS = [
    ("r/1/1", "r/1/1/1", "1234 5678 9012 3456", "123-456-789 01", " Иванов  Пётр ", "6543210987654321",
     "2026-01-10", "2026-01-20", "1960-02-29"),
    ("r/1/2", "r/1/2/1", None, "123-456-789 01", "ИВАНОВ ПЕТР", None, "2026-03-01", None, None),
    ("r/2/1", "r/2/1/1", "  ", None, None, "", None, "2026-05-05", "1970-01-01"),
    ("r/3/1", "r/3/1/1", "abc", "---", "\t", "1111222233334444", "2025-12-31", "2026-01-01", None),
]  # fmt: skip


def pseudonym_with_fallback(column, key):
    """The plan's per-column pseudonym before stop 38 (one UDF per pseudonym, kept here as
    the reference): the first source present after normalisation, hashed in its domain,
    and with `link_column` which source it was."""
    from pyspark.sql import functions as F

    from ozero.deid.pseudonym import (
        HEX_CHARS,
        PREFIX,
        hmac_sha256_hex_column,
        normalise_column,
        pseudonymise_column,
    )

    sources = [(column.source_field, column.params["domain"], column.params.get("link"))]
    sources += [
        (f["source"], f["domain"], f.get("link")) for f in column.params.get("fallback", [])
    ]
    if len(sources) == 1:
        return pseudonymise_column(column.source_field, key, column.params["domain"]), None
    canonical = [(normalise_column(F.col(f), d), d, label) for f, d, label in sources]
    message = F.coalesce(*[F.when(c != "", F.concat(F.lit(f"{d}:"), c)) for c, d, _ in canonical])
    digest = hmac_sha256_hex_column(message, key)
    pseudonym = F.when(
        message.isNotNull(), F.concat(F.lit(PREFIX), F.substring(digest, 1, HEX_CHARS))
    )
    if not column.params.get("link_column"):
        return pseudonym, None
    return pseudonym, F.coalesce(*[F.when(c != "", F.lit(label)) for c, _, label in canonical])


def _expected(spark, contract):
    """The contract's columns the way the plan made them before: one UDF per pseudonym
    source, then one more per patient's shift."""
    from pyspark.sql import functions as F

    from ozero.deid.dates import date_shift_days_column

    out = spark.createDataFrame(ROWS, SCHEMA).withColumn("patient_link", F.lit(None))
    for col in contract.columns:
        if col.action == "pseudonymise":
            pid, link = pseudonym_with_fallback(col, KEY)
            out = out.withColumn(col.name, pid)
            if link is not None:
                out = out.withColumn(col.params["link_column"], link)
    for col in contract.columns:
        if col.action == "date_shift":
            shift = date_shift_days_column(F.col(col.params["patient"]), KEY)
            out = out.withColumn(col.name, F.date_add(F.to_date(F.col(col.source_field)), shift))
    return out.select(*[c.name for c in contract.columns]).collect()


def _frame(spark):
    from pyspark.sql import functions as F

    return spark.createDataFrame(ROWS, SCHEMA).withColumn("patient_link", F.lit(None))


def _python_udfs(df) -> int:
    """Arrow evaluations of Python UDFs in `df`'s physical plan."""
    plan = df._jdf.queryExecution().executedPlan().toString()
    return plan.count("ArrowEvalPython")


@pytest.mark.parametrize("contract", [CASE, SERVICE], ids=["case", "service"])
def test_one_round_trip_same_values(spark, contract) -> None:
    from ozero.deid.plan import FOUND_COLUMN, apply_plan

    out = apply_plan(_frame(spark), contract, KEY).drop(FOUND_COLUMN)
    assert out.collect() == _expected(spark, contract)
    assert _python_udfs(out) == 1  # pseudonyms and shifts: one Python round trip


def test_python_twins_agree(spark) -> None:
    """Row for row what the DICOM de-identifier's Python functions give."""
    from ozero.deid.plan import apply_plan

    out = apply_plan(_frame(spark), CASE, KEY).collect()
    for row, raw in zip(out, ROWS, strict=True):
        case_key, _, enp, snils, doctor, mother, start, _, mother_born = raw
        patient = pseudonymise(enp, KEY, "enp") or pseudonymise(snils, KEY, "snils")
        assert row["case_pid"] == pseudonymise(case_key, KEY, "oms-case")
        assert row["patient_pid"] == patient
        assert row["doctor_pid"] == pseudonymise(doctor, KEY, "person-name")
        assert row["mother_pid"] == pseudonymise(mother, KEY, "enp")
        if patient is not None and start is not None:
            shift = date_shift_days(patient, KEY)
            assert row["start_date"] == date.fromisoformat(start) + timedelta(shift)
        else:
            assert row["start_date"] is None
        if row["mother_pid"] is not None and mother_born is not None:
            shift = date_shift_days(row["mother_pid"], KEY)
            assert row["mother_birth"] == date.fromisoformat(mother_born) + timedelta(shift)


def test_carried_hashes_are_reused_not_redone(spark, monkeypatch) -> None:
    """A frame with the case's hashes precomputed: the case's plan hashes nothing more,
    the service's only its own key, and both land what they land without them."""
    from pyspark.sql import functions as F

    import ozero.deid.plan as plan

    hashed: list[int] = []  # messages per keyed UDF made
    made = plan.keyed_hashes_column

    def counting(messages, shifts, key):
        hashed.append(len(messages))
        return made(messages, shifts, key)

    monkeypatch.setattr(plan, "keyed_hashes_column", counting)
    carried = plan.with_keyed_hashes(_frame(spark).drop("service_key"), [CASE, SERVICE], KEY)
    names = [c for c in carried.columns if c.startswith(plan.KEYED_PREFIX)]
    # case, patient (with its shift), doctor, mother (with hers): not the service's own key
    assert len(names) == 6 and not any("service_key" in n for n in names)
    assert hashed == [4]
    case = plan.apply_plan(carried, CASE, KEY).drop(plan.FOUND_COLUMN)
    assert case.collect() == _expected(spark, CASE)
    assert hashed == [4]  # nothing hashed again
    assert _python_udfs(case) == 1
    assert not any(c.startswith("__") for c in case.columns)

    services = carried.withColumn("service_key", F.concat("case_key", F.lit("/1")))
    service = plan.apply_plan(services.drop("doctor", "mother_enp"), SERVICE, KEY)
    assert service.drop(plan.FOUND_COLUMN).collect() == _expected(spark, SERVICE)
    assert hashed == [4, 1]  # the service's own key only
    assert _python_udfs(service) == 1  # the carried and its own, in one round trip


def test_wrong_carried_value_would_show(spark) -> None:
    """The carried columns are what the plan lands: a frame carrying a different pseudonym
    under the name lands that one (so the name must say exactly what was hashed)."""
    from pyspark.sql import functions as F

    from ozero.deid.plan import FOUND_COLUMN, apply_plan, keyed_name

    forged = _frame(spark).withColumn(keyed_name((("case_key", "oms-case"),)), F.lit("Px"))
    rows = apply_plan(forged, CASE, KEY).drop(FOUND_COLUMN).collect()
    assert {r["case_pid"] for r in rows} == {"Px"}
