"""`make test` relies on pytest-xdist's groups (tests/conftest.py): the tests of one module,
and all users of a shared lake, run on one worker so an expensive fixture is built once.
With pytest 9.2 and pytest-xdist 3.8 the groups silently did nothing; this runs a real
two-worker session and checks that a group stays on one worker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

MODULE = """
import json, os, pytest

@pytest.fixture(scope="module")
def expensive():
    with open(os.environ["BUILDS"], "a") as f:
        f.write(os.environ.get("PYTEST_XDIST_WORKER", "main") + "\\n")

@pytest.mark.parametrize("n", range(6))
def test_uses_the_module_fixture(expensive, n):
    pass
"""


def test_a_module_runs_on_one_worker_and_builds_its_fixture_once(tmp_path: Path):
    (tmp_path / "test_grouped.py").write_text(MODULE)
    conftest = Path(__file__).resolve().parents[1] / "conftest.py"
    (tmp_path / "conftest.py").write_text(conftest.read_text())
    builds = tmp_path / "builds.txt"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2",
         "--dist", "loadgroup", str(tmp_path / "test_grouped.py")],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={**os.environ, "BUILDS": str(builds)},
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "6 passed" in done.stdout
    assert len(builds.read_text().split()) == 1, json.dumps(builds.read_text())
