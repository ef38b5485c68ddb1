"""Fault injection: the plan's grammar and determinism, and the server applying each fault."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from lxml import etree

from ozero.formats import FormatError
from ozero.formats.oms import parse_zl_list
from ozero.simulator.faults import FaultPlan
from ozero.simulator.server import make_server

FNSI = "/port/rest/searchDictionary?userKey=test-key"


@contextmanager
def simulator(spec: str) -> Iterator[tuple[int, object]]:
    server = make_server(port=0, seed=7, patients=30, documents=40, faults=FaultPlan.parse(spec))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], server.RequestHandlerClass.state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def raw_get(port: int, path: str) -> tuple[int | None, dict[str, str], bytes]:
    """(status, headers, body) read straight off the socket; status None when nothing came."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    if not data:
        return None, {}, b""
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, body


def doc_path(state) -> str:
    d = state.documents[0]
    return f"/remd/api/v1/documents/{d.document_id}/versions/{d.version}"


# --- the plan ------------------------------------------------------------------------------


def test_parse_full_spec():
    plan = FaultPlan.parse(
        "error=0.05,throttle=0.03,latency=0.2:300ms,truncate=0.02,drop=2%,"
        "malformed=0.01,duplicate=0.02,encoding=0.01,seed=1,retry_after=0,first=2"
    )
    assert (plan.error, plan.throttle, plan.truncate, plan.drop) == (0.05, 0.03, 0.02, 0.02)
    assert (plan.latency, plan.latency_s) == (0.2, 0.3)
    assert (plan.malformed, plan.duplicate, plan.encoding) == (0.01, 0.02, 0.01)
    assert (plan.seed, plan.retry_after, plan.first) == (1, 0, 2)
    assert plan.transport_rate == pytest.approx(0.12)
    assert FaultPlan.parse(plan.spec()) == plan
    assert FaultPlan.parse("latency=0.5:2s").latency_s == 2.0
    assert FaultPlan.parse("") == FaultPlan()


@pytest.mark.parametrize(
    "spec",
    [
        "boom=0.1",
        "error",
        "error=abc",
        "error=1.5",
        "latency=0.1:fast",
        "seed=-1",
        "error=0.6,drop=0.6",
    ],
)
def test_parse_rejects_bad_specs(spec):
    with pytest.raises(ValueError):
        FaultPlan.parse(spec)


def test_decisions_are_deterministic_per_seed_path_and_attempt():
    plan = FaultPlan.parse("error=0.2,drop=0.2,seed=3")
    paths = [f"/remd/api/v1/documents/{i}/versions/1" for i in range(500)]
    first = [plan.transport(p, 1) for p in paths]
    assert first == [FaultPlan.parse("error=0.2,drop=0.2,seed=3").transport(p, 1) for p in paths]
    assert 0.3 < sum(f is not None for f in first) / len(paths) < 0.5
    assert {"error", "drop"} == set(first) - {None}
    retried = [plan.transport(p, 2) for p, f in zip(paths, first, strict=True) if f]
    assert None in retried, "a retry gets a fresh draw and can succeed"
    other_seed = [FaultPlan.parse("error=0.2,drop=0.2,seed=4").transport(p, 1) for p in paths]
    assert other_seed != first


def test_first_limits_faults_to_the_first_attempts():
    plan = FaultPlan.parse("error=1,first=2")
    assert [plan.transport("/x", a) for a in (1, 2, 3, 4)] == ["error", "error", None, None]


def test_data_faults_ignore_the_attempt():
    plan = FaultPlan.parse("malformed=0.5,encoding=0.5,duplicate=0.5,seed=9")
    flags = [plan.is_malformed(f"d{i}", 1) for i in range(100)]
    assert flags == [plan.is_malformed(f"d{i}", 1) for i in range(100)]
    assert 20 < sum(flags) < 80


# --- the server ----------------------------------------------------------------------------


def test_error_answers_500_or_503_then_recovers():
    with simulator("error=1,first=1") as (port, _):
        status, _, body = raw_get(port, FNSI)
        assert status in (500, 503)
        assert json.loads(body)["result"] == "ERROR"
        assert raw_get(port, FNSI)[0] == 200


def test_throttle_answers_429_with_retry_after():
    with simulator("throttle=1,retry_after=0,first=1") as (port, _):
        status, headers, _ = raw_get(port, FNSI)
        assert (status, headers["Retry-After"]) == (429, "0")
        assert raw_get(port, FNSI)[0] == 200


def test_latency_delays_the_answer():
    with simulator("latency=1:200ms") as (port, _):
        t0 = time.monotonic()
        assert raw_get(port, FNSI)[0] == 200
        assert time.monotonic() - t0 >= 0.2


