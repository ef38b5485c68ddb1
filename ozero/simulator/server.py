"""HTTP simulator of FNSI, REMD, GIS OMS and a PACS over one deterministic world (stdlib only).

Connectors are developed and tested against this instead of the real federal services,
which need VPN, certificates and contracts. Response shapes follow the real FNSI REST API
(``fnsi``) and DICOMweb (``dicomweb``); REMD and OMS endpoints (here) are a simplified
paging/listing facade over the same XML payloads. This module wires the routes, the
injected faults and the rendered-payload cache; the HTTP plumbing is in ``httpkit``.
"""

from __future__ import annotations

import signal
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

from ozero.simulator import fnsi
from ozero.simulator.dicomweb import handle_dicomweb
from ozero.simulator.faults import FaultPlan, break_xml, misencode, with_duplicates
from ozero.simulator.httpkit import HttpError, NotFound, Request, Responder
from ozero.simulator.oms import render_register
from ozero.simulator.semd186 import render_semd
from ozero.simulator.world import World, build_world, iso_utc, semd_kind


class SimulatorState:
    """The world plus lazily rendered, cached payloads (shared by handler threads)."""

    def __init__(self, world: World, faults: FaultPlan | None = None) -> None:
        self.world = world
        self.faults = faults
        self._attempts: dict[str, int] = {}
        self._lock = threading.Lock()
        self._docs: dict[tuple[str, int], bytes] = {}
        self._registers: dict[str, bytes] = {}
        feed = world.remd_feed  # 174 and 186 documents, every version
        self.documents = sorted(feed, key=lambda d: (d.registered_at, d.document_id, d.version))
        self._doc_index = {(d.document_id, d.version): d for d in feed}
        self._reg_index = {r.register_id: r for r in world.registers}

    def next_attempt(self, request_path: str) -> int:
        """1 for the first request of this path and query, 2 for its retry, and so on."""
        with self._lock:
            self._attempts[request_path] = self._attempts.get(request_path, 0) + 1
            return self._attempts[request_path]

    def document_xml(self, document_id: str, version: int) -> bytes:
        doc = self._doc_index.get((document_id, version))
        if doc is None:
            raise NotFound("document not found")
        with self._lock:
            if (document_id, version) not in self._docs:
                body = render_semd(doc, self.world)
                if self.faults and self.faults.is_malformed(document_id, version):
                    body = break_xml(body)
                self._docs[(document_id, version)] = body
            return self._docs[(document_id, version)]

    def register_xml(self, register_id: str) -> bytes:
        reg = self._reg_index.get(register_id)
        if reg is None:
            raise NotFound("register not found")
        with self._lock:
            if register_id not in self._registers:
                body = render_register(reg, self.world, self.faults)
                if self.faults and self.faults.is_misencoded(register_id):
                    body = misencode(body)
                self._registers[register_id] = body
            return self._registers[register_id]


