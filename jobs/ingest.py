"""spark-submit entry point: land one data interval of a registry feed in bronze.

Thin on purpose: the step lives in `ozero.pipeline`, so the cluster runs exactly what the
ingest DAGs and the tests run; the registries are the source registry's.

    spark-submit … jobs/ingest.py remd --start 2026-05-31T00:00:00Z --end 2026-06-01T00:00:00Z
    spark-submit … jobs/ingest.py nsi --option oid=1.2.643.5.1.13.13.11.1005
"""

from __future__ import annotations

import argparse
import json

from ozero import logs
from ozero.pipeline import ingest
from ozero.sources.registry import source_names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", choices=source_names())
    parser.add_argument("--start", help="interval start, ISO 8601 (inclusive)")
    parser.add_argument("--end", help="interval end, ISO 8601 (exclusive)")
    parser.add_argument(
        "--option", action="append", default=[], help="a source option NAME=VALUE (repeatable)"
    )
    logs.add_quiet_flag(parser)
    args = parser.parse_args(argv)
    logs.to_stderr(verbose=not args.quiet)
    options: dict[str, list[str]] = {}
    for item in args.option:
        name, _, value = item.partition("=")
        options.setdefault(name, []).extend(v for v in value.split(",") if v)
    result = ingest(args.source, args.start, args.end, **options)
    print(json.dumps(result, default=str, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
