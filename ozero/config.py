"""Settings, read once from the environment.

Every knob has a default that runs the embedded setup (local folder, local Spark, the
bundled simulator on localhost); pointing Ozero at real storage or a cluster is a matter of
environment variables, never code. Secrets are referenced (a file path or an env var
holding the value) and read by the code that needs them, never stored here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
# hand-written GX checks, next to the schemas (read by ozero.quality.suites)
EXPECTATIONS_DIR = REPO_ROOT / "expectations"


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


def _pairs(text: str) -> dict[str, str]:
    """`"a=x,b=y"` → `{"a": "x", "b": "y"}` (blank entries ignored)."""
    out = {}
    for item in text.split(","):
        name, sep, value = item.partition("=")
        if sep and name.strip() and value.strip():
            out[name.strip()] = value.strip()
    return out


@dataclass(frozen=True)
class Settings:
    lake_uri: str = field(default_factory=lambda: _env("OZERO_LAKE_URI", str(REPO_ROOT / "lake")))
    spark_master: str = field(default_factory=lambda: _env("OZERO_SPARK_MASTER", "local[2]"))
    spark_driver_memory: str = field(
        default_factory=lambda: _env("OZERO_SPARK_DRIVER_MEMORY", "4g")
    )
    # "small": Spark tuned for small tables on a few local cores (see spark._local_tuning);
    # "default": Spark's own settings, for a local master on a big machine with big tables
    spark_tuning: str = field(default_factory=lambda: _env("OZERO_SPARK_TUNING", "small"))
    jars_dir: Path = field(
        default_factory=lambda: Path(_env("OZERO_JARS_DIR", str(REPO_ROOT / ".jars")))
    )
    # archives of Ozero's code (`python -m ozero.infra.spark_cluster package`) the session
    # ships to a cluster's executors; the driver keeps its own checkout (schemas/, expectations/)
    spark_py_files: tuple[str, ...] = field(
        default_factory=lambda: tuple(
            f.strip() for f in _env("OZERO_SPARK_PY_FILES", "").split(",") if f.strip()
        )
    )
    simulator_url: str = field(
        default_factory=lambda: _env("OZERO_SIMULATOR_URL", "http://127.0.0.1:8765")
    )
    # FNSI userKey from an Airflow connection (password = key); the key itself may instead
    # be given in OZERO_NSI_USER_KEY, which ozero.sources.nsi reads (secrets stay out of here).
    nsi_user_key_conn_id: str = field(
        default_factory=lambda: _env("OZERO_NSI_USER_KEY_CONN_ID", "")
    )
    # FNSI directories to ingest: "oid1,oid2", "all" (every directory the service lists),
    # or empty for the ones the pipeline joins on. OZERO_NSI_DIRECTORIES is the old name.
    nsi_oids: str = field(
        default_factory=lambda: _env("OZERO_NSI_OIDS", _env("OZERO_NSI_DIRECTORIES", ""))
    )
    # the registries this deployment ingests and curates ("nsi,remd,oms"); empty: all of them
    sources: tuple[str, ...] = field(
        default_factory=lambda: tuple(
            n.strip() for n in _env("OZERO_SOURCES", "").split(",") if n.strip()
        )
    )
    history_start: str = field(
        default_factory=lambda: _env("OZERO_HISTORY_START", "2000-01-01T00:00:00Z")
    )
    # zone → root URI for zones kept apart from the lake root (OZERO_ZONE_ROOTS, see lake.py)
    zone_roots: dict[str, str] = field(default_factory=lambda: _pairs(_env("OZERO_ZONE_ROOTS", "")))
    # Bytes of a GIS OMS register one Spark task parses: a larger register is cut at <ZAP>
    # starts into parts of about this size, parsed in parallel (ozero.curate.oms)
    oms_chunk_bytes: int = field(
        default_factory=lambda: int(_env("OZERO_OMS_CHUNK_BYTES", str(64 << 20)))
    )
    # A batch of at most this many rows is validated by GX in memory (its pandas engine, the
    # same suite and split) instead of on Spark, whose per-metric jobs cost seconds even for
    # ten rows (ozero.quality.validate); 0 validates every batch on Spark
    gx_in_memory_rows: int = field(
        default_factory=lambda: int(_env("OZERO_GX_IN_MEMORY_ROWS", "100000"))
    )
    # people per region, sex and age for the journalist risk (ozero.deid.population): a CSV
    # path, `off`, or empty: the bundled simulator's world stands in (docs/privacy.md)
    population_table: str = field(default_factory=lambda: _env("OZERO_POPULATION_TABLE", ""))
    key_file: Path = field(
        default_factory=lambda: Path(
            _env("OZERO_PSEUDONYM_KEY_FILE", str(REPO_ROOT / ".ozero" / "pseudonym.key"))
        )
    )

    @property
    def source_urls(self) -> SourceUrls:
        """Base URL per registry: `OZERO_<NAME>_URL` (e.g. OZERO_REMD_URL), else the simulator."""
        return SourceUrls(self.simulator_url)


@dataclass(frozen=True)
class SourceUrls:
    """`urls["remd"]` → $OZERO_REMD_URL or the simulator: one rule for every registry."""

    fallback: str

    @staticmethod
    def variable(name: str) -> str:
        return f"OZERO_{name.upper()}_URL"

    def __getitem__(self, name: str) -> str:
        return _env(self.variable(name), self.fallback)


def get_settings() -> Settings:
    return Settings()
