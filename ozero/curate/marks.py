"""Curate marks: what a successful curate or dataset step saw, so that a run which would find
nothing new ends in a fraction of a second instead of starting a JVM to find out.

The curate DAG is scheduled on any bronze asset: two ingests finishing seconds apart queue a
second run, and each of its tasks used to start Spark only to find nothing to do. After a
step succeeds, its mark (JSON in the ops zone, `<ops>/curate_marks/<step>.json`) records:

- `tables`: each table whose change must make the step run again, as (Delta version, digest
  of that commit file): for a source, its bronze table and every table its curation writes
  (`Source.silver` + `Source.curate_writes`: a silver row deleted by hand, by an erasure or by
  a replay is re-derived from bronze by the next run, because new records are "bronze not in
  silver"); for a dataset, the tables its cohort reads and its gold tables. The digest tells a
  table dropped and made again at the same version number apart;
- `tables` also holds `quarantine.records`, but only its partition of the source's bronze
  table counts (`partitions`): a record quarantined is a record done, so a quarantine row
  deleted (a replay) must bring a run, while other sources quarantining their own records
  must not;
- `tables` holds `bronze.opt_outs` and `ops.erasures` for every step: curation does not read
  them today (connectors do), but an erasure is never something to sit out;
- `facts`: the pseudonymisation key id the run used (a rotation or a reconfigured key must
  run, and fail loudly if the lake is on another key; only the id, which silver rows carry
  anyway, never the secret or anything made from it), a fingerprint of the code and of the
  contracts and expectations it ran with (a deploy may change a contract, the
  de-identification plan or a migration that curation runs), and for a dataset the hash of
  its spec file and of its transform's module.

Any commit counts, OPTIMIZE, purge and logged VACUUM included: they change no row but are
cheap to tell apart from a DELETE only by reading every file action, and a rare extra run
costs minutes, a wrongly skipped one a missed change. Versions are recorded conservatively:
a table read but not written keeps the version seen before the run (a commit during the run
may not have been read), and a table written keeps the version after the run only if every
commit since the run began is the run's own (its Spark session tags them:
`deltalog.USER_METADATA_CONF`); otherwise the version from before, so the next run runs.

A step that cannot read any of this, finds no mark, or finds one it cannot read, runs. A run
that starts deletes the mark first, and only a run that ends well writes it: a failed run
leaves none. Only the DAG asks to skip (`skip_if_unchanged`); the CLI and direct calls
always curate, and leave a mark behind for the DAG.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ozero import deltalog, lake, objects

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

    from ozero.datasets.spec import DatasetSpec
    from ozero.sources.registry import Source

log = logging.getLogger(__name__)

MARKS_DIR = "curate_marks"
FORMAT = 1  # of the mark file; another format reads as no mark
QUARANTINE = "quarantine.records"
QUARANTINE_COLUMN = "source_table"
ALWAYS_WATCHED = ("bronze.opt_outs", "ops.erasures")
MAX_SCAN = 500  # commits of a partitioned table read to clear it; more: counted as a change
TableState = list[Any]  # [version or None, commit digest or None], JSON-friendly


class MarkStateError(RuntimeError):
    """Part of the state a mark compares cannot be read: the step must run."""


@dataclass(frozen=True)
class Watch:
    """What one step's mark covers: tables (any commit there is a change), partitions of
    shared tables (only commits touching them are), and facts compared as they are."""

    step: str  # "curate:remd", "dataset:chest-xray"
    tables: tuple[str, ...]
    # table → (partition column, its values that matter); the table is in `tables` too
    partitions: Mapping[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    facts: Mapping[str, str | None] = field(default_factory=dict)

    @property
    def uri(self) -> str:
        name = self.step.replace(":", "-")
        return objects.join(lake.zone_root("ops"), MARKS_DIR, f"{name}.json")


def for_source(source: Source, key_id: str | None) -> Watch:
    """A source's curate step, run with the key of id `key_id` (None: an unkeyed source)."""
    tables = (source.bronze, *source.silver, *source.curate_writes, QUARANTINE, *ALWAYS_WATCHED)
    return Watch(
        step=source.curate_step,
        tables=tuple(dict.fromkeys(tables)),
        partitions={QUARANTINE: (QUARANTINE_COLUMN, frozenset({source.bronze}))},
        facts={"key_id": key_id, "code": code_fingerprint()},
    )


