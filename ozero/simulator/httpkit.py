"""The simulator's shared HTTP pieces: request parsing, errors, response writing.

Every simulated service (FNSI, REMD, OMS in ``server``, DICOMweb in ``dicomweb``) takes a
``Request`` and answers through a ``Responder``; raising an ``HttpError`` is how a handler
refuses. Stdlib only, and nothing here knows about worlds or registries, so any handler
module can import it without importing the server.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

JSON_TYPE = "application/json; charset=utf-8"


class HttpError(Exception):
    """A refusal with its HTTP status; the message is safe to send (no request values)."""

    status = 500
    error = "error"

    def payload(self) -> dict[str, Any]:
        """The JSON error body, in the FNSI envelope the simulator uses everywhere."""
        return {"result": "ERROR", "error": self.error, "resultText": str(self)}


class BadRequest(HttpError):
    """A query parameter is missing or malformed (→ 400)."""

    status = 400
    error = "bad_request"


class NotFound(HttpError):
    """Unknown path or resource (→ 404)."""

    status = 404
    error = "not_found"


class Request:
    """A GET request: the path without its trailing slash and the query parameters."""

    def __init__(self, raw_path: str) -> None:
        url = urlsplit(raw_path)
        self.raw_path = raw_path  # path and query as sent (the fault plan keys on it)
        self.path = url.path.rstrip("/") or "/"
        self.params: dict[str, list[str]] = parse_qs(url.query, keep_blank_values=True)

    def param(self, name: str, default: str = "") -> str:
        """The last value given for ``name`` (``default`` when absent)."""
        return self.params.get(name, [default])[-1]

    def int_param(self, name: str, default: int, maximum: int) -> int:
        raw = self.param(name, str(default))
        try:
            value = int(raw)
        except ValueError:
            raise BadRequest(f"parameter '{name}' must be an integer") from None
        if value < 1:
            raise BadRequest(f"parameter '{name}' must be >= 1")
        if value > maximum:
            raise BadRequest(f"parameter '{name}' must be <= {maximum}")
        return value

    def time_param(self, name: str) -> datetime | None:
        """An ISO 8601 moment (``Z`` allowed; naive means UTC); None when absent or empty."""
        raw = self.param(name)
        if not raw:
            return None
        try:
            value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            raise BadRequest(f"parameter '{name}' must be an ISO 8601 date-time") from None
        return value if value.tzinfo else value.replace(tzinfo=UTC)


class Responder:
    """Writes one response on a stdlib handler; can be told to cut the body short.

    ``truncate`` plays a proxy that cut the body: a JSON body is halved with a matching
    Content-Length (only parsing notices), any other body is sent half-way under the full
    length and the connection closed (the client sees a short read).
    """

    def __init__(self, handler: BaseHTTPRequestHandler) -> None:
        self._handler = handler
        self.truncate = False

    def send(
        self,
        status: int,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        h = self._handler
        if self.truncate and content_type == JSON_TYPE:
            body = body[: len(body) // 2]
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            h.send_header(name, value)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        if self.truncate and content_type != JSON_TYPE:
            h.wfile.write(body[: len(body) // 2])
            h.close_connection = True
            return
        h.wfile.write(body)

    def json(
        self,
        payload: Any,
        status: int = 200,
        content_type: str = JSON_TYPE,
        headers: dict[str, str] | None = None,
    ) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send(status, body, content_type, headers)

    def error(self, exc: HttpError) -> None:
        self.json(exc.payload(), exc.status)

    def drop(self) -> None:
        """Close the connection without answering (the client sees a closed socket)."""
        self._handler.close_connection = True
