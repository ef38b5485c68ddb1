"""How many times one curate run parses its bronze increment, per source (REMD, OMS).

On a lake saved by `curate_fixed_cost.py prepare` (base window curated, a small increment
ingested), this runs `curate_source` for REMD and for OMS on the increment, each with its
parser wrapped to add to Spark accumulators in the Python workers:

* `remd_documents`: SEMD documents validated (XSD + Schematron) and parsed for silver;
* `remd_headers`: documents read for their header only (OMS takes patients' known names
  from REMD headers, to scrub them from claim comments);
* `oms_registers`: register files (or parts of one) stream-parsed.

Each counts a recomputation too (a cached frame evicted or invalidated by a Delta write):
parsed once per run, a count equals the documents (or registers) of the increment.

    PYTHONPATH=<tree> .venv/bin/python bench/curate_parse_counts.py --workdir /tmp/cfc
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.curate_fixed_cost import _use_lake
from bench.pacs_ingest import restore_ingest


def install_counters(spark: Any) -> dict[str, Any]:
    """Accumulators counting every parse the workers run (recomputations included)."""
    from ozero.curate import oms, remd

    acc = {
        name: spark.sparkContext.accumulator(0)
        for name in ("remd_documents", "remd_headers", "oms_registers")
    }
    parser = remd._parser

    def counting_parser(kind: str, fields: tuple[str, ...], schematron: bool) -> Any:
        inner = parser(kind, fields, schematron)
        counter = acc["remd_documents" if schematron else "remd_headers"]

        def parse(batches: Iterator[Any]) -> Iterator[Any]:
            def counted() -> Iterator[Any]:
                for batch in batches:
                    counter.add(len(batch))
                    yield batch

            yield from inner(counted())

        return parse

    def counting(original: Any) -> Any:
        counter = acc["oms_registers"]

        def parse(row: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
            counter.add(1)
            yield from original(row, *args, **kwargs)

        return parse

    remd._parser = counting_parser
    oms.parse_register = counting(oms.parse_register)
    oms.parse_part = counting(oms.parse_part)
    return acc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    import ozero
    from ozero import pipeline
    from ozero.spark import get_spark

    scratch = Path(tempfile.mkdtemp(prefix="cpc-run-", dir=args.workdir))
    try:
        lake = scratch / "lake"
        info = restore_ingest(args.workdir / "saved", lake)
        _use_lake(lake)
        acc = install_counters(get_spark())
        result: dict[str, Any] = {
            "code": str(Path(ozero.__file__).parent.parent),
            "increment": info["increment"],
        }
        for source in ("remd", "oms"):
            before = {k: a.value for k, a in acc.items()}
            report = pipeline.curate_source(source)
            result[source] = {
                "bronze_new": report.get("bronze_new"),
                "written": report.get("written"),
                "quarantined_parse": report.get("quarantined_parse"),
                "parsed": {k: a.value - before[k] for k, a in acc.items()},
            }
            print(source, json.dumps(result[source]), flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if args.out:
        args.out.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
