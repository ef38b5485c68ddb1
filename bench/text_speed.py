"""Text scrubber speed: docs per CPU-second and per wall second over a large fixed corpus,
A/B between source trees, and a proof that two trees find the very same spans.

Corpus (``corpus()``, 4,067 documents): every text of ``text_corpus/*.jsonl`` plus the
synthetic generator's dev and held-out halves (600 each, ``text_deid.corpora``'s seeds) and
its two unseen-name sets (300 each). The scrubber is ``text_deid.Ozero`` (the production
``TextScrubber``) with its per-text LRU switched off, so every document is analysed; the
per-word caches stay on, as in production.

Each measurement runs in a fresh process (``python bench/text_speed.py worker``) started
with ``PYTHONPATH`` at one source tree: it builds the scrubber, warms it on 100 documents
outside the corpus, then times ``--passes`` passes over the corpus in process CPU time and
wall time (the first pass sees unseen text; later ones find per-word caches warm).
``--repeats`` fresh processes per tree, trees interleaved (A, B, A, B, …) so that whatever
else runs on the shared box hits both alike; the report gives the median, min, max and
spread ((max - min) / median) per tree, and the speed-up of each tree over the first as the
median of paired ratios (the first-pass CPU seconds of the two runs of one repeat, which ran
back to back). ``--workers 2`` also times a 2-process pool
(spawned, each worker warmed before the clock) in wall docs/s and docs per worker CPU-s.
``--batch N`` hands the scrubber N documents at a time (``TextScrubber.analyze_many``, as the
Spark UDF does through ``scrub_many``) instead of one (``analyze``, as the ``ozero deid text``
CLI does line by line); the pool's tasks are then N documents.

Usage::

    python bench/text_speed.py speed --trees base=/tmp/base,new=. [--repeats 5]
        [--passes 1] [--workers 2] [--batch 64] [--out bench/results/text_speed.json]
    PYTHONPATH=/tmp/new python bench/text_speed.py spans [--batch 64] --out /tmp/spans_new.jsonl
    python bench/text_speed.py compare /tmp/spans_base.jsonl /tmp/spans_new.jsonl

``/tmp/base`` holds the base commit's package: ``git archive BASE ozero | tar -x -C /tmp/base``.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import multiprocessing as mp  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from text_corpus import markup  # noqa: E402
from text_corpus.generate import DEV, HELDOUT, HELDOUT_SEED, SEED, generate  # noqa: E402
from text_deid import Ozero  # noqa: E402

WARMUP_SEED = 777  # warm-up documents: generated apart from every corpus document
WARMUP_DOCS = 100
CHUNK = 25


def corpus() -> list[tuple[str, str]]:
    """(source, text) of every bench document, in a fixed order."""
    docs: list[tuple[str, str]] = []
    for path in sorted((HERE / "text_corpus").glob("*.jsonl")):
        docs += [(path.stem, d["text"]) for d in markup.load(path)]
    docs += [("dev", d["text"]) for d in generate(600, SEED, DEV)]
    docs += [("heldout", d["text"]) for d in generate(600, SEED, HELDOUT)]
    for k in (1, 2):
        docs += [(f"names{k}", d["text"]) for d in generate(300, HELDOUT_SEED, HELDOUT, names=k)]
    return docs


def warmup_texts() -> list[str]:
    return [d["text"] for d in generate(WARMUP_DOCS, WARMUP_SEED, DEV)]


def scrubber() -> Ozero:
    """The bench scrubber with its per-text cache off (corpus texts may repeat)."""
    system = Ozero()
    system.scrubber._cache.size = 0
    return system


def analyse(system: Ozero, texts: list[str], batch: int) -> list[list]:
    """Every text's findings, one ``analyze`` each or ``analyze_many`` per ``batch`` texts."""
    if batch <= 1:
        return [system.scrubber.analyze(text) for text in texts]
    found: list[list] = []
    for i in range(0, len(texts), batch):
        found += system.scrubber.analyze_many(texts[i : i + batch])
    return found


def _ozero_root() -> str:
    import ozero

    return str(Path(ozero.__file__).resolve().parents[1])


# ---------------------------------------------------------------- worker ------------

_pool_system: Ozero | None = None
_pool_batch = 1


def _pool_init(batch: int) -> None:
    global _pool_system, _pool_batch
    _pool_system = scrubber()
    _pool_batch = batch
    for text in warmup_texts():
        _pool_system(text)


