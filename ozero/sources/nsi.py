"""FNSI connector: any directory by OID; every published version is landed once, page by page.

Directory versions are immutable once published, so a version already complete in bronze
is skipped: that is what makes NSI ingestion incremental. Data pages are landed a few at a
time (bounded memory for million-row directories, one Delta commit per group) and the
passport (page 0) is landed last, in the version's final commit: a passport in bronze means
every data page of that version is there. After a crash the next run asks only for the
pages that no commit holds yet.

Every request carries the organisation's FNSI ``userKey`` (``user_key``): from
OZERO_NSI_USER_KEY, or an Airflow connection named by OZERO_NSI_USER_KEY_CONN_ID (password =
the key); only the bundled simulator may go without one (it gets a development key). The
key is a credential: it never reaches logs or exception messages.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import requests
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from ozero import lake
from ozero.config import get_settings
from ozero.sources.bronze import LandingReport, land, new_batch_id, received_now, sha256_hex
from ozero.sources.http import RegistryClient, RegistryError
from ozero.sources.registry import Balance, IngestRequest, Source, SourceOption

if TYPE_CHECKING:
    from ozero.curate.context import CurationContext
    from ozero.curate.report import CurateReport

log = logging.getLogger(__name__)

NAME = "nsi"
TABLE = "bronze.nsi_pages"
MAX_PAGE_SIZE = 1000  # the largest page the simulator (and FNSI) will serve

# Directories the pipeline joins on; any other OID can be added by configuration.
DEFAULT_DIRECTORIES = (
    "1.2.643.5.1.13.13.11.1005",  # МКБ-10
    "1.2.643.5.1.13.13.11.1070",  # Номенклатура медицинских услуг
    "1.2.643.5.1.13.13.11.1040",  # Пол пациента
    "1.2.643.5.1.13.13.99.2.206",  # Субъекты РФ
    "1.2.643.5.1.13.13.11.1473",  # Выявленные патологии (the imaging datasets' finding labels)
)


ENV_USER_KEY = "OZERO_NSI_USER_KEY"
ENV_USER_KEY_CONN = "OZERO_NSI_USER_KEY_CONN_ID"
# What the demo and tests send to the bundled simulator; the real FNSI knows no such key.
DEV_USER_KEY = "ozero-dev-key-simulator-only"
_KEY_IN_QUERY = re.compile(r"(userKey=)[^&\s\"']*", re.IGNORECASE)
_RESULT_ERROR = re.compile(rb'^\s*\{\s*"result"\s*:\s*"ERROR"')


class NsiUserKeyError(RuntimeError):
    """No usable FNSI userKey (the message names the setting to fix, never a key)."""


class NsiServiceError(RegistryError):
    """FNSI answered with its error envelope (``"result": "ERROR"``)."""


def _host(url: str) -> str:
    """Scheme and host of a base URL, without any credentials it may carry."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname or ''}{port}"


def _is_bundled_simulator(url: str) -> bool:
    """OZERO_NSI_URL unset (it falls back to the simulator) or naming the simulator."""
    return url.rstrip("/") == get_settings().simulator_url.rstrip("/")


def _key_from_airflow(conn_id: str) -> str:
    """The key kept as an Airflow connection's password, via Airflow's secrets backend."""
    try:
        from airflow.sdk import BaseHook

        password = BaseHook.get_connection(conn_id).password or ""
    except Exception as exc:  # noqa: BLE001 - report the kind of failure, never the key
        raise NsiUserKeyError(
            f"Airflow connection {conn_id!r} for the FNSI userKey is unavailable "
            f"({type(exc).__name__}); set {ENV_USER_KEY} or fix {ENV_USER_KEY_CONN}"
        ) from None
    if not password.strip():
        raise NsiUserKeyError(
            f"Airflow connection {conn_id!r} ({ENV_USER_KEY_CONN}) has no password: "
            "put the organisation's FNSI userKey there"
        )
    return password.strip()


def user_key(base_url: str | None = None) -> str:
    """The FNSI userKey to send: env, then Airflow connection, then (simulator only) dev key."""
    url = base_url or get_settings().source_urls[NAME]
    raw = os.environ.get(ENV_USER_KEY, "").strip()
    if raw:
        return raw
    conn_id = get_settings().nsi_user_key_conn_id
    if conn_id:
        return _key_from_airflow(conn_id)
    if _is_bundled_simulator(url):
        return DEV_USER_KEY
    raise NsiUserKeyError(
        f"FNSI at {_host(url)} needs your organisation's registered userKey: set {ENV_USER_KEY} "
        f"(or {ENV_USER_KEY_CONN} to an Airflow connection whose password holds it)"
    )


