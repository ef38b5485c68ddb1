"""Train / validation / test by patient, the same for every release and every dataset.

A patient's bucket (0–99) is a hash of his pseudonym, salted with a fixed label: it needs no
table and no key, and it never changes while the pseudonym does not (a key rotation makes new
pseudonyms, hence new buckets: a new major version of every dataset anyway). A dataset maps
bucket ranges to splits by its percentages, train first: with the same percentages every
dataset puts a patient in the same split, and a patient is never in two splits of a release.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from ozero.datasets.spec import SPLITS

if TYPE_CHECKING:
    from pyspark.sql import Column

SALT = "ozero-split-v1:"


def bucket(unit: str) -> int:
    digest = hashlib.sha256(f"{SALT}{unit}".encode()).hexdigest()
    return int(digest[:8], 16) % 100


def split_of(unit: str, shares: dict[str, int]) -> str:
    """Python twin of `split_column`."""
    b, upper = bucket(unit), 0
    for name in SPLITS:
        upper += shares[name]
        if b < upper:
            return name
    return SPLITS[-1]


def split_column(unit: Column, shares: dict[str, int]) -> Column:
    """The split of each row's unit (patient pseudonym), computed in Spark."""
    from pyspark.sql import functions as F

    digest = F.sha2(F.concat(F.lit(SALT), unit.cast("string")), 256)
    b = F.pmod(F.conv(F.substring(digest, 1, 8), 16, 10).cast("long"), F.lit(100))
    out, upper = None, 0
    for name in SPLITS:
        upper += shares[name]
        out = F.when(b < upper, name) if out is None else out.when(b < upper, name)
    assert out is not None
    return out.otherwise(SPLITS[-1])