def _pool_chunk(texts: list[str]) -> float:
    assert _pool_system is not None
    cpu = time.process_time()
    analyse(_pool_system, texts, _pool_batch)
    return time.process_time() - cpu


def _pool_ready(_: int) -> int:
    return os.getpid()


def two_workers(texts: list[str], workers: int, batch: int) -> dict:
    """Wall docs/s and docs per worker CPU-second of a spawned pool over ``texts``."""
    size = max(CHUNK, batch)
    chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
    spawn = mp.get_context("spawn")
    with spawn.Pool(workers, initializer=_pool_init, initargs=(batch,)) as pool:
        while len(set(pool.map(_pool_ready, range(workers * 4), chunksize=1))) < workers:
            time.sleep(0.2)  # every worker has loaded and warmed up
        started = time.perf_counter()
        cpu = sum(pool.imap_unordered(_pool_chunk, chunks))
        wall = time.perf_counter() - started
    return {"docs_per_s": len(texts) / wall, "docs_per_cpu_s": len(texts) / cpu, "wall_s": wall}


def worker(passes: int, workers: int, batch: int) -> dict:
    """One measurement in this process (its ``ozero`` is the one on PYTHONPATH)."""
    texts = [t for _, t in corpus()]
    started = time.perf_counter()
    system = scrubber()
    for text in warmup_texts():
        system(text)
    out: dict = {
        "ozero": _ozero_root(),
        "docs": len(texts),
        "chars": sum(map(len, texts)),
        "load_and_warmup_s": time.perf_counter() - started,
        "batch": batch,
        "passes": [],
    }
    for _ in range(passes):
        wall, cpu = time.perf_counter(), time.process_time()
        analyse(system, texts, batch)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        out["passes"].append({"cpu_s": cpu, "wall_s": wall, "docs_per_cpu_s": len(texts) / cpu})
    if workers > 1:
        out["workers"] = two_workers(texts, workers, batch)
    return out


def run_worker(tree: str, passes: int, workers: int, batch: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(Path(tree).resolve())}
    cmd = [sys.executable, str(Path(__file__).resolve()), "worker"]
    cmd += ["--passes", str(passes), "--workers", str(workers), "--batch", str(batch)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if Path(result["ozero"]) != Path(tree).resolve():
        raise RuntimeError(f"worker imported ozero from {result['ozero']}, not {tree}")
    return result


# ---------------------------------------------------------------- report ------------


def summary(values: list[float]) -> dict:
    median = statistics.median(values)
    return {
        "median": median,
        "min": min(values),
        "max": max(values),
        "spread": (max(values) - min(values)) / median,
        "values": values,
    }


def speed(args: argparse.Namespace) -> dict:
    trees = dict(item.split("=", 1) for item in args.trees.split(","))
    runs: dict[str, list[dict]] = {name: [] for name in trees}
    started = time.time()
    load_start = os.getloadavg()
    for r in range(args.repeats):
        order = list(trees) if r % 2 == 0 else list(reversed(trees))  # A B, B A, …
        for name in order:
            workers = args.workers if r == 0 else 1
            result = run_worker(trees[name], args.passes, workers, args.batch)
            runs[name].append(result)
            rates = ", ".join(f"{p['docs_per_cpu_s']:.1f}" for p in result["passes"])
            extra = ""
            if "workers" in result:
                w = result["workers"]
                extra = f"; {args.workers} workers {w['docs_per_s']:.1f} docs/s wall"
            print(f"repeat {r} {name:<8} docs/CPU-s per pass: {rates}{extra}", flush=True)
    report: dict = {
        "docs": runs[next(iter(trees))][0]["docs"],
        "chars": runs[next(iter(trees))][0]["chars"],
        "repeats": args.repeats,
        "passes": args.passes,
        "batch": args.batch,
        "trees": trees,
        "started": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(started)),
        "load_average_start": load_start,
        "load_average_end": os.getloadavg(),
        "results": {},
    }
    for name, results in runs.items():
        entry: dict = {}
        for p in range(args.passes):
            label = "first_pass" if p == 0 else f"pass_{p + 1}"
            ps = [res["passes"][p] for res in results]
            entry[label] = {
                "docs_per_cpu_s": summary([x["docs_per_cpu_s"] for x in ps]),
                "docs_per_wall_s": summary([report["docs"] / x["wall_s"] for x in ps]),
            }
        if "workers" in results[0]:
            entry["workers"] = {"count": args.workers, **results[0]["workers"]}
        report["results"][name] = entry
    first = next(iter(trees))
    for name in list(trees)[1:]:  # the same repeat's runs ran back to back: pair them
        ratios = [
            b["passes"][0]["cpu_s"] / a["passes"][0]["cpu_s"]
            for a, b in zip(runs[name], runs[first])
        ]
        report["results"][name][f"speedup_vs_{first}"] = summary(ratios)
    for name, entry in report["results"].items():
        for label, m in entry.items():
            if label.startswith("speedup_vs_"):
                print(f"{name:<8} {label}: paired median x{m['median']:.3f} "
                      f"[{m['min']:.3f}..{m['max']:.3f}] (first-pass CPU time ratio)")  # fmt: skip
                continue
            if label == "workers":
                print(f"{name:<8} {m['count']} workers: {m['docs_per_s']:.1f} docs/s wall, "
                      f"{m['docs_per_cpu_s']:.1f} docs per worker CPU-s")  # fmt: skip
                continue
            c = m["docs_per_cpu_s"]
            print(f"{name:<8} {label:<10} docs/CPU-s median {c['median']:.1f} "
                  f"[{c['min']:.1f}..{c['max']:.1f}] spread {c['spread']:.1%}; "
                  f"wall median {m['docs_per_wall_s']['median']:.1f} docs/s")  # fmt: skip
    return report


