"""A Spark standalone cluster on localhost: a master and workers started from the installed
PySpark's own classes (`spark-class org.apache.spark.deploy.master.Master` / `...Worker`),
for the cluster test and for trying Ozero the way a deployment runs it: the driver submits
with `spark-submit --master spark://…`, the code reaches the executors as an archive
(`--py-files`), the jars from the driver.

    python -m ozero.infra.spark_cluster --workers 2          # prints the exports; Ctrl-C stops
    python -m ozero.infra.spark_cluster package dist/ozero.zip
    spark-submit --jars "$(python -m ozero.infra.spark_cluster jars)" …   # the Delta/S3A jars
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyspark

from ozero.config import REPO_ROOT
from ozero.infra.ports import free_port, wait_for_stop, wait_until

START_TIMEOUT_S = 120.0
SPARK_BIN = Path(pyspark.__file__).parent / "bin"
DAEMON_MEMORY = "256m"  # master and worker daemons; executors get their own heap


@dataclass(frozen=True)
class Cluster:
    master_url: str  # spark://127.0.0.1:port
    web_url: str  # the master's web UI, whose /json says who is registered
    workers: int
    work_dir: Path  # executors' stdout/stderr per application, for post-mortems

    def state(self) -> dict[str, Any]:
        with urllib.request.urlopen(f"{self.web_url}/json/", timeout=5) as answer:
            return json.load(answer)

    def alive_workers(self) -> int:
        try:
            return int(self.state().get("aliveworkers", 0))
        except (OSError, urllib.error.URLError, ValueError):
            return 0

    def applications(self) -> list[dict[str, Any]]:
        """Every application the master has seen, running and completed."""
        state = self.state()
        return [*state.get("activeapps", []), *state.get("completedapps", [])]


def spark_class() -> Path:
    return SPARK_BIN / "spark-class"


def spark_submit() -> Path:
    return SPARK_BIN / "spark-submit"


def daemon_env() -> dict[str, str]:
    """The environment of the daemons and of a driver that talks to them (loopback only)."""
    return os.environ | {
        "SPARK_LOCAL_IP": "127.0.0.1",
        "SPARK_DAEMON_MEMORY": DAEMON_MEMORY,
        "SPARK_NO_DAEMONIZE": "1",
    }


def _start(args: list[str], log: Path) -> subprocess.Popen:
    with open(log, "wb") as out:
        return subprocess.Popen(
            [str(spark_class()), *args],
            env=daemon_env(),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # the java child dies with its group on stop
        )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextmanager
def running(
    workers: int = 2,
    cores_per_worker: int = 1,
    memory_per_worker: str = "1536m",
    work_dir: Path | None = None,
) -> Iterator[Cluster]:
    """A master and `workers` workers, all registered, for as long as the block runs."""
    work_dir = Path(work_dir or tempfile.mkdtemp(prefix="ozero-spark-cluster-"))
    work_dir.mkdir(parents=True, exist_ok=True)
    port, web_port = free_port(), free_port()
    cluster = Cluster(
        f"spark://127.0.0.1:{port}", f"http://127.0.0.1:{web_port}", workers, work_dir
    )
    with ExitStack() as stack:
        master = _start(
            ["org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", str(port)]
            + ["--webui-port", str(web_port)],
            work_dir / "master.log",
        )
        stack.callback(_stop, master)
        wait_until(
            lambda: _answers(cluster),
            START_TIMEOUT_S,
            "the Spark master",
            alive=lambda: master.poll() is None,
        )
        for n in range(workers):
            worker = _start(
                ["org.apache.spark.deploy.worker.Worker", cluster.master_url]
                + ["--host", "127.0.0.1", "--cores", str(cores_per_worker)]
                + ["--memory", memory_per_worker, "--webui-port", str(free_port())]
                + ["--work-dir", str(work_dir / f"worker-{n}")],
                work_dir / f"worker-{n}.log",
            )
            stack.callback(_stop, worker)
        wait_until(
            lambda: cluster.alive_workers() == workers,
            START_TIMEOUT_S,
            f"{workers} Spark workers",
            alive=lambda: master.poll() is None,
        )
        yield cluster


def _answers(cluster: Cluster) -> bool:
    try:
        cluster.state()
    except (OSError, urllib.error.URLError, ValueError):
        return False
    return True


def package_code(dest: Path) -> Path:
    """The `ozero` package as a zip for `--py-files` (the code only; its dependencies are
    the executors' Python environment, e.g. the cluster image)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    source = REPO_ROOT / "ozero"
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(source.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, path.relative_to(REPO_ROOT).as_posix())
    return dest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    pack = sub.add_parser("package", help="zip the ozero package for --py-files")
    pack.add_argument("dest", type=Path)
    sub.add_parser("jars", help="the jars for spark-submit --jars, comma-separated")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--cores", type=int, default=1, help="cores per worker")
    parser.add_argument("--memory", default="1536m", help="memory per worker")
    args = parser.parse_args(argv)
    if args.command == "package":
        print(package_code(args.dest))
        return 0
    if args.command == "jars":
        from ozero.config import get_settings
        from ozero.errors import OzeroError
        from ozero.spark import jar_paths

        try:
            print(",".join(jar_paths(get_settings())))
        except OzeroError as missing:
            print(f"error: {missing}", file=sys.stderr)
            return 2
        return 0
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        print(
            "error: Spark needs Java: set JAVA_HOME (e.g. /usr/lib/jvm/java-17-openjdk-amd64)",
            file=sys.stderr,
        )
        return 2
    with running(args.workers, args.cores, args.memory) as cluster:
        print(f"export OZERO_SPARK_MASTER={cluster.master_url}")
        print(
            f"# master web UI {cluster.web_url}; logs in {cluster.work_dir}; Ctrl-C stops",
            file=sys.stderr,
        )
        sys.stdout.flush()
        wait_for_stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