class _RedactUserKey(logging.Filter):
    """Blank the userKey in log lines of the HTTP stack (urllib3 logs full URLs at DEBUG)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "userkey=" in message.lower():
            record.msg, record.args = _KEY_IN_QUERY.sub(r"\1***", message), ()
        return True


def _install_log_redaction() -> None:
    for name in ("urllib3.connectionpool", "requests"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _RedactUserKey) for f in logger.filters):
            logger.addFilter(_RedactUserKey())


def fnsi_client(base_url: str | None = None) -> RegistryClient:
    """A client for FNSI that sends the configured userKey with every request."""
    url = base_url or get_settings().source_urls[NAME]
    _install_log_redaction()
    return RegistryClient(url, params={"userKey": user_key(url)})


def _checked(body: dict[str, Any], endpoint: str, client: RegistryClient) -> dict[str, Any]:
    """The body, unless FNSI answered with its error envelope (then a clear error)."""
    if body.get("result") == "ERROR":
        raise _service_error(endpoint, body.get("resultText"), client)
    return body


def _service_error(endpoint: str, text: object, client: RegistryClient) -> NsiServiceError:
    shown = str(text or "")[:200]
    key = str(client.default_params.get("userKey") or "")
    if key:
        shown = shown.replace(key, "***")  # a service may echo what it refused
    return NsiServiceError(f"FNSI refused {endpoint}: {shown}".strip())


def _checked_bytes(content: bytes, endpoint: str, client: RegistryClient) -> bytes:
    """Raw page bytes, unless they are FNSI's error envelope (checked on the head only)."""
    if _RESULT_ERROR.match(content[:256]):
        raise _service_error(endpoint, json.loads(content).get("resultText"), client)
    return content


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


def page_size() -> int:
    """Rows per data page (OZERO_NSI_PAGE_SIZE); never change it while a version is half landed."""
    return max(1, min(MAX_PAGE_SIZE, _int_env("OZERO_NSI_PAGE_SIZE", 500)))


def pages_per_commit() -> int:
    """Data pages per Delta commit (OZERO_NSI_PAGES_PER_COMMIT): the driver holds this many."""
    return max(1, _int_env("OZERO_NSI_PAGES_PER_COMMIT", 50))


def parse_oids(raw: str) -> list[str] | None:
    """'oid1,oid2' → list; 'all' → None (ask the service); '' → the default directories
    and every directory a declared dataset joins."""
    text = raw.strip()
    if text.lower() == "all":
        return None
    chosen = [oid.strip() for oid in text.split(",") if oid.strip()]
    return chosen or list(dict.fromkeys([*DEFAULT_DIRECTORIES, *dataset_directories()]))


def dataset_directories() -> list[str]:
    """The NSI directories the declared datasets join (`directory:` in their specs)."""
    from ozero.datasets.registry import all_specs

    return [j.directory for spec in all_specs() for j in spec.joins if j.directory]


def all_directories(client: RegistryClient) -> list[str]:
    """Every OID the service lists (searchDictionary, paged), in its order, once each."""
    seen: dict[str, None] = {}
    for _, body in client.pages("/port/rest/searchDictionary", {}, 200, items_key="list"):
        for item in _checked(body, "searchDictionary", client).get("list") or []:
            seen.setdefault(str(item["oid"]), None)
    return list(seen)


def configured_directories(client: RegistryClient | None = None) -> list[str]:
    oids = parse_oids(get_settings().nsi_oids)
    if oids is not None:
        return oids
    return all_directories(client or fnsi_client())


def published_versions(client: RegistryClient, oid: str) -> list[str]:
    """Every published version of a directory, as the service lists them."""
    out: dict[str, None] = {}
    for _, body in client.pages("/port/rest/versions", {"identifier": oid}, 200, "list"):
        for entry in _checked(body, "versions", client).get("list") or []:
            out.setdefault(str(entry["version"]), None)
    return list(out)


def landed_pages(spark: SparkSession, oid: str, version: str) -> set[int]:
    """Page numbers of this version that a committed Delta version holds."""
    if not lake.exists(spark, TABLE):
        return set()
    rows = (
        lake.read(spark, TABLE)
        .where((F.col("oid") == oid) & (F.col("version") == version))
        .select("page")
        .collect()
    )
    return {r["page"] for r in rows}


def _row(oid: str, version: str, page: int, payload: bytes, batch_id: str) -> dict:
    return {
        "oid": oid,
        "version": version,
        "page": page,
        "payload": payload,
        "sha256": sha256_hex(payload),
        "batch_id": batch_id,
        "received_at": received_now(),
    }


