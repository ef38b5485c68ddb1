"""Residual-PHI scan of a table about to be released: any hit blocks publication.

De-identification happens upstream (silver), so a hit here means something slipped past it:
a pseudonym column holding a raw value, an identifier pattern with a valid checksum, a name
the text scrubber would still flag, or a surname/number curation saw belonging to a real
person (matched by keyed hash, `ozero.deid.known`). The scan reports where (column, kind,
pseudonymous row key) and never what matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import reduce
from typing import Any

import pandas as pd
from pyspark.sql import Column, DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ozero.contracts import Contract
from ozero.deid.keys import PseudonymKey

PSEUDONYM_PATTERN = "^P[0-9a-f]{32}$"
DICOM_UID_PSEUDONYM_PATTERN = r"^2\.25\.[0-9]{1,39}$"
# a whole value of 64 hex digits is a content digest (an image's SHA-256), never a person's
# number, though a run of its digits may pass an INN or SNILS checksum by chance
DIGEST_PATTERN = "^[0-9a-f]{64}$"
MAX_HITS = 1000  # hits listed one by one; counts are always complete
TEXT_HIT_TYPES = frozenset(
    {
        "PERSON",
        "SNILS",
        "ENP",
        "INN",
        "PASSPORT",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "BIRTH_DATE",
        "ADDRESS",
    }
)
TEXT_SCORE_THRESHOLD = 0.6

# Java regexes for Spark: broad on purpose, each candidate is confirmed afterwards.
_D = r"(?<![0-9])"  # no digit before
_E = r"(?![0-9])"  # no digit after
PATTERNS: dict[str, str] = {
    "snils": _D + r"[0-9]{3}[- ]?[0-9]{3}[- ]?[0-9]{3}[- ]?[0-9]{2}" + _E,
    "enp": _D + r"[0-9]{4} ?[0-9]{4} ?[0-9]{4} ?[0-9]{4}" + _E,
    "inn": _D + r"(?:[0-9]{12}|[0-9]{10})" + _E,
    "phone": r"(?:\+7|(?<![0-9])8)[ (-]*[0-9]{3}[ )-]*[0-9]{3}[ -]*[0-9]{2}[ -]*[0-9]{2}" + _E,
    "email": r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
    "passport": r"(?iu)паспорт[^0-9]{0,30}[0-9]{2} ?[0-9]{2} ?[0-9]{6}" + _E,
}
_PREFILTER = "|".join(f"(?:{p})" for p in PATTERNS.values())
_PY_PATTERNS = {kind: re.compile(p.replace("(?iu)", "(?i)")) for kind, p in PATTERNS.items()}
_CHECKSUMS = ("snils", "enp", "inn")  # confirmed in Python; the others are their pattern
_PLACEHOLDER = re.compile(r"\[[A-ZА-ЯЁ ]{2,20}\]")
_WORD_SPLIT = "[^a-zа-яё]+"


@dataclass(frozen=True)
class Hit:
    column: str
    kind: str
    row_key: str | None  # the row's pseudonymous key; None when the key itself is not one


@dataclass
class ScanResult:
    hits: list[Hit]
    scanned_rows: int
    scanned_columns: list[str]
    counts: dict[tuple[str, str], int] = field(default_factory=dict)  # (column, kind) → rows

    @property
    def clean(self) -> bool:
        return not self.counts and not self.hits

    def summary(self) -> dict[str, Any]:
        """JSON-friendly: kinds, columns and counts only."""
        return {
            "clean": self.clean,
            "scanned_rows": self.scanned_rows,
            "scanned_columns": self.scanned_columns,
            "hits": [
                {"column": c, "kind": k, "rows": n} for (c, k), n in sorted(self.counts.items())
            ],
        }


@dataclass(frozen=True)
class KnownValues:
    """Real people's identifiers known from curation, as keyed hashes (`ozero.deid.known`):
    `hashes` is a (kind, token_hash) DataFrame made under `key`."""

    key: PseudonymKey
    hashes: DataFrame

    def __repr__(self) -> str:
        return f"KnownValues(key_id={self.key.key_id})"


def known_values(spark: SparkSession, key: PseudonymKey) -> KnownValues:
    """What curation recorded in ops.known_identifiers under `key`."""
    from ozero.deid import known

    return KnownValues(key, known.load(spark, key))


def pseudonym_columns(contract: Contract) -> list[str]:
    return [
        c.name
        for c in contract.columns
        if c.privacy == "direct_identifier" and c.action == "pseudonymise"
    ]


def _row_key(contract: Contract, df: DataFrame) -> Column:
    """The table key, only if it is pseudonymous (a raw key would leak through the report)."""
    keys = [k for k in contract.keys if k in df.columns]
    if not keys:
        return F.lit(None).cast("string")
    key = F.concat_ws("|", *[F.col(k).cast("string") for k in keys])
    safe = reduce(lambda a, b: a & b, [F.col(k).rlike(PSEUDONYM_PATTERN) for k in keys])
    return F.when(safe, key)


def _scanned_columns(df: DataFrame, contract: Contract) -> list[str]:
    skip = set(pseudonym_columns(contract))
    kinds = (T.StringType, T.ArrayType)
    return [
        f.name
        for f in df.schema.fields
        if f.name not in skip
        and isinstance(f.dataType, kinds)
        and (not isinstance(f.dataType, T.ArrayType) or f.dataType.elementType == T.StringType())
    ]


def _long(df: DataFrame, columns: list[str], row_key: Column) -> DataFrame:
    """(_rid, row_key, column, value) for every non-null cell of `columns`, in one pass."""
    cells = [
        F.struct(
            F.lit(c).alias("column"),
            (F.concat_ws(" ", c) if isinstance(df.schema[c].dataType, T.ArrayType) else F.col(c))
            .cast("string")
            .alias("value"),
        )
        for c in columns
    ]
    if not cells:
        return df.sparkSession.createDataFrame(
            [], "_rid long, row_key string, column string, value string"
        )
    return (
        df.select("_rid", row_key.alias("row_key"), F.explode(F.array(*cells)).alias("cell"))
        .select("_rid", "row_key", "cell.column", "cell.value")
        .where(F.col("value").isNotNull() & ~F.col("value").rlike(DIGEST_PATTERN))
    )


def _pseudonym_pattern(contract: Contract, name: str) -> str:
    """What a keyed value of the column looks like: `P` + 32 hex, or for DICOM UIDs remapped
    with the key (`method: dicom_uid`) a UID under the 2.25 root."""
    column = next(c for c in contract.columns if c.name == name)
    if (column.params or {}).get("method") == "dicom_uid":
        return DICOM_UID_PSEUDONYM_PATTERN
    return PSEUDONYM_PATTERN


def _pseudonym_hits(df: DataFrame, contract: Contract, row_key: Column) -> DataFrame:
    parts = [
        df.where(
            F.col(c).isNotNull() & ~F.col(c).cast("string").rlike(_pseudonym_pattern(contract, c))
        ).select(
            "_rid",
            row_key.alias("row_key"),
            F.lit(c).alias("column"),
            F.lit("not_pseudonym").alias("kind"),
        )
        for c in pseudonym_columns(contract)
        if c in df.columns
    ]
    empty = df.sparkSession.createDataFrame(
        [], "_rid long, row_key string, column string, kind string"
    )
    return reduce(DataFrame.unionAll, parts, empty)


def _confirmed_kinds(text: str) -> list[str]:
    """Identifier kinds whose pattern matches in `text` and whose checksum (if any) holds."""
    from ozero.identifiers import is_valid_enp, is_valid_inn, is_valid_snils

    checks = {"snils": is_valid_snils, "enp": is_valid_enp, "inn": is_valid_inn}
    kinds = []
    for kind, pattern in _PY_PATTERNS.items():
        check = checks.get(kind)
        if any(check is None or check(m.group(0)) for m in pattern.finditer(text)):
            kinds.append(kind)
    return kinds


@F.pandas_udf(T.ArrayType(T.StringType()))  # type: ignore[call-overload]  # pyspark stub: no type-hint form
def _confirm_udf(texts: pd.Series) -> pd.Series:
    return pd.Series([_confirmed_kinds(t) for t in texts])


def _pattern_hits(cells: DataFrame) -> DataFrame:
    """Identifier patterns: a Spark regex keeps the few candidate cells, Python confirms."""
    candidates = cells.where(F.col("value").rlike(_PREFILTER))
    return candidates.select(
        "_rid", "row_key", "column", F.explode(_confirm_udf("value")).alias("kind")
    )


def _known_hits(cells: DataFrame, known: KnownValues) -> DataFrame:
    """Identifiers curation saw, matched by keyed hash: surname stems (a word, or the word
    without its last one or two letters: case endings) and identifier digits."""
    from ozero.deid.known import DIGITS, hash_tokens_column

    words = cells.select(
        "_rid",
        "row_key",
        "column",
        F.explode(F.split(F.translate(F.lower("value"), "ё", "е"), _WORD_SPLIT)).alias("w"),
    ).where(F.length("w") >= 3)
    stems = words.select(
        "_rid",
        "row_key",
        "column",
        F.explode(
            F.array(
                "w",
                F.expr("substring(w, 1, length(w) - 1)"),
                F.expr("substring(w, 1, length(w) - 2)"),
            )
        ).alias("token"),
        F.lit("surname").alias("kind"),
    ).where(F.length("token") >= 3)
    digit_runs = cells.select(
        "_rid",
        "row_key",
        "column",
        F.explode(
            F.regexp_extract_all(
                "value", F.lit(r"(?<![0-9])[0-9][0-9 ()+-]{8,20}[0-9](?![0-9])"), 0
            )
        ).alias("run"),
    ).select("_rid", "row_key", "column", F.regexp_replace("run", "[^0-9]", "").alias("d"))
    numbers = [
        digit_runs.where(F.length("d") == length).select(
            "_rid", "row_key", "column", F.col("d").alias("token"), F.lit(kind).alias("kind")
        )
        for kind, length in DIGITS.items()
        if kind != "phone"
    ]
    phones = digit_runs.where(F.length("d") >= 10).select(
        "_rid", "row_key", "column", F.expr("right(d, 10)").alias("token"), F.lit("phone")
    )
    tokens = reduce(DataFrame.unionAll, [stems, *numbers, phones]).distinct()
    hashed = tokens.withColumn(
        "token_hash", hash_tokens_column(F.col("kind"), F.col("token"), known.key)
    )
    matched = hashed.join(known.hashes, ["kind", "token_hash"])
    return matched.select(
        "_rid", "row_key", "column", F.concat(F.lit("known_"), F.col("kind")).alias("kind")
    )


def _text_kinds(texts: pd.Series) -> pd.Series:
    """The scrubber's PHI finding types per text, ignoring spans that are only placeholders."""
    from ozero.deid.text.engine import get_scrubber

    scrubber = get_scrubber()
    out: list[list[str]] = []
    for text in texts:
        if text is None or (isinstance(text, float) and pd.isna(text)):
            out.append([])
            continue
        kinds = set()
        for f in scrubber.analyze(text):
            if f.type not in TEXT_HIT_TYPES or f.score < TEXT_SCORE_THRESHOLD:
                continue
            residue = _PLACEHOLDER.sub("", text[f.start : f.end])
            if re.search(r"\w", residue):
                kinds.add(f"text:{f.type}")
        out.append(sorted(kinds))
    return pd.Series(out)


