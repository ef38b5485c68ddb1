"""The simulated PACS's DICOMweb endpoints (PS3.18) over the world's archive (``pacs``).

QIDO-RS ``/dicomweb/studies?StudyDate=A-B&limit&offset``, ``.../series``, ``.../instances``
as DICOM JSON; WADO-RS ``/dicomweb/studies/{st}/series/{se}[/instances/{sop}]`` as
``multipart/related; type="application/dicom"``.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from ozero.simulator.faults import FaultPlan, with_duplicates
from ozero.simulator.httpkit import BadRequest, NotFound, Request, Responder
from ozero.simulator.model import World
from ozero.simulator.pacs import (
    DICOM_JSON,
    MAX_LIMIT,
    MULTIPART,
    Archive,
    PacsInstance,
    PacsSeries,
    PacsStudy,
    archive_for,
    instance_json,
    multipart,
    series_json,
    study_json,
)


def _boundary(key: str) -> str:
    return "ozero-" + hashlib.sha1(key.encode()).hexdigest()[:24]


def _date_range(request: Request) -> tuple[str | None, str | None]:
    """QIDO ``StudyDate``: ``A``, ``A-B``, ``A-`` or ``-B`` with dates as YYYYMMDD."""
    raw = request.param("StudyDate").strip()
    if not raw:
        return None, None
    low, sep, high = raw.partition("-")
    if not sep:
        high = low
    for value in (low, high):
        if value and not (len(value) == 8 and value.isdigit()):
            raise BadRequest("StudyDate must be YYYYMMDD or a YYYYMMDD-YYYYMMDD range")
        if value:
            try:
                datetime.strptime(value, "%Y%m%d")
            except ValueError:
                raise BadRequest("StudyDate is not a calendar date") from None
    return low or None, high or None


def _paging(request: Request) -> tuple[int, int]:
    try:
        limit = int(request.param("limit", "100"))
        offset = int(request.param("offset", "0"))
    except ValueError:
        raise BadRequest("limit and offset must be integers") from None
    if not 1 <= limit <= MAX_LIMIT or offset < 0:
        raise BadRequest(f"limit must be 1..{MAX_LIMIT} and offset >= 0")
    return limit, offset


def handle_dicomweb(
    world: World, faults: FaultPlan | None, request: Request, out: Responder
) -> None:
    """Answer one ``/dicomweb/...`` request from the world's archive."""
    archive = archive_for(world)
    parts = request.path.split("/")[2:]  # after '', 'dicomweb'
    if parts == ["studies"]:
        limit, offset = _paging(request)
        studies = archive.in_range(*_date_range(request))
        if faults and faults.duplicate:
            studies = with_duplicates(studies, [s.study_uid for s in studies], faults, limit)
        chunk = studies[offset : offset + limit]
        _dicom_json(out, [study_json(s, archive.world) for s in chunk])
    elif len(parts) == 3 and parts[0] == "studies" and parts[2] == "series":
        study = archive.study(parts[1])
        _dicom_json(out, [series_json(study, s) for s in study.series])
    elif len(parts) == 5 and parts[2] == "series" and parts[4] == "instances":
        study, series = archive.series(parts[1], parts[3])
        _dicom_json(out, [instance_json(study, series, i) for i in series.instances])
    elif len(parts) == 4 and parts[0] == "studies" and parts[2] == "series":
        study, series = archive.series(parts[1], parts[3])
        bodies = [_served(faults, archive, study, series, i) for i in series.instances]
        _send_multipart(out, bodies, series.series_uid)
    elif len(parts) == 6 and parts[2] == "series" and parts[4] == "instances":
        study, series, inst = archive.instance(parts[1], parts[3], parts[5])
        _send_multipart(out, [_served(faults, archive, study, series, inst)], inst.sop_uid)
    else:
        raise NotFound("unknown DICOMweb path")


def _served(
    faults: FaultPlan | None,
    archive: Archive,
    study: PacsStudy,
    series: PacsSeries,
    inst: PacsInstance,
) -> bytes:
    """The instance's bytes; the `malformed` data fault breaks some for good, like SEMD."""
    body = archive.render(study, series, inst)
    if faults and faults.is_malformed(inst.sop_uid, 1):
        body = body[: len(body) // 2]
    return body


def _dicom_json(out: Responder, payload: list[dict[str, Any]]) -> None:
    out.send(200, json.dumps(payload, ensure_ascii=False).encode("utf-8"), DICOM_JSON)


def _send_multipart(out: Responder, bodies: list[bytes], key: str) -> None:
    boundary = _boundary(key)
    out.send(200, multipart(bodies, boundary), MULTIPART.format(boundary=boundary))
