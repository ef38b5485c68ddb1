"""The one place a SparkSession is made: Delta always, S3A when the lake is on s3a://.

Jars come from the git-ignored `.jars/` folder that `make jars` fills from the pinned
`jvm/pom.xml`; nothing is downloaded at run time.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from pyspark.errors import PySparkRuntimeError
from pyspark.sql import SparkSession

from ozero import jvm_archive, s3
from ozero.config import Settings, get_settings
from ozero.errors import OzeroError, SetupError


class MissingJarsError(OzeroError, RuntimeError):
    pass


def jar_paths(settings: Settings) -> list[str]:
    """The Delta (and S3A) jars a session loads: `spark.jars` here, `--jars` for spark-submit."""
    jars = sorted(settings.jars_dir.glob("*.jar")) if settings.jars_dir.is_dir() else []
    if not any(j.name.startswith("delta-spark_") for j in jars):
        raise MissingJarsError(
            f"Delta jars not found in {settings.jars_dir}; run `make jars` "
            "(or set OZERO_JARS_DIR to a folder holding delta-spark and delta-storage)"
        )
    return [str(j) for j in jars]


def _s3a_conf(bucket: str) -> dict[str, str]:
    """S3A settings for one bucket from the environment (MinIO, Ceph, YOS, AWS, S3Proxy).

    Keys are per bucket (`fs.s3a.bucket.<b>.*`), so one session reaches each zone's bucket
    with that bucket's endpoint and credentials (`ozero.s3`: OZERO_S3_BUCKET_<B>_* or the
    shared OZERO_S3_ENDPOINT and AWS_* variables); with no credentials set, S3A's default
    chain (instance profile, ...) applies.
    """
    access = s3.bucket_access(bucket)
    prefix = f"fs.s3a.bucket.{bucket}."
    conf = {prefix + "path.style.access": str(access.path_style).lower()}
    if access.endpoint:
        conf[prefix + "endpoint"] = access.endpoint
        conf[prefix + "connection.ssl.enabled"] = str(access.endpoint.startswith("https")).lower()
    if access.region:
        conf[prefix + "endpoint.region"] = access.region
    secrets = {
        "access.key": access.access_key,
        "secret.key": access.secret_key,
        "session.token": access.session_token,
    }
    conf.update({prefix + key: value for key, value in secrets.items() if value})
    if access.session_token:
        conf[prefix + "aws.credentials.provider"] = (
            "org.apache.hadoop.fs.s3a.TemporaryAWSCredentialsProvider"
        )
    return conf


def s3a_bucket(lake_uri: str) -> str | None:
    """`s3a://bucket/lake` → `bucket`; None for a lake elsewhere."""
    if not lake_uri.startswith("s3a://"):
        return None
    return s3.bucket_of(lake_uri)


def s3a_buckets(settings: Settings) -> list[str]:
    """The buckets of the lake root and of every zone kept elsewhere (OZERO_ZONE_ROOTS)."""
    roots = [settings.lake_uri, *settings.zone_roots.values()]
    return sorted({b for root in roots if (b := s3a_bucket(root)) is not None})


def configure_s3a(spark: SparkSession, settings: Settings | None = None) -> None:
    """Point a live session's S3A at the lake's buckets, as the environment says now.

    Set on the running Hadoop configuration rather than at session start, so the shared
    session (tests, a DAG task) picks up a lake moved to S3 after it was created. It must
    run before a bucket is first touched: Hadoop caches a filesystem per bucket.
    Credentials go to the Hadoop configuration only, never to the Spark conf or logs.
    """
    settings = settings or get_settings()
    buckets = s3a_buckets(settings)
    if not buckets:
        return
    if not any(j.name.startswith("hadoop-aws-") for j in settings.jars_dir.glob("*.jar")):
        raise MissingJarsError(
            f"S3A jars not found in {settings.jars_dir}; run `make jars-s3` for an s3a:// lake"
        )
    hadoop_conf = spark.sparkContext._jsc.hadoopConfiguration()
    hadoop_conf.set("fs.s3a.impl", "org.apache.hadoop.fs.s3a.S3AFileSystem")
    for bucket in buckets:
        for key, value in _s3a_conf(bucket).items():
            hadoop_conf.set(key, value)


# C1 only and the serial collector: quick to start, small on 2 cores. C1 alone shrinks the JIT's
# code cache to 48 MB by default, which a long-lived session fills (a test worker's JVM runs
# thousands of queries): «VirtualMachineError: Out of space in CodeCache for adapters» in a task
# thread, and Spark's uncaught-exception handler ends the JVM — every later call of that
# session is refused (stop 32's CI run, a rehearsal of 6 Dec 2026). The cache keeps the size
# the full JIT would have; it is reserved address space, committed only as code is compiled.
SMALL_JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ReservedCodeCacheSize=240m"

# Spark's and Delta's settings for small tables (see _local_tuning): what a session on a local
# master gets by default, and what a small cluster can be given as `--conf` (the cluster test)
SMALL_TABLE_CONF = {
    "spark.databricks.delta.snapshotPartitions": "2",
    "spark.databricks.delta.commitStats.collect": "false",
    "spark.sql.adaptive.enabled": "false",
    "spark.sql.codegen.wholeStage": "false",
    "spark.sql.codegen.factoryMode": "NO_CODEGEN",
}


def _local_tuning(master: str, tuning: str = "small") -> dict[str, str]:
    """Settings for a lake on one machine, where tables are small and cores few.

    Delta rebuilds a table's state from its log with 50 tasks by default and computes commit
    statistics after every write; on `local[2]` those fixed costs dominate every MERGE
    (measured: a 100-row MERGE into a small table 5.2 s → 1.6 s). Spark compiles Java code
    for every new query shape (whole-stage and expression codegen: Janino, then the JIT) and
    re-plans each query adaptively; on tables of hundreds of rows, where a curation runs
    thousands of small queries (one per GX metric), both cost more than they save:
    interpreted evaluation without AQE ran the OMS split curation test in 251 s against
    315 s. The driver JVM (the only JVM on a local master) compiles with C1 only and
    collects with the serial GC: a task's JVM lives for seconds to minutes, and C2's
    compiler threads and G1's concurrent ones spent that time on the cores the queries
    needed (measured on 2 cores: a session with no-op curation steps and a gold build used
    half the JVM CPU, 93-106 s → 49-52 s, and finished 10-30% sooner; a first curation of
    every source took the same wall time with 12% less CPU). Python workers fork from a
    daemon that has already imported Ozero's de-identification stack (`ozero.spark_daemon`:
    each worker used to import it again, ~0.5-1.8 s of CPU per worker). A cluster, or
    `OZERO_SPARK_TUNING=default`, keeps Spark's, Delta's and the JVM's defaults; a small
    cluster can be given the same as spark-submit options (`SMALL_TABLE_CONF` as `--conf`,
    `SMALL_JVM_OPTIONS` for the driver and the executors), as the cluster test does.
    """
    if not master.startswith("local") or tuning == "default":
        return {}
    if tuning != "small":
        raise SetupError(
            f"OZERO_SPARK_TUNING={tuning!r} is not a tuning",
            fix="set OZERO_SPARK_TUNING to small (the default) or default",
        )
    return {
        **SMALL_TABLE_CONF,
        "spark.driver.extraJavaOptions": SMALL_JVM_OPTIONS,
        "spark.python.daemon.module": "ozero.spark_daemon",
    }


FACTORY_MODE = "spark.sql.codegen.factoryMode"
# Rows from which a step compiles its expressions although the session is tuned for small
# tables (`compiled_expressions`): Janino's compile cost (tens of ms per query shape) is
# then small beside the rows' interpreted evaluation
COMPILED_ROWS = 20_000
_compiled_lock = threading.Lock()
_compiled_users: dict[int, int] = {}  # per session: steps inside `compiled_expressions`


@contextmanager
def compiled_expressions(spark: SparkSession, rows: int) -> Iterator[None]:
    """Spark's compiled expression evaluation (its default) while the block runs, when `rows`
    is large and the session evaluates interpreted (`SMALL_TABLE_CONF`); else nothing.

    Interpreted evaluation suits the thousands of small queries a curation runs, not a large
    table's write: Delta computes every written file's statistics (min, max, nulls of its
    first columns) with Spark expressions, and interpreted that took 20 s of CPU for the
    150,000 cases of one claims register against 2 s compiled (stop 36). Whole-stage
    codegen stays off. Nested or concurrent blocks on one session (threads) are counted:
    the session's setting comes back when the last one ends. Only speed changes: the two
    evaluations give the same values."""
    key = id(spark)
    with _compiled_lock:
        users = _compiled_users.get(key, 0)
        if users == 0 and (
            rows < COMPILED_ROWS or spark.conf.get(FACTORY_MODE, None) != "NO_CODEGEN"
        ):
            switched = False
        else:
            switched = True
            _compiled_users[key] = users + 1
            if users == 0:
                spark.conf.set(FACTORY_MODE, "FALLBACK")
    try:
        yield
    finally:
        if switched:
            with _compiled_lock:
                _compiled_users[key] -= 1
                if _compiled_users[key] == 0:
                    del _compiled_users[key]
                    spark.conf.set(FACTORY_MODE, "NO_CODEGEN")


JAVA_FIX = "install Java 17 and set JAVA_HOME, e.g. /usr/lib/jvm/java-17-openjdk-amd64"


def _require_java() -> None:
    """Say in one line that Java is missing, before spark-submit fails with a page of text."""
    java_home = os.environ.get("JAVA_HOME")
    java = jvm_archive.java_binary()
    if java is None or not os.access(java, os.X_OK):
        where = f"JAVA_HOME={java_home}" if java_home else "no java on PATH, JAVA_HOME unset"
        raise SetupError(f"Spark needs Java ({where})", fix=JAVA_FIX)


LOG4J2_CONFIG = Path(__file__).with_name("log4j2.properties")


def _java_logging_options() -> str:
    """The JVM logs WARN and up to stderr only (`log4j2.properties` beside this module), so
    a command's stdout stays its answer. (`-Dlog4j2.level=WARN` alone, used before, left
    log4j without a configuration: its fallback logger printed Spark's warnings to stdout.)"""
    return f"-Dlog4j2.configurationFile={LOG4J2_CONFIG.as_uri()}"


