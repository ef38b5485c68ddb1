"""Write the catalog site: read every published release, render its pages, put them in the lake.

Pure Python (no Spark session), a few small reads per release; every write goes through
`ozero.objects.put` (atomic locally, one PUT on S3), so the site can be served by any static
web server or an object-store website. Besides the pages, each version folder gets the
release's `croissant.json` (re-serialised from its parsed JSON, so it is JSON and nothing
else), its `manifest.json`, and the catalog's own rendering of its datasheet; the release's
own datasheet.html is never copied (the catalog only publishes HTML it escaped itself).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ozero import objects
from ozero.catalog import pages, samples
from ozero.catalog.sources import Release, Skipped, read_all
from ozero.release import store

CATALOG_ZONE = "catalog"
REFRESH_ROUNDS = 3  # builds per refresh at most, should publications keep landing meanwhile

log = logging.getLogger(__name__)


def default_out() -> str:
    """`<lake>/catalog` (or wherever `OZERO_ZONE_ROOTS` puts a `catalog` zone)."""
    return objects.object_uri(CATALOG_ZONE)


@dataclass
class BuildResult:
    out: str
    pages: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    datasets: int = 0
    versions: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    read: set[tuple[str, str]] = field(default_factory=set)  # (dataset, version) listed

    @property
    def index(self) -> str:
        return objects.join(self.out, "index.html")

    def to_dict(self) -> dict[str, Any]:
        return {
            "out": self.out,
            "index": self.index,
            "datasets": self.datasets,
            "versions": self.versions,
            "pages": self.pages,
            "files": self.files,
            "skipped": [s.__dict__ for s in self.skipped],
        }


def _checksum_note(release: Release, name: str, data: bytes | None) -> str:
    """Whether the release's copy of a document matches the hash its manifest lists."""
    entry = next((f for f in release.files if f.get("path") == name), None)
    if data is None:
        return "not in this release"
    if entry is None:
        return "not listed in the manifest"
    ok = hashlib.sha256(data).hexdigest() == entry.get("sha256")
    return "SHA-256 matches the manifest" if ok else "SHA-256 DIFFERS from the manifest"


def _documents(release: Release) -> dict[str, bytes]:
    """The files written beside a version's page."""
    out = {
        store.MANIFEST_FILE: (
            json.dumps(release.manifest, indent=2, ensure_ascii=False) + "\n"
        ).encode("utf-8"),
    }
    if release.croissant is not None:
        out[store.CROISSANT_FILE] = (
            json.dumps(release.croissant, indent=2, ensure_ascii=False) + "\n"
        ).encode("utf-8")
    if release.blocks:
        out[store.DATASHEET_HTML] = pages.datasheet_page(release).encode("utf-8")
    return out


def _notes(release: Release, written: dict[str, bytes]) -> dict[str, str]:
    notes = {}
    if store.CROISSANT_FILE in written:
        check = _checksum_note(release, store.CROISSANT_FILE, release.croissant_bytes)
        notes[store.CROISSANT_FILE] = f"Croissant 1.1 metadata (JSON-LD); {check}"
    elif release.croissant_bytes is not None:
        notes[store.CROISSANT_FILE] = "the release's croissant.json is not valid JSON"
    if store.DATASHEET_HTML in written:
        check = _checksum_note(release, store.DATASHEET_MD, release.datasheet_md_bytes)
        notes[store.DATASHEET_HTML] = f"the datasheet (rendered from datasheet.md; {check})"
    notes[store.MANIFEST_FILE] = "the release manifest, as published"
    return notes


def build(out: str | None = None, say: Callable[[str], None] = lambda _m: None) -> BuildResult:
    """Build the whole site under `out` (default `<lake>/catalog`); returns what was written."""
    out = (out or default_out()).rstrip("/")
    from ozero.lake import releases_root

    say(f"reading the published releases under {releases_root()} …")
    datasets, skipped = read_all()
    result = BuildResult(out=out, skipped=skipped)
    result.read = {(d, r.version) for d, rs in datasets.items() for r in rs}
    result.read |= {(s.dataset, s.version) for s in skipped}
    for item in skipped:
        say(f"skipped {item.dataset} {item.version}: {item.reason}")

    def write(relative: str, data: bytes, page: bool) -> None:
        uri = objects.join(out, relative)
        objects.put(uri, data)
        (result.pages if page else result.files).append(uri)

    for dataset, releases in sorted(datasets.items()):
        say(f"{dataset}: {len(releases)} version(s)")
        figures = []
        for sample in samples.samples(releases[-1]):
            write(
                f"{pages.dataset_href(dataset).rsplit('/', 1)[0]}/samples/{sample.name}",
                sample.png,
                False,
            )
            figures.append((f"samples/{sample.name}", sample.caption))
        page = pages.dataset_page(releases, figures)
        write(pages.dataset_href(dataset), page.encode("utf-8"), True)
        for release in releases:
            folder = pages.version_href(dataset, release.version).rsplit("/", 1)[0]
            documents = _documents(release)
            for name, data in documents.items():
                write(f"{folder}/{name}", data, name == store.DATASHEET_HTML)
            docs = _data_docs_href(out, folder)
            html = pages.version_page(release, _notes(release, documents), docs)
            write(f"{folder}/index.html", html.encode("utf-8"), True)
        result.versions += len(releases)
    result.datasets = len(datasets)
    write("index.html", pages.index_page(datasets).encode("utf-8"), True)
    say(f"catalog: {result.datasets} datasets, {result.versions} versions, "
        f"{len(result.pages)} pages → {result.index}")  # fmt: skip
    return result


def _data_docs_href(out: str, folder: str) -> str | None:
    """A link from a version page (`folder` under `out`) to the lake's Data Docs, which hold
    every validation in full (no row values; rendered offline): relative when both are
    local folders, None when the docs are missing or only on an object store."""
    import os

    docs = objects.object_uri("ops", "data_docs", "index.html")
    if not (objects.is_local(docs) and objects.is_local(out) and objects.exists(docs)):
        return None
    page_dir = os.path.join(out.removeprefix("file://"), folder)
    return os.path.relpath(docs.removeprefix("file://"), page_dir).replace(os.sep, "/")


def location(uri: str) -> str:
    """Where to open a catalog page: a file:// URL for a local lake, the URI otherwise."""
    if objects.is_local(uri):
        from ozero.lake import local_path

        return local_path(uri).resolve().as_uri()
    return uri


def published_releases() -> set[tuple[str, str]]:
    """(dataset, version) of every release folder in the lake, read or not."""
    return {(d, v) for d in store.release_datasets() for v in store.release_versions(d)}


def refresh_after_publish() -> None:
    """Rebuild the catalog once a release is published, so a served catalog lists it.

    The release is already complete and verified by then: a catalog that cannot be written
    (an unwritable folder, the object store down) is a warning naming the command that
    rebuilds it, never a failed publication.

    Two release DAGs may publish at once: a build that read the releases before the other
    publication landed would write an index without it. So the list is read again after
    writing, and the site rebuilt while a release is missing from it."""
    for _ in range(REFRESH_ROUNDS):
        try:
            result = build()
            missed = published_releases() - result.read
        except (OSError, ValueError) as exc:
            log.warning("catalog not refreshed (%s); `ozero catalog build` rebuilds it", exc)
            return
        if not missed:
            break
        log.info("catalog: %d release(s) published during the build; building again", len(missed))
    log.info("catalog refreshed: %d datasets at %s", result.datasets, location(result.index))
