"""SEMD validation throughput: XSD (lxml/libxml2) and the official Schematron (elementpath),
per document, single process, the way the curate step's mapInPandas workers run them.

    .venv/bin/python -m bench.semd_validate --documents 200

Writes `bench/results/semd_validate.json` and prints docs/s per SEMD type and step.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from lxml import etree

from ozero.formats.schematron import load_schematron, run_schematron
from ozero.formats.semd import _xsd_errors, parse_semd174
from ozero.formats.semd186 import parse_semd186
from ozero.simulator.semd186 import render_semd
from ozero.simulator.world import build_world

RESULTS = Path(__file__).parent / "results" / "semd_validate.json"


def _rate(n: int, seconds: float) -> float:
    return round(n / seconds, 1) if seconds else float("inf")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--documents", type=int, default=200, help="174 documents (186: 30 %%)")
    args = ap.parse_args()
    world = build_world(seed=1, patients=100, documents=args.documents)
    started = time.perf_counter()
    rules = {k: load_schematron(k) for k in ("174", "186")}
    compile_s = time.perf_counter() - started
    out: dict[str, object] = {"schematron_compile_s": round(compile_s, 2)}
    for kind, docs in (("174", world.documents), ("186", world.lab_documents)):
        payloads = [render_semd(d, world) for d in docs if not d.is_malformed]
        parse = parse_semd174 if kind == "174" else parse_semd186
        timings = {"xsd": 0.0, "schematron": 0.0, "parse": 0.0}
        for data in payloads:
            t0 = time.perf_counter()
            root = etree.fromstring(data)
            _xsd_errors(root, kind)
            t1 = time.perf_counter()
            run_schematron(rules[kind], root)
            t2 = time.perf_counter()
            parse(data)
            t3 = time.perf_counter()
            timings["xsd"] += t1 - t0
            timings["schematron"] += t2 - t1
            timings["parse"] += t3 - t2
        n = len(payloads)
        out[kind] = {
            "documents": n,
            "bytes_avg": sum(map(len, payloads)) // max(n, 1),
            **{f"{k}_docs_per_s": _rate(n, v) for k, v in timings.items()},
            "all_docs_per_s": _rate(n, sum(timings.values())),
        }
        print(kind, json.dumps(out[kind], ensure_ascii=False))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
