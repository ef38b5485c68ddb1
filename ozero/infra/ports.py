"""Free localhost ports, readiness waits and Ctrl-C handling shared by the local servers."""

from __future__ import annotations

import signal
import socket
import time
from collections.abc import Callable
from contextlib import suppress


def free_port() -> int:
    """A port nothing listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
