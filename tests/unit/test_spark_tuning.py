"""Spark's settings for a local master: tuned for small tables unless told otherwise."""

from __future__ import annotations

import pytest

from ozero.errors import SetupError
from ozero.spark import _local_tuning


def test_a_local_master_runs_interpreted_without_adaptive_replanning():
    tuning = _local_tuning("local[2]")
    assert tuning["spark.sql.codegen.wholeStage"] == "false"
    assert tuning["spark.sql.codegen.factoryMode"] == "NO_CODEGEN"
    assert tuning["spark.sql.adaptive.enabled"] == "false"
    assert tuning["spark.databricks.delta.snapshotPartitions"] == "2"
    # the driver JVM: C1 only and the serial GC (short-lived, on few cores)
    assert tuning["spark.driver.extraJavaOptions"] == "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


def test_a_cluster_or_the_default_tuning_keeps_sparks_settings():
    assert _local_tuning("spark://head:7077") == {}
    assert _local_tuning("local[*]", "default") == {}


def test_an_unknown_tuning_is_one_line_naming_the_choices():
    with pytest.raises(SetupError, match="OZERO_SPARK_TUNING='fast'") as caught:
        _local_tuning("local[2]", "fast")
    assert "small (the default) or default" in str(caught.value.fix)
