"""Erasure: remove patients from every zone of the lake, and from what the lake serves.

Order matters, and every step is safe to re-run (a crash part-way is finished by running the
same request again):

1. the opt-out list (restricted zone) gets the patients first, so nothing lands them again;
2. bronze REMD documents naming them are found by their identifiers; their document
   pseudonyms lead to the silver rows (and so to the ENP pseudonym a SNILS-only request
   would not know);
3. silver, then gold: every row carrying one of their pseudonyms is deleted, and the other
   pseudonyms on those rows (documents, studies, series, instances, cases) are followed,
   so an image index row goes with its study;
4. bronze: the documents and DICOM instances (rows and objects) are deleted, and OMS
   registers are rewritten without their `<ZAP>` records; quarantine rows that name them
   or came from those bronze records go too; their names leave `bronze.remd_patient_names`
   (by ENP, and by the erased documents they were read from); their hashes leave
   `ops.known_identifiers`;
5. purge, then VACUUM, of every table that can hold them, with the retention asked for:
   the purge (`REORG TABLE … APPLY (PURGE)`) rewrites each file in which a deletion
   vector only marks their rows deleted (the bytes are still in that live file), and the
   VACUUM deletes the files older table versions (and the purge) left;
6. releases and pending candidates holding them are withdrawn, and a patch candidate is
   built (and guarded) for each such dataset, pending the curator.

What was done is appended to `ops.erasures`: counts and names, never an identifier.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import reduce
from typing import Any

import pandas as pd
from delta.tables import DeltaTable
from pyspark.sql import Column, Row, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ozero import lake, objects
from ozero.contracts import Contract, all_contracts, load_contract
from ozero.curate.remd import NAMES as KNOWN_NAMES
from ozero.deid.dicom.uids import uid_from_hmac
from ozero.deid.keys import PseudonymKey
from ozero.deid.known import TABLE as KNOWN_TABLE
from ozero.deid.known import token_hash
from ozero.deid.pseudonym import pseudonymise
from ozero.identifiers import digits_only
from ozero.privacy import optout, releases
from ozero.privacy.patients import (
    OptOutList,
    Patient,
    PatientMatcher,
    as_patients,
    hashed_identifiers,
    identifier_hash,
    patient_pids,
)
from ozero.privacy.registers import without_patients
from ozero.privacy.releases import any_column_in
from ozero.upkeep.tables import set_retention

log = logging.getLogger(__name__)

TABLE = "ops.erasures"
REMD_BRONZE = "bronze.remd_documents"
PACS_BRONZE = "bronze.pacs_instances"
OMS_BRONZE = "bronze.oms_registers"
QUARANTINE = "quarantine.records"
OBJECT_COLUMN = "object_uri"  # a row's file in the object store (DICOM instances)
ERASED_ZONES = ("bronze", "silver", "gold", "quarantine")
# Pseudonyms on a patient's rows that are his alone. The author is a doctor: his pseudonym
# on the patient's rows must not take other patients' rows with it.
NOT_THE_PATIENTS = frozenset({"author_pid"})
REMD_DOCUMENT_DOMAIN = "remd-document"


@dataclass
class ErasureReport:
    """What one request did; becomes a row of ops.erasures and the CLI's JSON."""

    request_id: str
    requested_at: datetime
    patients: int
    finished_at: datetime | None = None
    deleted_rows: dict[str, int] = field(default_factory=dict)
    objects_removed: int = 0
    vacuum_retention_hours: int = 0
    releases_withdrawn: list[str] = field(default_factory=list)
    candidates_withdrawn: list[str] = field(default_factory=list)
    patch_candidates: list[str] = field(default_factory=list)

    def count(self, table: str, rows: int) -> None:
        if rows:
            self.deleted_rows[table] = self.deleted_rows.get(table, 0) + rows

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        for stamp in ("requested_at", "finished_at"):
            data[stamp] = data[stamp].isoformat() if data[stamp] else None
        return data


def new_request_id(now: datetime) -> str:
    return f"erasure-{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"


def _cascade_columns(contract: Contract) -> list[str]:
    """The pseudonymised identifier columns of a silver/gold table that belong to the patient."""
    return [
        c.name
        for c in contract.columns
        if c.privacy == "direct_identifier"
        and c.type == "string"
        and c.name not in NOT_THE_PATIENTS
    ]


