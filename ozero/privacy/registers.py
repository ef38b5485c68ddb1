"""An OMS register without the opted-out patients: their `<ZAP>` records cut out.

A register (ZL_LIST) holds thousands of patients, so it cannot be dropped whole like a SEMD
document or a DICOM instance. Each `<ZAP>` carries one patient's PACIENT (ENP, SNILS,
name) and his cases; removing the records that name an opted-out person leaves a register
the parser reads as before, minus him. Tags are ASCII in windows-1251 and UTF-8 alike, so
this works on the bytes as received, without decoding them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ozero.privacy.patients import OptOutList, PatientMatcher

_ZAP = re.compile(rb"[ \t]*<ZAP>.*?</ZAP>[ \t]*\r?\n?", re.DOTALL)
SCAN_CHUNK = 8 * 1024 * 1024
_OVERLAP = 64  # longer than any identifier as written, so none is split between chunks


def without_patients(data: bytes, opt_outs: OptOutList | PatientMatcher) -> tuple[bytes, int]:
    """The register without the `<ZAP>` records naming an opted-out patient; (bytes, removed)."""
    removed = 0

    def keep_or_drop(match: re.Match[bytes]) -> bytes:
        nonlocal removed
        if opt_outs.names_anyone(match.group(0)):
            removed += 1
            return b""
        return match.group(0)

    return _ZAP.sub(keep_or_drop, data), removed


def _chunks(path: Path) -> Iterator[bytes]:
    tail = b""
    with path.open("rb") as file:
        while block := file.read(SCAN_CHUNK):
            yield tail + block
            tail = block[-_OVERLAP:]


def file_names_anyone(path: Path, opt_outs: OptOutList) -> bool:
    """Streamed check of a (possibly multi-GB) register file: the common case reads it once
    in chunks and holds nothing; only a file that names someone is then rewritten whole."""
    return any(opt_outs.names_anyone(chunk) for chunk in _chunks(path))
