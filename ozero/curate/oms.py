"""GIS OMS claims registers: bronze.oms_registers → silver.oms_cases, oms_services, oms_patients.

Each register file is stream-parsed inside Spark (`iter_cases`, bounded memory, pandas
batches of `BATCH_ROWS`), one row per SL carrying its services; a file larger than the
`oms_chunk_bytes` setting is cut at <ZAP> starts into parts parsed by parallel tasks, with
the same result as one whole-file parse (`parse_oms_registers`). Then:

* a register that cannot be read (broken XML, wrong encoding, no cases, file missing) is
  quarantined whole, and none of its rows are kept (a prefix parsed before the error is
  dropped);
* a case failing `check_case` (a badly typed or missing required field) is quarantined on
  its own with a reason naming the element and the expected type;
* the other cases are de-identified and GX-validated per contract into silver.oms_cases;
  the services and the patient (ZAP) rows of the cases that landed follow.

silver.oms_patients is written last and marks a register done (with register-level
quarantine): a run that stops half-way is redone whole by the next one, idempotently, since
every row is keyed by the source's own (file, N_ZAP, IDCASE, SL_ID, IDSERV): a register
whose keys are new to a table replaces its own `_sha256` slice of it (`lake.replace_slice`,
the common case: no MERGE join), any other is MERGEd on the keys.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ozero import lake
from ozero.config import get_settings
from ozero.contracts import load_contract
from ozero.curate.context import CurationContext
from ozero.curate.landing import FAILURE, land, new_records, quarantine_failures
from ozero.curate.remd import NAMES as REMD_NAMES
from ozero.curate.remd import backfill_known_names
from ozero.curate.report import CurateReport, TableReport
from ozero.errors import OzeroError
from ozero.formats.oms import PACIENT_FIELDS, SERVICE_KEYS, SL_FIELDS, Z_SL_FIELDS, FieldTypes
from ozero.spark import compiled_expressions

log = logging.getLogger(__name__)

SOURCE = "bronze.oms_registers"
CASES, SERVICES, PATIENTS = "silver.oms_cases", "silver.oms_services", "silver.oms_patients"
TABLES = (CASES, SERVICES, PATIENTS)
BATCH_ROWS = 10_000  # rows per pandas batch out of a parsing task: bounds worker memory
PATIENT_NAMES = ("family", "given", "patronymic", "snils")  # from PACIENT, when sent

OMS_CASE_FIELDS = (
    "register_filename", "n_zap", "enp",
    *PACIENT_FIELDS.values(), *Z_SL_FIELDS.values(), *SL_FIELDS.values(), "extra",
)  # fmt: skip
SERVICE_STRUCT = T.StructType([T.StructField(k, T.StringType()) for k in SERVICE_KEYS])


def parsed_schema() -> T.StructType:
    return T.StructType(
        [T.StructField(f, T.StringType()) for f in OMS_CASE_FIELDS]
        + [
            T.StructField("service_codes", T.ArrayType(T.StringType())),
            T.StructField("services", T.ArrayType(SERVICE_STRUCT)),
            T.StructField("register_id", T.StringType()),
            T.StructField("period", T.StringType()),
            T.StructField("_item", T.StringType()),
            T.StructField("_error", T.StringType()),
            T.StructField("_details", T.ArrayType(T.StringType())),
            T.StructField("_sha256", T.StringType()),
            T.StructField("_batch_id", T.StringType()),
        ]
    )


@cache
def field_types() -> FieldTypes:
    """What each parsed field must read as, from the OMS contracts (the one place types are
    declared): a date, a decimal amount or an integer."""
    kinds = {"date": "date", "timestamp": "date", "decimal": "decimal", "double": "decimal"}
    kinds |= {"int": "integer", "long": "integer"}
    out: FieldTypes = {}
    for table in (CASES, SERVICES, PATIENTS):
        for column in load_contract(table).columns:
            if column.source and column.type in kinds:
                out[column.source] = kinds[column.type]
            if column.params.get("method") == "age_band":  # a band is computed from dates
                out[column.source or column.name] = "date"
                out[column.params["relative_to"]] = "date"
    return out


def _source(row: Any):
    """The register's bytes as a binary stream: the landed object, or a legacy payload row."""
    import io

    from ozero import objects

    if isinstance(row.object_uri, str) and row.object_uri:
        return objects.open_read(row.object_uri)
    return io.BytesIO(bytes(row.payload))


