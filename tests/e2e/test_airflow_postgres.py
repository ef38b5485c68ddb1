"""Real Airflow on real PostgreSQL: migrate the metadata DB and serialize Ozero's DAGs into it.

The cluster is the throwaway one `OZERO_AIRFLOW_DB=postgres make airflow` uses
(`ozero.airflow_env.metadata_db` → `ozero.infra.pg_server`): Debian's `postgresql` binaries,
a free localhost port, deleted afterwards. SQLite stays the embedded default.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ozero.airflow_env import airflow_bin, airflow_env, metadata_db, migrate_db
from ozero.infra import pg_server

DAG_IDS = {"ingest_nsi", "ingest_remd", "ingest_oms", "curate", "release_chest_imaging_protocols"}
CONN = "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"


def _query(url: str, sql: str) -> list[tuple]:
    import psycopg2

    conn = psycopg2.connect(url.replace("postgresql+psycopg2://", "postgresql://"))
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchall()
    finally:
        conn.close()


def test_airflow_migrates_and_serializes_dags_on_postgres(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    try:
        pg_server.bin_dir()
    except pg_server.PostgresMissingError as exc:
        pytest.skip(str(exc))
    monkeypatch.setenv("OZERO_AIRFLOW_DB", "postgres")
    monkeypatch.delenv(CONN, raising=False)
    base = airflow_env(
        {
            "AIRFLOW_HOME": str(tmp_path / "airflow"),
            "OZERO_PSEUDONYM_KEY_FILE": str(tmp_path / "pseudonym.key"),
            "OZERO_LAKE_URI": str(tmp_path / "lake"),
        }
    )
    with metadata_db(base) as env:
        url = env[CONN]
        assert url.startswith("postgresql+psycopg2://")
        migrate_db(env)
        result = subprocess.run(
            [airflow_bin(), "dags", "reserialize"],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        assert _query(url, "SELECT version_num FROM alembic_version")  # fully migrated
        serialized = {row[0] for row in _query(url, "SELECT dag_id FROM serialized_dag")}
        import_errors = _query(url, "SELECT count(*) FROM import_error")[0][0]
    assert serialized >= DAG_IDS, sorted(serialized)
    assert import_errors == 0
