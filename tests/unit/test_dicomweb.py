"""The DICOMweb client's multipart parser and its retry of garbled WADO-RS bodies."""

from __future__ import annotations

import pytest
import requests

from ozero.simulator.pacs import multipart
from ozero.sources.dicomweb import DicomWebClient, MultipartError, dicom_parts, parse_multipart
from ozero.sources.http import RegistryError, RetryPolicy

CTYPE = 'multipart/related; type="application/dicom"; boundary=b0'
DICOM = b"\x00" * 128 + b"DICM" + b"\x02\x00\x10\x00UI\x14\x001.2.840.10008.1.2.1\x00"


def _bare(parts: list[bytes], boundary: str = "b0") -> bytes:
    """A body without per-part Content-Length (what most PACS send)."""
    out = b""
    for part in parts:
        out += f"--{boundary}\r\nContent-Type: application/dicom\r\n\r\n".encode() + part + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def test_parts_round_trip_with_and_without_content_length():
    payloads = [DICOM, DICOM + b"\r\n--b" + b"x" * 10]  # a part may contain boundary-like bytes
    assert dicom_parts(multipart(payloads, "b0"), CTYPE) == payloads
    assert dicom_parts(_bare([DICOM]), CTYPE) == [DICOM]


def test_boundary_parameter_may_be_quoted_with_separators():
    body = _bare([DICOM], "a;b=c")
    ctype = 'multipart/related; boundary="a;b=c"; type="application/dicom"'
    assert parse_multipart(body, ctype)[0].content == DICOM


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        (multipart([DICOM], "b0")[:-20], CTYPE),  # closing boundary cut off
        (multipart([DICOM], "b0")[:60], CTYPE),  # cut inside the part
        (_bare([DICOM])[:-12], CTYPE),  # bare part, closing boundary missing
        (b"garbage", CTYPE),
        (multipart([DICOM], "b0"), "application/dicom"),  # not multipart
        (multipart([DICOM], "b0").replace(b"Content-Length: ", b"Content-Length: 9"), CTYPE),
        (b"--b0\r\nContent-Type: application/dicom\r\n\r\nshort\r\n--b0--\r\n", CTYPE),
        (b"--b0\r\nContent-Type: text/plain\r\n\r\n" + DICOM + b"\r\n--b0--\r\n", CTYPE),
    ],
)
def test_short_or_garbled_bodies_raise_a_retryable_error(body, ctype):
    with pytest.raises(MultipartError):
        dicom_parts(body, ctype)


def _response(body: bytes, ctype: str = CTYPE) -> requests.Response:
    response = requests.Response()
    response.status_code = 200
    response._content = body
    response.headers["Content-Type"] = ctype
    return response


def test_retrieve_fetches_a_garbled_body_again(monkeypatch):
    client = DicomWebClient("http://pacs.invalid")
    client.http.retry = RetryPolicy(attempts=3, base_delay=0.0)
    served = [_response(multipart([DICOM], "b0")[:50]), _response(multipart([DICOM], "b0"))]
    monkeypatch.setattr(client.http, "get", lambda path, params=None: served.pop(0))
    assert client.retrieve("1.2", "1.3", "1.4") == DICOM
    assert client.http.retries_made == 1


def test_retrieve_gives_up_with_a_registry_error_without_uids(monkeypatch):
    client = DicomWebClient("http://pacs.invalid")
    client.http.retry = RetryPolicy(attempts=2, base_delay=0.0)
    monkeypatch.setattr(client.http, "get", lambda path, params=None: _response(b"garbage"))
    with pytest.raises(RegistryError) as info:
        client.retrieve("1.2.643.1", "1.2.643.2", "1.2.643.3")
    assert "1.2.643" not in str(info.value)  # UIDs are identifiers: never in messages
