"""Spark's settings for a local master: tuned for small tables unless told otherwise."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from ozero.errors import SetupError
from ozero.spark import _local_tuning


def test_a_local_master_runs_interpreted_without_adaptive_replanning():
    tuning = _local_tuning("local[2]")
    assert tuning["spark.sql.codegen.wholeStage"] == "false"
    assert tuning["spark.sql.codegen.factoryMode"] == "NO_CODEGEN"
    assert tuning["spark.sql.adaptive.enabled"] == "false"
    assert tuning["spark.databricks.delta.snapshotPartitions"] == "2"
    # the driver JVM: C1 only and the serial GC (short-lived, on few cores), with the full
    # JIT's code cache (C1 alone would shrink it to 48 MB, which a long test session fills)
    assert tuning["spark.driver.extraJavaOptions"].split() == [
        "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC",
        "-XX:ReservedCodeCacheSize=240m",
    ]


def test_the_small_jvm_options_keep_the_full_code_cache():
    """What the JVM itself makes of the options: C1 alone would give 48 MB."""
    java = shutil.which("java", path=os.path.join(os.environ.get("JAVA_HOME", ""), "bin")) or "java"
    options = _local_tuning("local[2]")["spark.driver.extraJavaOptions"].split()
    flags = subprocess.run(
        [java, *options, "-XX:+PrintFlagsFinal", "-version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    size = re.search(r"ReservedCodeCacheSize\s+=\s+(\d+)", flags)
    assert size is not None and int(size.group(1)) == 240 * 1024 * 1024


def test_a_cluster_or_the_default_tuning_keeps_sparks_settings():
    assert _local_tuning("spark://head:7077") == {}
    assert _local_tuning("local[*]", "default") == {}


def test_an_unknown_tuning_is_one_line_naming_the_choices():
    with pytest.raises(SetupError, match="OZERO_SPARK_TUNING='fast'") as caught:
        _local_tuning("local[2]", "fast")
    assert "small (the default) or default" in str(caught.value.fix)


def test_a_local_master_forks_python_workers_from_the_preloading_daemon():
    assert _local_tuning("local[2]")["spark.python.daemon.module"] == "ozero.spark_daemon"


def test_the_daemon_preloads_the_deid_stack_without_writing_to_stdout():
    """stdout carries the daemon's port to the JVM: the preload must leave it alone."""
    script = (
        "import sys; from ozero import spark_daemon; failed = spark_daemon.preload(); "
        "from ozero.deid.text import engine; "
        "assert engine._scrubber is not None; "
        "assert 'ozero.curate.imaging' in sys.modules and 'pydicom' in sys.modules; "
        "sys.stderr.write(repr(failed))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout == b""
    assert done.stderr.decode().endswith("[]")


def test_a_failed_preload_is_reported_and_the_daemon_still_starts(monkeypatch, capsys):
    from ozero import spark_daemon

    def broken() -> None:
        raise ImportError("no natasha here")

    monkeypatch.setattr(spark_daemon, "_scrubber", broken)
    monkeypatch.setattr(spark_daemon, "_imaging", lambda: None)
    assert spark_daemon.preload() == ["text scrubber"]
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "text scrubber not preloaded" in captured.err
