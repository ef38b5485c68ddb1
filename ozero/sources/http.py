"""The registries' shared HTTP client: timeouts, retries with backoff and jitter, Retry-After.

Real registries are slow, rate-limited and occasionally down; every connector goes through
this one client so that behaviour is the same everywhere and tested once.
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from urllib3.exceptions import HTTPError as Urllib3Error

from ozero.errors import RegistryFailure

log = logging.getLogger(__name__)

FETCH_THREADS = 4  # concurrent requests a connector keeps open to one registry

RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})

# Dropped connections, timeouts and bodies cut short: the request may well succeed again.
RETRYABLE_ERRORS = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ContentDecodingError,
    Urllib3Error,
)

_ID_SEGMENT = re.compile(r"^(?!v\d+$)[^/]*\d[^/]*$")


def redact(path: str) -> str:
    """The path with identifier-like segments (anything with a digit but `v1`) blanked:
    document and register ids are personal data's keys and must not reach logs."""
    return "/".join(":id" if _ID_SEGMENT.match(seg) else seg for seg in path.split("/"))


class ShortRead(Exception):
    """The body is shorter than its Content-Length (the connection closed mid-body)."""


class RegistryError(RegistryFailure):
    """A request failed for good (non-retryable status, or retries exhausted)."""


@dataclass
class RetryPolicy:
    attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 30.0

    def delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return min(float(retry_after), self.max_delay)
            except ValueError:
                pass
        backoff = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return backoff * (0.5 + random.random() / 2)  # jitter: spread retries of many workers


class RegistryClient:
    def __init__(
        self,
        base_url: str,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        params: dict[str, str] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.default_params = params or {}
        self.session = requests.Session()
        self.requests_made = 0
        self.retries_made = 0
        self._counting = threading.Lock()  # connectors may fetch from several threads

    def get(
        self, path: str, params: dict[str, Any] | None = None, *, json_body: bool = False
    ) -> requests.Response:
        """The response; with `json_body` a body that does not parse as JSON is retried."""

        def read(response: requests.Response) -> requests.Response:
            if json_body:
                response.json()
            return response

        return self._get(path, params, read)

    def get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """The parsed body; a body that does not parse (cut short on the way) is retried."""
        return self._get(path, params, lambda response: response.json())

    def download(self, path: str, directory: Path, suffix: str = "") -> Downloaded:
        """Stream the body to `directory/<sha256><suffix>`, never holding it in memory.

        Written to a temporary name first and renamed when complete (a reader never sees a
        partial file); a body cut short is retried like any other request.
        """
        directory.mkdir(parents=True, exist_ok=True)

        def read(response: requests.Response) -> Downloaded:
            tmp = directory / f".part-{uuid.uuid4().hex}"
            digest, size = hashlib.sha256(), 0
            try:
                with open(tmp, "wb") as out:
                    for chunk in response.iter_content(chunk_size=1 << 20):
                        digest.update(chunk)
                        out.write(chunk)
                        size += len(chunk)
                _check_streamed_length(response, size)
                final = directory / f"{digest.hexdigest()}{suffix}"
                os.replace(tmp, final)
            finally:
                tmp.unlink(missing_ok=True)
            return Downloaded(final, digest.hexdigest(), size)

        return self._get(path, None, read, stream=True)

    def _get(
        self,
        path: str,
        params: dict[str, Any] | None,
        read: Callable[[requests.Response], Any],
        stream: bool = False,
    ) -> Any:
        url = f"{self.base_url}{path}"
        query = {**self.default_params, **(params or {})}
        where = redact(path)
        last_problem = ""
        for attempt in range(1, self.retry.attempts + 1):
            with self._counting:
                self.requests_made += 1
            retry_after = None
            response = None
            try:
                response = self.session.get(url, params=query, timeout=self.timeout, stream=stream)
                if not stream:
                    _check_length(response)
                elif response.status_code < 400:
                    return read(response)  # streaming: the body is read (and checked) here
            except (*RETRYABLE_ERRORS, ShortRead) as exc:
                last_problem = type(exc).__name__
            else:
                if response.status_code < 400:
                    try:
                        return read(response)
                    except ValueError:
                        last_problem = "unparseable body"
                elif response.status_code not in RETRYABLE_STATUS:
                    raise RegistryError(f"GET {where} answered HTTP {response.status_code}")
                else:
                    last_problem = f"HTTP {response.status_code}"
                    retry_after = response.headers.get("Retry-After")
            finally:
                if stream and response is not None:
                    response.close()
            if attempt < self.retry.attempts:
                with self._counting:
                    self.retries_made += 1
                pause = self.retry.delay(attempt, retry_after)
                log.warning("GET %s: %s, retry %d in %.1fs", where, last_problem, attempt, pause)
                time.sleep(pause)
        raise RegistryError(
            f"GET {where} failed after {self.retry.attempts} attempts: {last_problem}"
        )

    def pages(
        self, path: str, params: dict[str, Any], size: int, items_key: str = "items"
    ) -> Iterator[tuple[int, dict[str, Any]]]:
        """Yield (page number, body) from page 1 until the reported total is covered."""
        page = 1
        while True:
            body = self.get_json(path, {**params, "page": page, "size": size})
            yield page, body
            total = int(body.get("total", 0))
            if page * size >= total or not body.get(items_key):
                return
            page += 1


@dataclass(frozen=True)
class Downloaded:
    path: Path
    sha256: str
    size: int


def _check_streamed_length(response: requests.Response, received: int) -> None:
    """`_check_length` for a streamed body: compare the bytes counted on the way."""
    declared = response.headers.get("Content-Length")
    if declared is None or response.headers.get("Content-Encoding"):
        return
    if declared.isdigit() and received < int(declared):
        raise ShortRead()


def _check_length(response: requests.Response) -> None:
    """Raise ShortRead when fewer bytes arrived than Content-Length promised.

    urllib3 usually notices first (IncompleteRead); this also covers transports that do not.
    Skipped for compressed bodies, whose Content-Length counts the compressed bytes.
    """
    declared = response.headers.get("Content-Length")
    if declared is None or response.headers.get("Content-Encoding"):
        return
    if declared.isdigit() and len(response.content) < int(declared):
        raise ShortRead()
