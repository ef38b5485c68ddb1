"""`make airflow`: the real Airflow 3 stack on the embedded default, plus the registry simulator.

OZERO_AIRFLOW_DB=postgres keeps the metadata in a throwaway local PostgreSQL instead of SQLite.
OZERO_AIRFLOW_STORAGE=s3 puts the lake on local S3 servers (S3Proxy, `ozero.infra.s3_server`),
one bucket per privacy zone with its own keys, objects kept in `.s3/` across restarts.

`airflow standalone` hides its components behind one log; here each component is its own
child process with its own log file, so a failing scheduler or DAG processor is visible at
once, and the same env (`ozero.airflow_env`) serves the demo, this stack and the tests.
Ctrl-C or SIGTERM stops every child; a component that dies early stops the rest.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ozero.airflow_env import (
    airflow_bin,
    airflow_env,
    airflow_home,
    airflow_users,
    metadata_db,
    migrate_db,
    passwords_file,
    wants_local_postgres,
)
from ozero.catalog.serve import catalog_in_background
from ozero.config import REPO_ROOT, get_settings
from ozero.demo import answers_ok, simulator

COMPONENTS: dict[str, list[str]] = {
    "api-server": ["api-server", "--port", "{port}"],
    "scheduler": ["scheduler"],
    "dag-processor": ["dag-processor"],
    "triggerer": ["triggerer"],
}


def dag_ids() -> tuple[str, ...]:
    """Every Ozero DAG but the (paused) upkeep: one ingest DAG per source, `curate`, one
    release DAG per dataset, and the access-request sweep and its per-request DAG."""
    from ozero.access.airflow_answer import REQUEST_DAG_ID, SWEEP_DAG_ID
    from ozero.datasets.registry import all_specs
    from ozero.release.datasets import release_dag_id_for
    from ozero.sources.registry import all_sources

    return (
        *(f"ingest_{s.name}" for s in all_sources()),
        "curate",
        *(release_dag_id_for(spec.name) for spec in all_specs()),
        SWEEP_DAG_ID,
        REQUEST_DAG_ID,
    )


STOP_TIMEOUT_S = 30.0
HEALTH_TIMEOUT_S = 180.0


def say(message: str) -> None:
    print(f"[ozero airflow] {message}", flush=True)


class Stop(Exception):
    """Raised by the SIGTERM handler so shutdown runs the same path as Ctrl-C."""


@dataclass
class Component:
    name: str
    proc: subprocess.Popen
    log_path: Path
    log: IO[bytes]


def catalog_port() -> int:
    return int(os.environ.get("OZERO_CATALOG_PORT", "8090"))


def port() -> int:
    return int(os.environ.get("OZERO_AIRFLOW_PORT", "8080"))


def wants_s3() -> bool:
    """OZERO_AIRFLOW_STORAGE=s3: the lake on local S3 servers rather than ./lake."""
    chosen = os.environ.get("OZERO_AIRFLOW_STORAGE", "local").strip().lower()
    if chosen not in ("local", "s3"):
        raise ValueError(f"OZERO_AIRFLOW_STORAGE must be local or s3, not {chosen!r}")
    return chosen == "s3"


@contextlib.contextmanager
def lake_storage(env: dict[str, str], log_dir: Path) -> Iterator[dict[str, str]]:
    """`env` as is, or pointed at three S3 servers (restricted, lake, releases) that live as
    long as the block; this process (simulator, catalog) uses them too."""
    if not wants_s3():
        yield env
        return
    from ozero.infra import s3_server

    data = REPO_ROOT / ".s3"
    log = log_dir / "s3proxy.log"
    with s3_server.zones_running(log_path=log, data_dir=data, bucket_prefix="ozero") as store:
        zone_env = store.env()
        os.environ.update(zone_env)
        exports = airflow_home() / "s3.env"
        exports.parent.mkdir(parents=True, exist_ok=True)
        exports.unlink(missing_ok=True)
        with os.fdopen(os.open(exports, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as f:
            f.write("\n".join(s3_server.exports(zone_env)) + "\n")
        servers = ", ".join(f"{n} {s.endpoint}" for n, s in store.servers.items())
        say(f"lake on S3 servers ({servers}), objects in {data}; log {log}")
        say(f"for `ozero` commands in another shell: source {exports}")
        yield {**env, **zone_env}


def stack_env(api_port: int) -> dict[str, str]:
    """The shared Airflow env, with task runs pointed at this api-server's execution API."""
    settings = get_settings()
    env = airflow_env({"OZERO_SIMULATOR_URL": settings.simulator_url})
    env.setdefault(
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL", f"http://localhost:{api_port}/execution/"
    )
    # every task starts its own Spark driver: a laptop runs a few at a time, not 32
    env.setdefault("AIRFLOW__CORE__PARALLELISM", "4")
    return env