def for_dataset(spec: DatasetSpec) -> Watch:
    """A dataset's gold step: its cohort's tables, its gold tables, its spec and transform."""
    tables = (*spec.source_tables, *spec.gold_tables, *ALWAYS_WATCHED)
    return Watch(
        step=f"dataset:{spec.name}",
        tables=tuple(dict.fromkeys(tables)),
        facts={
            "code": code_fingerprint(),
            "spec": _file_hash(Path(spec.path)),
            "transform": _module_hash(spec.transform) if spec.transform else None,
        },
    )


# --- the state now ------------------------------------------------------------------------


def snapshot(watch: Watch) -> dict[str, Any]:
    """The watched tables' latest commits and the facts, from files only (no Spark)."""
    tables: dict[str, TableState] = {}
    for name in watch.tables:
        version = lake.committed_version(name)
        tables[name] = [version, None if version is None else deltalog.digest(name, version)]
    return {"tables": tables, "facts": dict(watch.facts)}


def code_fingerprint() -> str:
    """SHA-256 of the code and the rules curation runs with: the `ozero` package, the
    contracts (every schema folder) and the expectation files."""
    import ozero
    from ozero.config import EXPECTATIONS_DIR  # not quality.suites: GX takes seconds to import
    from ozero.contracts import schema_dirs

    package = Path(ozero.__file__).parent
    return _fingerprint((package, *schema_dirs(), EXPECTATIONS_DIR))


