"""The demo stops a DAG run that outlives its bound and says how to give it more time."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ozero import demo


def test_an_overdue_dag_run_is_stopped_and_named(monkeypatch, tmp_path) -> None:
    started: list[subprocess.Popen] = []

    def sleeper(dag_id, env, log_dir):
        proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        started.append(proc)
        return proc

    monkeypatch.setattr(demo, "_dags_test", sleeper)
    monkeypatch.setattr(demo, "DAG_TIMEOUT_S", 1)
    with pytest.raises(RuntimeError, match="release_x still running after 1 s.*OZERO_DEMO_DAG"):
        demo.run_dag("release_x", {}, tmp_path)
    assert started[0].poll() is not None  # killed, not left behind
