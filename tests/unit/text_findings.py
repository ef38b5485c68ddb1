"""What a scrubber found in a text, in the shapes the text tests compare against."""

from __future__ import annotations

from ozero.deid.text import TextScrubber


def found(scrubber: TextScrubber, text: str) -> set[tuple[str, str]]:
    """Every finding as (type, the text it covers)."""
    return {(f.type, text[f.start : f.end]) for f in scrubber.analyze(text)}


def of_type(scrubber: TextScrubber, text: str, *types: str) -> set[str]:
    """The texts of the findings of `types`."""
    return {text[f.start : f.end] for f in scrubber.analyze(text) if f.type in types}


def digits_left(scrubber: TextScrubber, text: str, part: str) -> list[str]:
    """The digits of `part` (written once in `text`) that no finding covers."""
    covered = {i for f in scrubber.analyze(text) for i in range(f.start, f.end)}
    start = text.index(part)
    return [
        text[i] for i in range(start, start + len(part)) if i not in covered and text[i].isdigit()
    ]


def alnum_left(scrubber: TextScrubber, text: str, part: str) -> str:
    """The letters and digits of `part` (written once in `text`) that no finding covers."""
    covered = {i for f in scrubber.analyze(text) for i in range(f.start, f.end)}
    start = text.index(part)
    return "".join(
        text[i] for i in range(start, start + len(part)) if i not in covered and text[i].isalnum()
    )
