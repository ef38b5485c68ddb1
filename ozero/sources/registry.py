"""The registries Ozero reads, each declared once as a `Source`.

Everything the pipeline knows about a registry — its bronze table, the silver tables a bronze
record can end up in, how it is fetched and curated, its schedule, its Airflow asset, its
command-line options and how its numbers are accounted for — lives in one `Source` object,
declared at the bottom of the registry's own module in this package (`SOURCE = Source(...)`).
DAGs, spark-submit jobs, the CLI, run accounting and the lake summary iterate over
`all_sources()`; none of them names a registry. Adding a registry is one new module here
(connector + curate step), its contracts and its simulator part.

Modules outside this package (a plug-in, a test) join through `register()` or by being
listed in ``OZERO_SOURCE_MODULES`` (comma-separated module names), which Airflow's DAG
processor, the CLI and workers import as well.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

    from ozero.curate.context import CurationContext
    from ozero.curate.report import CurateReport
    from ozero.sources.bronze import LandingReport

EXTRA_MODULES_ENV = "OZERO_SOURCE_MODULES"


class UnknownSourceError(LookupError):
    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class IngestRequest:
    """What one ingest run is asked to land: a data interval (windowed feeds) and options."""

    spark: SparkSession
    start: datetime | None = None
    end: datetime | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceOption:
    """A source-specific option of `ozero run ingest <source>` (always optional)."""

    name: str  # the key in IngestRequest.options; the flag is --<name with dashes>
    help: str
    repeatable: bool = False  # a list: the flag may be repeated or comma-separated


@dataclass(frozen=True)
class Balance:
    """One accounting identity the lake must satisfy: `total` = sum of `parts`."""

    label: str  # e.g. "REMD documents: bronze"
    total: int
    parts: dict[str, int]
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.total == sum(self.parts.values())

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "total": self.total, "parts": self.parts, "ok": self.ok}


@dataclass(frozen=True)
class Source:
    """One registry, declared once (see the module docstring)."""

    name: str  # short id: DAG ingest_<name>, steps ingest:<name> / curate:<name>
    title: str  # what a person calls it
    bronze: str  # bronze table its connector lands into (columns sha256, batch_id)
    silver: tuple[str, ...]  # tables a bronze record ends in (with _sha256), besides quarantine
    ingest: Callable[[IngestRequest], LandingReport]
    curate: Callable[[CurationContext], CurateReport] | None = None
    schedule: str = "@daily"  # cron or preset, interpreted as data intervals
    windowed: bool = True  # ingest takes [start, end); False: the source has no interval (NSI)
    keyed: bool = True  # its silver rows carry keyed pseudonyms (re-derived on key rotation)
    options: tuple[SourceOption, ...] = ()
    # how many items the registry serves for the window ending at `until` (demo/bench check)
    served: Callable[[str, datetime], dict[str, int]] | None = None
    # extra accounting identities beyond "bronze records = in silver + in quarantine"
    balances: Callable[[SparkSession, dict[str, int]], list[Balance]] | None = None
    # curation order, lower first: a source whose curation reads another's silver goes after it
    order: int = 100
    description: str = ""
    # the other lake tables its curate step writes (besides `silver`, quarantine and ops
    # records): its curate mark watches them, so a hand edit there brings a run
    # (ozero.curate.marks)
    curate_writes: tuple[str, ...] = ()

    @property
    def asset_uri(self) -> str:
        """The Airflow asset its ingest DAG updates (`ozero://bronze/<table>`)."""
        zone, _, table = self.bronze.partition(".")
        return f"ozero://{zone}/{table}"

    @property
    def url_variable(self) -> str:
        """The setting that points the connector at the real registry (OZERO_<NAME>_URL)."""
        from ozero.config import SourceUrls

        return SourceUrls.variable(self.name)

    def url(self) -> str:
        from ozero.config import get_settings

        return get_settings().source_urls[self.name]

    @property
    def ingest_step(self) -> str:
        return f"ingest:{self.name}"

    @property
    def curate_step(self) -> str:
        return f"curate:{self.name}"


_REGISTERED: dict[str, Source] = {}
_DISCOVERED = False


def register(source: Source) -> Source:
    """Add (or replace, by name) a source; returns it, so a module can write
    ``SOURCE = register(Source(...))`` outside this package."""
    _REGISTERED[source.name] = source
    return source


def unregister(name: str) -> None:
    _REGISTERED.pop(name, None)


def _discover() -> None:
    """Import every module of this package that declares a SOURCE, then the extra modules."""
    global _DISCOVERED
    if _DISCOVERED:
        return
    _DISCOVERED = True
    import ozero.sources as package

    for info in pkgutil.iter_modules(package.__path__):
        if info.name == "registry":
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        declared = getattr(module, "SOURCE", None)
        if isinstance(declared, Source):
            _REGISTERED.setdefault(declared.name, declared)
    for name in os.environ.get(EXTRA_MODULES_ENV, "").split(","):
        if name.strip():
            module = importlib.import_module(name.strip())
            declared = getattr(module, "SOURCE", None)
            if isinstance(declared, Source):
                _REGISTERED.setdefault(declared.name, declared)


def registered_sources() -> list[Source]:
    """Every registered source, in curation order (`order`, then name)."""
    _discover()
    return sorted(_REGISTERED.values(), key=lambda s: (s.order, s.name))


def all_sources() -> list[Source]:
    """The sources this deployment ingests and curates, in curation order: every registered
    one, or those `OZERO_SOURCES` names (e.g. `nsi,remd,oms` where no PACS feeds the lake)."""
    from ozero.config import get_settings

    registered = registered_sources()
    enabled = get_settings().sources
    if not enabled:
        return registered
    known = {s.name for s in registered}
    unknown = [name for name in enabled if name not in known]
    if unknown:
        raise UnknownSourceError(
            f"OZERO_SOURCES names unknown source(s) {', '.join(unknown)}; "
            f"known sources: {', '.join(sorted(known))}"
        )
    return [s for s in registered if s.name in enabled]


def get_source(name: str) -> Source:
    _discover()
    try:
        return _REGISTERED[name]
    except KeyError:
        known = ", ".join(s.name for s in registered_sources())
        raise UnknownSourceError(f"unknown source {name!r}; known sources: {known}") from None


def source_names() -> list[str]:
    return [s.name for s in all_sources()]


def keyed_sources() -> list[Source]:
    """Sources whose silver rows carry pseudonyms (what a key rotation re-derives: every
    registered one, enabled or not, so that no table keeps the old key)."""
    return [s for s in registered_sources() if s.keyed and s.curate is not None]


def by_bronze_table() -> dict[str, Source]:
    return {s.bronze: s for s in registered_sources()}


def iter_curated() -> Iterator[Source]:
    """Sources with a curate step, in curation order."""
    return (s for s in all_sources() if s.curate is not None)
