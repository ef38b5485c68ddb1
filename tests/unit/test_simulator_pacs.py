"""The simulated PACS: deterministic archive, QIDO-RS JSON model, WADO-RS multipart."""

from __future__ import annotations

import email
import email.policy
import io
import json
import threading
import urllib.error
import urllib.request

import pydicom
import pytest

from ozero.simulator.pacs import DICOM_JSON, SC, build_archive
from ozero.simulator.server import make_server
from ozero.simulator.world import build_world

SEED, PATIENTS, DOCUMENTS = 7, 10, 8


@pytest.fixture(scope="module")
def world():
    return build_world(seed=SEED, patients=PATIENTS, documents=DOCUMENTS)


@pytest.fixture(scope="module")
def base_url():
    server = make_server(port=0, seed=SEED, patients=PATIENTS, documents=DOCUMENTS)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def test_archive_is_deterministic_and_mirrors_the_protocols(world):
    one, two = build_archive(world), build_archive(build_world(SEED, PATIENTS, DOCUMENTS))
    assert [s.study_uid for s in one.studies] == [s.study_uid for s in two.studies]
    assert sorted(s.document.document_id for s in one.studies) == sorted(
        d.document_id for d in world.documents
    )
    instances = [i for s in one.studies for se in s.series for i in se.instances]
    assert any(i.burned_in and i.sop_class == SC for i in instances)
    assert sum(i.truncated for i in instances) >= 1
    assert len({i.sop_uid for i in instances}) == len(instances)


def test_no_study_is_filed_for_a_patient_without_a_policy():
    """PACS files images under the ENP; patients without one get none (for now)."""
    world = build_world()  # the demo world: 9 of 150 patients have no OMS policy
    archive = build_archive(world)
    archived = {s.document.document_id for s in archive.studies}
    insured = {d.document_id for d in world.documents if world.person(d.patient_id).insured}
    assert archived == insured and len(archived) < len(world.documents)
    assert any(i.burned_in for s in archive.studies for se in s.series for i in se.instances)


def test_qido_studies_use_the_dicom_json_model(base_url, world):
    status, ctype, body = _get(f"{base_url}/dicomweb/studies?StudyDate=20000101-20301231")
    assert status == 200 and ctype == DICOM_JSON
    studies = json.loads(body)
    assert len(studies) == DOCUMENTS
    first = studies[0]
    assert first["0020000D"]["vr"] == "UI" and first["0020000D"]["Value"][0].startswith("1.2.")
    assert first["00100010"]["vr"] == "PN" and "^" in first["00100010"]["Value"][0]["Alphabetic"]
    enps = {p.enp for p in world.persons}
    assert all(s["00100020"]["Value"][0] in enps for s in studies)
    dates = [s["00080020"]["Value"][0] for s in studies]
    assert dates == sorted(dates)


def test_qido_filters_by_study_date_and_pages(base_url):
    _, _, body = _get(f"{base_url}/dicomweb/studies?StudyDate=20000101-20301231")
    dates = sorted(s["00080020"]["Value"][0] for s in json.loads(body))
    _, _, one_day = _get(f"{base_url}/dicomweb/studies?StudyDate={dates[0]}")
    assert {s["00080020"]["Value"][0] for s in json.loads(one_day)} == {dates[0]}
    pages = [
        json.loads(_get(f"{base_url}/dicomweb/studies?StudyDate=-20301231&limit=3&offset={o}")[2])
        for o in (0, 3, 6)
    ]
    assert [len(p) for p in pages] == [3, 3, DOCUMENTS - 6]
    assert _get(f"{base_url}/dicomweb/studies?StudyDate=2026-01-01")[0] == 400
    assert _get(f"{base_url}/dicomweb/studies/1.2.3/series")[0] == 404


def test_wado_returns_one_dicom_part_per_instance(base_url, world):
    _, _, body = _get(f"{base_url}/dicomweb/studies?StudyDate=-20301231&limit=1")
    study_uid = json.loads(body)[0]["0020000D"]["Value"][0]
    _, _, body = _get(f"{base_url}/dicomweb/studies/{study_uid}/series")
    series = json.loads(body)[0]
    assert series["00080060"]["Value"][0] in {"CR", "DX", "CT", "MG"}
    series_uid = series["0020000E"]["Value"][0]
    _, _, body = _get(f"{base_url}/dicomweb/studies/{study_uid}/series/{series_uid}/instances")
    sop = json.loads(body)[0]["00080018"]["Value"][0]
    url = f"{base_url}/dicomweb/studies/{study_uid}/series/{series_uid}/instances/{sop}"
    status, ctype, body = _get(url)
    assert status == 200 and ctype.startswith("multipart/related") and "boundary=" in ctype
    # parse with the standard library's MIME parser, not our own
    message = email.message_from_bytes(
        f"Content-Type: {ctype}\r\n\r\n".encode() + body, policy=email.policy.HTTP
    )
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["application/dicom"]
    ds = pydicom.dcmread(io.BytesIO(parts[0].get_payload(decode=True)))
    assert ds.SOPInstanceUID == sop and ds.StudyInstanceUID == study_uid
    assert ds.PatientID in {p.enp for p in world.persons}
    assert "^" in str(ds.PatientName) and ds.AccessionNumber
    assert ds.OtherPatientIDsSequence[0].IssuerOfPatientID == "СНИЛС"
    assert any(elem.tag.is_private for elem in ds)
