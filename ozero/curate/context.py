"""What one curation run works with, handed explicitly to every step.

No step reads hidden state: the Spark session, the pseudonymisation key, the run id, the
mode (daily increment or a key-rotation rebuild) and the validation results gathered for the
Data Docs all travel in this object, so a unit test can build one and a reader can see what
a step depends on.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

    from ozero.deid.keys import PseudonymKey


class MissingCurationKeyError(RuntimeError):
    """A step that pseudonymises was run without a key (a wiring error, not a user one)."""


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class CurationContext:
    spark: SparkSession
    key: PseudonymKey | None = None  # None: only unkeyed steps may run (NSI, gold)
    run_id: str = field(default_factory=new_run_id)
    # rebuild: a key rotation re-derives every table from all of bronze; the first write to
    # a table replaces it (`replaced` remembers which ones are done), later ones MERGE
    rebuild: bool = False
    replaced: set[str] = field(default_factory=set)
    # (table, GX ValidationOutcome) of every validation run, for the Data Docs site
    validations: list[tuple[str, Any]] = field(default_factory=list)

    @property
    def key_id(self) -> str | None:
        return self.key.key_id if self.key is not None else None

    def require_key(self) -> PseudonymKey:
        if self.key is None:
            raise MissingCurationKeyError("this curation step pseudonymises and needs a key")
        return self.key

    def child(self) -> CurationContext:
        """A context for the next step of the same job: same key and mode, its own run id,
        the rebuild's progress and the validation results shared."""
        return CurationContext(
            self.spark, self.key, new_run_id(), self.rebuild, self.replaced, self.validations
        )
