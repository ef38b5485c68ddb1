"""`ozero deid text`: JSON lines `{"id", "text"}` in, `{"id", "text", "entities"}` out.

Entity spans point into the original text. A malformed line is reported (by line number,
never by content) and skipped; the exit code says whether any line was skipped.
"""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from typing import IO


def _open(path: str, mode: str, stack: ExitStack, default: IO[str]) -> IO[str]:
    return default if path == "-" else stack.enter_context(open(path, mode, encoding="utf-8"))


def scrub_jsonl(input_path: str = "-", output_path: str = "-") -> int:
    from ozero.deid.text.engine import get_scrubber

    scrubber = get_scrubber()
    skipped = 0
    with ExitStack() as stack:
        source = _open(input_path, "r", stack, sys.stdin)
        sink = _open(output_path, "w", stack, sys.stdout)
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
                if not isinstance(text, str):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                print(
                    f"line {number}: not a JSON object with a string 'text'; skipped",
                    file=sys.stderr,
                )
                skipped += 1
                continue
            result = scrubber.scrub(text)
            entities = [
                {"type": f.type, "start": f.start, "end": f.end, "score": round(f.score, 3)}
                for f in result.findings
            ]
            out = {"id": record.get("id"), "text": result.text, "entities": entities}
            sink.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 1 if skipped else 0