def _delete_rows(spark: SparkSession, name: str, rows: list[Row], keys: list[str]) -> None:
    """Delete rows by their contract keys with a MERGE against the keys themselves.

    A DELETE would write its condition (the values) into the table's commit log, which
    outlives VACUUM; a MERGE's logged condition names the columns only."""
    schema = load_contract(name).spark_schema
    key_schema = T.StructType([schema[k] for k in keys])
    doomed = spark.createDataFrame([tuple(r[k] for k in keys) for r in rows], key_schema)
    condition = " AND ".join(f"t.`{k}` <=> s.`{k}`" for k in keys)
    table = DeltaTable.forPath(spark, lake.table_path(name))
    lake.with_conflict_retries(
        f"erase from {name}",
        lambda: table.alias("t").merge(doomed.alias("s"), condition).whenMatchedDelete().execute(),
    )


class Eraser:
    """One erasure request's run over the lake: `Eraser(...).run()` does the module's steps
    in order; safe to re-run."""

    def __init__(
        self,
        spark: SparkSession,
        key: PseudonymKey,
        patients: list[Patient],
        retention_hours: int = 0,
        build_patches: bool = True,
        progress: Callable[[str], None] = log.info,
    ) -> None:
        self.spark = spark
        self.key = key
        self.patients = patients
        self.opt_outs = OptOutList.of(key, patients)
        self.pids = patient_pids(patients, key)  # grows as linked pseudonyms are found
        self.bronze_shas: set[str] = set()
        self.document_shas: set[str] = set()  # their REMD documents erased from bronze
        self.learnt: set[tuple[str, str]] = set()  # their identifiers the request did not give
        self.build_patches = build_patches
        self.progress = progress
        now = datetime.now(UTC)
        self.report = ErasureReport(new_request_id(now), now, len(patients))
        self.report.vacuum_retention_hours = retention_hours

    # -- helpers --------------------------------------------------------------------------

    def matcher(self) -> PatientMatcher:
        """Who to look for in raw payloads now: the list, and the pseudonyms found so far."""
        return PatientMatcher(self.opt_outs, frozenset(self.pids))

    def _names_anyone(self) -> Callable[[Column], Column]:
        opt_outs = self.matcher()

        @F.pandas_udf("boolean")  # type: ignore[call-overload]
        def names_anyone(payloads: pd.Series) -> pd.Series:
            return payloads.map(lambda p: bool(p is not None and opt_outs.names_anyone(bytes(p))))

        return names_anyone

    def _erase_where(self, name: str, condition: Column, follow: list[str]) -> int:
        """Delete the rows matching `condition`; the values of `follow` on them join the
        patients' pseudonyms. Returns rows deleted.

        The rows are found first (the condition may use Python UDFs: payload matching) and
        deleted by their contract keys (`_delete_rows`)."""
        if not lake.exists(self.spark, name):
            return 0
        keys = list(load_contract(name).keys)
        hits = lake.read(self.spark, name).where(condition)
        objects_column = [OBJECT_COLUMN] if OBJECT_COLUMN in hits.columns else []
        rows = hits.select(*dict.fromkeys(keys + follow + objects_column)).collect()
        if not rows:
            return 0
        for row in rows:
            self.pids.update(row[c] for c in follow if row[c])
        _delete_rows(self.spark, name, rows, keys)
        if objects_column and not name.startswith("bronze."):  # bronze: _erase_pacs decides
            self._delete_objects(row[OBJECT_COLUMN] for row in rows)
        self.report.count(name, len(rows))
        self.progress(f"{name}: {len(rows)} rows deleted")
        return len(rows)

    def _delete_objects(self, uris: Iterable[str | None]) -> None:
        """Objects a deleted row pointed at (a de-identified DICOM file in silver). A gold
        image index points at silver's files, so an object may already be gone."""
        for uri in dict.fromkeys(u for u in uris if u):
            if objects.exists(uri):
                objects.delete(uri)
                self.report.objects_removed += 1

    # -- steps ----------------------------------------------------------------------------

    def link_documents(self) -> None:
        """Documents naming the patients give their document pseudonyms; the silver rows of
        those documents give the patient pseudonym they were linked by (ENP for a request
        that named only the SNILS)."""
        if not lake.exists(self.spark, REMD_BRONZE):
            return
        named = lake.read(self.spark, REMD_BRONZE).where(self._names_anyone()(F.col("payload")))
        for row in named.select("document_id").distinct().collect():
            pid = pseudonymise(row["document_id"], self.key, REMD_DOCUMENT_DOMAIN)
            if pid:
                self.pids.add(pid)
        for contract in all_contracts():
            if contract.zone == "silver" and {"document_pid", "patient_pid"} <= set(
                contract.column_names
            ):
                if not lake.exists(self.spark, contract.name):
                    continue
                rows = (
                    lake.read(self.spark, contract.name)
                    .where(any_column_in(["document_pid"], self.pids))
                    .select("patient_pid")
                    .distinct()
                    .collect()
                )
                self.pids.update(r[0] for r in rows if r[0])

    def erase_curated(self) -> None:
        """Silver, then gold; within a zone, tables with a patient column first, then the
        rest by the pseudonyms their rows gave (an image index by its study)."""
        for zone in ("silver", "gold"):
            contracts = [c for c in all_contracts() if c.zone == zone and _cascade_columns(c)]
            contracts.sort(key=lambda c: "patient_pid" not in c.column_names)
            for contract in contracts:
                columns = _cascade_columns(contract)
                self._erase_where(contract.name, any_column_in(columns, self.pids), columns)

    def erase_bronze(self) -> None:
        names = self._names_anyone()
        if lake.exists(self.spark, REMD_BRONZE):
            key = self.key
            document_pids = sorted(self.pids)

            @F.pandas_udf("string")  # type: ignore[call-overload]
            def document_pid(ids: pd.Series) -> pd.Series:
                return ids.map(lambda v: pseudonymise(v, key, REMD_DOCUMENT_DOMAIN))

            condition = names(F.col("payload")) | document_pid(F.col("document_id")).isin(
                document_pids
            )
            matcher = self.matcher()
            for row in (
                lake.read(self.spark, REMD_BRONZE)
                .where(condition)
                .select("payload", "sha256")
                .collect()
            ):
                self.learnt |= matcher.linked(bytes(row["payload"]))
                self.document_shas.add(row["sha256"])
            self._erase_where(REMD_BRONZE, condition, [])
        self._erase_pacs()
        self._rewrite_registers()
        if lake.exists(self.spark, QUARANTINE):
            quarantined = lake.read(self.spark, QUARANTINE)
            named = names(F.col("payload"))
            one_patient_records = F.col("source_table").isin(REMD_BRONZE, PACS_BRONZE)
            self.bronze_shas.update(
                r[0]
                for r in quarantined.where(
                    named & one_patient_records & F.col("bronze_sha256").isNotNull()
                )
                .select("bronze_sha256")
                .distinct()
                .collect()
            )
            keys = [F.col("item_key").contains(pid) for pid in sorted(self.pids)]
            condition = reduce(lambda a, b: a | b, keys, named)
            if self.bronze_shas:
                condition = condition | F.col("bronze_sha256").isin(sorted(self.bronze_shas))
            self._erase_where(QUARANTINE, condition, [])
            if self.bronze_shas:  # bronze records only quarantine knew named them
                for table in (REMD_BRONZE, PACS_BRONZE):
                    self._erase_where(table, F.col("sha256").isin(sorted(self.bronze_shas)), [])

    def _erase_pacs(self) -> None:
        if not lake.exists(self.spark, PACS_BRONZE):
            return
        key = self.key

        @F.pandas_udf("string")  # type: ignore[call-overload]
        def instance_pid(uids: pd.Series) -> pd.Series:
            return uids.map(lambda v: uid_from_hmac(key, v) if v else None)

        condition = instance_pid(F.col("sop_instance_uid")).isin(sorted(self.pids))
        rows = lake.read(self.spark, PACS_BRONZE).where(condition)
        doomed = rows.select("object_uri", "sha256").collect()
        if not doomed:
            return
        self.bronze_shas.update(r["sha256"] for r in doomed)
        self._erase_where(PACS_BRONZE, condition, [])
        self._delete_objects(row["object_uri"] for row in doomed)

    def _rewrite_registers(self) -> None:
        """Registers naming a patient are rewritten without his records, stored under their
        new content hash; the bronze row and the silver rows' lineage follow the new hash."""
        if not lake.exists(self.spark, OMS_BRONZE):
            return
        from ozero.sources.bronze import sha256_hex
        from ozero.sources.oms import register_uri

        registers = lake.read(self.spark, OMS_BRONZE).select(
            "register_id", "sha256", "object_uri", "payload"
        )
        matcher = self.matcher()
        for row in registers.toLocalIterator():
            data = bytes(row["payload"]) if row["payload"] else objects.get(row["object_uri"])
            if not matcher.names_anyone(data):
                continue
            self.learnt |= matcher.linked(data)
            cleaned, removed = without_patients(data, matcher)
            new_sha = sha256_hex(cleaned)
            uri = register_uri(new_sha)
            objects.put(uri, cleaned)
            old = row["sha256"]
            self._point_register_at(row["register_id"], old, new_sha, uri, len(cleaned))
            self._follow_lineage(old, new_sha)
            if row["object_uri"] and objects.exists(row["object_uri"]):
                objects.delete(row["object_uri"])
            self.report.objects_removed += 1
            self.progress(f"{OMS_BRONZE}: a register rewritten without {removed} record(s)")

    def _point_register_at(
        self, register_id: str, old_sha: str, new_sha: str, uri: str, size: int
    ) -> None:
        match = (F.col("register_id") == register_id) & (F.col("sha256") == old_sha)
        table = DeltaTable.forPath(self.spark, lake.table_path(OMS_BRONZE))
        values: dict[str, str | Column] = {
            "sha256": F.lit(new_sha),
            "object_uri": F.lit(uri),
            "size_bytes": F.lit(size).cast("long"),
            "payload": F.lit(None).cast("binary"),
        }
        lake.with_conflict_retries(f"rewrite {OMS_BRONZE}", lambda: table.update(match, values))

    def _follow_lineage(self, old_sha: str, new_sha: str) -> None:
        """Silver OMS rows and the register's quarantined cases name it by hash: the new one
        now, so the run accounting still finds every record of it."""
        lineage = [
            (c.name, "_sha256")
            for c in all_contracts()
            if c.name.startswith("silver.oms_") and "_sha256" in c.column_names
        ] + [(QUARANTINE, "bronze_sha256")]
        for name, column in lineage:
            if lake.exists(self.spark, name):
                table = DeltaTable.forPath(self.spark, lake.table_path(name))
                table.update(F.col(column) == old_sha, {column: F.lit(new_sha)})

    def remember_learnt(self) -> None:
        """Identifiers of theirs found in bronze (an ENP behind a SNILS-only request) join
        the opt-out list, so the next ingestion keeps out what names them that way too."""
        if self.learnt:
            report = self.report
            learnt = as_patients(self.learnt)
            optout.record(self.spark, self.key, learnt, report.request_id, report.requested_at)
            self.patients = self.patients + learnt
            self.progress(f"{len(self.learnt)} linked identifier(s) added to the opt-out list")

    def erase_known_names(self) -> None:
        """Their names kept for OMS comment scrubbing (`bronze.remd_patient_names`, in the
        clear): every row whose ENP is on the opt-out list (this request's, those learnt from
        their documents and registers, and earlier requests': run after `remember_learnt`,
        so a re-run after a crash still finds an ENP only bronze, now erased, told), and any
        row read from a document erased here."""
        if not lake.exists(self.spark, KNOWN_NAMES):
            return
        listed = (
            lake.read(self.spark, optout.TABLE)
            .where((F.col("kind") == "enp") & (F.col("deid_key_id") == self.key.key_id))
            .select("token_hash")
            .collect()
        )
        hashes = sorted({r[0] for r in listed} | set(hashed_identifiers(self.key, self.patients)))
        key = self.key

        @F.pandas_udf("string")  # type: ignore[call-overload]
        def enp_hash(enps: pd.Series) -> pd.Series:
            return enps.map(lambda v: identifier_hash(key, "enp", digits_only(v)) if v else None)

        condition = enp_hash(F.col("enp")).isin(hashes)
        shas = sorted(self.document_shas | self.bronze_shas)
        if shas:
            condition = condition | F.col("_sha256").isin(shas)
        self._erase_where(KNOWN_NAMES, condition, [])

    def erase_known_identifiers(self) -> None:
        hashes = [
            token_hash(self.key, kind, value)
            for patient in self.patients
            for kind, value in patient.identifiers()
        ]
        self._erase_where(KNOWN_TABLE, F.col("token_hash").isin(hashes), [])

    def vacuum(self) -> None:
        """Remove the files older versions kept: time travel past this erasure ends here.

        With deletion vectors (`lake.ensure_table`) a MERGE delete or an UPDATE marks the
        rows deleted and leaves their bytes in the live file, which no VACUUM removes: each
        table is purged first (`lake.purge` rewrites every file with a deletion vector), so
        the VACUUM then deletes the old files. Every table that can hold a patient is purged
        and vacuumed, not only those this run deleted from: a run that crashed after its
        deletes left their rows behind. VACUUM LITE
        finds the files from the log's remove actions (seconds; a full VACUUM lists every
        file, ~20-50 s per table on 2 cores) and refuses when the log no longer reaches
        them, in which case the full one runs."""
        hours = self.report.vacuum_retention_hours
        self.spark.conf.set("spark.databricks.delta.retentionDurationCheck.enabled", "false")
        names = [c.name for c in all_contracts() if c.zone in ERASED_ZONES] + [KNOWN_TABLE]
        for name in dict.fromkeys(names):
            if not lake.exists(self.spark, name):
                continue
            path = lake.table_path(name)
            purged = lake.purge(self.spark, path)
            if purged:
                self.progress(f"{name}: {purged} file(s) with deletion vectors purged")
            if hours:  # Delta 4 honours RETAIN 0 only; any other window is the table's
                set_retention(self.spark, path, hours)
            retain = "" if hours else " RETAIN 0 HOURS"
            try:
                self.spark.sql(f"VACUUM delta.`{path}` LITE{retain}").collect()
            except Exception as exc:  # noqa: BLE001 - LITE cannot reach every file: full one
                log.info("%s: VACUUM LITE refused (%s); full VACUUM", name, type(exc).__name__)
                self.spark.sql(f"VACUUM delta.`{path}`{retain}").collect()
        self.progress(f"{len(names)} tables purged and vacuumed (retention {hours} h)")

    def record(self) -> None:
        report = self.report
        report.finished_at = datetime.now(UTC)
        row = (
            report.request_id,
            report.requested_at,
            report.finished_at,
            report.patients,
            {t: str(n) for t, n in report.deleted_rows.items()},
            report.objects_removed,
            report.vacuum_retention_hours,
            report.releases_withdrawn,
            report.candidates_withdrawn,
            report.patch_candidates,
        )
        lake.append(
            self.spark, TABLE, self.spark.createDataFrame([row], load_contract(TABLE).spark_schema)
        )

    def run(self) -> ErasureReport:
        report = self.report
        optout.record(self.spark, self.key, self.patients, report.request_id, report.requested_at)
        self.progress(f"{report.request_id}: {report.patients} patient(s) on the opt-out list")
        self.link_documents()
        self.erase_curated()
        self.erase_bronze()
        self.remember_learnt()
        self.erase_known_names()
        self.erase_known_identifiers()
        withdrawn = releases.withdraw_holding(self.spark, self.pids, report.request_id)
        report.releases_withdrawn = withdrawn.releases
        report.candidates_withdrawn = withdrawn.candidates
        self.vacuum()
        if self.build_patches:
            report.patch_candidates = releases.build_patches(withdrawn.datasets, self.progress)
        if withdrawn.releases:
            from ozero.catalog.build import refresh_after_publish

            refresh_after_publish()  # the catalog stops offering what was withdrawn
        self.record()
        return report


def history(spark: SparkSession) -> list[dict[str, Any]]:
    """Every erasure done, newest first, as plain data (`ozero privacy erasures`)."""
    if not lake.exists(spark, TABLE):
        return []
    rows = lake.read(spark, TABLE).orderBy(F.col("requested_at").desc()).collect()
    out = []
    for r in rows:
        data = r.asDict()
        data["deleted_rows"] = {t: int(n) for t, n in (data["deleted_rows"] or {}).items()}
        for stamp in ("requested_at", "finished_at"):
            data[stamp] = data[stamp].isoformat() if data[stamp] else None
        out.append(json.loads(json.dumps(data, default=str)))
    return out
