"""`make demo`: the whole pipeline on the embedded default, end to end, with Airflow.

Starts the registry simulator, runs the DAGs with `airflow dags test` (ingest → curate → one
release DAG per declared dataset), approves each release candidate as a curator would, and
prints what the lake now holds. The approval takes the same path as `ozero release approve`: the decision is recorded
in the lake, then the waiting Airflow task is answered through the REST API of an
api-server started for the release step, logged in as the named curator ($OZERO_CURATOR,
default demo-curator). Safe to run again: every step is idempotent, and an unchanged gold
table yields no new release. `--from curate` (or `--from release`) skips the steps before it,
for a lake the demo already filled (e.g. after editing a dataset spec).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from ozero.airflow_env import airflow_bin, airflow_env, airflow_home, migrate_db
from ozero.config import get_settings
from ozero.sources.registry import all_sources

LOGICAL_DATE = "2026-06-01"  # after the simulator's last event: one run covers its history
DEMO_CURATOR = "demo-curator"
DEMO_TEAM = "demo"  # the team the demo grants read access to ($OZERO_TEAM overrides)
API_START_TIMEOUT_S = 180
# A DAG run the demo waits for longer than this is stopped and reported (a run parked on an
# answer that never wakes it would otherwise hold the demo, and CI, for ever)
DAG_TIMEOUT_S = int(os.environ.get("OZERO_DEMO_DAG_TIMEOUT_S", "3600"))


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


def _stop_if_overdue(proc: subprocess.Popen, dag_id: str, started: float, log_dir: Path) -> None:
    if time.monotonic() - started > DAG_TIMEOUT_S:
        _stop_overdue(proc, dag_id, log_dir)


def _stop_overdue(proc: subprocess.Popen, dag_id: str, log_dir: Path) -> None:
    proc.kill()
    proc.wait(timeout=30)
    raise RuntimeError(
        f"DAG {dag_id} still running after {DAG_TIMEOUT_S} s, stopped; log: "
        f"{log_dir / (dag_id + '.log')} (raise OZERO_DEMO_DAG_TIMEOUT_S on a slow machine)"
    )


def run_dag(dag_id: str, env: dict[str, str], log_dir: Path) -> None:
    started = time.monotonic()
    say(f"running DAG {dag_id} …")
    proc = _dags_test(dag_id, env, log_dir)
    try:
        proc.wait(timeout=DAG_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        _stop_overdue(proc, dag_id, log_dir)
    if proc.returncode != 0:
        raise RuntimeError(f"DAG {dag_id} failed; log: {log_dir / (dag_id + '.log')}")
    say(f"DAG {dag_id} done in {time.monotonic() - started:.0f}s")


@contextmanager
def api_server(env: dict[str, str], log_dir: Path):
    """An Airflow api-server on a free port for the release step; yields its base URL.

    `airflow dags test` needs no api-server, but a curator answers the approval request
    through Airflow's REST API, so the demo starts one (one worker) next to the DAG run.
    """
    from ozero.infra.ports import free_port

    port = free_port()
    log = open(log_dir / "api-server.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [airflow_bin(), "api-server", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        yield f"http://127.0.0.1:{port}", proc
    finally:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        log.close()


def approve_waiting_requests(curator: str, approved: set[tuple[str, str]]) -> None:
    """Approve each pending candidate whose approval request is waiting in Airflow.

    Looks the request up through the REST API first (in the dataset's own release DAG), as a
    curator reads "Required actions" before deciding; then decides with `ozero release
    approve`'s own function. `approved` holds the (dataset, version) pairs already decided.
    """
    from ozero.release.airflow_hitl import AirflowClient, release_dag_id, release_match
    from ozero.release.approval import approve
    from ozero.release.candidate import pending_candidates

    for candidate in pending_candidates():
        if (candidate.dataset, candidate.version) in approved:
            continue
        client = AirflowClient.connect(curator)
        match = release_match(candidate.dataset, candidate.version)
        if client is None or not client.waiting_requests(release_dag_id(candidate.dataset), match):
            continue
        outcome = approve(candidate.dataset, candidate.version, curator, "demo run")
        approved.add((candidate.dataset, candidate.version))
        say(
            f"curator {curator} approved {candidate.dataset} {candidate.version} "
            f"(answered {outcome.airflow.answered} Airflow request(s) through the REST API)"
        )


def release_dag_ids() -> list[str]:
    """One release DAG per declared dataset (dags/release.py)."""
    from ozero.datasets.registry import all_specs
    from ozero.release.datasets import release_dag_id_for

    return [release_dag_id_for(spec.name) for spec in all_specs()]


def _run_approving(
    dag_id: str, env: dict[str, str], log_dir: Path, base_url: str, server: subprocess.Popen,
    curator: str, approved: set[tuple[str, str]],
) -> None:  # fmt: skip
    started = time.monotonic()
    say(f"running DAG {dag_id} …")
    proc = _dags_test(dag_id, env, log_dir)
    deadline = time.monotonic() + API_START_TIMEOUT_S
    while proc.poll() is None:
        time.sleep(2)
        _stop_if_overdue(proc, dag_id, started, log_dir)
        if not answers_ok(f"{base_url}/api/v2/monitor/health"):
            if server.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"api-server failed; log: {log_dir / 'api-server.log'}")
            continue
        approve_waiting_requests(curator, approved)
    if proc.returncode != 0:
        raise RuntimeError(f"DAG {dag_id} failed; log: {log_dir / (dag_id + '.log')}")
    say(f"DAG {dag_id} done in {time.monotonic() - started:.0f}s")


def run_release_with_approval(env: dict[str, str], log_dir: Path) -> None:
    """Run every dataset's release DAG, one after another, answering each approval request as
    the named curator (one api-server serves them all)."""
    curator = os.environ.get("OZERO_CURATOR", "").strip() or DEMO_CURATOR  # read per run
    say("starting an api-server for the curator's answers …")
    approved: set[tuple[str, str]] = set()
    with api_server(env, log_dir) as (base_url, server):
        previous = os.environ.get("OZERO_AIRFLOW_URL")
        os.environ["OZERO_AIRFLOW_URL"] = base_url
        try:
            for dag_id in release_dag_ids():
                _run_approving(dag_id, env, log_dir, base_url, server, curator, approved)
        finally:
            if previous is None:
                os.environ.pop("OZERO_AIRFLOW_URL", None)
            else:
                os.environ["OZERO_AIRFLOW_URL"] = previous


STEPS = ("ingest", "curate", "release")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m ozero.demo", description=__doc__)
    parser.add_argument(
        "--from",
        dest="start",
        choices=STEPS,
        default="ingest",
        help="the first step to run (default: ingest, the whole pipeline)",
    )
    return parser.parse_args(argv)


def dag_ids_from(start: str) -> list[str]:
    """The ingest and curate DAGs the demo runs when it starts at `start` (release DAGs run
    through run_release_with_approval)."""
    ingest = [f"ingest_{s.name}" for s in all_sources()]
    return {"ingest": [*ingest, "curate"], "curate": ["curate"], "release": []}[start]


def main(argv: list[str] | None = None) -> int:
    from ozero.deid.keys import generate_key_file

    args = parse_args(argv)
    settings = get_settings()
    started = time.monotonic()
    # the curator is a named Airflow user (simple auth manager), so the manifest names them
    os.environ.setdefault("OZERO_CURATOR", DEMO_CURATOR)
    key = generate_key_file(settings.key_file)
    say(f"pseudonymisation key {key.key_id} at {settings.key_file} (outside git)")
    env = airflow_env({"OZERO_SIMULATOR_URL": settings.simulator_url})
    log_dir = airflow_home() / "demo-logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    say("preparing the Airflow metadata DB …")
    migrate_db(env)
    with simulator(settings.simulator_url, log_dir):
        for dag_id in dag_ids_from(args.start):
            run_dag(dag_id, env, log_dir)
        run_release_with_approval(env, log_dir)
        served = served_counts(settings.simulator_url)
    grant_demo_team(os.environ["OZERO_CURATOR"])
    os.environ["OZERO_PSEUDONYM_KEY_FILE"] = str(settings.key_file)
    from ozero.report import print_summary

    print_summary(served=served)
    from ozero.catalog.build import build as build_catalog
    from ozero.catalog.build import location

    catalog = build_catalog()
    say(f"dataset catalog ({catalog.datasets} datasets): open {location(catalog.index)}")
    say(f"finished in {time.monotonic() - started:.0f}s; logs in {log_dir}")
    return 0


def grant_demo_team(curator: str) -> None:
    """Reading a release needs a grant (docs/access.md): the curator lets the demo's team
    ($OZERO_TEAM, default `demo`) read every published dataset for a year, so the README's
    `OZERO_TEAM=demo` examples work. Re-runs add nothing while that grant is active."""
    from datetime import date, timedelta

    from ozero.access.grants import ensure_grant
    from ozero.release import store

    team = os.environ.get("OZERO_TEAM", "").strip() or DEMO_TEAM
    until = date.today() + timedelta(days=365)
    for dataset in store.release_datasets():
        if ensure_grant(dataset, team, "demo", until, by=curator):
            say(f"granted team {team} read access to {dataset} until {until} (purpose: demo)")


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
