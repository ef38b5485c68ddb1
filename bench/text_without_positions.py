"""The text bench with ``PositionRecordRecognizer`` taken out: what round 10's position rules
add, on any section (``bench/README.md``, rounds 10 and 11). Same arguments as
``text_deid.py``; with ``OZERO_TEXT_ABLATE_KINDS=1`` it measures position against no document
vocabulary at all.

    PYTHONPATH=. .venv/bin/python bench/text_without_positions.py --systems ozero --out X.json
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import text_deid  # noqa: E402

from ozero.deid.text import engine  # noqa: E402
from ozero.deid.text.recognizers import PositionRecordRecognizer, rule_recognizers  # noqa: E402


def _without_positions(keep_room_numbers: bool = True) -> list:
    return [
        r
        for r in rule_recognizers(keep_room_numbers)
        if not isinstance(r, PositionRecordRecognizer)
    ]


if __name__ == "__main__":
    engine.rule_recognizers = _without_positions  # read when a scrubber is built
    text_deid.main(sys.argv[1:])
