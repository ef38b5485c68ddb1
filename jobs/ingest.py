"""spark-submit entry point: land one data interval of a registry feed in bronze.

Thin on purpose: the step lives in `ozero.pipeline`, so the cluster runs exactly what the
ingest DAGs and the tests run.

    spark-submit … jobs/ingest.py remd --start 2026-05-31T00:00:00Z --end 2026-06-01T00:00:00Z
"""

from __future__ import annotations

import argparse
import json

from ozero.pipeline import ingest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", choices=["nsi", "remd", "oms"])
    parser.add_argument("--start", required=True, help="interval start, ISO 8601 (inclusive)")
    parser.add_argument("--end", required=True, help="interval end, ISO 8601 (exclusive)")
    args = parser.parse_args(argv)
    print(json.dumps(ingest(args.source, args.start, args.end), default=str, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
