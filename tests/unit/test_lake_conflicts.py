"""A lost commit race is recognised whatever Delta class reports it, so an idempotent write
is retried (Delta 4's Python exception classes share no base class)."""

from __future__ import annotations

import pytest
from delta.exceptions import base, captured

from ozero import lake

KINDS = (
    "ConcurrentAppendException",
    "ConcurrentDeleteReadException",
    "ConcurrentDeleteDeleteException",
    "ConcurrentTransactionException",
    "ConcurrentWriteException",
    "MetadataChangedException",
    "ProtocolChangedException",
    "DeltaConcurrentModificationException",
)


@pytest.mark.parametrize("kind", KINDS)
def test_every_delta_conflict_is_a_lost_race(kind: str) -> None:
    assert lake.is_conflict(getattr(base, kind)(message="lost a race"))


def test_what_pyspark_raises_is_one_of_the_named_kinds() -> None:
    """PySpark raises a captured class from the JVM: a subclass of the named kind (so it is
    recognised), and no DeltaConcurrentModificationException (so that alone missed it)."""
    raised = captured.ConcurrentAppendException
    assert issubclass(raised, base.ConcurrentAppendException)
    assert not issubclass(raised, base.DeltaConcurrentModificationException)


def test_other_errors_are_not_retried() -> None:
    assert not lake.is_conflict(ValueError("bad input"))


def test_a_lost_race_is_retried_then_the_write_succeeds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lake.time, "sleep", lambda _: None)
    calls = []

    def write() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise base.ConcurrentAppendException(message="a concurrent MERGE added data")
        return "written"

    assert lake.with_conflict_retries("merge into t", write) == "written"
    assert len(calls) == 3
