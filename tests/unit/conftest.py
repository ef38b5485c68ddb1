"""Fixtures shared by the unit tests of the text de-identifier."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber, get_scrubber


@pytest.fixture(scope="session")
def scrubber() -> TextScrubber:
    """The default scrubber (NER models load once per session)."""
    return get_scrubber()