def _case_item(case: dict[str, Any], n: int) -> str:
    """Which case of the register failed: its IDCASE/SL_ID, or its position when missing."""
    import json

    idcase, sl_id = case.get("idcase"), case.get("sl_id")
    if idcase and sl_id:
        return json.dumps({"idcase": str(idcase), "sl_id": str(sl_id)}, ensure_ascii=False)
    return json.dumps({"sl_position": n})


def _sl_at(n: int) -> str:
    return f"SL #{n} of the file"


@contextmanager
def _whole_cases(row: Any) -> Iterator[Iterator[dict[str, Any]]]:
    from ozero.formats.oms_stream import iter_cases

    with _source(row) as f:
        yield iter_cases(f)


@contextmanager
def _part_cases(row: Any) -> Iterator[Iterator[dict[str, Any]]]:
    """The cases of one part (`row` is a row of `PART_SCHEMA`), streamed by a ranged read."""
    from ozero import objects
    from ozero.formats.oms_stream import Chunk, iter_chunk_cases

    chunk = Chunk(int(row.chunk), int(row.start), _or_none(row.end), int(row.header_end))
    header = b""
    if chunk.index:
        with objects.open_range(row.object_uri, 0, chunk.header_end) as f:
            header = f.read()
    with objects.open_range(row.object_uri, chunk.window_start, chunk.window_end) as f:
        yield iter_chunk_cases(f, chunk, header, last=chunk.index == int(row.chunks) - 1)


def _or_none(value: Any) -> Any:
    """pandas gives a missing long as NaN or NA."""
    return None if pd.isna(value) else int(value)


def _frames(
    opened: AbstractContextManager[Iterator[dict[str, Any]]],
    meta: dict[str, Any],
    types: FieldTypes,
    batch_rows: int,
    where: str,
    part: dict[str, Any] | None = None,
) -> Iterator[pd.DataFrame]:
    """Checked case rows in frames of at most `batch_rows`, then a one-row frame with
    `_error` set (and no `_item`) if the source cannot be read whole. `part`: the part's
    internal columns (`_reg`, `_chunk`; each row also gets its position `_n`)."""
    from ozero.formats import FormatError
    from ozero.formats.oms import check_case

    columns = parsed_schema().fieldNames() + (list(INTERNAL) if part is not None else [])
    out: list[dict[str, Any]] = []
    n = 0
    error = None
    periods = _Periods()
    try:
        with opened as cases:
            for n, case in enumerate(cases, start=1):
                rec: dict[str, Any] = {k: case.get(k) for k in OMS_CASE_FIELDS}
                rec["period"] = periods.of(case.get("register_filename"))
                rec.update(meta, service_codes=case["service_codes"], services=case["services"])
                rec["_error"], rec["_details"], rec["_item"] = check_case(case, types), None, None
                if rec["_error"] is not None:
                    rec["_item"] = _case_item(case, n)
                    rec["_details"] = [f"{where} {meta['_sha256']}", _sl_at(n)]
                    rec["services"] = []
                if part is not None:
                    rec.update(part, _n=n)
                out.append(rec)
                if len(out) >= batch_rows:
                    yield pd.DataFrame(out, columns=columns)
                    out = []
    except _NoPeriod as exc:
        error = f"{NO_PERIOD}: {exc.reason}"
    except FormatError as exc:
        error = f"ZL_LIST unparseable: {exc.reason}"
    except OSError as exc:
        error = f"register object unreadable ({type(exc).__name__}): re-ingest the register"
    if error is None and n == 0:
        error = "ZL_LIST holds no case (no ZAP/SL): nothing to curate"
    if out:
        yield pd.DataFrame(out, columns=columns)
    if error is not None:
        rec = dict.fromkeys(columns)
        rec.update(meta, _error=error, _details=[f"{where} {meta['_sha256']}"], **(part or {}))
        yield pd.DataFrame([rec], columns=columns)