# ---------------------------------------------------------------- spans -------------


def dump_spans(out: Path, batch: int = 1) -> int:
    """Every corpus document's findings (start, end, type, score), one JSON line each."""
    docs = corpus()
    found = analyse(scrubber(), [text for _, text in docs], batch)
    with out.open("w", encoding="utf-8") as f:
        for i, ((source, _), findings) in enumerate(zip(docs, found)):
            spans = [[x.start, x.end, x.type, x.score] for x in findings]
            f.write(json.dumps({"doc": i, "source": source, "spans": spans}) + "\n")
    return len(docs)


def compare(a: Path, b: Path) -> int:
    """0 when both dumps hold the same documents with byte-identical findings."""
    left = a.read_bytes().splitlines()
    right = b.read_bytes().splitlines()
    docs = spans = differing = 0
    for x, y in zip(left, right):
        docs += 1
        spans += len(json.loads(x)["spans"])
        if x != y:
            differing += 1
            if differing <= 10:
                print(f"differs: {x.decode()[:300]}\n     vs: {y.decode()[:300]}")
    same = differing == 0 and len(left) == len(right)
    print(f"{docs} docs ({len(left)} vs {len(right)}), {spans} spans: "
          f"{'IDENTICAL' if same else f'{differing} documents differ'}")  # fmt: skip
    return 0 if same else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("speed", help="A/B docs per CPU-second, trees interleaved")
    p.add_argument("--trees", default=f"this={HERE.parent}", help="name=path,… (source roots)")
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--passes", type=int, default=1)
    p.add_argument("--workers", type=int, default=0, help="also time a pool (first repeat)")
    p.add_argument("--batch", type=int, default=1, help="documents per analyze_many call")
    p.add_argument("--out", default=str(HERE / "results" / "text_speed.json"))
    w = sub.add_parser("worker", help="(internal) one measurement in this process")
    w.add_argument("--passes", type=int, default=1)
    w.add_argument("--workers", type=int, default=0)
    w.add_argument("--batch", type=int, default=1)
    s = sub.add_parser("spans", help="dump every corpus document's findings")
    s.add_argument("--out", required=True)
    s.add_argument("--batch", type=int, default=1, help="documents per analyze_many call")
    c = sub.add_parser("compare", help="compare two span dumps")
    c.add_argument("a")
    c.add_argument("b")
    args = parser.parse_args(argv)
    if args.cmd == "worker":
        print(json.dumps(worker(args.passes, args.workers, args.batch)))
        return 0
    if args.cmd == "spans":
        n = dump_spans(Path(args.out), args.batch)
        print(f"{n} documents from ozero at {_ozero_root()} → {args.out}")
        return 0
    if args.cmd == "compare":
        return compare(Path(args.a), Path(args.b))
    report = speed(args)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"→ {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
