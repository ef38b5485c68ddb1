"""A throwaway PostgreSQL cluster on localhost, for Airflow's metadata DB in tests and demos.

Uses Debian's `postgresql` binaries (`make system-deps` installs them). The cluster lives in
a fresh temp folder on a free port, listens on 127.0.0.1 only, needs a password (SCRAM),
and is deleted on exit. PostgreSQL refuses to run as root, so under root the server runs
as the `postgres` system user (created by the Debian package) via `runuser`.

    python -m ozero.infra.pg_server --port 5433     # prints the Airflow connection string
"""

from __future__ import annotations

import argparse
import os
import pwd
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ozero.infra.ports import free_port, wait_for_stop, wait_until

SERVER_USER = "postgres"  # the Debian package's system user; used only when we are root
SUPERUSER = "ozero"
START_TIMEOUT_S = 60.0


class PostgresMissingError(RuntimeError):
    pass


@dataclass(frozen=True)
class PgServer:
    port: int
    password: str
    data_dir: Path

    def url(self, database: str, driver: str = "postgresql+psycopg2") -> str:
        """SQLAlchemy URL, e.g. for AIRFLOW__DATABASE__SQL_ALCHEMY_CONN."""
        return f"{driver}://{SUPERUSER}:{self.password}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres"):
        import psycopg2

        return psycopg2.connect(
            host="127.0.0.1",
            port=self.port,
            user=SUPERUSER,
            password=self.password,
            dbname=database,
        )

    def create_database(self, name: str) -> None:
        conn = self.connect()
        try:
            conn.autocommit = True  # CREATE DATABASE cannot run in a transaction
            with conn.cursor() as cur:
                cur.execute(f'CREATE DATABASE "{name}"')
        finally:
            conn.close()


def bin_dir() -> Path:
    """Where initdb/pg_ctl live: OZERO_PG_BINDIR, else the newest Debian install, else PATH."""
    if os.environ.get("OZERO_PG_BINDIR"):
        return Path(os.environ["OZERO_PG_BINDIR"])
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if debian:
        return debian[-1].parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PostgresMissingError(
        "PostgreSQL server binaries not found; run `make system-deps` "
        "(or: apt-get install postgresql)"
    )


def _server_user() -> pwd.struct_passwd | None:
    """The account the server runs as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SERVER_USER)
    except KeyError as exc:
        raise PostgresMissingError(
            f"running as root needs the '{SERVER_USER}' system user (apt-get install postgresql)"
        ) from exc


def _as_server_user(args: list[str]) -> list[str]:
    """Prefix `args` so they run as the postgres user when we are root."""
    user = _server_user()
    return args if user is None else ["runuser", "-u", user.pw_name, "--", *args]


def _run(args: list[str], log: Path) -> None:
    with open(log, "ab") as out:
        result = subprocess.run(
            _as_server_user(args), stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    if result.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"{Path(args[0]).name} failed (exit {result.returncode}):\n{tail}")


def _accepts(server: PgServer) -> bool:
    try:
        server.connect().close()
        return True
    except Exception:  # noqa: BLE001 - any failure means "not ready yet"
        return False


@contextmanager
def running(port: int | None = None, keep: Path | None = None) -> Iterator[PgServer]:
    """initdb a cluster in a temp folder, start it on 127.0.0.1:port, remove it on exit.

    With `keep` (a folder), the cluster lives there instead and outlives the server: the
    first start creates it, later starts reuse it and its password (a tool's data that must
    survive restarts, e.g. Label Studio's under `make label`)."""
    bindir = bin_dir()
    port = port or free_port()
    user = _server_user()
    if keep is not None:
        root = Path(keep).resolve()
        root.mkdir(parents=True, exist_ok=True)
    else:  # the server's account must reach the folder: a root-only TMPDIR would lock it out
        root = Path(tempfile.mkdtemp(prefix="ozero-pg-", dir="/tmp" if user else None))
    data, pwfile = root / "data", root / "pwfile"
    log, tool_log = root / "server.log", root / "tools.log"  # written by postgres / by us
    fresh = not (data / "PG_VERSION").is_file()
    if fresh:
        password = secrets.token_hex(16)
        pwfile.write_text(password + "\n")
        pwfile.chmod(0o600)
    else:
        password = pwfile.read_text().strip()
    if user is not None:  # the server's account must own its folder and read the password
        for path in (root, pwfile):
            os.chown(path, user.pw_uid, user.pw_gid)
    server = PgServer(port, password, data)
    started = False
    try:
        if fresh:
            _initdb(bindir, data, pwfile, tool_log)
        options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        _run([str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log),
              "-w", "-t", str(int(START_TIMEOUT_S)), "start"], tool_log)  # fmt: skip
        started = True
        wait_until(lambda: _accepts(server), START_TIMEOUT_S, f"PostgreSQL on port {port}")
        yield server
    finally:
        if started:
            try:
                _run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                     tool_log)  # fmt: skip
            except RuntimeError as exc:
                print(f"warning: PostgreSQL did not stop cleanly: {exc}", file=sys.stderr)
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)


def _initdb(bindir: Path, data: Path, pwfile: Path, tool_log: Path) -> None:
    _run(
        [
            str(bindir / "initdb"),
            "-D", str(data),
            "-U", SUPERUSER,
            "--auth=scram-sha-256",
            f"--pwfile={pwfile}",
            "-E", "UTF8",
            "--locale=C",
        ],
        tool_log,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=None, help="default: a free port")
    parser.add_argument("--database", default="airflow")
    args = parser.parse_args(argv)
    with running(args.port) as server:
        server.create_database(args.database)
        print(f"PostgreSQL on 127.0.0.1:{server.port}; Ctrl-C stops and deletes it")
        print(
            f"export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN='{server.url(args.database)}'", flush=True
        )
        wait_for_stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
