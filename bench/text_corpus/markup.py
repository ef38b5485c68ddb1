"""Read and write the hand-labelled corpus in a markup people can check by eye.

The data file is ``independent.jsonl`` (gold spans by character offsets). Labelling by
offsets is error-prone, so documents are written and reviewed as markup instead::

    @ kind | where the phrasing came from
    Направление № {{REC|3417}} на госпитализацию. ФИО: {{PER|Сафронова Елена Викторовна}}.

one block per document, blocks separated by a blank line. ``show`` prints the JSONL back as
markup; ``build`` turns a markup file into JSONL. A unit test checks that the two agree and
that every span is well formed.

Usage: ``python bench/text_corpus/markup.py show [FILE.jsonl]`` or
``python bench/text_corpus/markup.py build MARKUP.txt > independent.jsonl``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
INDEPENDENT = HERE / "independent.jsonl"

TAGS = {
    "PER": "PERSON",
    "SNILS": "SNILS",
    "ENP": "ENP",
    "INN": "INN",
    "PASS": "PASSPORT",
    "BCERT": "BIRTH_CERT",
    "PHONE": "PHONE",
    "EMAIL": "EMAIL",
    "ADDR": "ADDRESS",
    "DATE": "DATE",
    "BDATE": "BIRTH_DATE",
    "REC": "RECORD_ID",
}
_TAG_OF = {v: k for k, v in TAGS.items()}
_SPAN = re.compile(r"\{\{([A-Z]+)\|([^{}|]+)\}\}")


def parse_text(marked: str) -> tuple[str, list[dict]]:
    """Plain text and its gold spans from one line of markup."""
    out, spans, cursor = [], [], 0
    length = 0
    for m in _SPAN.finditer(marked):
        if m[1] not in TAGS:
            raise ValueError(f"unknown tag {m[1]!r}")
        plain = marked[cursor : m.start()]
        out.append(plain)
        length += len(plain)
        spans.append({"start": length, "end": length + len(m[2]), "type": TAGS[m[1]]})
        out.append(m[2])
        length += len(m[2])
        cursor = m.end()
    out.append(marked[cursor:])
    text = "".join(out)
    if "{{" in text or "}}" in text:
        raise ValueError("unbalanced markup")
    return text, spans


def parse(markup: str) -> list[dict]:
    """Documents from a markup file (``@ kind | source`` header, then one text line)."""
    docs = []
    for n, block in enumerate(b for b in markup.strip().split("\n\n") if b.strip()):
        header, *lines = block.strip().splitlines()
        if not header.startswith("@ ") or len(lines) != 1:
            raise ValueError(f"block {n}: expected '@ kind | source' and one text line")
        kind, _, source = header[2:].partition(" | ")
        text, spans = parse_text(lines[0])
        docs.append(
            {
                "id": f"ind{n:04d}",
                "kind": kind.strip(),
                "source": source.strip(),
                "text": text,
                "spans": spans,
            }
        )
    return docs


def render(doc: dict) -> str:
    """One document back as markup."""
    text, pieces, cursor = doc["text"], [], 0
    for span in sorted(doc["spans"], key=lambda s: s["start"]):
        pieces.append(text[cursor : span["start"]])
        pieces.append(f"{{{{{_TAG_OF[span['type']]}|{text[span['start'] : span['end']]}}}}}")
        cursor = span["end"]
    pieces.append(text[cursor:])
    return f"@ {doc['kind']} | {doc['source']}\n" + "".join(pieces)


def load(path: Path = INDEPENDENT) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str]) -> int:
    if len(argv) >= 1 and argv[0] == "show":
        docs = load(Path(argv[1]) if len(argv) > 1 else INDEPENDENT)
        print("\n\n".join(render(d) for d in docs))
        return 0
    if len(argv) == 2 and argv[0] == "build":
        for doc in parse(Path(argv[1]).read_text(encoding="utf-8")):
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