def build_spark(settings: Settings | None = None, app_name: str = "ozero") -> SparkSession:
    settings = settings or get_settings()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.appName(app_name)
        .master(settings.spark_master)
        .config("spark.jars", ",".join(jar_paths(settings)))
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config(
            "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog"
        )
        .config("spark.driver.memory", settings.spark_driver_memory)
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.databricks.delta.schema.autoMerge.enabled", "false")
    )
    tuning = _local_tuning(settings.spark_master, settings.spark_tuning)
    small_jvm = tuning.pop("spark.driver.extraJavaOptions", "")
    java_options = [_java_logging_options(), small_jvm]
    if small_jvm:  # the class archive `make setup` wrote for this JVM (ozero.jvm_archive)
        java_options.append(jvm_archive.java_options(settings, small_jvm))
    builder = builder.config("spark.driver.extraJavaOptions", " ".join(filter(None, java_options)))
    for key, value in tuning.items():
        builder = builder.config(key, value)
    _require_java()
    logging.getLogger("py4j").setLevel(logging.WARNING)  # chatty, and logs at interpreter exit
    try:
        spark = builder.getOrCreate()
    except PySparkRuntimeError as exc:
        if exc.getCondition() != "JAVA_GATEWAY_EXITED":
            raise
        raise SetupError(
            f"Spark could not start Java (JAVA_HOME={os.environ.get('JAVA_HOME', 'unset')})",
            fix=JAVA_FIX,
        ) from None
    spark.sparkContext.setLogLevel("WARN")
    for archive in settings.spark_py_files:  # the executors import Ozero from these
        spark.sparkContext.addPyFile(archive)
    configure_s3a(spark, settings)
    return spark


@lru_cache(maxsize=1)
def get_spark() -> SparkSession:
    """The process-wide session: tests, DAG tasks and the CLI share one."""
    return build_spark()
