"""spark-submit entry point: pin gold's current versions as a release candidate.

Prints the candidate, or `null` when gold has not changed since the last release. Approval
stays with a curator (`ozero release approve DATASET VERSION` or the Airflow UI).
"""

from __future__ import annotations

import argparse
import json

from ozero import logs
from ozero.pipeline import build_release_candidate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", help="e.g. chest-imaging-protocols")
    logs.add_quiet_flag(parser)
    args = parser.parse_args(argv)
    logs.to_stderr(verbose=not args.quiet)
    candidate = build_release_candidate(args.dataset)
    print(json.dumps(candidate, default=str, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
