"""Date shifting and age banding: properties, and Python == Spark."""

from __future__ import annotations

from datetime import date

import pytest

from ozero.deid.dates import (
    age_band,
    age_band_column,
    birth_year,
    birth_year_column,
    date_shift_days,
    date_shift_days_column,
)
from ozero.deid.keys import PseudonymKey
from ozero.deid.pseudonym import pseudonymise

KEY = PseudonymKey(key_id="test", secret=bytes(range(32)))
PSEUDONYMS = [pseudonymise(f"{i:011d}", KEY, "snils") for i in range(1, 300)]


def test_shift_is_stable_nonzero_and_bounded() -> None:
    shifts = [date_shift_days(p, KEY) for p in PSEUDONYMS]
    assert shifts == [date_shift_days(p, KEY) for p in PSEUDONYMS]
    assert all(s != 0 and -180 <= s <= 180 for s in shifts)
    assert any(s < 0 for s in shifts) and any(s > 0 for s in shifts)
    assert len(set(shifts)) > 100  # spread, not a constant


def test_shift_small_range_hits_both_signs() -> None:
    shifts = {date_shift_days(p, KEY, max_days=1) for p in PSEUDONYMS}
    assert shifts == {-1, 1}


def test_shift_depends_on_key() -> None:
    other = PseudonymKey(key_id="o", secret=bytes(range(1, 33)))
    assert [date_shift_days(p, KEY) for p in PSEUDONYMS[:20]] != [
        date_shift_days(p, other) for p in PSEUDONYMS[:20]
    ]


@pytest.mark.parametrize(
    ("birth", "on", "band"),
    [
        (date(2010, 5, 1), date(2026, 1, 1), "0-17"),
        (date(2008, 1, 2), date(2026, 1, 1), "0-17"),  # 17, birthday tomorrow
        (date(2008, 1, 1), date(2026, 1, 1), "18-29"),
        (date(1996, 1, 1), date(2026, 1, 1), "30-39"),
        (date(1985, 3, 12), date(2026, 3, 11), "40-49"),
        (date(1946, 6, 1), date(2026, 1, 1), "70-79"),
        (date(1937, 1, 1), date(2026, 1, 1), "80-89"),
        (date(1936, 1, 1), date(2026, 1, 1), "90+"),
        (date(1920, 2, 29), date(2026, 2, 28), "90+"),
        (date(2027, 1, 1), date(2026, 1, 1), None),
        (None, date(2026, 1, 1), None),
    ],
)
def test_age_band(birth, on, band) -> None:
    assert age_band(birth, on) == band


def test_birth_year() -> None:
    assert birth_year(date(1985, 3, 12)) == 1985
    assert birth_year(None) is None


@pytest.mark.spark
@pytest.mark.parametrize("max_days", [180, 30, 1])
def test_spark_shift_matches_python(spark, max_days: int) -> None:
    df = spark.createDataFrame([(p,) for p in PSEUDONYMS] + [(None,)], "p string")
    rows = df.select("p", date_shift_days_column("p", KEY, max_days).alias("s")).collect()
    for row in rows:
        expected = None if row["p"] is None else date_shift_days(row["p"], KEY, max_days)
        assert row["s"] == expected


@pytest.mark.spark
def test_spark_age_band_matches_python(spark) -> None:
    pairs = [
        (date(y, m, d), date(2026, om, od))
        for y in (1920, 1936, 1937, 1950, 1985, 1996, 2008, 2010, 2027)
        for m, d in ((1, 1), (2, 28), (3, 12), (12, 31))
        for om, od in ((1, 1), (3, 11), (3, 12), (12, 31))
    ] + [(None, date(2026, 1, 1))]
    df = spark.createDataFrame(pairs, "b date, o date")
    rows = df.select(
        "b", "o", age_band_column("b", "o").alias("band"), birth_year_column("b").alias("y")
    ).collect()
    for row in rows:
        assert row["band"] == age_band(row["b"], row["o"])
        assert row["y"] == birth_year(row["b"])
