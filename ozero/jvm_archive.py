"""The driver JVM's classes archived once (class data sharing), mapped by every later session.

A local Spark session spends most of its start loading and verifying Spark's classes: measured
on 2 cores, a new process's session plus a first Delta read took 14-15 CPU-s and 12 s, with
the archive 10-11 CPU-s and 8 s. Every Airflow task and every Spark-using CLI command is such
a process, so the archive shortens each of them (and the test suite, which starts hundreds).

`make setup` writes it (`python -m ozero.jvm_archive`) beside the Delta jars, named by a key
of everything the JVM checks it against (the JDK, PySpark's jars, the JVM options): a key that
no longer matches names a file that does not exist, and the session starts without it, as
before. A file the JVM cannot map (a different machine, a truncated copy) is ignored by the
JVM itself; its warnings go to stderr, never to a command's stdout. Speed only: the same
classes, loaded from a memory-mapped file instead of the jars.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ozero.config import Settings, get_settings

log = logging.getLogger(__name__)

# set in the one child process that writes the archive: where its JVM dumps it at exit
DUMP_ENV = "OZERO_JVM_ARCHIVE_DUMP"
# JVM warnings (an archive that does not map, a class it skipped) on stderr: by default the
# JVM's own log writes them to stdout, which is a command's answer (`--json`)
LOG_TO_STDERR = "-Xlog:disable -Xlog:all=warning:stderr"


def java_binary() -> Path | None:
    """The `java` Spark will start: $JAVA_HOME/bin/java, else the one on PATH."""
    java_home = os.environ.get("JAVA_HOME")
    found = Path(java_home, "bin", "java") if java_home else shutil.which("java")
    return Path(found) if found else None


def _stamp(path: Path) -> str:
    stat = path.stat()
    return f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}"


def archive_key(jvm_options: str) -> str | None:
    """What the archive must match: the JDK (its binary and libjvm), PySpark's jars (the
    driver's class path) and the JVM options. None when there is no Java to key on."""
    import pyspark

    java = java_binary()
    if java is None:
        return None
    java = java.resolve()
    libjvm = sorted(java.parent.parent.glob("lib/server/libjvm.so"))
    jars = sorted(Path(pyspark.__file__).with_name("jars").glob("*.jar"))
    parts = [str(java), *map(_stamp, libjvm), *map(_stamp, jars), jvm_options]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def archive_path(settings: Settings, jvm_options: str) -> Path | None:
    key = archive_key(jvm_options)
    return settings.jars_dir / "jvm" / f"driver-{key}.jsa" if key else None


def java_options(settings: Settings, jvm_options: str) -> str:
    """The driver's extra options for the archive: map it when it exists, dump it when this is
    the writing process, else nothing."""
    dump = os.environ.get(DUMP_ENV)
    if dump:
        return f"-XX:ArchiveClassesAtExit={dump} {LOG_TO_STDERR}"
    path = archive_path(settings, jvm_options)
    if path is None or not path.is_file():
        return ""
    return f"-XX:SharedArchiveFile={path} {LOG_TO_STDERR}"


# what the writing process runs: the classes of a session, a Delta table's create, MERGE and
# read, SQL over it, and a Python UDF (the classes most steps load)
_WORKLOAD = """
import sys
from pyspark.sql import functions as F
from ozero.spark import build_spark

spark = build_spark(app_name="ozero-jvm-archive")
table = sys.argv[1]
spark.range(100).withColumn("v", F.col("id") * 2).write.format("delta").save(table)
from delta.tables import DeltaTable
updates = spark.range(50, 150).withColumn("v", F.lit(1))
(DeltaTable.forPath(spark, table).alias("t").merge(updates.alias("s"), "t.id = s.id")
 .whenMatchedUpdateAll().whenNotMatchedInsertAll().execute())
spark.read.format("delta").load(table).createOrReplaceTempView("t")
spark.sql("SELECT v, count(*) FROM t GROUP BY v ORDER BY v").collect()
spark.range(10).select(F.udf(lambda x: x + 1, "long")("id")).collect()
gateway = spark.sparkContext._gateway
spark.stop()
gateway.proc.stdin.close()  # the JVM exits on EOF, and dumps the archive as it exits
gateway.proc.wait(timeout=300)
"""


def create(settings: Settings | None = None, force: bool = False) -> Path | None:
    """Write the archive for this machine (a child process whose JVM dumps it at exit), or
    keep the one there. None when there is no Java, or the JVM wrote nothing."""
    from ozero.spark import SMALL_JVM_OPTIONS

    settings = settings or get_settings()
    path = archive_path(settings, SMALL_JVM_OPTIONS)
    if path is None:
        log.warning("no Java found: no JVM class archive written")
        return None
    if path.is_file() and not force:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a read-only jars folder (an image): sessions start without it
        log.warning("no JVM class archive: %s", exc)
        return None
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    with tempfile.TemporaryDirectory(prefix="ozero-jvm-archive-") as scratch:
        env = {
            **os.environ,
            DUMP_ENV: str(partial),
            "OZERO_SPARK_MASTER": "local[2]",
            "OZERO_SPARK_TUNING": "small",
        }
        done = subprocess.run(
            [sys.executable, "-c", _WORKLOAD, str(Path(scratch, "table"))],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
    if done.returncode != 0 or not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        log.warning("the JVM wrote no class archive (exit %s): %s", done.returncode,
                    done.stderr.strip().splitlines()[-1:] if done.stderr.strip() else "")  # fmt: skip
        return None
    for stale in path.parent.glob("driver-*.jsa"):
        stale.unlink()  # archives of another JDK or PySpark: never mapped again
    partial.replace(path)  # whole or not at all: a reader never maps a half-written file
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="write it again")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    path = create(force=args.force)
    size = path.stat().st_size if path else 0
    if args.json:
        print(json.dumps({"archive": str(path) if path else None, "bytes": size}))
    else:
        where = f"{path} ({size / 2**20:.0f} MB)" if path else "none (see the warning above)"
        print(f"JVM class archive: {where}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
