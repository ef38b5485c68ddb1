"""`ozero catalog serve`: the static catalog over HTTP, rebuilt first so it is current.

For a laptop or a small team: Python's threaded HTTP server on one folder, read-only, no
directory listings outside it. A catalog on an object store is served by the store itself
(a bucket website); a public deployment puts any web server in front of the folder.
"""

from __future__ import annotations

import functools
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from ozero import objects
from ozero.errors import OzeroError

log = logging.getLogger(__name__)


class CatalogServeError(OzeroError, RuntimeError):
    fix = "choose a free port with --port, or serve an s3a:// catalog as a bucket website"


class _QuietHandler(SimpleHTTPRequestHandler):
    """Request lines go to the log (stderr), not to the terminal's stdout."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib's name
        log.info("%s %s", self.address_string(), format % args)


def catalog_server(folder: Path, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A server for `folder` (port 0: any free port); the caller runs `serve_forever`."""
    if not (folder / "index.html").is_file():
        raise CatalogServeError(f"no catalog at {folder} (index.html missing)")
    handler = functools.partial(_QuietHandler, directory=str(folder))
    try:
        return ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise CatalogServeError(f"cannot listen on {host}:{port} ({exc.strerror})") from None


def url_of(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}/"


def serve(folder: Path, host: str, port: int) -> None:
    """Serve until interrupted (Ctrl-C ends it quietly)."""
    server = catalog_server(folder, host, port)
    print(f"[ozero catalog] serving {folder} at {url_of(server)} (Ctrl-C stops)", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@contextmanager
def catalog_in_background(port: int, say: Callable[[str], None]) -> Iterator[str | None]:
    """Build the lake's catalog and serve it on a thread while the block runs (`make
    airflow`: publications refresh it). Yields its URL, or None after saying why it is not
    served here (a lake on an object store, a busy port): the stack runs on without it."""
    from ozero.catalog.build import build
    from ozero.lake import local_path

    try:
        result = build()
    except (OSError, ValueError) as exc:
        say(f"dataset catalog not served: cannot build it ({exc})")
        yield None
        return
    if not objects.is_local(result.out):
        say(f"dataset catalog: {result.out} (on the object store; serve it as a bucket website)")
        yield None
        return
    try:
        server = catalog_server(local_path(result.out), "127.0.0.1", port)
    except CatalogServeError as exc:
        say(f"dataset catalog not served: {exc}; set OZERO_CATALOG_PORT to a free port")
        yield None
        return
    threading.Thread(target=server.serve_forever, name="catalog", daemon=True).start()
    try:
        yield url_of(server)
    finally:
        server.shutdown()
        server.server_close()
