"""The Airflow environment Ozero runs in: one definition for the demo, `make airflow` and tests.

Embedded default: AIRFLOW_HOME in the repo's `.airflow/`, SQLite metadata, DAGs from
`dags/`. Any AIRFLOW__* variable already set (e.g. a PostgreSQL connection string) wins;
OZERO_AIRFLOW_DB=postgres starts a throwaway local PostgreSQL instead (`metadata_db`).

Identity: Airflow's simple auth manager with named users and a login, never "everyone is
an anonymous admin", so a decision taken in the UI names the curator who took it. The users
are `OZERO_AIRFLOW_USERS` ("name:role,…"; roles viewer, user, op, admin), by default the
curator (`OZERO_CURATOR`, else the OS user) as admin. Airflow generates each user's password
on the api-server's first start into `passwords_file()`; `ozero release approve` reads it
there to log in (or takes OZERO_AIRFLOW_PASSWORD / OZERO_AIRFLOW_TOKEN).
"""

from __future__ import annotations

import getpass
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ozero.config import REPO_ROOT, get_settings


def airflow_home() -> Path:
    return Path(os.environ.get("AIRFLOW_HOME", REPO_ROOT / ".airflow"))


PASSWORDS_FILE = "simple_auth_manager_passwords.json.generated"  # Airflow's default name


def passwords_file() -> Path:
    """Where the simple auth manager keeps the generated passwords of `airflow_users()`."""
    return airflow_home() / PASSWORDS_FILE


def default_curator() -> str:
    """$OZERO_CURATOR, else the OS user: the name a local decision is recorded under."""
    return os.environ.get("OZERO_CURATOR", "").strip() or getpass.getuser()


def airflow_users() -> str:
    """`name:role,…` for Airflow's simple auth manager ($OZERO_AIRFLOW_USERS or the curator)."""
    configured = os.environ.get("OZERO_AIRFLOW_USERS", "").strip()
    return configured or f"{default_curator()}:admin"


def airflow_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    home = airflow_home()
    home.mkdir(parents=True, exist_ok=True)
    settings = get_settings()
    defaults = {
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO_ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "False",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": airflow_users(),
        "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT": "120",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
        "OZERO_PSEUDONYM_KEY_FILE": str(settings.key_file),
        "PYSPARK_PYTHON": sys.executable,
        "TZ": "UTC",
    }
    env = dict(os.environ)
    for name, value in defaults.items():
        env.setdefault(name, value)
    env.update(extra or {})
    return env


def airflow_bin() -> str:
    return str(Path(sys.executable).with_name("airflow"))


def migrate_db(env: dict[str, str]) -> None:
    """Create or upgrade the metadata DB (idempotent)."""
    subprocess.run([airflow_bin(), "db", "migrate"], env=env, check=True, stdout=subprocess.DEVNULL)


def wants_local_postgres() -> bool:
    """OZERO_AIRFLOW_DB=postgres, and no connection string of the user's own to honour."""
    chosen = os.environ.get("OZERO_AIRFLOW_DB", "sqlite").strip().lower()
    if chosen not in ("sqlite", "postgres"):
        raise ValueError(f"OZERO_AIRFLOW_DB must be sqlite or postgres, not {chosen!r}")
    return chosen == "postgres" and "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN" not in os.environ


@contextmanager
def metadata_db(env: dict[str, str]) -> Iterator[dict[str, str]]:
    """`env` as is, or pointed at a throwaway PostgreSQL that lives as long as the block."""
    if not wants_local_postgres():
        yield env
        return
    from ozero.infra import pg_server

    with pg_server.running() as server:
        server.create_database("airflow")
        yield {**env, "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": server.url("airflow")}
