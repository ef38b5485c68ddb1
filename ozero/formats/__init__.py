"""Pure parsers for the registry formats: bytes in, plain dicts out (no network, no Spark)."""

from __future__ import annotations


class FormatError(ValueError):
    """Input does not match the expected format.

    ``reason`` is a short machine-friendly explanation that never carries field values,
    because the payloads are full of personal data and errors end up in logs.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
