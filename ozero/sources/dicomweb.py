"""A DICOMweb client for PACS: QIDO-RS listings and WADO-RS instance retrieval (PS3.18).

Built on the shared `RegistryClient`, so timeouts, retries, backoff and Retry-After behave as
for every other registry. On top of that, a multipart body that does not parse (a proxy cut
it, a part is short) is a transient failure too: it is fetched again, and only after the
retry budget is spent does the run fail (nothing half-parsed is ever landed).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ozero.sources.http import RegistryClient, RegistryError, redact

log = logging.getLogger(__name__)

ACCEPT = 'multipart/related; type="application/dicom", application/dicom+json'
STUDY_UID, SERIES_UID, SOP_UID, SOP_CLASS = "0020000D", "0020000E", "00080018", "00080016"
STUDY_DATE, MODALITY, MODALITIES = "00080020", "00080060", "00080061"


class MultipartError(ValueError):
    """A multipart/related body that does not parse: cut short or garbled on the way."""


@dataclass(frozen=True)
class Part:
    headers: dict[str, str]
    content: bytes


def _params(header: str) -> tuple[str, dict[str, str]]:
    """``type/sub; a=1; b="x; y"`` → ("type/sub", {"a": "1", "b": "x; y"})."""
    fields, current, quoted = [], "", False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            fields.append(current)
            current = ""
        else:
            current += ch
    fields.append(current)
    media = fields[0].strip().lower()
    params = {}
    for item in fields[1:]:
        name, _, value = item.partition("=")
        params[name.strip().lower()] = value.strip().strip('"')
    return media, params


def parse_multipart(body: bytes, content_type: str) -> list[Part]:
    """Split a ``multipart/related`` body (RFC 2046/2387) into its parts.

    A part's ``Content-Length``, when given, must match exactly; the closing delimiter must be
    there. Anything else raises :class:`MultipartError` (which callers retry).
    """
    media, params = _params(content_type or "")
    if media != "multipart/related" or not params.get("boundary"):
        raise MultipartError("not multipart/related with a boundary")
    delimiter = b"--" + params["boundary"].encode("ascii", "replace")
    pos = body.find(delimiter)
    if pos < 0 or (pos > 0 and body[pos - 2 : pos] != b"\r\n"):
        raise MultipartError("no opening boundary")
    parts: list[Part] = []
    while True:
        pos += len(delimiter)
        if body[pos : pos + 2] == b"--":
            break  # closing delimiter
        eol = body.find(b"\r\n", pos)
        if eol < 0 or body[pos:eol].strip(b" \t"):
            raise MultipartError("garbled boundary line")
        headers, start = _headers(body, eol + 2)
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                raise MultipartError("bad part Content-Length")
            end = start + int(declared)
            if body[end : end + 2 + len(delimiter)] != b"\r\n" + delimiter:
                raise MultipartError("part shorter or longer than its Content-Length")
        else:
            end = body.find(b"\r\n" + delimiter, start)
            if end < 0:
                raise MultipartError("closing boundary missing (body cut short)")
        parts.append(Part(headers, body[start:end]))
        pos = end + 2
    if not parts:
        raise MultipartError("no parts")
    return parts


def _headers(body: bytes, pos: int) -> tuple[dict[str, str], int]:
    end = body.find(b"\r\n\r\n", pos - 2)
    if end < 0:
        raise MultipartError("part headers not terminated")
    headers = {}
    for line in body[pos:end].split(b"\r\n"):
        if not line:
            continue
        name, sep, value = line.decode("latin-1").partition(":")
        if not sep:
            raise MultipartError("garbled part header")
        headers[name.strip().lower()] = value.strip()
    return headers, end + 4


def dicom_parts(body: bytes, content_type: str) -> list[bytes]:
    """The application/dicom payloads of a WADO-RS response."""
    parts = parse_multipart(body, content_type)
    for part in parts:
        media, _ = _params(part.headers.get("content-type", "application/dicom"))
        if media != "application/dicom":
            raise MultipartError("a part is not application/dicom")
        if len(part.content) < 132 or part.content[128:132] != b"DICM":
            raise MultipartError("a part is not a DICOM Part 10 file")
    return [p.content for p in parts]


def value(item: dict[str, Any], tag: str) -> Any:
    """First value of a tag in a DICOM JSON object, or None."""
    values = (item.get(tag) or {}).get("Value") or []
    return values[0] if values else None


@dataclass
class DicomWebClient:
    """QIDO-RS and WADO-RS over one retrying HTTP client."""

    base_url: str
    page_size: int = 100
    http: RegistryClient = field(init=False)

    def __post_init__(self) -> None:
        self.http = RegistryClient(self.base_url.rstrip("/"))
        self.http.session.headers["Accept"] = ACCEPT

    def studies(self, date_range: str) -> Iterator[tuple[int, list[dict[str, Any]]]]:
        """(page, study objects) for ``StudyDate=date_range``, paged by limit/offset until a
        short page (QIDO-RS has no total)."""
        offset, page = 0, 1
        while True:
            params = {"StudyDate": date_range, "limit": self.page_size, "offset": offset}
            items = self.http.get_json("/dicomweb/studies", params)
            if not isinstance(items, list):
                raise RegistryError("QIDO-RS answered something other than a JSON array")
            yield page, items
            if len(items) < self.page_size:
                return
            offset += self.page_size
            page += 1

    def series(self, study_uid: str) -> list[dict[str, Any]]:
        return self.http.get_json(f"/dicomweb/studies/{study_uid}/series")

    def instances(self, study_uid: str, series_uid: str) -> list[dict[str, Any]]:
        return self.http.get_json(f"/dicomweb/studies/{study_uid}/series/{series_uid}/instances")

    def retrieve(self, study_uid: str, series_uid: str, sop_uid: str) -> bytes:
        """One instance via WADO-RS; an unparseable multipart body is fetched again."""
        path = f"/dicomweb/studies/{study_uid}/series/{series_uid}/instances/{sop_uid}"
        policy = self.http.retry
        problem = ""
        for attempt in range(1, policy.attempts + 1):
            response = self.http.get(path)
            try:
                parts = dicom_parts(response.content, response.headers.get("Content-Type", ""))
            except MultipartError as exc:
                problem = str(exc)
            else:
                if len(parts) == 1:
                    return parts[0]
                problem = f"{len(parts)} parts for one instance"
            if attempt < policy.attempts:
                self.http.retries_made += 1
                pause = policy.delay(attempt, None)
                log.warning("GET %s: %s, retry %d in %.1fs", redact(path), problem, attempt, pause)
                time.sleep(pause)
        raise RegistryError(
            f"GET {redact(path)} failed after {policy.attempts} attempts: {problem}"
        )
