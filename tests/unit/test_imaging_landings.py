"""SERIES and STUDIES land on two threads (`curate.imaging._land_series_and_studies`): they
really overlap, both are waited for, reports come back in order, and a failure raises what
it raised before the overlap (the series' error first), never a half-finished landing."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from ozero.curate import imaging
from ozero.curate.report import TableReport


class _Landings:
    """A stand-in for `landing.land`: records who landed what, on which thread, when."""

    def __init__(self, fail: dict[str, Exception] | None = None, together: bool = True) -> None:
        self.fail = fail or {}
        self.barrier = threading.Barrier(2, timeout=10) if together else None
        self.finished: dict[str, float] = {}
        self.threads: dict[str, str] = {}

    def __call__(self, ctx: Any, table: str, frame: Any, **kwargs: Any) -> TableReport:
        assert kwargs == {"source_table": imaging.INSTANCES, "deidentify": False}
        self.threads[table] = threading.current_thread().name
        if self.barrier is not None:
            self.barrier.wait()  # both landings are running at once, or this times out
        if table == imaging.STUDIES:
            time.sleep(0.2)  # the studies landing finishes last
        self.finished[table] = time.monotonic()
        if table in self.fail:
            raise self.fail[table]
        report = TableReport(table)
        report.rows = report.written = len(frame)
        return report


def test_series_and_studies_land_at_once_and_report_in_order(monkeypatch) -> None:
    fake = _Landings()
    monkeypatch.setattr(imaging, "land", fake)
    reports = imaging._land_series_and_studies(None, [1, 2], [1])  # type: ignore[arg-type]
    assert [r.table for r in reports] == [imaging.SERIES, imaging.STUDIES]
    assert [r.written for r in reports] == [2, 1]
    assert fake.threads[imaging.SERIES] != fake.threads[imaging.STUDIES]
    assert threading.current_thread().name not in fake.threads.values()


@pytest.mark.parametrize(
    "failing", [(imaging.SERIES,), (imaging.STUDIES,), (imaging.SERIES, imaging.STUDIES)]
)
def test_a_failed_landing_raises_its_error_after_both_are_done(monkeypatch, failing) -> None:
    errors = {table: RuntimeError(f"{table} MERGE failed") for table in failing}
    fake = _Landings(fail=errors)
    monkeypatch.setattr(imaging, "land", fake)
    with pytest.raises(RuntimeError) as raised:
        imaging._land_series_and_studies(None, [1], [1])  # type: ignore[arg-type]
    assert raised.value is errors[failing[0]]  # the series' error when both failed
    # nothing still running when the error surfaces: the slower landing had finished
    assert set(fake.finished) == {imaging.SERIES, imaging.STUDIES}
    assert time.monotonic() >= fake.finished[imaging.STUDIES]


def test_an_error_raised_before_the_other_landing_ends_still_waits_for_it(monkeypatch) -> None:
    """The series landing fails at once; the error is raised only once the studies landing
    (which may be mid-commit) has ended, so no landing is left running behind the error."""
    fake = _Landings(fail={imaging.SERIES: ValueError("series refused")}, together=False)
    monkeypatch.setattr(imaging, "land", fake)
    with pytest.raises(ValueError, match="series refused"):
        imaging._land_series_and_studies(None, [1], [1])  # type: ignore[arg-type]
    assert imaging.STUDIES in fake.finished