def _text_hits(cells: DataFrame, free_text: list[str]) -> DataFrame:
    result = T.ArrayType(T.StringType())

    @F.pandas_udf(result)  # type: ignore[call-overload]  # pyspark stub: no type-hint form
    def kinds(batches: Iterator[pd.Series]) -> Iterator[pd.Series]:
        for batch in batches:
            yield _text_kinds(batch)

    texts = cells.where(F.col("column").isin(free_text))
    return texts.select("_rid", "row_key", "column", F.explode(kinds("value")).alias("kind"))


def scan_dataframe(df: DataFrame, contract: Contract, known: KnownValues) -> ScanResult:
    """Every hit of residual PHI in `df`, by column and kind (see the module docstring)."""
    df = df.withColumn("_rid", F.monotonically_increasing_id()).cache()
    row_key = _row_key(contract, df)
    columns = _scanned_columns(df, contract)
    free_text = [c.name for c in contract.columns if c.privacy == "free_text" and c.name in columns]
    cells = _long(df, columns, row_key).cache()
    parts = [
        _pseudonym_hits(df, contract, row_key),
        _pattern_hits(cells),
        _known_hits(cells, known),
    ]
    if free_text:
        parts.append(_text_hits(cells, free_text))
    hits = reduce(DataFrame.unionAll, parts).distinct().cache()
    try:
        counts = {
            (r["column"], r["kind"]): int(r["count"])
            for r in hits.groupBy("column", "kind").count().collect()
        }
        listed = [
            Hit(r["column"], r["kind"], r["row_key"])
            for r in hits.select("column", "kind", "row_key")
            .distinct()
            .orderBy("column", "kind", "row_key")
            .limit(MAX_HITS)
            .collect()
        ]
        rows = df.count()
    finally:
        hits.unpersist()
        cells.unpersist()
        df.unpersist()
    return ScanResult(listed, rows, pseudonym_columns(contract) + columns, counts)
