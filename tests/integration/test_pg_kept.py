"""A kept PostgreSQL cluster (`pg_server.running(keep=…)`, Label Studio's under
`make label`) survives a stop: the second start reuses its folder, password and data."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from ozero.infra import pg_server


def test_kept_cluster_keeps_its_data_across_restarts() -> None:
    try:
        pg_server.bin_dir()
    except pg_server.PostgresMissingError as exc:
        pytest.skip(str(exc))
    # under root the server runs as `postgres`, which cannot enter pytest's 0700 folders
    root = Path(tempfile.mkdtemp(prefix="ozero-pg-kept-", dir="/tmp"))
    root.chmod(0o755)
    try:
        with pg_server.running(keep=root / "pg") as first:
            first.create_database("kept")
            conn = first.connect("kept")
            with conn, conn.cursor() as cur:
                cur.execute("CREATE TABLE t (v text); INSERT INTO t VALUES ('still here')")
            conn.close()
        assert (root / "pg" / "data" / "PG_VERSION").is_file()  # not deleted on exit
        with pg_server.running(keep=root / "pg") as second:
            assert second.password == first.password
            conn = second.connect("kept")
            with conn.cursor() as cur:
                cur.execute("SELECT v FROM t")
                assert cur.fetchall() == [("still here",)]
            conn.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