def _groups(pages: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(pages), size):
        yield pages[i : i + size]


def ingest_version(
    spark: SparkSession, client: RegistryClient, oid: str, version: str, report: LandingReport
) -> None:
    """Land one directory version: missing data pages in groups, then the passport."""
    landed = landed_pages(spark, oid, version)
    if 0 in landed:
        report.extra.setdefault("skipped_versions", []).append(f"{oid}@{version}")
        return
    passport = client.get(
        "/port/rest/passport", {"identifier": oid, "version": version}, json_body=True
    )
    size = page_size()
    summary = _checked(json.loads(passport.content), "passport", client)
    total = int(summary.get("rowsCount") or 0)
    expected = max(1, -(-total // size))
    missing = [p for p in range(1, expected + 1) if p not in landed]
    if landed:
        report.extra.setdefault("resumed_versions", []).append(f"{oid}@{version}")
    groups = list(_groups(missing, pages_per_commit())) or [[]]
    for i, group in enumerate(groups):
        pending = []
        for page in group:
            data = client.get(
                "/port/rest/data",
                {"identifier": oid, "version": version, "page": page, "size": size},
                json_body=True,  # a page cut short on the way must not land in bronze
            )
            content = _checked_bytes(data.content, "data", client)
            pending.append(_row(oid, version, page, content, report.batch_id))
        if i == len(groups) - 1:  # the passport marks the version complete
            pending.append(_row(oid, version, 0, passport.content, report.batch_id))
        report.received += len(pending)
        report.pages += len(group)
        report.landed_new += land(spark, TABLE, pending)
    report.extra.setdefault("landed_versions", []).append(f"{oid}@{version}")
    log.info("nsi %s@%s: %d rows, %d pages fetched", oid, version, total, len(missing))


def ingest_nsi(spark: SparkSession, oids: list[str] | None = None) -> LandingReport:
    """Every published version of each directory (configured ones unless `oids` is given)."""
    client = fnsi_client()
    report = LandingReport(NAME, new_batch_id(NAME))
    try:
        for oid in oids or configured_directories(client):
            for version in published_versions(client, oid):
                ingest_version(spark, client, oid, version, report)
    except RegistryError as exc:
        if re.search(r"HTTP 40[13]\b", str(exc)):
            raise NsiUserKeyError(
                f"FNSI refused the userKey ({exc}): check {ENV_USER_KEY} / {ENV_USER_KEY_CONN}"
            ) from None
        raise
    except requests.RequestException as exc:  # its message may carry the URL and its query
        raise RegistryError(f"FNSI request failed ({type(exc).__name__})") from None
    report.extra["distinct_received"] = report.received
    report.requests, report.retries = client.requests_made, client.retries_made
    return report


def balances(spark: SparkSession, served: dict[str, int]) -> list[Balance]:
    """Directory versions: every version complete in bronze (its passport landed) is in
    silver.nsi_directories, and its rows in silver.nsi_rows."""
    passports = lake.read(spark, TABLE).where(F.col("page") == 0).select("oid", "version")
    curated = lake.read(spark, "silver.nsi_directories").select("oid", "version")
    waiting = passports.join(curated, ["oid", "version"], "left_anti").count()
    rows = lake.read(spark, "silver.nsi_rows").count()
    return [
        Balance(
            f"NSI directory versions: bronze = silver ({rows} rows)",
            passports.count(),
            {"silver": curated.count(), "not yet curated": waiting},
        )
    ]


def _ingest(request: IngestRequest) -> LandingReport:
    oids = request.options.get("oid") or None
    return ingest_nsi(request.spark, list(oids) if oids else None)


def _curate(ctx: CurationContext) -> CurateReport:
    from ozero.curate.nsi import curate_nsi

    return curate_nsi(ctx)


SOURCE = Source(
    name=NAME,
    title="NSI",
    description="federal reference directories (FNSI): every version of each directory",
    bronze=TABLE,
    silver=(),  # rows are keyed by directory version, not by page: see `balances`
    ingest=_ingest,
    curate=_curate,
    schedule="@weekly",  # directories change rarely; a version already landed is skipped
    windowed=False,
    keyed=False,
    options=(
        SourceOption(
            "oid",
            "directory OID (repeat or comma-separate); default OZERO_NSI_OIDS",
            repeatable=True,
        ),
    ),  # fmt: skip
    balances=balances,
    order=10,  # directories first: curation of other sources and gold joins them
    curate_writes=("silver.nsi_directories", "silver.nsi_rows"),
)
