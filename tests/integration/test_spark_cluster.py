"""Ozero on a Spark standalone cluster, submitted the way a deployment runs it.

A master and two workers (one core each) start from the installed PySpark's own classes
(`ozero.infra.spark_cluster`); the steps are the `jobs/` entry points run by `spark-submit
--master spark://…`: ingest NSI and REMD from the simulator, curate bronze → silver → gold,
build a release candidate of `laboratory-results` — on S3: the lake in three buckets, one per
privacy zone, each on its own S3Proxy server with its own keys, as deployed (bronze and
quarantine in the restricted bucket, silver/gold/ops/candidates in the lake bucket), read and
written by the driver and by the executors through S3A. The executors get Ozero's code as an
archive (`OZERO_SPARK_PY_FILES`, built by `spark_cluster.package`), not from the checkout: a
probe job shows every executor imported `ozero` from the archive and found the SEMD schemas
(extracted from it: `ozero.package_data`).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ozero import jvm_archive
from ozero.config import REPO_ROOT, get_settings
from ozero.infra import s3_server, spark_cluster
from ozero.spark import SMALL_JVM_OPTIONS, SMALL_TABLE_CONF, jar_paths
from tests.integration.conftest import _simulated
from tests.integration.shared_lake import DOCUMENTS, INTERVAL, KEY_ID, KEY_SECRET, PATIENTS, SEED
from tests.s3 import bucket_keys, require_s3proxy

pytestmark = pytest.mark.slow

DATASET = "laboratory-results"
UNITS_DIRECTORY = "1.2.643.5.1.13.13.11.1358"  # the directory the dataset joins
STEP_TIMEOUT_S = 1200

# Tables of hundreds of rows on a 2-core machine: the settings a local session gets by
# default (ozero.spark._local_tuning), given to the cluster's applications as spark-submit
# options; Spark's and the JVM's defaults (code generation, adaptive re-planning, 50-task
# Delta snapshots, C2 and G1 threads) took the test 1,088 s against 491 s on this box.
# Speed only: the same jobs, the same checks (the Python daemon stays Spark's own, so the
# executors import Ozero from the archive alone).
# With the class archive `make setup` wrote for these options (ozero.jvm_archive): the
# drivers' and executors' class path is the installed PySpark's jars, as a local session's
JVM_OPTIONS = f"{SMALL_JVM_OPTIONS} {jvm_archive.java_options(get_settings(), SMALL_JVM_OPTIONS)}"
SMALL_MACHINE = ["--driver-java-options", JVM_OPTIONS]
SMALL_MACHINE += ["--conf", f"spark.executor.extraJavaOptions={JVM_OPTIONS}"]
SMALL_MACHINE += [
    arg for key, value in SMALL_TABLE_CONF.items() for arg in ("--conf", f"{key}={value}")
]

PROBE = """
import json
from ozero.spark import get_spark

def where(_):
    import ozero
    from ozero.formats import semd
    return ozero.__file__, str(semd.XSD_DIR)

spark = get_spark()
print(json.dumps(sorted(set(spark.sparkContext.parallelize(range(8), 8).map(where).collect()))))
"""


def _submit(env: dict[str, str], script: Path, *args: str) -> object:
    """Run one entry point with spark-submit; its answer is the last JSON line of stdout."""
    jars = ",".join(jar_paths(get_settings()))  # the driver JVM starts before the session
    done = subprocess.run(
        [str(spark_cluster.spark_submit()), "--master", env["OZERO_SPARK_MASTER"]]
        + ["--jars", jars, "--driver-memory", "1g", "--conf", "spark.executor.memory=1g"]
        + SMALL_MACHINE
        + [str(script), *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, f"{script.name} {args}: {done.stderr[-3000:]}"
    for line in reversed(done.stdout.splitlines()):
        try:
            return json.loads(line)
        except ValueError:
            continue
    raise AssertionError(f"{script.name} printed no JSON: {done.stdout[-2000:]}")


def test_ingest_curate_candidate_on_a_standalone_cluster(tmp_path: Path) -> None:
    catalogue = tmp_path / "datasets"
    catalogue.mkdir()
    spec = f"{DATASET}.yaml"
    (catalogue / spec).write_bytes((REPO_ROOT / "datasets" / spec).read_bytes())
    archive = spark_cluster.package_code(tmp_path / "dist" / "ozero.zip")
    jobs = REPO_ROOT / "jobs"
    require_s3proxy()
    with (
        _simulated(SEED, PATIENTS, DOCUMENTS) as simulator_url,
        s3_server.zones_running(log_path=tmp_path / "s3proxy.log") as store,
        spark_cluster.running(workers=2, work_dir=tmp_path / "cluster") as cluster,
    ):
        env = (
            spark_cluster.daemon_env()
            | store.env()
            | {
                "PYSPARK_PYTHON": sys.executable,
                "PYSPARK_DRIVER_PYTHON": sys.executable,
                "OZERO_SPARK_MASTER": cluster.master_url,
                "OZERO_SPARK_DRIVER_MEMORY": "1g",
                "OZERO_SPARK_PY_FILES": str(archive),
                "OZERO_SIMULATOR_URL": simulator_url,
                "OZERO_PSEUDONYM_KEY": KEY_SECRET,
                "OZERO_PSEUDONYM_KEY_ID": KEY_ID,
                "OZERO_SOURCES": "nsi,remd",
                "OZERO_NSI_OIDS": UNITS_DIRECTORY,
                "OZERO_DATASETS_DIR": str(catalogue),
            }
        )
        start, end = INTERVAL
        nsi = _submit(env, jobs / "ingest.py", "nsi", "--start", start, "--end", end)
        remd = _submit(env, jobs / "ingest.py", "remd", "--start", start, "--end", end)
        curated = _submit(env, jobs / "curate.py")
        candidate = _submit(env, jobs / "release_candidate.py", DATASET)
        probe = tmp_path / "probe.py"
        probe.write_text(PROBE)
        places = _submit(env, probe)
        applications = cluster.applications()
        stored = {zone: bucket_keys(store, zone) for zone in ("restricted", "lake")}

    assert nsi and remd and curated, (nsi, remd, curated)
    assert isinstance(candidate, dict) and candidate.get("version"), candidate
    assert candidate["row_counts"] and all(n > 0 for n in candidate["row_counts"].values())
    # the lake is in the buckets, each zone where the deployment puts it
    assert any(k.startswith("bronze/remd_documents/_delta_log/") for k in stored["restricted"])
    assert any(k.startswith("lake/silver/remd_lab_results/_delta_log/") for k in stored["lake"])
    assert any(k.startswith(f"lake/candidates/{DATASET}/") for k in stored["lake"])
    assert not [k for k in stored["lake"] if k.startswith("lake/bronze/")], "no PHI in the lake"
    assert not (tmp_path / "lake").exists()
    # each submission was an application of the cluster, given executors' cores
    assert len(applications) == 5
    assert all(app.get("cores", 0) >= 1 for app in applications), applications
    # the executors imported Ozero from the shipped archive, and read the XSDs extracted from it
    assert places, "the probe ran no task"
    for module_file, xsd_dir in places:
        assert "ozero.zip" in module_file and module_file.endswith("ozero/__init__.py")
        assert "ozero-package-data-" in xsd_dir and Path(xsd_dir, "semd174", "CDA.xsd").exists()