def start_component(name: str, env: dict[str, str], log_dir: Path, api_port: int) -> Component:
    """One component in its own session, so stopping it also stops its workers."""
    args = [a.format(port=api_port) for a in COMPONENTS[name]]
    log_path = log_dir / f"{name}.log"
    log = open(log_path, "ab")  # noqa: SIM115 - closed in stop_all
    proc = subprocess.Popen(
        [airflow_bin(), *args],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    return Component(name, proc, log_path, log)


def _signal_group(proc: subprocess.Popen, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, sig)  # the child leads its own session: pgid == pid


def stop_all(components: list[Component], timeout: float = STOP_TIMEOUT_S) -> None:
    """SIGTERM every component's process group, then SIGKILL what outlives the timeout."""
    for c in components:
        if c.proc.poll() is None:
            say(f"stopping {c.name} (pid {c.proc.pid})")
        _signal_group(c.proc, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for c in components:
        try:
            c.proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            say(f"{c.name} ignored SIGTERM; killing it")
            _signal_group(c.proc, signal.SIGKILL)
            c.proc.wait(timeout=10)
        # workers the component forked may outlive it: reap the rest of its group
        _signal_group(c.proc, signal.SIGKILL)
        c.log.close()


def tail(path: Path, lines: int = 40) -> str:
    with open(path, encoding="utf-8", errors="replace") as handle:
        return "".join(deque(handle, maxlen=lines))


def first_dead(components: list[Component]) -> Component | None:
    return next((c for c in components if c.proc.poll() is not None), None)


def api_healthy(base_url: str) -> bool:
    return answers_ok(f"{base_url}/api/v2/monitor/health", timeout=3)


def wait_for_api(base_url: str, components: list[Component]) -> None:
    deadline = time.monotonic() + HEALTH_TIMEOUT_S
    while not api_healthy(base_url):
        if first_dead(components) is not None:
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"api-server did not answer at {base_url} in {HEALTH_TIMEOUT_S}s")
        time.sleep(1)


def unpause_hint(env: dict[str, str]) -> list[str]:
    """Shell lines that unpause every Ozero DAG when pasted into any shell.

    `airflow dags unpause` takes one DAG id (or a regex with --treat-dag-id-as-regex) and
    must see this stack's AIRFLOW_HOME (and its database, when it is not the default one).
    """
    lines = [f"export AIRFLOW_HOME={shlex.quote(env['AIRFLOW_HOME'])}"]
    default_db = f"sqlite:///{Path(env['AIRFLOW_HOME']) / 'airflow.db'}"
    conn = env.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", default_db)
    if conn != default_db:
        lines.append(f"export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN={shlex.quote(conn)}")
    pattern = "^(" + "|".join(dag_ids()) + ")$"
    lines.append(
        f"{shlex.quote(airflow_bin())} dags unpause --treat-dag-id-as-regex --yes "
        f"{shlex.quote(pattern)}"
    )
    return lines


def print_ready(
    base_url: str, log_dir: Path, env: dict[str, str], catalog_url: str | None = None
) -> None:
    users = ", ".join(u.split(":")[0] for u in airflow_users().split(",") if u.strip())
    say(f"Airflow UI: {base_url}  (log in as {users}; passwords in {passwords_file()})")
    if catalog_url:
        say(f"dataset catalog: {catalog_url}  (rebuilt after every publication)")
    say(f"component logs: {log_dir}/<component>.log")
    say("DAGs start paused; to unpause all of them, paste into a shell:")
    for line in unpause_hint(env):
        say(f"    {line}")
    say("ingest runs on schedules; curate and release follow by assets.")
    say("Decide on release candidates under 'Required actions', or with")
    say("    ozero release candidates --show   then   ozero release approve|reject NAME VERSION")
    say("Ctrl-C stops everything.")


def supervise(
    components: list[Component],
    base_url: str,
    log_dir: Path,
    env: dict[str, str],
    catalog_url: str | None = None,
) -> int:
    """Block until a signal (exit 0) or a component's death (exit 1, with its log tail)."""
    wait_for_api(base_url, components)
    if first_dead(components) is None:
        print_ready(base_url, log_dir, env, catalog_url)
    while (dead := first_dead(components)) is None:
        time.sleep(1)
    say(f"{dead.name} exited with code {dead.proc.returncode}; stopping the rest")
    dead.log.flush()
    sys.stderr.write(f"--- last lines of {dead.log_path} ---\n{tail(dead.log_path)}\n")
    return 1


def _raise_stop(signum: int, frame: object) -> None:
    raise Stop


def main() -> int:
    from ozero.deid.keys import generate_key_file

    signal.signal(signal.SIGTERM, _raise_stop)
    settings = get_settings()
    api_port = port()
    base_url = f"http://localhost:{api_port}"
    env = stack_env(api_port)
    log_dir = airflow_home() / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    key = generate_key_file(settings.key_file)
    say(f"pseudonymisation key {key.key_id} at {settings.key_file}")
    try:
        with metadata_db(env) as env:
            if wants_local_postgres():
                say("metadata DB: a throwaway local PostgreSQL (deleted when the stack stops)")
            say(f"migrating the Airflow metadata DB for {airflow_home()} …")
            migrate_db(env)
            with (
                lake_storage(env, log_dir) as env,
                simulator(settings.simulator_url, log_dir),
                catalog_in_background(catalog_port(), say) as catalog_url,
            ):
                return run_components(env, log_dir, api_port, base_url, catalog_url)
    except (KeyboardInterrupt, Stop):
        return 0


def run_components(
    env: dict[str, str], log_dir: Path, api_port: int, base_url: str, catalog_url: str | None
) -> int:
    """Start the components and supervise them; stop them all whatever way this ends."""
    components: list[Component] = []
    try:
        for name in COMPONENTS:
            components.append(start_component(name, env, log_dir, api_port))
            say(f"started {name} (pid {components[-1].proc.pid})")
        return supervise(components, base_url, log_dir, env, catalog_url)
    except (KeyboardInterrupt, Stop):
        say("shutting down")
        return 0
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut cleanup
        stop_all(components)
        say("all components stopped")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RuntimeError as exc:
        print(f"[ozero airflow] FAILED: {exc}", file=sys.stderr)
        sys.exit(1)