def test_truncate_cuts_json_so_it_does_not_parse():
    with simulator("truncate=1,first=1") as (port, _):
        status, headers, body = raw_get(port, FNSI)
        assert status == 200 and int(headers["Content-Length"]) == len(body)
        with pytest.raises(ValueError):
            json.loads(body)
        json.loads(raw_get(port, FNSI)[2])


def test_truncate_cuts_xml_short_of_its_content_length():
    with simulator("truncate=1,first=1") as (port, state):
        status, headers, body = raw_get(port, doc_path(state))
        assert status == 200 and int(headers["Content-Length"]) > len(body) > 0
        _, headers, body = raw_get(port, doc_path(state))
        assert int(headers["Content-Length"]) == len(body)


def test_drop_closes_the_connection_without_an_answer():
    with simulator("drop=1,first=1") as (port, _):
        assert raw_get(port, FNSI) == (None, {}, b"")
        assert raw_get(port, FNSI)[0] == 200


def test_health_is_never_faulted():
    with simulator("error=1") as (port, _):
        assert raw_get(port, "/health")[0] == 200


def test_malformed_documents_are_broken_consistently():
    with simulator("malformed=0.5,seed=1") as (port, state):
        plan = state.faults
        broken = [d for d in state.documents if plan.is_malformed(d.document_id, d.version)]
        assert broken
        d = broken[0]
        path = f"/remd/api/v1/documents/{d.document_id}/versions/{d.version}"
        first, second = raw_get(port, path)[2], raw_get(port, path)[2]
        assert first == second
        with pytest.raises(etree.XMLSyntaxError):
            etree.fromstring(first)


def test_duplicate_serves_listing_items_twice_across_pages():
    with simulator("duplicate=0.2,seed=1") as (port, state):
        ids, page = [], 1
        while page < 20:
            body = json.loads(raw_get(port, f"/remd/api/v1/documents?page={page}&size=10")[2])
            ids += [(i["document_id"], i["version"]) for i in body["items"]]
            if page * 10 >= body["total"]:
                break
            page += 1
        assert body["total"] == len(ids) > len(set(ids)) == len(state.documents)
        registers = json.loads(raw_get(port, "/oms/api/v1/registers")[2])["items"]
        assert len({r["register_id"] for r in registers}) == len(state.world.registers)


def test_encoding_serves_utf8_under_a_windows_1251_declaration():
    with simulator("encoding=1") as (port, state):
        reg = state.world.registers[1]
        status, _, body = raw_get(port, f"/oms/api/v1/registers/{reg.register_id}")
        assert status == 200 and body.startswith(b'<?xml version="1.0" encoding="windows-1251"?>')
        body.decode("utf-8")
        with pytest.raises(FormatError, match="declared windows-1251 but the bytes are UTF-8"):
            parse_zl_list(body)


def test_drift_and_badtype_parse_and_decide_per_case():
    plan = FaultPlan.parse("drift=0.5,badtype=10%,seed=2")
    assert (plan.drift, plan.badtype) == (0.5, 0.1)
    assert FaultPlan.parse(plan.spec()) == plan
    kinds = [plan.bad_type("R1", i) for i in range(2000)]
    assert kinds == [plan.bad_type("R1", i) for i in range(2000)], "deterministic"
    assert 100 < sum(k is not None for k in kinds) < 300
    assert {k for k in kinds if k} == {"sumv", "date", "no_enp", "no_idcase"}
    assert 800 < sum(plan.drifts("R1", i) for i in range(2000)) < 1200


def test_server_serves_drifted_and_badly_typed_cases():
    from ozero.curate.oms import field_types
    from ozero.formats.oms import check_case
    from ozero.simulator.oms import BADTYPE_REASONS

    with simulator("drift=0.3,badtype=0.3") as (port, state):
        plan = state.faults
        reasons, extras = [], 0
        for reg in state.world.registers:
            status, _, body = raw_get(port, f"/oms/api/v1/registers/{reg.register_id}")
            assert status == 200
            rows = parse_zl_list(body)["cases"]
            assert len(rows) == len(reg.cases)
            for row, case in zip(rows, reg.cases, strict=True):
                kind = plan.bad_type(reg.register_id, case.idcase)
                reasons.append((check_case(row, field_types()), BADTYPE_REASONS.get(kind)))
                drifts = plan.drifts(reg.register_id, case.idcase)
                assert bool(row["extra"]) == drifts
                extras += drifts
        assert all(got == want for got, want in reasons)
        assert extras and any(want for _, want in reasons)
