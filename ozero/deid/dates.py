"""Date de-identification: a secret per-patient shift, birth years and age bands.

Shifting every date of a patient by the same secret offset keeps intervals (length of
stay, time to readmission) exact while hiding the real calendar dates. The offset is
derived from the patient's pseudonym with the key, so every source and every run shifts
the same patient identically without a lookup table.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ozero.deid.keys import PseudonymKey
from ozero.deid.pseudonym import hmac_hex, hmac_sha256_hex_column

if TYPE_CHECKING:
    from pyspark.sql import Column

DATE_SHIFT_DOMAIN = "date-shift"
_OFFSET_HEX_CHARS = 8  # 32 bits: modulo bias over a range of a few hundred is < 1e-7

CHILD_BAND = "0-17"
OLDEST_BAND = "90+"


def _offset_from_index(index: int, max_days: int) -> int:
    """Map 0..2*max_days-1 onto -max_days..-1, 1..max_days (never zero: always shifted)."""
    return index - max_days if index < max_days else index - max_days + 1


def date_shift_days(patient_pseudonym: str, key: PseudonymKey, max_days: int = 180) -> int:
    """Secret non-zero offset in [-max_days, max_days] for one patient."""
    if max_days < 1:
        raise ValueError("max_days must be positive")
    digest = hmac_hex(key, f"{DATE_SHIFT_DOMAIN}:{patient_pseudonym}")
    index = int(digest[:_OFFSET_HEX_CHARS], 16) % (2 * max_days)
    return _offset_from_index(index, max_days)


def date_shift_days_column(
    pseudonym_col: Column | str, key: PseudonymKey, max_days: int = 180
) -> Column:
    """Spark twin of :func:`date_shift_days` (int column; null for a null pseudonym)."""
    from pyspark.sql import functions as F

    if max_days < 1:
        raise ValueError("max_days must be positive")
    column = F.col(pseudonym_col) if isinstance(pseudonym_col, str) else pseudonym_col
    digest = hmac_sha256_hex_column(F.concat(F.lit(f"{DATE_SHIFT_DOMAIN}:"), column), key)
    number = F.conv(F.substring(digest, 1, _OFFSET_HEX_CHARS), 16, 10).cast("long")
    index = F.pmod(number, F.lit(2 * max_days))
    offset = F.when(index < max_days, index - max_days).otherwise(index - max_days + 1)
    return offset.cast("int")


def birth_year(value: date | None) -> int | None:
    """Year only: the usual release granularity for a birth date."""
    return None if value is None else value.year


def age_years(birth_date: date, on_date: date) -> int:
    """Completed years of age on ``on_date``."""
    before_birthday = (on_date.month, on_date.day) < (birth_date.month, birth_date.day)
    return on_date.year - birth_date.year - int(before_birthday)


def band_for_age(age: int) -> str:
    """Decade bands; under-18s and over-89s pooled because they are small, rare groups."""
    if age < 18:
        return CHILD_BAND
    if age < 30:
        return "18-29"
    if age >= 90:
        return OLDEST_BAND
    low = age // 10 * 10
    return f"{low}-{low + 9}"


def age_band(birth_date: date | None, on_date: date | None) -> str | None:
    """Age band on ``on_date``; ``None`` if a date is missing or birth is after ``on_date``."""
    if birth_date is None or on_date is None:
        return None
    age = age_years(birth_date, on_date)
    return None if age < 0 else band_for_age(age)


def birth_year_column(col: Column | str) -> Column:
    """Spark twin of :func:`birth_year`."""
    from pyspark.sql import functions as F

    return F.year(F.col(col) if isinstance(col, str) else col)


def age_years_column(birth_col: Column | str, on_col: Column | str) -> Column:
    """Spark twin of :func:`age_years` (month/day comparison, not ``months_between``)."""
    from pyspark.sql import functions as F

    birth = F.col(birth_col) if isinstance(birth_col, str) else birth_col
    on = F.col(on_col) if isinstance(on_col, str) else on_col
    on_md = F.month(on) * 100 + F.dayofmonth(on)
    birth_md = F.month(birth) * 100 + F.dayofmonth(birth)
    return F.year(on) - F.year(birth) - F.when(on_md < birth_md, 1).otherwise(0)


def age_band_column(birth_col: Column | str, on_col: Column | str) -> Column:
    """Spark twin of :func:`age_band`."""
    from pyspark.sql import functions as F

    age = age_years_column(birth_col, on_col)
    low = F.floor(age / 10) * 10
    decade = F.concat(low.cast("string"), F.lit("-"), (low + 9).cast("string"))
    return (
        F.when(age < 0, F.lit(None).cast("string"))
        .when(age < 18, CHILD_BAND)
        .when(age < 30, "18-29")
        .when(age >= 90, OLDEST_BAND)
        .otherwise(decade)
    )
