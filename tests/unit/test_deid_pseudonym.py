"""Keys and pseudonyms: stability, domain separation, and Python == Spark."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import stat

import pytest

from ozero.deid.keys import (
    MissingKeyError,
    PseudonymKey,
    default_key_id,
    generate_key_file,
    load_key,
)
from ozero.deid.pseudonym import normalise, pseudonymise, pseudonymise_column

SECRET = bytes(range(32))
KEY = PseudonymKey(key_id="test", secret=SECRET)
LONG_KEY = PseudonymKey(key_id="long", secret=bytes(range(100)))  # > SHA-256 block


def test_repr_hides_secret() -> None:
    assert SECRET.hex() not in repr(KEY)
    assert "secret" not in repr(KEY)


def test_load_key_from_env_hex_and_base64(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OZERO_PSEUDONYM_KEY_FILE", raising=False)
    monkeypatch.delenv("OZERO_PSEUDONYM_KEY_ID", raising=False)
    monkeypatch.setenv("OZERO_PSEUDONYM_KEY", SECRET.hex())
    key = load_key()
    assert key.secret == SECRET
    assert key.key_id == hashlib.sha256(SECRET).hexdigest()[:8] == default_key_id(SECRET)
    import base64

    monkeypatch.setenv("OZERO_PSEUDONYM_KEY", base64.b64encode(SECRET).decode())
    monkeypatch.setenv("OZERO_PSEUDONYM_KEY_ID", "k2026")
    key = load_key()
    assert key.secret == SECRET and key.key_id == "k2026"


def test_load_key_missing_explains_both(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.delenv("OZERO_PSEUDONYM_KEY", raising=False)
    monkeypatch.delenv("OZERO_PSEUDONYM_KEY_CONN_ID", raising=False)
    monkeypatch.setenv("OZERO_PSEUDONYM_KEY_FILE", str(tmp_path / "no-such.key"))
    with pytest.raises(MissingKeyError) as info:
        load_key()
    assert "OZERO_PSEUDONYM_KEY" in str(info.value)
    assert "OZERO_PSEUDONYM_KEY_FILE" in str(info.value)


def test_short_secret_rejected_without_echo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OZERO_PSEUDONYM_KEY_FILE", raising=False)
    monkeypatch.setenv("OZERO_PSEUDONYM_KEY", "abcdef0123")
    with pytest.raises(ValueError) as info:
        load_key()
    assert "abcdef0123" not in str(info.value)


def test_generate_key_file_creates_once(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "nested" / "dir" / "key.json"
    key = generate_key_file(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert json.loads(path.read_text())["key_id"] == key.key_id
    assert generate_key_file(path) == key  # existing file is loaded, not overwritten
    monkeypatch.delenv("OZERO_PSEUDONYM_KEY", raising=False)
    monkeypatch.setenv("OZERO_PSEUDONYM_KEY_FILE", str(path))
    assert load_key() == key


def test_pseudonym_is_hmac_of_domain_and_normalised_value() -> None:
    expected = hmac.new(SECRET, b"snils:11223344595", hashlib.sha256).hexdigest()[:32]
    assert pseudonymise("112-233-445 95", KEY, "snils") == "P" + expected


def test_same_person_same_pseudonym_across_formats() -> None:
    assert pseudonymise("112-233-445 95", KEY, "snils") == pseudonymise("11223344595", KEY, "snils")
    assert pseudonymise("  Иванов  Пётр ", KEY, "name") == pseudonymise("ИВАНОВ ПЕТР", KEY, "name")


def test_domains_and_keys_separate() -> None:
    assert pseudonymise("11223344595", KEY, "snils") != pseudonymise("11223344595", KEY, "inn")
    assert pseudonymise("11223344595", KEY, "snils") != pseudonymise(
        "11223344595", LONG_KEY, "snils"
    )


def test_missing_and_blank() -> None:
    assert pseudonymise(None, KEY, "snils") is None
    assert pseudonymise(" - ", KEY, "snils") is None
    assert pseudonymise("   ", KEY, "name") is None


VALUES = [
    ("112-233-445 95", "snils"),
    ("11223344595", "snils"),
    ("7700 0000 0000 0012", "enp"),
    ("500100732259", "inn"),
    ("  Иванов  Пётр\tСергеевич ", "name"),
    ("ЁЛКИНА", "name"),
    ("Test@Example.ORG", "email"),
    ("   ", "name"),
    ("n/a", "snils"),
    (None, "snils"),
]


@pytest.mark.spark
@pytest.mark.parametrize("key", [KEY, LONG_KEY], ids=["key32", "key100"])
def test_spark_pseudonym_matches_python(spark, key: PseudonymKey) -> None:
    from pyspark.sql import functions as F

    df = spark.createDataFrame([(v, d) for v, d in VALUES], "value string, domain string")
    got = {}
    for domain in {d for _, d in VALUES}:
        rows = (
            df.where(F.col("domain") == domain)
            .select("value", pseudonymise_column("value", key, domain).alias("p"))
            .collect()
        )
        got.update({(r["value"], domain): r["p"] for r in rows})
    for value, domain in VALUES:
        assert got[(value, domain)] == pseudonymise(value, key, domain)


@pytest.mark.spark
def test_spark_normalisation_matches_python(spark) -> None:
    from ozero.deid.pseudonym import normalise_column

    rows = [(v,) for v, d in VALUES if v is not None and d == "name"]
    df = spark.createDataFrame(rows, "value string")
    out = df.select("value", normalise_column(df["value"], "name").alias("n")).collect()
    for row in out:
        assert row["n"] == normalise(row["value"], "name")


@pytest.mark.spark
def test_key_never_appears_in_the_spark_plan(spark) -> None:
    from ozero.deid.dates import date_shift_days_column
    from ozero.deid.keys import PseudonymKey
    from ozero.deid.pseudonym import pseudonymise_column

    key = PseudonymKey(key_id="plan-test", secret=bytes(range(32, 64)))
    df = spark.createDataFrame([("112-233-445 95",)], "snils string")
    out = df.withColumn("pid", pseudonymise_column("snils", key, "snils"))
    out = out.withColumn("shift", date_shift_days_column("pid", key))
    plan = out._jdf.queryExecution().toString().lower()
    secret_hex = key.secret.hex()
    pads = {bytes(b ^ 0x36 for b in key.secret.ljust(64, b"\0")).hex()[:32], secret_hex[:32]}
    assert not any(p in plan for p in pads)
    assert out.first()["pid"].startswith("P")
