"""Free localhost ports, readiness waits and Ctrl-C handling shared by the local servers."""

from __future__ import annotations

import fcntl
import os
import signal
import socket
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

# A server is handed a free port, then takes seconds (a JVM, PostgreSQL) to bind it; the OS may
# hand the same still-unbound port to another process in between (two test workers starting
# servers at once did exactly that). Ports handed out are remembered, across processes, this
# long, and not handed out again meanwhile.
RESERVED_S = 600.0
PICKS = 64


def _registry() -> Path:
    """One file per user, shared by every Ozero process on the machine."""
    return Path(tempfile.gettempdir()) / f"ozero-ports-{os.getuid()}"


def _os_free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _read_reserved(text: str, now: float) -> dict[int, float]:
    reserved: dict[int, float] = {}
    for line in text.splitlines():
        port, _, when = line.partition(" ")
        with suppress(ValueError):
            if now - (at := float(when)) < RESERVED_S:
                reserved[int(port)] = at
    return reserved


def free_port() -> int:
    """A port nothing listens on now and no Ozero process here was handed in the last minutes."""
    with open(_registry(), "a+", encoding="ascii") as registry:
        fcntl.flock(registry, fcntl.LOCK_EX)  # released when the file closes
        registry.seek(0)
        now = time.time()
        reserved = _read_reserved(registry.read(), now)
        port = _os_free_port()
        for _ in range(PICKS):
            if port not in reserved:
                break
            port = _os_free_port()
        reserved[port] = now
        registry.seek(0)
        registry.truncate()
        registry.write("".join(f"{p} {t:.3f}\n" for p, t in reserved.items()))
        return port


def wait_until(ready: Callable[[], bool], timeout: float, what: str, alive=None) -> None:
    """Poll `ready` until true; fail fast if `alive()` says the server process died."""
    deadline = time.monotonic() + timeout
    while not ready():
        if alive is not None and not alive():
            raise RuntimeError(f"{what} exited before it was ready")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} not ready after {timeout:.0f}s")
        time.sleep(0.2)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def wait_for_stop() -> None:
    """Block until Ctrl-C or SIGTERM, so a server's `with` block can clean up either way."""
    signal.signal(signal.SIGTERM, _interrupt)
    with suppress(KeyboardInterrupt):
        signal.pause()