@lru_cache(maxsize=4)
def _fingerprint(folders: tuple[Path, ...]) -> str:
    digest = hashlib.sha256()
    for folder in folders:
        if not folder.is_dir():
            if folder.exists():  # the package inside an archive (a cluster's executors)
                raise MarkStateError(f"{folder} is not a folder: no code fingerprint")
            continue  # an optional folder that is not there
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(f"{path.relative_to(folder).as_posix()}\0".encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise MarkStateError(f"cannot read {path}: {type(exc).__name__}") from None


def _module_hash(transform: str) -> str:
    """The hash of a spec's `module:function` transform's source file (found, not imported).
    A transform inside the ozero package is in the code fingerprint as well."""
    import importlib.util

    module = transform.partition(":")[0]
    try:
        found = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        found = None
    if found is None or not found.origin or not Path(found.origin).is_file():
        raise MarkStateError(f"transform module {module} not found as a file")
    return _file_hash(Path(found.origin))


# --- comparing ----------------------------------------------------------------------------


def read_mark(watch: Watch) -> tuple[dict[str, Any] | None, str]:
    """The step's mark, or None and why there is none to trust."""
    try:
        mark = objects.read_json(watch.uri)
    except FileNotFoundError:
        return None, "no mark of a successful run"
    except Exception as exc:  # noqa: BLE001 - any unreadable mark means: run
        return None, f"mark unreadable ({type(exc).__name__})"
    if (
        not isinstance(mark, dict)
        or mark.get("format") != FORMAT
        or mark.get("step") != watch.step
        or not isinstance(mark.get("tables"), dict)
        or not isinstance(mark.get("facts"), dict)
    ):
        return None, "mark unreadable (not a mark of this step)"
    return mark, ""


def differences(watch: Watch, mark: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """Why the step must run although it has a mark (empty: it saw all of this already)."""
    found = []
    for fact, value in now["facts"].items():
        if fact not in mark["facts"] or mark["facts"][fact] != value:
            found.append(f"{fact} changed")
    for name in watch.tables:
        was, is_ = mark["tables"].get(name), now["tables"][name]
        if not (isinstance(was, list) and len(was) == 2):
            found.append(f"{name} not in the mark")
        elif name in watch.partitions:
            column, values = watch.partitions[name]
            why = _partition_change(name, column, values, was, is_)
            if why:
                found.append(why)
        elif was != is_:
            found.append(f"{name} v{was[0]} → v{is_[0]}")
    return found


def _partition_change(
    name: str, column: str, values: frozenset[str], was: TableState, is_: TableState
) -> str | None:
    """Whether a shared table changed where it matters since the marked commit: a commit
    after it touching the partitions (`deltalog.touches`), or any doubt."""
    if was == is_:
        return None
    where = f"{column} in {sorted(values)}"
    if was[0] is None or is_[0] is None or is_[0] < was[0]:
        return f"{name} v{was[0]} → v{is_[0]}"
    if deltalog.digest(name, was[0]) != was[1]:
        return f"{name}: marked commit v{was[0]} changed or gone"
    if is_[0] - was[0] > MAX_SCAN:
        return f"{name}: {is_[0] - was[0]} commits since v{was[0]}"
    for version in range(was[0] + 1, is_[0] + 1):
        commit = deltalog.actions(name, version)
        if commit is None:
            return f"{name}: commit v{version} unreadable"
        if deltalog.touches(commit, column, values):
            return f"{name} v{version} touched {where}"
    return None


def skip_report(watch: Watch, now: dict[str, Any]) -> dict[str, Any] | None:
    """The report of a skipped step when nothing it watches changed between its mark and
    `now` (a `snapshot`); None when it must run (why is logged). Reads files only."""
    started = time.monotonic()
    try:
        mark, why = read_mark(watch)
        reasons = [why] if mark is None else differences(watch, mark, now)
    except Exception as exc:  # noqa: BLE001 - state not readable: run, as without a mark
        reasons = [f"state unreadable ({type(exc).__name__}: {str(exc)[:200]})"]
    seconds = round(time.monotonic() - started, 3)
    if reasons:
        log.info("%s runs: %s", watch.step, "; ".join(reasons))
        return None
    assert mark is not None
    since = f"run {mark['run_id']} at {mark['at']}"
    log.info(
        "%s skipped: nothing new since %s (%d tables and %s unchanged; checked in %.2f s)",
        watch.step,
        since,
        len(watch.tables),
        ", ".join(watch.facts),
        seconds,
    )
    return {
        "skipped": f"nothing new since {since}",
        "step": watch.step,
        "since_run_id": mark["run_id"],
        "since": mark["at"],
        "mark": watch.uri,
        "tables": {name: state[0] for name, state in now["tables"].items()},
        "check_seconds": seconds,
    }


# --- recording ----------------------------------------------------------------------------


def tag(step: str, run_id: str) -> str:
    """The commit tag of one run of a step (commitInfo.userMetadata)."""
    return f"{step} run {run_id}"


# Runs in progress per session (id of the session → their labels). One session's conf is
# shared by every thread: two runs at once (the CLI or a test curating sources on threads)
# must not tag each other's commits, nor leave a tag behind when they end out of order.
_RUNNING: dict[int, list[str]] = {}
_RUNNING_LOCK = threading.Lock()
# The tag while two or more runs share a session: nobody's, so neither run counts a commit
# of that time as its own and each mark keeps the version from before (the next run runs).
OVERLAPPING = "overlapping curate runs"


@contextmanager
def tagged(spark: SparkSession, label: str) -> Iterator[None]:
    """Every Delta commit the session makes in the block carries `label` (or, while another
    run shares the session, `OVERLAPPING`): how `remember` tells the run's own commits from
    anyone else's. When the last run ends, the session carries no tag."""
    key = id(spark)
    with _RUNNING_LOCK:
        running = _RUNNING.setdefault(key, [])
        running.append(label)
        spark.conf.set(deltalog.USER_METADATA_CONF, label if len(running) == 1 else OVERLAPPING)
    try:
        yield
    finally:
        with _RUNNING_LOCK:
            running.remove(label)
            if running:
                alone = running[0] if len(running) == 1 else OVERLAPPING
                spark.conf.set(deltalog.USER_METADATA_CONF, alone)
            else:
                del _RUNNING[key]
                spark.conf.unset(deltalog.USER_METADATA_CONF)


def forget(watch: Watch) -> None:
    """Delete the mark before a run: a run that fails half-way leaves none behind."""
    objects.delete(watch.uri)


def remember(watch: Watch, before: dict[str, Any], run_id: str) -> dict[str, Any] | None:
    """After a successful run (tagged `tag(watch.step, run_id)`), write its mark: each table at
    the version after the run if every commit since `before` that matters is the run's own,
    else at the version before it (the next run then runs). A mark that cannot be written
    is only a warning: the next run runs, as without one."""
    try:
        after = snapshot(watch)
        label = tag(watch.step, run_id)
        tables = {
            name: _settled(watch, name, before["tables"][name], after["tables"][name], label)
            for name in watch.tables
        }
        mark = {
            "format": FORMAT,
            "step": watch.step,
            "run_id": run_id,
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "tables": tables,
            "facts": before["facts"],
        }
        objects.write_json(watch.uri, mark)
        return mark
    except Exception as exc:  # noqa: BLE001 - no mark: the next run runs
        log.warning("%s: no mark written (%s): the next run will not skip", watch.step, exc)
        return None


def _settled(watch: Watch, name: str, was: TableState, is_: TableState, label: str) -> TableState:
    if was == is_:
        return is_
    start = -1 if was[0] is None else was[0]
    if is_[0] is None or is_[0] < start:
        return was
    partition = watch.partitions.get(name)
    for version in range(start + 1, is_[0] + 1):
        commit = deltalog.actions(name, version)
        if commit is None:
            return was
        if deltalog.user_metadata(commit) == label:
            continue
        if partition is None or deltalog.touches(commit, *partition):
            return was  # another writer's commit the run may not have seen
    return is_
