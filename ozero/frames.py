"""Column helpers for comparing and hashing DataFrames whose rows hold maps.

Spark refuses maps in set operations (EXCEPT, INTERSECT) and in hashes, because equal maps
may differ in entry order. The dataset factory gives every gold row a `lineage` map, so
whatever compares or digests gold rows goes through here.
"""

from __future__ import annotations

from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F
from pyspark.sql import types as T


def comparable_column(df: DataFrame, name: str) -> Column:
    """The column as it is, or, for a map, its entries in key order (same map, same value)."""
    if isinstance(df.schema[name].dataType, T.MapType):
        return F.array_sort(F.map_entries(F.col(name))).alias(name)
    return F.col(name)


def content_fingerprint(df: DataFrame) -> tuple[int, int, int]:
    """(rows, sum of row xxhash64s, sum of row murmur3 hashes): equal for the same multiset
    of rows whatever their order, in one pass without a shuffle (two EXCEPT ALLs of a gold
    table cost ~40 s on 2 cores; this costs a few). Two independent 64+32-bit sums make an
    accidental collision of different contents practically impossible."""
    columns = [comparable_column(df, c) for c in df.columns]
    row = df.agg(
        F.count(F.lit(1)).alias("rows"),
        F.sum(F.xxhash64(*columns).cast("decimal(38,0)")).alias("xx"),
        F.sum(F.hash(*columns).cast("decimal(38,0)")).alias("mm"),
    ).collect()[0]
    return int(row["rows"]), int(row["xx"] or 0), int(row["mm"] or 0)
