"""`make demo`: the whole pipeline on the embedded default, end to end, with Airflow.

Starts the registry simulator, runs the DAGs with `airflow dags test` (ingest → curate →
release), approves the release candidate as a curator would (through the same path as
`ozero release approve`), and prints what the lake now holds. Safe to run again: every
step is idempotent, and an unchanged gold table yields no new release.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from ozero.airflow_env import airflow_bin, airflow_env, airflow_home, migrate_db
from ozero.config import get_settings
from ozero.sources.registry import all_sources

LOGICAL_DATE = "2026-06-01"  # after the simulator's last event: one run covers its history
DATASET = "chest-imaging-protocols"


def say(message: str) -> None:
    print(f"[ozero demo] {message}", flush=True)


def answers_ok(url: str, timeout: float = 2) -> bool:
    """True when `url` answers HTTP 200 (a service's health endpoint)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def simulator(url: str, log_dir: Path):
    """Use a simulator already listening at `url`, or start one for the demo's duration."""
    if answers_ok(f"{url}/health"):
        say(f"registry simulator already running at {url}")
        yield
        return
    port = url.rsplit(":", 1)[-1].strip("/")
    log = open(log_dir / "simulator.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "ozero.simulator.server", "--port", port],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(100):
            if answers_ok(f"{url}/health"):
                break
            if proc.poll() is not None:
                raise RuntimeError(f"simulator exited early; see {log_dir / 'simulator.log'}")
            time.sleep(0.2)
        say(f"registry simulator started at {url}")
        yield
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


def _dags_test(dag_id: str, env: dict[str, str], log_dir: Path) -> subprocess.Popen:
    log = open(log_dir / f"{dag_id}.log", "wb")  # noqa: SIM115 - owned by the process
    return subprocess.Popen(
        [airflow_bin(), "dags", "test", dag_id, LOGICAL_DATE],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def run_dag(dag_id: str, env: dict[str, str], log_dir: Path) -> None:
    started = time.monotonic()
    say(f"running DAG {dag_id} …")
    proc = _dags_test(dag_id, env, log_dir)
    if proc.wait() != 0:
        raise RuntimeError(f"DAG {dag_id} failed; log: {log_dir / (dag_id + '.log')}")
    say(f"DAG {dag_id} done in {time.monotonic() - started:.0f}s")


def run_release_with_approval(env: dict[str, str], log_dir: Path) -> None:
    """Run the release DAG; when it builds a candidate, approve it and answer the waiting task.

    The approval file and the Airflow task are two things: the candidate can be approved before
    its `ApprovalOperator` starts waiting (then `approve` answers no task), so an approved
    candidate keeps being offered to the task until one answer lands.
    """
    from ozero.release.airflow_hitl import answer_waiting_approval, release_match
    from ozero.release.approval import approve
    from ozero.release.candidate import list_candidates

    curator = os.environ.get("OZERO_CURATOR", "demo-curator")  # read per run, not at import
    started = time.monotonic()
    say("running DAG release …")
    proc = _dags_test("release", env, log_dir)
    answered: set[str] = set()
    while proc.poll() is None:
        time.sleep(2)
        for candidate in list_candidates(DATASET):
            if candidate.status == "pending":
                decision = approve(candidate.dataset, candidate.version, curator, "demo run")
                say(f"curator {curator} approved {candidate.dataset} {candidate.version}")
                if decision.airflow_tasks_answered > 0:
                    answered.add(candidate.version)
            elif candidate.status == "approved" and candidate.version not in answered:
                match = release_match(candidate.dataset, candidate.version)
                if answer_waiting_approval("release", True, curator, match) > 0:
                    answered.add(candidate.version)
    if proc.returncode != 0:
        raise RuntimeError(f"DAG release failed; log: {log_dir / 'release.log'}")
    say(f"DAG release done in {time.monotonic() - started:.0f}s")


def main() -> int:
    from ozero.deid.keys import generate_key_file

    settings = get_settings()
    started = time.monotonic()
    key = generate_key_file(settings.key_file)
    say(f"pseudonymisation key {key.key_id} at {settings.key_file} (outside git)")
    env = airflow_env({"OZERO_SIMULATOR_URL": settings.simulator_url})
    log_dir = airflow_home() / "demo-logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    say("preparing the Airflow metadata DB …")
    migrate_db(env)
    with simulator(settings.simulator_url, log_dir):
        for dag_id in [f"ingest_{s.name}" for s in all_sources()] + ["curate"]:
            run_dag(dag_id, env, log_dir)
        run_release_with_approval(env, log_dir)
        served = served_counts(settings.simulator_url)
    os.environ["OZERO_PSEUDONYM_KEY_FILE"] = str(settings.key_file)
    from ozero.report import print_summary

    print_summary(served=served)
    say(f"finished in {time.monotonic() - started:.0f}s; logs in {log_dir}")
    return 0


def served_counts(url: str) -> dict[str, dict[str, int]]:
    """Ask the registries (the simulator) what they serve for the demo's window, per source,
    to check bronze against it."""
    from ozero.sources.registry import all_sources

    until = datetime.fromisoformat(f"{LOGICAL_DATE}T00:00:00+00:00")
    return {s.name: s.served(url, until) for s in all_sources() if s.served is not None}


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RuntimeError as exc:
        print(f"[ozero demo] FAILED: {exc}", file=sys.stderr)
        sys.exit(1)
