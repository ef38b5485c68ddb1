"""The CI timing report: which worker carried what, which groups held the session up."""

from __future__ import annotations

from pathlib import Path

from tests.timing_report import main, read_log, report

LOG = (
    "gw0\t0.0\t600.0\ttests/e2e/test_demo.py\ttests/e2e/test_demo.py::test_a\n"
    "gw1\t0.0\t100.0\tcurated-lake\ttests/integration/test_x.py::test_b\n"
    "gw1\t100.0\t50.5\tcurated-lake\ttests/integration/test_y.py::test_c\n"
    "gw0\t600.0\t30.0\ttests/unit/test_z.py\ttests/unit/test_z.py::test_d\n"
    "gw1\t150.5\t7"  # cut short by a killed worker
)


def test_each_worker_busy_time_and_end_and_the_heaviest_group_first(tmp_path: Path):
    log = tmp_path / "timing.log"
    log.write_text(LOG, encoding="utf-8")
    rows = read_log(log)
    assert len(rows) == 4
    text = report(rows, groups=2)
    assert text.splitlines()[0] == "session 630 s (the last test's end)"
    assert "gw0: 630 s in 2 tests, done at 630 s (0 s before the end)" in text
    assert "gw1: 150 s in 2 tests, done at 150 s (480 s before the end)" in text
    groups = text.split("groups with the most seconds:")[1].split("\n")[1:]
    assert groups[0].split()[:3] == ["600", "s", "gw0"]
    assert groups[1].split()[-1] == "curated-lake" and len(groups) == 2


def test_an_empty_or_missing_log_says_so(tmp_path: Path, capsys):
    assert report([]) == "no test timings recorded"
    assert main([str(tmp_path / "absent.log")]) == 2
    assert "did the tests run?" in capsys.readouterr().err
