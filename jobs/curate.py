"""spark-submit entry point: bronze → silver (all sources) → gold, validated.

Thin on purpose: the step lives in `ozero.pipeline.curate`, the same code the curate DAG
runs task by task.
"""

from __future__ import annotations

import argparse
import json

from ozero import logs
from ozero.pipeline import curate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    logs.add_quiet_flag(parser)
    args = parser.parse_args(argv)
    logs.to_stderr(verbose=not args.quiet)
    print(json.dumps(curate(), default=str, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