class _NoPeriod(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Periods:
    """The reporting period of each case's register file name (`register_period`), once per
    name. A name without one fails the register as a whole (`_NoPeriod`): its rows could
    not be put in any partition soundly, so none of them lands, and the register goes to
    quarantine with the reason, as an unreadable one does."""

    def __init__(self) -> None:
        self.seen: dict[str | None, str] = {}

    def of(self, filename: str | None) -> str:
        from ozero.formats import FormatError
        from ozero.formats.oms import register_period

        if filename not in self.seen:
            try:
                self.seen[filename] = register_period(filename)
            except FormatError as exc:
                raise _NoPeriod(exc.reason) from None
        return self.seen[filename]


def _meta(row: Any) -> dict[str, Any]:
    return {"register_id": row.register_id, "_sha256": row.sha256, "_batch_id": row.batch_id}


def parse_register(
    row: Any, types: FieldTypes, batch_rows: int = BATCH_ROWS
) -> Iterator[pd.DataFrame]:
    """One bronze row → pandas frames of at most `batch_rows` rows (cases and case errors),
    and a last one-row frame with `_error` set (and no `_item`) if the register as a whole
    is unreadable."""
    where = "register object" if isinstance(row.object_uri, str) else "bronze payload"
    yield from _frames(_whole_cases(row), _meta(row), types, batch_rows, where)


def parse_part(row: Any, types: FieldTypes, batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
    """One part of a register file (a `PART_SCHEMA` row) → frames as `parse_register`, with
    the internal columns. `_n` counts from the part's start; an error row means the part
    cannot vouch for its rows (the register is then parsed whole), unless it is the
    register's only part."""
    part = {"_reg": int(row.reg), "_chunk": int(row.chunk)}
    opened = _part_cases(row) if row.chunks > 1 else _whole_cases(row)
    yield from _frames(opened, _meta(row), types, batch_rows, "register object", part)


INTERNAL = ("_reg", "_chunk", "_n")  # which register and part a row came from, its position
PART_SCHEMA = T.StructType(
    [T.StructField(c, T.StringType()) for c in ("register_id", "object_uri", "sha256")]
    + [T.StructField("batch_id", T.StringType()), T.StructField("payload", T.BinaryType())]
    + [T.StructField(c, T.LongType()) for c in ("reg", "chunk", "chunks", "start", "end")]
    + [T.StructField("header_end", T.LongType())]
)


def _internal_schema() -> T.StructType:
    return T.StructType(parsed_schema().fields + [T.StructField(c, T.LongType()) for c in INTERNAL])


def even_part_bytes(size: int, chunk_bytes: int, slots: int) -> int:
    """Part size for a file of `size` bytes: parts of at most `chunk_bytes`, as many as a
    multiple of `slots` (the cores parsing at once), of even size. 205 MB in parts of 64 MB
    on 2 cores was 64 + 64 + 64 + 4 MB: one core parsed two full parts while the other
    parsed one and waited; 4 × 51 MB keeps both busy to the end."""
    parts = -(-size // chunk_bytes)
    if parts <= 1 or slots <= 1:
        return chunk_bytes
    parts = -(-parts // slots) * slots
    return -(-size // parts)


def plan_parts(files: list[Any], chunk_bytes: int, slots: int = 1) -> list[tuple]:
    """`PART_SCHEMA` rows: every register file cut into parts of at most about `chunk_bytes`
    at <ZAP> starts (`plan_chunks`; a few ranged reads per part, on the driver), of even
    size in a multiple of `slots` (`even_part_bytes`). A file that cannot be read is one
    part: its task meets the error and reports it."""
    from ozero import objects
    from ozero.formats.oms_stream import Chunk, plan_chunks

    out = []
    for reg, row in enumerate(files):
        uri = row.object_uri

        def read_at(offset: int, length: int, uri: str = uri) -> bytes:
            with objects.open_range(uri, offset, offset + length) as f:
                return f.read()

        try:
            size = objects.size(uri)
            chunks = plan_chunks(read_at, size, even_part_bytes(size, chunk_bytes, slots))
        except (OSError, TypeError):  # missing object (S3 reports no size)
            chunks = [Chunk(0, 0, None, 0)]
        for c in chunks:
            out.append(
                (row.register_id, uri, row.sha256, row.batch_id, None, reg, c.index,
                 len(chunks), c.start, c.end, c.header_end)
            )  # fmt: skip
    return out


def _one_task_each(spark: SparkSession, rows: list[tuple]) -> DataFrame:
    """`PART_SCHEMA` rows, one per partition: every part is its own task."""
    return spark.createDataFrame(spark.sparkContext.parallelize(rows, len(rows)), PART_SCHEMA)


def parse_oms_registers(
    bronze: DataFrame, partitions: int | None = None, chunk_bytes: int | None = None
) -> DataFrame:
    """bronze.oms_registers rows → one row per case (SL) with its services; `_error` rows
    for bad cases (`_item` names the case) and unreadable registers (no `_item`).

    A register file larger than `chunk_bytes` (setting `oms_chunk_bytes`) is parsed in
    parts, one Spark task each, with the same result as one whole-file parse: positions
    are renumbered across parts, and a register any part of which fails is parsed whole
    (it decides the error).

    The result comes back materialised once, as a local checkpoint: its plan reads no
    table (a later Delta write of the run cannot send it back to bronze) and parses
    nothing again. The parts' rows are that checkpoint, less the internal columns; only
    when a register is parsed again whole, or bad cases of later parts are renumbered,
    is the result a second one (stop 37: the parts were cached, copied into a cached
    result and copied again into the caller's checkpoint, three copies of every case with
    its services). Checkpoint blocks are freed when the frame is garbage collected."""
    batch_rows, types = BATCH_ROWS, field_types()
    spark = bronze.sparkSession
    parts = partitions or spark.sparkContext.defaultParallelism
    has_file = F.col("object_uri").isNotNull() & (F.col("object_uri") != "")
    files = bronze.where(has_file).select("register_id", "object_uri", "sha256", "batch_id")
    plan = plan_parts(
        files.collect(),
        chunk_bytes or get_settings().oms_chunk_bytes,
        spark.sparkContext.defaultParallelism,
    )

    def whole(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            for row in batch.itertuples(index=False):
                yield from parse_register(row, types, batch_rows)

    source = bronze.select("register_id", "object_uri", "payload", "sha256", "batch_id")
    if all(p[7] == 1 for p in plan):
        return source.repartition(parts).mapInPandas(whole, parsed_schema()).localCheckpoint()

    def by_part(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            for row in batch.itertuples(index=False):
                yield from parse_part(row, types, batch_rows)

    in_column = source.where(~has_file).repartition(parts).mapInPandas(whole, parsed_schema())
    parsed = (
        _one_task_each(spark, plan)
        .mapInPandas(by_part, _internal_schema())
        .unionByName(in_column.select("*", *[F.lit(None).cast("long").alias(c) for c in INTERNAL]))
        .localCheckpoint()
    )
    settled = _settle_parts(parsed, plan)
    if not settled.failed and not settled.renumber:
        return parsed.drop(*INTERNAL)  # the checkpoint itself: no second copy
    result = _renumbered(parsed, settled).drop(*INTERNAL)
    if settled.failed:
        again = [p for p in plan if p[5] in settled.failed and p[6] == 0]
        result = result.unionByName(
            _one_task_each(spark, again).mapInPandas(whole, parsed_schema())
        )
    return result.localCheckpoint()


@dataclass
class _Settled:
    """What the parts' row counts say: registers (`_reg`) to parse whole (a part failed),
    for every other part the number of cases before it in its register, and whether a
    later part (`_chunk` > 0) of a kept register holds bad cases, whose positions are then
    renumbered from the start of the file."""

    failed: set[int]
    offsets: dict[tuple[int, int], int]
    renumber: bool


def _settle_parts(parsed: DataFrame, plan: list[tuple]) -> _Settled:
    """One aggregation over the parsed parts (`_Settled`)."""
    chunks = {p[5]: p[7] for p in plan}
    whole_error = F.col("_error").isNotNull() & F.col("_item").isNull()
    stats = (
        parsed.where(F.col("_reg").isNotNull())
        .groupBy("_reg", "_chunk")
        .agg(
            F.count("_n").alias("cases"),
            F.max(whole_error).alias("failed"),
            F.max(F.col("_item").isNotNull()).alias("bad_cases"),
        )
        .collect()
    )
    seen: dict[int, dict[int, int]] = {}
    failed = set()
    bad_later: set[int] = set()
    for s in stats:
        if chunks[s["_reg"]] > 1 and s["failed"]:
            failed.add(s["_reg"])
        if s["_chunk"] > 0 and s["bad_cases"]:
            bad_later.add(s["_reg"])
        seen.setdefault(s["_reg"], {})[s["_chunk"]] = s["cases"]
    offsets: dict[tuple[int, int], int] = {}
    for reg, counts in seen.items():
        if chunks[reg] == 1 or reg in failed:
            continue
        if sorted(counts) != list(range(chunks[reg])):  # a part with no row: cannot vouch
            failed.add(reg)
            continue
        before = 0
        for chunk in range(chunks[reg]):
            offsets[(reg, chunk)] = before
            before += counts[chunk]
    return _Settled(failed, offsets, renumber=bool(bad_later - failed))


def _renumbered(parsed: DataFrame, settled: _Settled) -> DataFrame:
    """`parsed` without the registers to parse whole, bad cases of later parts numbered
    from the start of the file (`_item` by position, `_details`), as one parse gives."""
    offsets = settled.offsets
    kept = parsed.where(~F.coalesce(F.col("_reg").isin(list(settled.failed)), F.lit(False)))
    if not settled.renumber:
        return kept
    later = F.coalesce(F.col("_item").isNotNull() & (F.col("_chunk") > 0), F.lit(False))

    def renumber(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for frame in batches:
            items, details = [], []
            columns = ("_reg", "_chunk", "_n", "idcase", "sl_id", "_details")
            for reg, chunk, at, idcase, sl_id, was in zip(*(frame[c] for c in columns)):
                n = offsets[(int(reg), int(chunk))] + int(at)
                items.append(_case_item({"idcase": idcase, "sl_id": sl_id}, n))
                details.append([was[0], _sl_at(n)])
            yield frame.assign(_item=items, _details=pd.Series(details, index=frame.index))

    fixed = kept.where(later).mapInPandas(renumber, _internal_schema())
    return kept.where(~later).unionByName(fixed)


def _known_names_by_enp(ctx: CurationContext) -> DataFrame:
    """Patient names from REMD headers, by ENP, to scrub them from claim comments: the
    restricted table REMD curation keeps (`remd.NAMES`), so no REMD document is parsed
    here. A lake made before that table has it built once from REMD bronze first."""
    backfill_known_names(ctx.spark, ctx.run_id)
    return lake.read(ctx.spark, REMD_NAMES).select(
        "enp",
        F.col("family").alias("known_family"),
        F.col("given").alias("known_given"),
        F.col("patronymic").alias("known_patronymic"),
    )


def with_keys(cases: DataFrame) -> DataFrame:
    """Source keys the pseudonymous keys are derived from (stable across re-runs)."""
    return cases.withColumn(
        "case_key", F.concat_ws("/", "register_filename", "idcase", "sl_id")
    ).withColumn("zap_key", F.concat_ws("/", "register_filename", "n_zap"))


def case_frame(good: DataFrame, known: DataFrame) -> DataFrame:
    return with_keys(good).join(known, "enp", "left")


def _carried(cases: DataFrame) -> list[str]:
    """The keyed hashes `cases` carries (`with_keyed_hashes`): a service or patient row
    made of a case reuses its case's pseudonyms instead of hashing the same values again."""
    from ozero.deid.plan import KEYED_PREFIX

    return [c for c in cases.columns if c.startswith(KEYED_PREFIX)]


def service_frame(cases: DataFrame) -> DataFrame:
    """One row per USL, with the case's keys, the names known for its patient and the
    case's keyed hashes if it carries them."""
    return cases.select(
        "register_id", "period", "_sha256", "_batch_id", "case_key", "enp", *PATIENT_NAMES,
        "known_family", "known_given", "known_patronymic", *_carried(cases),
        F.explode("services").alias("s"),
    ).select(
        "*", *[F.col(f"s.{k}").alias(k) for k in SERVICE_KEYS],
        F.concat_ws("/", "case_key", F.col("s.idserv")).alias("service_key"),
    ).drop("s")  # fmt: skip


def patient_frame(cases: DataFrame) -> DataFrame:
    """One row per ZAP (PACIENT): the first SL's row carries it (every SL of a ZAP gives
    the same PACIENT fields, date_z_1 and keyed hashes of its ZAP and ENP)."""
    return cases.select(
        "register_id", "period", "_sha256", "_batch_id", "zap_key", "register_filename",
        "n_zap", "enp", "date_z_1", *PACIENT_FIELDS.values(), *_carried(cases),
    ).dropDuplicates(["_sha256", "zap_key"])  # fmt: skip


NO_PERIOD = "register name carries no reporting period"


class PeriodMigrationError(OzeroError, RuntimeError):
    """Silver OMS rows whose period cannot be told from their register (ids only)."""

    fix = (
        "restore the registers' bronze objects (or re-ingest them) and run curation again; "
        "`ozero deid rotate-key` rebuilds every silver table from bronze instead"
    )


def migrate_period(spark: SparkSession) -> list[str]:
    """Bring silver OMS tables made before the period partition to the contract, once:
    each is rewritten (`lake.replace_schema`) with `period`, partitioned by it. Silver
    rows no longer carry the register file name (only its keyed hash), so each row's
    period comes from its register in bronze (by `_sha256`), parsed again with the same
    `register_period` curation uses. A register whose name carries no period leaves
    silver for quarantine, with the reason curation gives it now; a register that cannot
    be read, or whose rows span two periods (a second ZGLV with another FILENAME), stops
    the migration before anything is changed. Returns the tables rewritten."""
    from functools import reduce

    from ozero.curate.quarantine import quarantine

    todo = [
        t for t in TABLES if lake.exists(spark, t) and "period" not in lake.read(spark, t).columns
    ]
    if not todo:
        return []
    shas = reduce(
        DataFrame.unionByName,
        [lake.read(spark, t).select(F.col("_sha256").alias("sha256")) for t in todo],
    ).distinct()
    bronze = lake.read(spark, SOURCE).join(shas, "sha256", "left_semi").cache()
    found: DataFrame | None = None
    try:
        parsed = parse_oms_registers(bronze)
        whole = F.col("_error").isNotNull() & F.col("_item").isNull()
        found = (
            parsed.select(
                "_sha256",
                "period",
                whole.alias("_whole"),
                "_batch_id",
                F.when(whole, F.col("_error")).alias("_error"),
                F.when(whole, F.col("_details")).alias("_details"),
            )
            .where(F.col("period").isNotNull() | whole)
            .distinct()
            .cache()
        )  # one row per register and period (and per failed register)
        rows = found.collect()
        periods: dict[str, set[str]] = {}
        failed = {r["_sha256"]: r["_error"] for r in rows if r["_whole"]}
        for r in rows:
            if not r["_whole"]:
                periods.setdefault(r["_sha256"], set()).add(r["period"])
        wanted = {r["sha256"] for r in shas.collect()}
        no_period = {sha for sha, why in failed.items() if why.startswith(NO_PERIOD)}
        stuck = sorted(
            (wanted - set(periods) - no_period)
            | {sha for sha, why in failed.items() if sha not in no_period}
            | {sha for sha, p in periods.items() if len(p) > 1}
        )
        if stuck:
            raise PeriodMigrationError(
                f"{len(stuck)} register(s) of silver OMS rows (bronze sha256 {', '.join(stuck[:5])}"
                f"{', …' if len(stuck) > 5 else ''}) cannot be given one period: unreadable, "
                "missing from bronze, or of two file names"
            )
        if no_period:
            quarantine(
                spark,
                found.where(F.col("_whole") & F.col("_sha256").isin(sorted(no_period))),
                source_table=SOURCE,
                target_table=CASES,
                stage="parse",
                sha_col="_sha256",
                item=F.lit(None).cast("string"),
                reason_col="_error",
                details_col="_details",
                payload=None,
                batch_col="_batch_id",
            )
        by_sha = spark.createDataFrame(
            [(sha, p.pop()) for sha, p in periods.items()], "_sha256 string, period string"
        )
        for table in todo:
            old = spark.read.format("delta").load(lake.table_path(table))
            lake.replace_schema(spark, table, old.join(F.broadcast(by_sha), "_sha256", "inner"))
            log.info("%s migrated: partitioned by the register's period", table)
    finally:
        if found is not None:
            found.unpersist()
        bronze.unpersist()
    return todo


@dataclass
class OmsCurateReport(CurateReport):
    """Counts in cases (SL) for oms_cases, registers for `bronze_new`; the other two tables'
    own counts under `tables`."""

    registers_quarantined: int = 0
    cases_quarantined_parse: int = 0


def _landed_rows(
    ctx: CurationContext, frame: DataFrame, landed: DataFrame, link: str, table: str
) -> DataFrame:
    """The rows of `frame` whose case (or patient) landed in oms_cases: pseudonymise the
    link column the way `table`'s contract does and keep the matching rows."""
    from ozero.deid.plan import keyed_name
    from ozero.deid.pseudonym import pseudonymise_column

    column = load_contract(table).column(link)
    carried = keyed_name(((column.source_field, column.params["domain"]),))
    pid = (
        F.col(carried)
        if carried in frame.columns
        else pseudonymise_column(column.source_field, ctx.require_key(), column.params["domain"])
    )
    return (
        frame.withColumn("_link", pid)
        .join(landed.select(F.col(link).alias("_link")).distinct(), "_link", "left_semi")
        .drop("_link")
    )


def _all_landed(cases: TableReport) -> bool:
    """Every case handed to the cases' landing was written (none quarantined at
    validation): then every service and patient row hangs on a landed case, and
    `_landed_rows` (a keyed hash of every row's link, joined against the table: 20 s of
    300k cases' services) would keep them all."""
    return cases.quarantined_validation == 0 and cases.written == cases.rows


def _tally(parsed: DataFrame) -> dict[str, int]:
    """The parsed rows, the rows of registers unreadable as a whole, and the bad cases, in
    one pass over the parse: a step with nothing to quarantine is skipped (each was a
    scan of every parsed case to find none, and a clean register's cases needed no
    anti-join against an empty set of failed registers)."""
    whole = F.col("_error").isNotNull() & F.col("_item").isNull()
    row = parsed.agg(
        F.count(F.lit(1)).alias("rows"),
        F.count_if(whole).alias("whole"),
        F.count_if(F.col("_item").isNotNull()).alias("bad_cases"),
    ).first()
    assert row is not None  # a global aggregate has one row
    return {k: int(row[k]) for k in ("rows", "whole", "bad_cases")}


def curate_oms(ctx: CurationContext) -> OmsCurateReport:
    """New registers → cases, then the services and patients of the cases that landed.

    A register is done when its patients landed (written last) or it was quarantined whole:
    a run that stops half-way is redone whole by the next one, idempotently."""
    report = OmsCurateReport(CASES, ctx.run_id)
    migrate_period(ctx.spark)
    # The new registers and their parsed cases are checkpointed, not cached: each Delta
    # write of the run (quarantine, oms_cases, ...) invalidates every cached plan that reads
    # the table, and `bronze` reads quarantine and oms_patients (new = in neither). Re-read
    # after a write, a cached frame ran its anti-join and the stream parse of every register
    # again. A checkpoint's plan reads no table: each register is parsed once per run, and
    # every later write and count sees the same rows (`parse_oms_registers` returns its
    # parse as one). (Checkpoint blocks are freed when their frames are garbage collected:
    # nothing to unpersist.) The new registers are counted on a cache first: a run with
    # nothing new stops there, as before.
    found = new_records(ctx, SOURCE, (PATIENTS,), whole_only=True).cache()
    report.bronze_new = found.count()
    if report.bronze_new == 0:
        found.unpersist()
        return report
    bronze = found.localCheckpoint(eager=True)  # from the cache
    found.unpersist()
    parsed = parse_oms_registers(bronze, min(report.bronze_new, 64))
    tally = _tally(parsed)
    whole = parsed.where(F.col("_error").isNotNull() & F.col("_item").isNull())
    good = parsed
    if tally["whole"]:
        # 1. unreadable registers, and no row of theirs (a prefix parsed before the error)
        report.registers_quarantined = quarantine_failures(
            ctx, whole, bronze, source_table=SOURCE, target_table=CASES
        )
        good = parsed.join(whole.select("_sha256").distinct(), "_sha256", "left_anti")
    if tally["bad_cases"]:
        # 2. cases that cannot be typed: alone to quarantine (the rest of the register lands)
        report.cases_quarantined_parse = quarantine_failures(
            ctx,
            good.where(F.col("_error").isNotNull()),
            bronze,
            source_table=SOURCE,
            target_table=CASES,
        )
    report.quarantined_parse = report.registers_quarantined + report.cases_quarantined_parse
    ok = good.where(F.col("_error").isNull()).drop(*FAILURE)
    # 3. cases, then what hangs on the cases that landed; patients last (marks done). A
    # large register's landings compile their expressions from the start (`land` itself
    # switches after its count): the cases' de-identification and the known identifiers'
    # MERGE, beside it on another thread, run compiled too
    with compiled_expressions(ctx.spark, tally["rows"]):
        _land_cases(ctx, report, ok, bronze)
    log.info(
        "oms: %d registers (%d quarantined), %d cases to silver, %d quarantined at parse",
        report.bronze_new,
        report.registers_quarantined,
        report.written,
        report.cases_quarantined_parse,
    )
    return report


def _land_cases(
    ctx: CurationContext, report: OmsCurateReport, ok: DataFrame, bronze: DataFrame
) -> None:
    """Cases → oms_cases, then the services and patients of the cases that landed.

    The cases carry their keyed hashes (case, ZAP and patient pseudonyms, the patient's
    date shift: `with_keyed_hashes`, one Python round trip per case, into the cache), so
    none of the three landings hashes them again: a service hashes its own key only."""
    from ozero.deid.plan import with_keyed_hashes

    contracts = [load_contract(t) for t in TABLES]
    named = case_frame(ok, _known_names_by_enp(ctx))
    cases = with_keyed_hashes(named, contracts, ctx.require_key()).cache()
    first = land(ctx, CASES, cases.drop("services"), source_table=SOURCE, write="by_record")
    report.add(first)
    landed = (
        lake.read(ctx.spark, CASES)
        .join(bronze.select(F.col("sha256").alias("_sha256")), "_sha256", "left_semi")
        .select("case_pid", "zap_pid")
    ).cache()
    for table, frame, link in (
        (SERVICES, service_frame(cases), "case_pid"),
        (PATIENTS, patient_frame(cases), "zap_pid"),
    ):
        rows = frame if _all_landed(first) else _landed_rows(ctx, frame, landed, link, table)
        # the patients' identifiers (family, SNILS, ENP of the same parsed cases) were
        # stored by the cases' landing: the same hashes again would add no row
        landed_here = land(
            ctx, table, rows, source_table=SOURCE, write="by_record", remember=table != PATIENTS
        )
        report.add(landed_here, main=False)
    for df in (landed, cases):
        df.unpersist()
