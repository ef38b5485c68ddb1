"""Deterministic labelled corpus of Russian clinical free text for the text de-id bench.

Every document is composed piece by piece from *phrasing families* (``families.py``); a PHI
piece records its gold span as it is appended, so labels never come from a regex run over
finished text (which would only measure the regex against itself).

The corpus has two halves decided by a fixed rule (odd family id = held out): a document of
the development half uses development families only, a held-out document held-out ones
only. Recognizers are tuned on ``half="dev"``; ``half="heldout"`` is what is reported.

Gold types: PERSON, SNILS, ENP, INN, PASSPORT, BIRTH_CERT, PHONE, EMAIL, ADDRESS, DATE,
BIRTH_DATE, RECORD_ID. Usage:
``python bench/text_corpus/generate.py [N] [dev|heldout] > corpus.jsonl``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``text_corpus`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from text_corpus.families import DEV, FAMILIES, HALVES, HELDOUT, SLOTS, Ctx, half_of  # noqa: E402

SEED = 2026
HELDOUT_SEED = 4242  # the seed used with held-out *name* sets (``names=1|2``)

__all__ = ["DEV", "FAMILIES", "HALVES", "HELDOUT", "HELDOUT_SEED", "SEED", "generate", "half_of"]


def generate(n: int = 600, seed: int = SEED, half: str = DEV, names: int = 0) -> list[dict]:
    """``n`` documents of one half; the same arguments always yield the same corpus.

    ``names`` 1 or 2 draws people from name lists outside the tuning lists (a second,
    independent axis: held-out *names* rather than held-out *phrasing*)."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    frames = SLOTS["document"][half]
    docs = []
    for i in range(n):
        ctx = Ctx(random.Random(f"{seed}:{half}:{names}:{i}"), half, names)
        frame = frames[i % len(frames)]
        ctx.b.families.add(frame.id)
        frame.render(ctx)
        docs.append(ctx.b.build(f"{half}{i:05d}", frame.name))
    return docs


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    which = sys.argv[2] if len(sys.argv) > 2 else DEV
    for doc in generate(count, half=which):
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
