"""The registries' shared HTTP client: timeouts, retries with backoff and jitter, Retry-After.

Real registries are slow, rate-limited and occasionally down; every connector goes through
this one client so that behaviour is the same everywhere and tested once.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import requests

log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


class RegistryError(RuntimeError):
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

    def get(self, path: str, params: dict[str, Any] | None = None) -> requests.Response:
        url = f"{self.base_url}{path}"
        query = {**self.default_params, **(params or {})}
        last_problem = ""
        for attempt in range(1, self.retry.attempts + 1):
            self.requests_made += 1
            retry_after = None
            try:
                response = self.session.get(url, params=query, timeout=self.timeout)
            except (requests.ConnectionError, requests.Timeout) as exc:
                last_problem = type(exc).__name__
            else:
                if response.status_code < 400:
                    return response
                if response.status_code not in RETRYABLE_STATUS:
                    raise RegistryError(f"GET {path} answered HTTP {response.status_code}")
                last_problem = f"HTTP {response.status_code}"
                retry_after = response.headers.get("Retry-After")
            if attempt < self.retry.attempts:
                self.retries_made += 1
                pause = self.retry.delay(attempt, retry_after)
                log.warning("GET %s: %s, retry %d in %.1fs", path, last_problem, attempt, pause)
                time.sleep(pause)
        raise RegistryError(
            f"GET {path} failed after {self.retry.attempts} attempts: {last_problem}"
        )

    def get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        response = self.get(path, params)
        try:
            return response.json()
        except ValueError as exc:
            raise RegistryError(f"GET {path} did not return JSON") from exc

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