class Handler(BaseHTTPRequestHandler):
    server_version = "OzeroSimulator/1.0"
    state: SimulatorState  # set on the subclass built by make_server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Silence per-request logging (paths may carry identifiers, queries the userKey)."""

    def do_GET(self) -> None:  # noqa: N802
        request, out = Request(self.path), Responder(self)
        faulty = self.state.faults is not None and request.path != "/health"
        if faulty and self._inject_fault(request, out):
            return
        try:
            self._route(request, out)
        except HttpError as exc:
            out.error(exc)

    def _inject_fault(self, request: Request, out: Responder) -> bool:
        """Apply the plan's transport faults to this request; True when it was answered."""
        plan = self.state.faults
        assert plan is not None
        key = request.raw_path
        attempt = self.state.next_attempt(key)
        pause = plan.delay(key, attempt)
        if pause:
            time.sleep(pause)
        fault = plan.transport(key, attempt)
        if fault == "error":
            body = {"result": "ERROR", "error": "unavailable", "resultText": "fault"}
            out.json(body, plan.error_status(key, attempt))
        elif fault == "throttle":
            body = {"result": "ERROR", "error": "too_many_requests"}
            out.json(body, 429, headers={"Retry-After": str(plan.retry_after)})
        elif fault == "drop":
            out.drop()  # nothing written: the client sees a closed socket
        elif fault == "truncate":
            out.truncate = True
            return False
        return fault is not None

    def _route(self, request: Request, out: Responder) -> None:
        path = request.path
        if path == "/health":
            out.json({"status": "ok", "seed": self.state.world.seed})
        elif path.startswith("/port/rest/"):
            fnsi.handle_fnsi(path.removeprefix("/port/rest/"), request, out)
        elif path == "/remd/api/v1/documents":
            self._remd_list(request, out)
        elif path.startswith("/remd/api/v1/documents/"):
            parts = path.split("/")
            # ['', 'remd', 'api', 'v1', 'documents', <id>, 'versions', <v>]
            if len(parts) != 8 or parts[6] != "versions" or not parts[7].isdigit():
                raise NotFound("unknown path")
            body = self.state.document_xml(unquote(parts[5]), int(parts[7]))
            out.send(200, body, "application/xml; charset=utf-8")
        elif path == "/oms/api/v1/registers":
            self._oms_list(request, out)
        elif path.startswith("/oms/api/v1/registers/"):
            register_id = unquote(path.removeprefix("/oms/api/v1/registers/"))
            body = self.state.register_xml(register_id)
            out.send(200, body, "application/xml; charset=windows-1251")
        elif path.startswith("/dicomweb/"):
            handle_dicomweb(self.state.world, self.state.faults, request, out)
        else:
            raise NotFound("unknown path")

    # --- REMD / OMS -----------------------------------------------------------------------

    def _remd_list(self, request: Request, out: Responder) -> None:
        since, until = request.time_param("since"), request.time_param("until")
        page = request.int_param("page", 1, 10**9)
        size = request.int_param("size", 100, 500)
        docs = [
            d
            for d in self.state.documents
            if (since is None or d.registered_at >= since)
            and (until is None or d.registered_at < until)
        ]
        if self.state.faults and self.state.faults.duplicate:
            keys = [f"{d.document_id}/{d.version}" for d in docs]
            docs = with_duplicates(docs, keys, self.state.faults, size)
        chunk = docs[(page - 1) * size : page * size]
        items = [
            {
                "document_id": d.document_id,
                "version": d.version,
                "kind": semd_kind(d),
                "registered_at": iso_utc(d.registered_at),
                "href": f"/remd/api/v1/documents/{d.document_id}/versions/{d.version}",
            }
            for d in chunk
        ]
        out.json({"total": len(docs), "page": page, "size": size, "items": items})

    def _oms_list(self, request: Request, out: Responder) -> None:
        since, until = request.time_param("since"), request.time_param("until")
        regs = sorted(self.state.world.registers, key=lambda r: (r.registered_at, r.register_id))
        items = [
            {
                "register_id": r.register_id,
                "period": r.period,
                "registered_at": iso_utc(r.registered_at),
                "href": f"/oms/api/v1/registers/{r.register_id}",
            }
            for r in regs
            if (since is None or r.registered_at >= since)
            and (until is None or r.registered_at < until)
        ]
        if self.state.faults and self.state.faults.duplicate:
            keys = [i["register_id"] for i in items]
            items = with_duplicates(items, keys, self.state.faults, len(items))
        out.json({"total": len(items), "items": items})


def make_server(
    host: str = "127.0.0.1",
    port: int = 8765,
    seed: int = 42,
    patients: int = 150,
    documents: int = 300,
    faults: FaultPlan | None = None,
) -> ThreadingHTTPServer:
    """A ready (not yet serving) server; ``port=0`` picks a free port (see server_address)."""
    world = build_world(seed=seed, patients=patients, documents=documents)
    state = SimulatorState(world, faults)
    handler = type("BoundHandler", (Handler,), {"state": state})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def serve(
    host: str = "127.0.0.1",
    port: int = 8765,
    seed: int = 42,
    patients: int = 150,
    documents: int = 300,
    faults: FaultPlan | str | None = None,
) -> None:
    """Serve until SIGINT/SIGTERM, then shut down cleanly."""
    if isinstance(faults, str):
        faults = FaultPlan.parse(faults) if faults else None
    server = make_server(host, port, seed, patients, documents, faults)
    bound_host, bound_port = server.server_address[:2]
    assert isinstance(bound_host, str)  # an IPv4/IPv6 server's address is (host, port, ...)
    stop = threading.Event()

    def _stop(signum: int, frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    print(f"Ozero registry simulator listening on http://{bound_host}:{bound_port}", flush=True)
    if faults is not None:
        print(f"injecting faults: {faults.spec()}", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--patients", type=int, default=150)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--faults", default="", help="e.g. error=0.05,throttle=0.03,seed=1")
    args = parser.parse_args()
    serve(args.host, args.port, args.seed, args.patients, args.documents, args.faults)


if __name__ == "__main__":
    main()
