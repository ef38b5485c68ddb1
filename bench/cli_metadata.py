"""How long the metadata commands take to answer, as a user runs them (a fresh process each).

    .venv/bin/python bench/cli_metadata.py [--runs 5] [--ozero PATH] [--label NAME]

Runs each command `--runs` times against the lake that OZERO_LAKE_URI (or the default) names,
e.g. the demo lake after `make demo`, and reports wall-clock seconds (min / median / max)
and CPU seconds of the command's processes (user + system of it and its children: a JVM
included). The box is shared: wall time depends on the load, CPU time much less. `--ozero`
points at another checkout's command to measure a before/after on the same lake. Writes
`bench/results/cli_metadata[-LABEL].json`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COMMANDS = (
    ("lake", "tables", "--json"),
    ("lake", "runs", "--json"),
    ("lake", "nsi-version", "1.2.643.5.1.13.13.11.1005"),
    ("release", "list", "--json"),
)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(ozero: str, command: tuple[str, ...], runs: int) -> dict:
    walls, cpus = [], []
    for _ in range(runs):
        cpu_before, started = _children_cpu(), time.perf_counter()
        result = subprocess.run([ozero, *command], capture_output=True, text=True)
        walls.append(time.perf_counter() - started)
        cpus.append(_children_cpu() - cpu_before)
        if result.returncode != 0:
            sys.exit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr[-2000:]}")
        if "--json" in command:
            json.loads(result.stdout)  # the answer must parse, or the timing means nothing
    return {
        "command": "ozero " + " ".join(command),
        "wall_s": {"min": min(walls), "median": statistics.median(walls), "max": max(walls)},
        "cpu_s_median": statistics.median(cpus),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ozero", default=str(REPO / ".venv" / "bin" / "ozero"))
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    rows = [measure(args.ozero, command, args.runs) for command in COMMANDS]
    report = {
        "ozero": args.ozero,
        "lake": os.environ.get("OZERO_LAKE_URI", str(REPO / "lake")),
        "runs": args.runs,
        "load_average_1min": {"start": load_before, "end": os.getloadavg()[0]},
        "commands": rows,
    }
    out = REPO / "bench" / "results" / f"cli_metadata{'-' + args.label if args.label else ''}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"{'command':<52} {'wall min':>8} {'median':>8} {'max':>8} {'cpu med':>8}")
    for row in rows:
        wall = row["wall_s"]
        print(
            f"{row['command']:<52} {wall['min']:>8.2f} {wall['median']:>8.2f} "
            f"{wall['max']:>8.2f} {row['cpu_s_median']:>8.2f}"
        )
    print(f"load average {load_before:.1f} → {os.getloadavg()[0]:.1f}; written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
