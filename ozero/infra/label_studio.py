"""Label Studio, the annotation server of labelling rounds, on localhost with its data in
PostgreSQL.

Label Studio pins Django and friends in ways Airflow's constraints do not allow, so it lives
in its own virtualenv (`.venv-label`, `make label-venv`, pinned by `requirements-label.txt`
and `constraints-label.txt`); Ozero only starts it and talks to it over HTTP.
Its state — the PostgreSQL cluster (`ozero.infra.pg_server`, kept, not throwaway), uploaded
images, the admin's credentials — is under one folder (`.label-studio/` in the checkout,
git-ignored; `OZERO_LABEL_STUDIO_HOME`), so a restart keeps projects and annotations.

The admin (the curator's account in the tool) is created without a prompt through Label
Studio's own variables (`LABEL_STUDIO_USERNAME`/`_PASSWORD`/`_USER_TOKEN`, read when the
first user is made), with the organisation's legacy API tokens enabled
(`LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN`: since 1.22 new organisations get only personal
access tokens, JWTs that must be refreshed), so `Authorization: Token …` works. Sign-up
needs the organisation's invite link (`DISABLE_SIGNUP_WITHOUT_LINK`): readers are signed up
by `ozero label push`, nobody else. While it runs, `connection.json` in the home folder
(mode 0600) tells `ozero label` where the server is and which token to use.

    python -m ozero.infra.label_studio serve [--port 8090]     # what `make label` runs
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ozero.config import REPO_ROOT
from ozero.errors import OzeroError, SetupError
from ozero.infra import pg_server
from ozero.infra.ports import free_port, wait_for_stop, wait_until

START_TIMEOUT_S = 240.0  # first start migrates an empty database: ~1-2 min on 2 cores
DATABASE = "label_studio"
ADMIN_EMAIL = "curator@ozero.local"
CONNECTION_FILE = "connection.json"
ADMIN_FILE = "admin.json"
LABEL_FIX = "start it with `make label` (or set OZERO_LABEL_STUDIO_URL and _TOKEN)"


class LabelStudioDown(OzeroError, ConnectionError):
    """No Label Studio answers where the connection says it runs."""

    fix = LABEL_FIX


@dataclass(frozen=True)
class Connection:
    """Where the server is and the admin's API token (legacy `Token` scheme)."""

    url: str
    token: str
    version: str = ""


def venv() -> Path:
    return Path(os.environ.get("OZERO_LABEL_STUDIO_VENV") or REPO_ROOT / ".venv-label")


def home() -> Path:
    return Path(os.environ.get("OZERO_LABEL_STUDIO_HOME") or REPO_ROOT / ".label-studio")


def executable() -> Path:
    exe = venv() / "bin" / "label-studio"
    if not exe.is_file():
        raise SetupError(f"Label Studio is not installed in {venv()}", fix="run `make label`")
    return exe


def installed_version() -> str:
    """The version the venv holds (its dist-info), without starting Django."""
    found = sorted((venv() / "lib").glob("python*/site-packages/label_studio-*.dist-info"))
    if not found:
        raise SetupError(f"Label Studio is not installed in {venv()}", fix="run `make label`")
    return found[-1].name.removeprefix("label_studio-").removesuffix(".dist-info")


def _admin(folder: Path) -> dict[str, str]:
    """The admin's password and token, made once per home folder (0600)."""
    path = folder / ADMIN_FILE
    if path.is_file():
        return json.loads(path.read_text())
    admin = {
        "email": ADMIN_EMAIL,
        "password": secrets.token_urlsafe(18),
        "token": secrets.token_hex(20),
    }
    path.touch(mode=0o600)
    path.write_text(json.dumps(admin))
    return admin


