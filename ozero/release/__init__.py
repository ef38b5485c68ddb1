"""Versioned, approved, immutable releases of gold tables for ML and analysts.

Flow: `build.build_candidate` pins gold table versions and says what changed since the last
release → a curator decides (`approval`: Airflow UI/REST or the CLI, one write-once record)
→ `publish` copies the pinned data into `releases/<dataset>/<version>/` with a manifest.
`store` is the only code that touches candidate and release files (through `ozero.objects`,
so local and s3a:// lakes work alike); `catalog` reads published releases without Spark.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
