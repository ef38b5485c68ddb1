"""The simulated FNSI REST API (``/port/rest/...``) over the bundled directories.

Endpoints and shapes follow the real service: ``searchDictionary``, ``versions``,
``passport`` and paged ``data``, every answer in the ``{"result": "OK" | "ERROR",
"resultText", "resultCode", ...}`` envelope. Like the real service it answers nothing
without a ``userKey`` (the key each organisation registers on the FNSI portal); the
simulator accepts any non-empty key, since it cannot know the registrations.
"""

from __future__ import annotations

from typing import Any

from ozero.simulator import reference
from ozero.simulator.httpkit import BadRequest, HttpError, NotFound, Request, Responder


class MissingUserKey(HttpError):
    """No ``userKey`` in the query (→ 401 with FNSI's error envelope)."""

    status = 401
    error = "unauthorized"

    def payload(self) -> dict[str, Any]:
        return {"result": "ERROR", "resultText": str(self), "resultCode": "USER_KEY_REQUIRED"}


def _identifier(request: Request) -> str:
    oid = request.param("identifier")
    if not oid:
        raise BadRequest("parameter 'identifier' is required")
    try:
        reference.versions(oid)
    except reference.UnknownDirectoryError:
        raise NotFound("directory not found") from None
    return oid


def _version(oid: str, request: Request) -> str:
    version = request.param("version") or reference.latest_version(oid)
    if version not in reference.versions(oid):
        raise NotFound("directory version not found")
    return version


def handle_fnsi(endpoint: str, request: Request, out: Responder) -> None:
    """Answer one ``/port/rest/<endpoint>`` request."""
    if not request.param("userKey").strip():
        raise MissingUserKey("Не указан ключ пользователя (userKey)")
    if endpoint == "searchDictionary":
        items = []
        for oid, version in reference.available():
            p = reference.passport(oid, version)
            items.append(
                {
                    "oid": oid,
                    "version": version,
                    "fullName": p.get("fullName"),
                    "shortName": p.get("shortName"),
                    "rowsCount": p.get("rowsCount"),
                }
            )
        out.json({"result": "OK", "total": len(items), "list": items})
    elif endpoint == "versions":
        oid = _identifier(request)
        items = [
            {
                "version": v,
                "createDate": reference.passport(oid, v).get("createDate"),
                "publishDate": reference.passport(oid, v).get("publishDate"),
            }
            for v in reference.versions(oid)
        ]
        out.json({"result": "OK", "total": len(items), "list": items})
    elif endpoint == "passport":
        oid = _identifier(request)
        out.json(reference.passport(oid, _version(oid, request)))
    elif endpoint == "data":
        oid = _identifier(request)
        version = _version(oid, request)
        page = request.int_param("page", 1, 10**9)
        size = request.int_param("size", 200, 1000)
        total, chunk = reference.page(oid, version, page, size)
        out.json(
            {
                "result": "OK",
                "resultText": None,
                "resultCode": None,
                "total": total,
                "list": [[{"column": c, "value": v} for c, v in row] for row in chunk],
            }
        )
    else:
        raise NotFound("unknown path")
