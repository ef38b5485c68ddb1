"""`make airflow` for real: the four Airflow 3 components come up, parse the DAGs, and go away.

Runs in a throwaway AIRFLOW_HOME on free ports, so it never touches the repo's `.airflow/`
or a stack someone already has open on 8080.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

from ozero.config import REPO_ROOT

DAG_IDS = {"ingest_nsi", "ingest_remd", "ingest_oms", "curate", "release"}
BUDGET_S = 180


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return json.load(response)
    except (OSError, ValueError):
        return None


@pytest.mark.slow
def test_stack_serves_the_dags_and_stops_cleanly(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "AIRFLOW_HOME": str(tmp_path / "airflow"),
        "OZERO_AIRFLOW_PORT": str(port),
        "OZERO_SIMULATOR_URL": f"http://127.0.0.1:{free_port()}",
        "OZERO_PSEUDONYM_KEY_FILE": str(tmp_path / "pseudonym.key"),
        "OZERO_LAKE_URI": str(tmp_path / "lake"),
    }
    out = open(tmp_path / "stack.out", "wb")  # noqa: SIM115 - closed in finally
    stack = subprocess.Popen(
        [sys.executable, "-m", "ozero.airflow_stack"],
        cwd=REPO_ROOT,
        env=env,
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://localhost:{port}/api/v2"
    children: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + BUDGET_S
        health, listed = None, set()
        while time.monotonic() < deadline and stack.poll() is None:
            children = _remember(stack.pid, children)
            health = health or get_json(f"{base}/monitor/health")
            if health:
                dags = get_json(f"{base}/dags?limit=100") or {"dags": []}
                listed = {d["dag_id"] for d in dags["dags"]}
                if listed >= DAG_IDS:
                    break
            time.sleep(2)
        log = (tmp_path / "stack.out").read_text(errors="replace")
        assert stack.poll() is None, f"stack exited early:\n{log}"
        assert health and health["metadatabase"]["status"] == "healthy", log
        assert listed >= DAG_IDS, f"DAGs listed: {sorted(listed)}\n{log}"
        errors = get_json(f"{base}/importErrors")
        assert errors is not None and errors["total_entries"] == 0, errors
        assert (tmp_path / "airflow" / "airflow.db").exists()  # the tmp home was honoured
        children = _remember(stack.pid, children)
    finally:
        if stack.poll() is None:
            stack.send_signal(signal.SIGTERM)
        try:
            code = stack.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(stack.pid, signal.SIGKILL)
            raise
        finally:
            out.close()
    assert code == 0, (tmp_path / "stack.out").read_text(errors="replace")
    _, alive = psutil.wait_procs(children, timeout=10)
    assert not alive, f"children still running after stop: {alive}"
    assert len(children) >= 5  # simulator + api-server, scheduler, dag-processor, triggerer


def _remember(pid: int, known: list[psutil.Process]) -> list[psutil.Process]:
    """All descendants seen so far: workers appear after start, and must be gone after stop."""
    seen = {p.pid: p for p in known}
    try:
        for child in psutil.Process(pid).children(recursive=True):
            seen.setdefault(child.pid, child)
    except psutil.NoSuchProcess:
        pass
    return list(seen.values())
