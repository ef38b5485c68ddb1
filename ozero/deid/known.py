"""Identifiers of real people, remembered as keyed hashes for the release guard.

While curating, every parsed field a contract lists under `known_identifiers` (patients'
and authors' surnames, SNILS, ENP, phones) is normalised into a token — a surname's stem
that its case forms extend, or the identifier's digits — and stored in
`ops.known_identifiers` only as HMAC-SHA256 under the pseudonymisation key, per kind. The
release guard turns what a candidate holds into the same tokens, hashes them the same way
and blocks on a match: it never re-reads bronze and the table never holds an identifier in
the clear.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd  # resolvable at module level: pandas_udf reads the type hints

from ozero.deid.keys import PseudonymKey
from ozero.deid.pseudonym import hmac_hex

if TYPE_CHECKING:
    from pyspark.sql import Column, DataFrame

    from ozero.contracts import Contract
    from ozero.curate.context import CurationContext

TABLE = "ops.known_identifiers"
DIGITS = {"snils": 11, "enp": 16, "phone": 10}  # phone: the last ten digits
_FEMININE = re.compile(r"(ова|ева|ёва|ина|ына)$")


def surname_stem(surname: str) -> str | None:
    """Lower-case stem that case forms extend by ≤ 2 letters («Петрова» → «петров»)."""
    word = surname.strip().lower().replace("ё", "е")
    if not re.fullmatch(r"[а-яa-z-]+", word):
        return None
    word = word[:-1] if _FEMININE.search(word) else word
    word = word[:-2] if word.endswith("ская") or word.endswith("цкая") else word
    return word if len(word) >= 3 else None


def token(kind: str, value: object) -> str | None:
    """The matchable form of one identifier value of `kind`, or None if it has none."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value)
    if kind == "surname":
        return surname_stem(text)
    digits = re.sub(r"\D", "", text)
    if kind == "phone":
        return digits[-10:] if len(digits) >= 10 else None
    return digits if len(digits) == DIGITS[kind] else None


def token_hash(key: PseudonymKey, kind: str, tok: str) -> str:
    return hmac_hex(key, f"known-{kind}:{tok}")


def hash_tokens_column(kind: Column, tok: Column, key: PseudonymKey) -> Column:
    """Spark: HMAC of (kind, already normalised token) in an Arrow UDF (key not in plans)."""
    return _hashes_udf(key, tokenise=False)(kind, tok)


def _hashes_udf(key: PseudonymKey, tokenise: bool):
    """Spark UDF (kind, value) → token hash, null when there is no token. `tokenise`
    normalises raw values first (`token`); without it the values are tokens already
    (the guard's scan tokenises in Spark). The key travels in the closure, never in plans."""
    from pyspark.sql import functions as F

    secret, key_id = key.secret, key.key_id

    @F.pandas_udf("string")  # type: ignore[call-overload]  # pyspark stub: no type-hint form
    def hashed(kinds: pd.Series, values: pd.Series) -> pd.Series:
        k = PseudonymKey(key_id=key_id, secret=secret)
        pairs = (
            zip(kinds, (token(kd, v) for kd, v in zip(kinds, values)))
            if tokenise
            else zip(kinds, values)
        )
        return pd.Series([None if t is None else token_hash(k, kd, t) for kd, t in pairs])

    return hashed


def known_hashes(rows: DataFrame, contract: Contract, key: PseudonymKey) -> DataFrame | None:
    """(kind, token_hash) of every identifier value in `rows` the contract declares.

    One pass over `rows`: every declared field becomes a (kind, value) pair, the distinct
    pairs are hashed once each. A register repeats a patient's SNILS, ENP and surname on
    each of his cases and a doctor's SNILS on thousands, so hashing distinct values instead
    of every field of every row cuts the Python work several-fold at national volume."""
    from pyspark.sql import functions as F

    pairs = [
        F.struct(F.lit(kind).alias("kind"), F.col(field).cast("string").alias("value"))
        for kind, fields in contract.known_identifiers.items()
        for field in fields
        if field in rows.columns
    ]
    if not pairs:
        return None
    values = (
        rows.select(F.explode(F.array(*pairs)).alias("pair"))
        .select("pair.kind", "pair.value")
        .where(F.col("value").isNotNull())
        .distinct()
    )
    hashed = values.select(
        "kind", _hashes_udf(key, tokenise=True)(F.col("kind"), F.col("value")).alias("h")
    )
    return hashed.where(F.col("h").isNotNull()).select("kind", F.col("h").alias("token_hash"))


def remember(ctx: CurationContext, contract: Contract, rows: DataFrame, source_table: str) -> int:
    """Store the hashes of `rows`' declared identifiers; returns how many were new."""
    from pyspark.sql import functions as F

    from ozero import lake

    key = ctx.require_key()
    hashes = known_hashes(rows, contract, key)
    if hashes is None:
        return 0
    # no distinct here: `lake.merge` keeps one row per key (the other columns are constants)
    out = hashes.select(
        F.lit(source_table).alias("source_table"),
        "kind",
        "token_hash",
        F.lit(key.key_id).alias("deid_key_id"),
        F.lit(ctx.run_id).alias("first_run_id"),
    )
    return lake.merge(ctx.spark, TABLE, out, update=False, partition={"source_table": source_table})


def load(spark, key: PseudonymKey) -> DataFrame:  # noqa: ANN001 - a SparkSession
    """(kind, token_hash) known under `key` (other keys' hashes cannot match anyway)."""
    from pyspark.sql import functions as F

    from ozero import lake

    return (
        lake.read(spark, TABLE)
        .where(F.col("deid_key_id") == key.key_id)
        .select("kind", "token_hash")
        .distinct()
    )
