"""A small notebook-friendly API: what is in the lake and what has been released, as pandas.

`tables()` needs Spark (it reads Delta logs and counts rows); `releases()` and
`load_release()` read only published Parquet files and manifests, so they work without it.
The lake location always comes from the environment (`OZERO_LAKE_URI`), never from code.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from ozero.release import catalog

TABLE_COLUMNS = ["zone", "table", "version", "rows"]
RELEASE_COLUMNS = ["dataset", "version", "published_at", "rows", "approver"]

PSEUDONYM = re.compile(r"P[0-9a-f]{32}")
# Raw identifiers as they appear in source registries: formatted or bare SNILS (11 digits),
# ENP (16 digits) and personal INN (12 digits). A pseudonym's hex never forms such a run
# on its own because it is bounded by letters or the leading "P".
RAW_IDENTIFIERS: dict[str, re.Pattern[str]] = {
    "snils": re.compile(r"\b\d{3}-\d{3}-\d{3}[ -]\d{2}\b|(?<![0-9A-Za-z])\d{11}(?![0-9A-Za-z])"),
    "enp": re.compile(r"(?<![0-9A-Za-z])\d{16}(?![0-9A-Za-z])"),
    "inn": re.compile(r"(?<![0-9A-Za-z])\d{12}(?![0-9A-Za-z])"),
}


def tables() -> pd.DataFrame:
    """Every contracted table present in the lake: zone, table, Delta version, row count."""
    from ozero.lake import list_tables
    from ozero.spark import get_spark

    rows = [
        {"zone": t.zone, "table": t.name, "version": t.version, "rows": t.rows}
        for t in list_tables(get_spark())
    ]
    return pd.DataFrame(rows, columns=TABLE_COLUMNS)


def releases() -> pd.DataFrame:
    """One row per published release (dataset, version, published_at, rows, approver)."""
    return pd.DataFrame(catalog.list_releases(), columns=RELEASE_COLUMNS)


def load_release(name: str, version: str | None = None) -> pd.DataFrame:
    """A published dataset as pandas, the latest version by default (no Spark)."""
    return catalog.load_release(name, version)


def raw_identifier_findings(df: pd.DataFrame, pid_suffix: str = "_pid") -> list[str]:
    """Problems that suggest raw identifiers leaked; empty means the frame looks clean.

    Columns named `*_pid` must hold only pseudonyms (`P` + 32 hex); every other text column
    must not contain anything shaped like a SNILS, ENP or INN.
    """
    problems = []
    for column in df.columns:
        values = df[column].dropna()
        if values.empty or values.map(lambda v: isinstance(v, str)).sum() == 0:
            continue
        text = values.astype(str)
        if column.endswith(pid_suffix):
            bad = int((~text.str.fullmatch(PSEUDONYM.pattern)).sum())
            if bad:
                problems.append(f"{column}: {bad} values are not pseudonyms (P + 32 hex)")
            continue
        for kind, pattern in RAW_IDENTIFIERS.items():
            hits = int(text.str.contains(pattern.pattern, regex=True).sum())
            if hits:
                problems.append(f"{column}: {hits} values look like a raw {kind.upper()}")
    return problems


def nsi_version(spark, oid: str, on: date | str | None = None) -> str:  # noqa: ANN001
    """The version of an NSI directory current on a day (today by default)."""
    from ozero.curate.nsi import current_version

    return current_version(spark, oid, _day(on))


def nsi_rows(spark, oid: str, on: date | str | None = None, version: str | None = None):  # noqa: ANN001, ANN201
    """Rows of the directory version current on `on` (or of `version`), one typed column
    per passport field, as a Spark DataFrame (a directory can be too big for pandas)."""
    from ozero.curate.nsi import current_version, typed_rows

    return typed_rows(spark, oid, version or current_version(spark, oid, _day(on)))


def _day(on: date | str | None) -> date:
    if on is None:
        return date.today()
    return date.fromisoformat(on) if isinstance(on, str) else on