def _environment(pg: pg_server.PgServer, admin: dict[str, str], data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LABEL_STUDIO_", "POSTGRE_"))}
    env.update(
        {
            "DJANGO_DB": "default",  # Label Studio's name for PostgreSQL
            "POSTGRE_HOST": "127.0.0.1",
            "POSTGRE_PORT": str(pg.port),
            "POSTGRE_USER": pg_server.SUPERUSER,
            "POSTGRE_PASSWORD": pg.password,
            "POSTGRE_NAME": DATABASE,
            "LABEL_STUDIO_USERNAME": admin["email"],
            "LABEL_STUDIO_PASSWORD": admin["password"],
            "LABEL_STUDIO_USER_TOKEN": admin["token"],
            "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
            "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
            "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
            "COLLECT_ANALYTICS": "false",  # nothing leaves the machine: no telemetry,
            "LATEST_VERSION_CHECK": "false",  # no PyPI version check at start
            "SENTRY_DSN": "",
            "FRONTEND_SENTRY_DSN": "",
        }
    )
    return env


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health/", timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _ensure_database(pg: pg_server.PgServer) -> None:
    conn = pg.connect()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,))
            present = cur.fetchone() is not None
    finally:
        conn.close()
    if not present:
        pg.create_database(DATABASE)


def _check_reachable(folder: Path) -> None:
    """Under root PostgreSQL runs as `postgres` (pg_server), which must enter the folder:
    a checkout under /root (0700) would fail deep inside initdb otherwise."""
    if os.geteuid() != 0:
        return
    for parent in [folder, *folder.parents]:
        if parent.exists() and not parent.stat().st_mode & 0o001:
            raise SetupError(
                f"the PostgreSQL account cannot enter {parent} (Label Studio's data folder "
                f"is {folder})",
                fix="set OZERO_LABEL_STUDIO_HOME to a folder every account can traverse, "
                "e.g. /var/lib/ozero-label",
            )


@contextmanager
def running(port: int | None = None, folder: Path | None = None) -> Iterator[Connection]:
    """Start PostgreSQL (kept under `folder`/pg) and Label Studio on 127.0.0.1:port; stop
    both on exit, keeping their data. Writes `folder`/connection.json while it runs."""
    exe = executable()
    folder = (folder or home()).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    _check_reachable(folder)
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    admin = _admin(folder)
    data_dir = folder / "data"
    data_dir.mkdir(exist_ok=True)
    with pg_server.running(keep=folder / "pg") as pg:
        _ensure_database(pg)
        log_path = folder / "server.log"
        with open(log_path, "ab") as log:
            process = subprocess.Popen(
                [str(exe), "start", "--no-browser", "--internal-host", "127.0.0.1",
                 "--port", str(port), "--data-dir", str(data_dir), "--log-level", "WARNING"],
                env=_environment(pg, admin, data_dir),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # its own process group: stopped as one
            )  # fmt: skip
        connection_path = folder / CONNECTION_FILE
        try:
            try:
                wait_until(
                    lambda: _answers(url),
                    START_TIMEOUT_S,
                    f"Label Studio on port {port}",
                    alive=lambda: process.poll() is None,
                )
            except RuntimeError as exc:
                tail = log_path.read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{exc}; its log ({log_path}) ends:\n{tail}") from exc
            connection = Connection(url, admin["token"], installed_version())
            connection_path.touch(mode=0o600)
            connection_path.write_text(json.dumps(connection.__dict__))
            yield connection
        finally:
            connection_path.unlink(missing_ok=True)
            _stop(process)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def connection() -> Connection:
    """The running server: OZERO_LABEL_STUDIO_URL + _TOKEN, else the connection file that
    `make label` writes; `LabelStudioDown` when neither names one that answers."""
    url = os.environ.get("OZERO_LABEL_STUDIO_URL", "").strip().rstrip("/")
    token = os.environ.get("OZERO_LABEL_STUDIO_TOKEN", "").strip()
    if not (url and token):
        path = home() / CONNECTION_FILE
        if not path.is_file():
            raise LabelStudioDown(f"Label Studio is not running (no {path})")
        saved = json.loads(path.read_text())
        url, token = saved["url"], saved["token"]
    if not _answers(url):
        raise LabelStudioDown(f"Label Studio does not answer at {url}")
    return Connection(url, token)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="start Label Studio (and its PostgreSQL) until Ctrl-C")
    serve.add_argument("--port", type=int, default=None, help="default: a free port")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        with running(args.port) as server:
            print(
                f"Label Studio {server.version} on {server.url} (started in "
                f"{time.monotonic() - started:.0f}s); log in as {ADMIN_EMAIL}, password in "
                f"{home() / ADMIN_FILE}; Ctrl-C stops it (data kept in {home()})",
                flush=True,
            )
            wait_for_stop()
    except OzeroError as exc:
        print(f"label-studio: {exc.one_line()}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
