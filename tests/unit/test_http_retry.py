"""RegistryClient against the faulty simulator: what is retried, how long it waits, and
that it gives up with a message that names no identifier."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from ozero.simulator.faults import FaultPlan
from ozero.simulator.server import make_server
from ozero.sources.http import RegistryClient, RegistryError, RetryPolicy, redact

FNSI = "/port/rest/searchDictionary"
FAST = RetryPolicy(attempts=4, base_delay=0.01, max_delay=2.0)


@contextmanager
def client(spec: str, retry: RetryPolicy = FAST) -> Iterator[tuple[RegistryClient, str]]:
    """A client for a faulty simulator, and the path of one REMD document on it."""
    server = make_server(port=0, seed=7, patients=30, documents=40, faults=FaultPlan.parse(spec))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    d = server.RequestHandlerClass.state.documents[0]
    try:
        yield (
            RegistryClient(
                f"http://127.0.0.1:{server.server_address[1]}",
                timeout=5,
                retry=retry,
                params={"userKey": "test-key"},  # FNSI answers nothing without one
            ),
            f"/remd/api/v1/documents/{d.document_id}/versions/{d.version}",
        )
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.parametrize("fault", ["error", "drop", "truncate"])
def test_transient_faults_are_retried_until_an_answer(fault):
    with client(f"{fault}=1,first=2") as (c, doc):
        assert c.get_json(FNSI)["result"] == "OK"
        assert (c.requests_made, c.retries_made) == (3, 2)
        assert c.get(doc).content.rstrip().endswith(b"</ClinicalDocument>")
        assert (c.requests_made, c.retries_made) == (6, 4)


def test_both_500_and_503_are_retried():
    plan = FaultPlan.parse("error=1,seed=5")
    statuses = {plan.error_status(FNSI + f"?i={i}", 1) for i in range(20)}
    assert statuses == {500, 503}


def test_throttle_honours_retry_after():
    slow = RetryPolicy(attempts=3, base_delay=5.0, max_delay=10.0)  # backoff alone: 2.5 s+
    with client("throttle=1,first=1,retry_after=0", slow) as (c, _):
        t0 = time.monotonic()
        assert c.get_json(FNSI)["result"] == "OK"
        assert time.monotonic() - t0 < 1.0, "Retry-After: 0 beats the backoff"
    with client("throttle=1,first=1,retry_after=1", FAST) as (c, _):
        t0 = time.monotonic()
        c.get_json(FNSI)
        assert time.monotonic() - t0 >= 1.0, "Retry-After: 1 is waited for"


def test_truncated_json_is_retried_with_json_body():
    with client("truncate=1,first=1") as (c, _):
        assert c.get("/port/rest/versions", {"identifier": "1.2.643.5.1.13.13.11.1040"},
                     json_body=True).json()["result"] == "OK"  # fmt: skip
        assert c.retries_made == 1


def test_gives_up_with_registry_error_naming_no_identifier(caplog):
    expected = "failed after 4 attempts: HTTP 50[03]"
    with client("error=1") as (c, doc), pytest.raises(RegistryError, match=expected) as err:
        c.get(doc)
    document_id = doc.split("/")[5]
    assert document_id not in str(err.value)
    assert "/remd/api/v1/documents/:id/versions/:id" in str(err.value)
    assert document_id not in caplog.text
    assert c.requests_made == 4


def test_non_retryable_status_fails_at_once():
    with client("") as (c, _):
        with pytest.raises(RegistryError, match="HTTP 404"):
            c.get("/remd/api/v1/documents/no-such-0001/versions/1")
        assert c.requests_made == 1


def test_redact_keeps_the_shape_of_a_path():
    assert redact("/oms/api/v1/registers/HM770112T77_26011") == "/oms/api/v1/registers/:id"
    assert redact("/port/rest/data") == "/port/rest/data"
