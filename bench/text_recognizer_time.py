"""CPU time of each text recognizer over the speed corpus, for the ``ozero`` on PYTHONPATH.

``text_speed.py`` says whether a tree is slower; this says where. It builds the scrubber,
warms it on 200 texts, makes every text's NLP artefacts once, then times each registry
recognizer's ``analyze`` over all texts (best of ``--repeats``, process CPU time) and the
NLP engine's ``process_text`` alone. Run it once per tree and compare the two files::

    PYTHONPATH=/tmp/base .venv/bin/python bench/text_recognizer_time.py --out /tmp/a.json
    PYTHONPATH=/tmp/new .venv/bin/python bench/text_recognizer_time.py --out /tmp/b.json
    .venv/bin/python bench/text_recognizer_time.py --compare /tmp/a.json /tmp/b.json

(The NER pass runs apart from the registry and is not in the table; ``text_speed.py`` counts
it with the rest.)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

WARMUP = 200


def measure(repeats: int) -> dict[str, float]:
    import text_speed

    from ozero.deid.text.engine import E, get_scrubber

    texts = [t for _, t in text_speed.corpus()]
    scrubber = get_scrubber()
    for text in texts[:WARMUP]:
        scrubber.analyze(text)
    nlp = scrubber._nlp  # noqa: SLF001 - the bench times the scrubber's own parts
    artefacts = [nlp.process_text(t, E.LANGUAGE, ner_chunks=[]) for t in texts]
    seconds: dict[str, float] = {}
    for recognizer in scrubber._analyzer.registry.recognizers:  # noqa: SLF001
        best = float("inf")
        for _ in range(repeats):
            started = time.process_time()
            for text, art in zip(texts, artefacts):
                recognizer.analyze(text, recognizer.supported_entities, art)
            best = min(best, time.process_time() - started)
        seconds[type(recognizer).__name__] = round(best, 3)
    started = time.process_time()
    for text in texts:
        nlp.process_text(text, E.LANGUAGE, ner_chunks=[])
    seconds["process_text"] = round(time.process_time() - started, 3)
    return seconds


def compare(a: dict[str, float], b: dict[str, float]) -> list[str]:
    """One line per part, the largest growth first, and the totals."""
    names = sorted(set(a) | set(b), key=lambda n: -(b.get(n, 0.0) - a.get(n, 0.0)))
    lines = [f"{'part':40s} {'a':>8s} {'b':>8s} {'b - a':>8s}"]
    for name in names:
        x, y = a.get(name, 0.0), b.get(name, 0.0)
        lines.append(f"{name:40s} {x:8.3f} {y:8.3f} {y - x:+8.3f}")
    lines.append(f"{'total':40s} {sum(a.values()):8.3f} {sum(b.values()):8.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="where to write this tree's seconds (JSON)")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    args = parser.parse_args(argv)
    if args.compare:
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        print("\n".join(compare(a, b)))
        return 0
    if args.out is None:
        parser.error("--out FILE (or --compare A B)")
    seconds = measure(args.repeats)
    args.out.write_text(json.dumps(seconds, indent=1), encoding="utf-8")
    print(f"{len(seconds)} parts, {sum(seconds.values()):.2f} CPU-s → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
