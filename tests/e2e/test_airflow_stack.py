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

DAG_IDS = {
    "ingest_nsi",
    "ingest_remd",
    "ingest_oms",
    "ingest_pacs",
    "curate",
    "release_chest_imaging_protocols",
}
BUDGET_S = 180


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(url: str, token: str | None = None) -> dict | None:
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.load(response)
    except (OSError, ValueError):
        return None


def login(base: str, home: Path, user: str) -> str | None:
    """A named user's token, with the password Airflow generated for them."""
    try:
        password = json.loads((home / "simple_auth_manager_passwords.json.generated").read_text())[
            user
        ]
    except (OSError, ValueError, KeyError):
        return None
    body = json.dumps({"username": user, "password": password}).encode()
    request = urllib.request.Request(
        f"{base}/auth/token", body, {"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.load(response)["access_token"]
    except (OSError, ValueError, KeyError):
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
        "OZERO_AIRFLOW_USERS": "stack-curator:admin",
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
        health, listed, token = None, set(), None
        home = tmp_path / "airflow"
        while time.monotonic() < deadline and stack.poll() is None:
            children = _remember(stack.pid, children)
            health = health or get_json(f"{base}/monitor/health")
            token = token or (health and login(f"http://localhost:{port}", home, "stack-curator"))
            if token:
                assert get_json(f"{base}/dags?limit=100") is None  # no login, no answer
                dags = get_json(f"{base}/dags?limit=100", token) or {"dags": []}
                listed = {d["dag_id"] for d in dags["dags"]}
                if listed >= DAG_IDS:
                    break
            time.sleep(2)
        log = (tmp_path / "stack.out").read_text(errors="replace")
        assert stack.poll() is None, f"stack exited early:\n{log}"
        assert health and health["metadatabase"]["status"] == "healthy", log
        assert listed >= DAG_IDS, f"DAGs listed: {sorted(listed)}\n{log}"
        errors = get_json(f"{base}/importErrors", token)
        assert errors is not None and errors["total_entries"] == 0, errors
        assert (tmp_path / "airflow" / "airflow.db").exists()  # the tmp home was honoured
        assert "log in as stack-curator" in log and "dags unpause --treat-dag-id-as-regex" in log
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
