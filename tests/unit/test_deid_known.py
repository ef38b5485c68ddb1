"""Known-identifier hashes: the Spark pass agrees with the Python tokens the guard uses."""

from __future__ import annotations

import pytest

from ozero.contracts import load_contract
from ozero.deid.keys import PseudonymKey
from ozero.deid.known import surname_stem, token, token_hash

KEY = PseudonymKey(key_id="known-test", secret=bytes(range(64, 96)))

# a patient on three cases (same SNILS twice in other spellings), a doctor on all of them,
# a surname's case forms, and values that make no token (short SNILS, blank surname)
ROWS = [
    ("Петрова", "112-233-445 95", "22345678901", "1234567890123456"),
    ("ПЕТРОВА", "11223344595", "22345678901", "1234567890123456"),
    ("Петровой", "112 233 445 95", "22345678901", None),
    ("Ли", "12-34", None, "123"),
    (None, None, "98765432109", "6543210987654321"),
]


def test_tokens_fold_spellings_and_case_forms() -> None:
    assert surname_stem("Петрова") == surname_stem("ПЕТРОВА") == "петров"
    assert token("snils", "112-233-445 95") == token("snils", "11223344595")
    assert token("snils", "12-34") is None and token("surname", "Ли") is None


@pytest.mark.spark
def test_one_pass_hashes_every_distinct_token_once(spark) -> None:
    from ozero.deid.known import known_hashes

    contract = load_contract("silver.oms_cases")  # surname: family, known_family (absent here)
    rows = spark.createDataFrame(
        ROWS, "family string, snils string, doctor_snils string, enp string"
    )
    got = [(r["kind"], r["token_hash"]) for r in known_hashes(rows, contract, KEY).collect()]

    fields = {"family": "surname", "snils": "snils", "doctor_snils": "snils", "enp": "enp"}
    expected = {
        (kind, token_hash(KEY, kind, tok))
        for row in ROWS
        for kind, value in zip(fields.values(), row)
        if (tok := token(kind, value)) is not None
    }
    assert set(got) == expected
    assert {kind for kind, _ in got} == {"surname", "snils", "enp"}
    # a doctor's SNILS on every case, a patient's ENP on two: each distinct (kind, value)
    # is hashed once (10 rows here), not once per field of every row (13)
    distinct_values = {
        (kind, value)
        for row in ROWS
        for kind, value in zip(fields.values(), row)
        if token(kind, value) is not None
    }
    assert len(got) == len(distinct_values) == 10
