"""Shared fixtures: one Spark session per test run, a throwaway lake per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests share the machine (2 cores, 24 GB) with other JVMs (the e2e DAG runs): keep heaps small.
os.environ.setdefault("OZERO_SPARK_DRIVER_MEMORY", "2g")


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
