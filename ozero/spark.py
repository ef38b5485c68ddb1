"""The one place a SparkSession is made: Delta always, S3A when the lake is on s3a://.

Jars come from the git-ignored `.jars/` folder that `make jars` fills from the pinned
`jvm/pom.xml`; nothing is downloaded at run time.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache

from pyspark.sql import SparkSession

from ozero.config import Settings, get_settings


class MissingJarsError(RuntimeError):
    pass


def _jar_paths(settings: Settings) -> list[str]:
    jars = sorted(settings.jars_dir.glob("*.jar")) if settings.jars_dir.is_dir() else []
    if not any(j.name.startswith("delta-spark_") for j in jars):
        raise MissingJarsError(
            f"Delta jars not found in {settings.jars_dir}; run `make jars` "
            "(or set OZERO_JARS_DIR to a folder holding delta-spark and delta-storage)"
        )
    return [str(j) for j in jars]


def _s3a_conf() -> dict[str, str]:
    """S3A settings from the usual AWS variables, plus an endpoint for MinIO/Ceph/YOS."""
    conf = {
        "spark.hadoop.fs.s3a.impl": "org.apache.hadoop.fs.s3a.S3AFileSystem",
        "spark.hadoop.fs.s3a.path.style.access": os.environ.get("OZERO_S3_PATH_STYLE", "true"),
    }
    endpoint = os.environ.get("OZERO_S3_ENDPOINT")
    if endpoint:
        conf["spark.hadoop.fs.s3a.endpoint"] = endpoint
        conf["spark.hadoop.fs.s3a.connection.ssl.enabled"] = str(
            endpoint.startswith("https")
        ).lower()
    return conf


def build_spark(settings: Settings | None = None, app_name: str = "ozero") -> SparkSession:
    settings = settings or get_settings()
    os.environ.setdefault("PYSPARK_PYTHON", os.sys.executable)
    builder = (
        SparkSession.builder.appName(app_name)
        .master(settings.spark_master)
        .config("spark.jars", ",".join(_jar_paths(settings)))
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
        .config("spark.driver.extraJavaOptions", "-Dlog4j2.level=WARN")
    )
    if settings.lake_uri.startswith("s3a://"):
        for key, value in _s3a_conf().items():
            builder = builder.config(key, value)
    logging.getLogger("py4j").setLevel(logging.WARNING)  # chatty, and logs at interpreter exit
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


@lru_cache(maxsize=1)
def get_spark() -> SparkSession:
    """The process-wide session: tests, DAG tasks and the CLI share one."""
    return build_spark()
