"""What an erasure does to what Ozero serves: published releases and pending candidates.

A published release is immutable (its manifest hashes every file), so it is not rewritten:
it is marked withdrawn (`withdrawn.json` beside its manifest; `ozero.release.catalog`
stops serving it and names the release to use instead), and a patch candidate built from
the erased gold goes through the release guard to the curator like any other. A pending
candidate pinning gold versions that held the patient is rejected with the erasure named.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import reduce

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pyspark.sql import Column, SparkSession
from pyspark.sql import functions as F

from ozero import lake, objects
from ozero.release import store
from ozero.release.candidate import pending_candidates
from ozero.release.catalog import served_versions

log = logging.getLogger(__name__)

ERASURE_CHANNEL = "erasure"
ERASER = "ozero privacy erase"


@dataclass
class Withdrawn:
    releases: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    datasets: list[str] = field(default_factory=list)

    def add(self, kind: list[str], dataset: str, version: str) -> None:
        kind.append(f"{dataset} {version}")
        if dataset not in self.datasets:
            self.datasets.append(dataset)


def any_column_in(columns: Iterable[str], values: Iterable[str]) -> Column:
    """Rows where any of `columns` holds one of `values`."""
    wanted = sorted(values)
    return reduce(lambda a, b: a | b, [F.col(c).isin(wanted) for c in columns])


def _release_holds(dataset: str, version: str, pids: set[str]) -> bool:
    """Whether any string value of any table of the release is one of the pseudonyms."""
    manifest = store.read_manifest(dataset, version) or {}
    wanted = pa.array(sorted(pids), type=pa.string())
    for entry in manifest.get("files", []):
        if not entry["path"].endswith(".parquet"):
            continue
        uri = store.release_uri(dataset, version, entry["path"])
        filesystem, path = objects.arrow_filesystem(uri)
        table = pq.read_table(path, filesystem=filesystem)
        for column in table.itercolumns():
            if (
                pa.types.is_string(column.type)
                and pc.any(pc.is_in(column, value_set=wanted)).as_py()
            ):
                return True
    return False


def _candidate_holds(spark: SparkSession, pins: dict[str, int], pids: set[str]) -> bool:
    for table, version in pins.items():
        df = lake.read(spark, table, version)
        strings = [f.name for f in df.schema.fields if f.dataType.simpleString() == "string"]
        if strings and df.where(any_column_in(strings, pids)).limit(1).count():
            return True
    return False


def withdraw_holding(spark: SparkSession, pids: set[str], request_id: str) -> Withdrawn:
    """Withdraw every served release and reject every pending candidate holding one of the
    pseudonyms (before VACUUM: the candidates' pinned versions must still be readable)."""
    from ozero.release import approval, utc_now

    out = Withdrawn()
    reason = f"a patient's data was erased ({request_id})"
    for dataset in store.release_datasets():
        for version in served_versions(dataset):
            if _release_holds(dataset, version, pids):
                store.record_withdrawal(
                    dataset,
                    version,
                    {"withdrawn_at": utc_now(), "reason": reason, "request_id": request_id},
                )
                out.add(out.releases, dataset, version)
                log.info("%s %s withdrawn (%s)", dataset, version, request_id)
    for candidate in pending_candidates():
        if _candidate_holds(spark, candidate.source_versions, pids):
            approval.record(
                candidate.dataset,
                candidate.version,
                approval.REJECTED,
                ERASER,
                note=f"withdrawn: {reason}",
                channel=ERASURE_CHANNEL,
            )
            out.add(out.candidates, candidate.dataset, candidate.version)
    return out


def build_patches(datasets: Iterable[str], progress: Callable[[str], None]) -> list[str]:
    """A candidate from the erased gold for each dataset (guarded as it is built), pending
    the curator; a dataset whose gold has nothing new gets none."""
    from ozero.release.flow import build

    made = []
    for dataset in datasets:
        candidate = build(dataset)
        if candidate is None:
            progress(f"{dataset}: no patch candidate (gold unchanged since its last candidate)")
            continue
        made.append(f"{candidate.dataset} {candidate.version}")
        progress(f"{dataset}: patch candidate {candidate.version} waits for the curator")
    return made
