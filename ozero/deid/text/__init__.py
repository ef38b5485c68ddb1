"""Russian free-text de-identification on Presidio + natasha (no spaCy model needed)."""

from ozero.deid.text.engine import (
    DEFAULT_PLACEHOLDERS,
    Finding,
    ScrubError,
    ScrubResult,
    TextScrubber,
    get_scrubber,
)
from ozero.deid.text.recognizers import KnownIdentifiers
from ozero.deid.text.surrogates import SurrogateGenerator

__all__ = [
    "DEFAULT_PLACEHOLDERS",
    "Finding",
    "KnownIdentifiers",
    "ScrubError",
    "ScrubResult",
    "SurrogateGenerator",
    "TextScrubber",
    "get_scrubber",
]
