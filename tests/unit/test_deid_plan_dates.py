"""Date shifting in the Spark plan: every date of a row moves by its patient's one shift."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ozero.contracts import parse_contract
from ozero.deid.dates import date_shift_days
from ozero.deid.keys import PseudonymKey
from ozero.deid.pseudonym import pseudonymise

KEY = PseudonymKey(key_id="plan-dates", secret=bytes(range(96, 128)))

# a case with three dates of its patient and one of the mother (another shift)
CONTRACT = parse_contract(
    {
        "zone": "silver",
        "table": "dates_test",
        "keys": ["patient_pid"],
        "columns": [
            {"name": "patient_pid", "type": "string", "privacy": "direct_identifier",
             "action": "pseudonymise", "source": "enp", "params": {"domain": "enp"}},
            {"name": "mother_pid", "type": "string", "privacy": "direct_identifier",
             "action": "pseudonymise", "source": "mother_enp", "params": {"domain": "enp"}},
            *[{"name": f"{d}_date", "type": "date", "privacy": "quasi_identifier",
               "action": "date_shift", "source": d, "params": {"patient": "patient_pid"}}
              for d in ("start", "end", "birth")],
            {"name": "mother_birth_date", "type": "date", "privacy": "quasi_identifier",
             "action": "date_shift", "source": "mother_birth", "params": {"patient": "mother_pid"}},
        ],
    }
)  # fmt: skip
ROWS = [
    ("1234567890123456", "6543210987654321", "2026-01-10", "2026-01-20", "1990-05-01", "1960-02-29"),
    ("1111222233334444", None, "2026-03-01", None, "2001-12-31", None),
]  # fmt: skip


@pytest.mark.spark
def test_each_date_moves_by_its_own_patients_shift(spark) -> None:
    from ozero.deid.plan import apply_plan

    df = spark.createDataFrame(
        ROWS, "enp string, mother_enp string, start string, end string, birth string, "
        "mother_birth string",
    )  # fmt: skip
    out = apply_plan(df, CONTRACT, KEY).collect()
    assert not any(c.startswith("__") for c in out[0].asDict())  # no helper column leaks
    for row, (enp, mother, *dates) in zip(out, ROWS):
        shift = date_shift_days(pseudonymise(enp, KEY, "enp"), KEY)
        for name, raw in zip(("start_date", "end_date", "birth_date"), dates):
            expected = None if raw is None else date.fromisoformat(raw) + timedelta(shift)
            assert row[name] == expected
        if mother is None:
            assert row["mother_pid"] is None and row["mother_birth_date"] is None
        else:
            mother_shift = date_shift_days(pseudonymise(mother, KEY, "enp"), KEY)
            assert mother_shift != shift  # the two patients' shifts differ for these keys
            assert row["mother_birth_date"] == date.fromisoformat(dates[3]) + timedelta(
                mother_shift
            )
