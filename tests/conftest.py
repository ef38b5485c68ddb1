"""Shared fixtures: one Spark session per test run, a throwaway lake per test."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

# pytest-xdist workers run under execnet, whose __main__ has no __file__: PySpark's Connect
# module (imported by Great Expectations) then believes it runs doctests and exits the worker.
_main = sys.modules["__main__"]
if getattr(_main, "__spec__", None) is None and not hasattr(_main, "__file__"):
    _main.__file__ = "<pytest-xdist worker>"

# Tests share the machine (2 cores, 24 GB) with other JVMs (the e2e DAG runs): keep heaps small.
os.environ.setdefault("OZERO_SPARK_DRIVER_MEMORY", "2g")


_SESSION_STARTED = time.monotonic()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Append each failure to $OZERO_FAILURE_LOG (seconds into the session, worker, test,
    the crash's first line): CI prints the earliest ones, which tell a cascade's cause from
    its echoes. Written by the process that ran the test (a worker under xdist)."""
    path = os.environ.get("OZERO_FAILURE_LOG")
    if not path or not report.failed or getattr(report, "node", None) is not None:
        return  # (a report carrying ``node`` is a worker's, relayed to the controller)
    crash = getattr(report.longrepr, "reprcrash", None)
    message = (crash.message.splitlines() or [""])[0][:160] if crash is not None else ""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    elapsed = time.monotonic() - _SESSION_STARTED
    with open(path, "a", encoding="utf-8") as log:
        log.write(f"{elapsed:8.0f} {worker} {report.nodeid} ({report.when}): {message}\n")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    """Append each test's wall time (set-up, call and teardown together) to $OZERO_TIMING_LOG
    as `worker<TAB>seconds into the session<TAB>seconds<TAB>xdist group<TAB>test`:
    `tests/timing_report.py` tells from it how busy each worker was and which groups held the
    session up, which --durations cannot (it names no worker and no group)."""
    path = os.environ.get("OZERO_TIMING_LOG")
    started = time.monotonic()
    yield
    if not path:
        return
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    group = _group(item)
    with open(path, "a", encoding="utf-8") as log:
        log.write(
            f"{worker}\t{started - _SESSION_STARTED:.1f}\t{time.monotonic() - started:.1f}"
            f"\t{group}\t{item.nodeid}\n"
        )


@pytest.fixture(scope="session")
def spark():
    from ozero.spark import get_spark

    return get_spark()


@pytest.fixture()
def lake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh lake folder; every `get_settings()` call sees it."""
    root = tmp_path / "lake"
    monkeypatch.setenv("OZERO_LAKE_URI", str(root))
    return root


@pytest.fixture()
def pseudonym_key(monkeypatch: pytest.MonkeyPatch) -> str:
    """A test-only key from the environment, as production would pass a secret."""
    secret = os.urandom(32).hex()
    monkeypatch.setenv("OZERO_PSEUDONYM_KEY", secret)
    monkeypatch.setenv("OZERO_PSEUDONYM_KEY_ID", "test-key")
    return secret


# Tests that must run first, in this order: the longest ones (a real Airflow scheduler, the
# demo), so that under pytest-xdist each gets a worker while the other worker runs the rest.
# test_concurrency is the longest integration test (~10 min): it starts next, not last.
FIRST = (
    "tests/e2e/test_release_scheduler.py",
    "tests/e2e/test_demo.py",
    "tests/integration/test_concurrency.py",
    "tests/integration/test_spark_cluster.py",
)


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook, which reads the groups into node ids
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """`make test` runs two pytest-xdist workers (`--dist loadgroup`): tests sharing an
    expensive fixture must run in one worker so it is built once: the users of each shared
    integration lake (curated, imaging) are one group; every other module is a group of its
    own (module-scoped fixtures such as the demo run)."""
    for item in items:
        item.add_marker(pytest.mark.xdist_group(_group(item)))

    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::", 1)[0]
        return FIRST.index(path) if path in FIRST else len(FIRST)

    items.sort(key=rank)  # stable: the rest keep their collection order


SHARED_LAKES = ("curated_lake", "imaging_lake")  # session fixtures: one xdist group each


def _group(item: pytest.Item) -> str:
    used = getattr(item, "fixturenames", ())
    shared = [name for name in SHARED_LAKES if name in used]
    return shared[0].replace("_", "-") if shared else item.nodeid.split("::", 1)[0]
