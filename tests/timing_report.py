"""Where a test session's wall time went: per worker and per xdist group.

`make test` runs two pytest-xdist workers; the session lasts as long as the busier one. CI
gives up at 90 minutes and the suite should stay under 60, so when it grows the question is
which worker carried what: `--durations` lists slow tests but names neither the worker nor
the group that pinned them to it. tests/conftest.py writes one line per test to
$OZERO_TIMING_LOG (worker, start, seconds, group, test); `.ci/run` prints this report after
the tests, passed or failed.

    python tests/timing_report.py TIMING_LOG [--groups N]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class TestTime:
    worker: str
    started: float  # seconds into the session
    seconds: float
    group: str
    test: str


def read_log(path: Path) -> list[TestTime]:
    """The log's well-formed lines (a line cut short by a killed worker is skipped)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) != 5:
            continue
        try:
            rows.append(TestTime(fields[0], float(fields[1]), float(fields[2]), *fields[3:]))
        except ValueError:
            continue
    return rows


def report(rows: list[TestTime], groups: int = 12) -> str:
    """Each worker's busy seconds, its last test's end and how many tests it ran; then the
    groups with the most seconds, and the worker they ran on."""
    if not rows:
        return "no test timings recorded"
    busy: dict[str, float] = defaultdict(float)
    ends: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    by_group: dict[str, float] = defaultdict(float)
    group_worker: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        busy[row.worker] += row.seconds
        ends[row.worker] = max(ends[row.worker], row.started + row.seconds)
        counts[row.worker] += 1
        by_group[row.group] += row.seconds
        group_worker[row.group].add(row.worker)
    session = max(ends.values())
    lines = [f"session {session:.0f} s (the last test's end)"]
    for worker in sorted(busy):
        lines.append(
            f"  {worker}: {busy[worker]:.0f} s in {counts[worker]} tests, "
            f"done at {ends[worker]:.0f} s ({session - ends[worker]:.0f} s before the end)"
        )
    lines.append(f"the {min(groups, len(by_group))} groups with the most seconds:")
    for group, seconds in sorted(by_group.items(), key=lambda kv: -kv[1])[:groups]:
        workers = ",".join(sorted(group_worker[group]))
        lines.append(f"  {seconds:7.0f} s  {workers:<9} {group}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path)
    parser.add_argument("--groups", type=int, default=12)
    args = parser.parse_args(argv)
    if not args.log.exists():
        print(f"no timing log at {args.log}: did the tests run?", file=sys.stderr)
        return 2
    print(report(read_log(args.log), args.groups))
    return 0


if __name__ == "__main__":
    sys.exit(main())
