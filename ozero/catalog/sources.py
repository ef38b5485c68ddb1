"""The published releases as the catalog sees them: their own files, and facets read from them.

Only `ozero.release.store` locates files, and only `ozero.objects` reads them, so a lake on
``s3a://`` is read like a local one. Documents are read by their fixed names in the release
folder (never a path taken from a manifest). A release whose manifest cannot be read is
skipped with its reason, never the whole catalog.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ozero import objects
from ozero.catalog import sheet
from ozero.release import store

# silver table prefix → the federal registry its rows come from
REGISTRIES = {
    "silver.remd_": "REMD (SEMD documents)",
    "silver.oms_": "GIS OMS (claims)",
    "silver.imaging_": "PACS (DICOMweb)",
    "silver.nsi_": "NSI / FNSI (directories)",
}
NSI = "NSI / FNSI (directories)"
IMAGING, TABULAR = "imaging (DICOM)", "tabular"


@dataclass
class Release:
    """One published version: its manifest, datasheet and Croissant document, as stored."""

    dataset: str
    version: str
    manifest: dict[str, Any]
    datasheet_md: str | None = None
    datasheet_md_bytes: bytes | None = None
    datasheet_html: bytes | None = None
    croissant_bytes: bytes | None = None
    croissant: dict[str, Any] | None = None
    blocks: list[sheet.Block] = field(default_factory=list)

    # --- facts read from the files ------------------------------------------------------

    @property
    def title(self) -> str:
        alternate = (self.croissant or {}).get("alternateName")
        if isinstance(alternate, str) and alternate.strip():
            return alternate.strip()
        for block in self.blocks:
            if block[0] == "h1" and block[1].startswith("Datasheet: "):
                return block[1][len("Datasheet: ") :].rsplit(" — ", 1)[0]
        return self.dataset

    @property
    def title_ru(self) -> str | None:
        """The sheet's second line (the Russian title), when the sheet has one."""
        if len(self.blocks) > 1 and self.blocks[0][0] == "h1" and self.blocks[1][0] == "p":
            text = self.blocks[1][1]
            return None if text in (self.dataset, "") or text.startswith("Status:") else text
        return None

    @property
    def description(self) -> str:
        return str(self.manifest.get("description") or (self.croissant or {}).get("description")
                   or "")  # fmt: skip

    @property
    def published_at(self) -> str:
        return str(self.manifest.get("published_at") or "")

    @property
    def rows(self) -> int:
        """Rows of the dataset's rows table: the first table the manifest lists (an imaging
        dataset's image index comes second and counts images, not rows)."""
        counts = self.manifest.get("row_counts") or {}
        if not isinstance(counts, dict):
            return 0
        first = next(iter(self.tables), None)
        value = counts.get(first) if first in counts else next(iter(counts.values()), 0)
        return value if isinstance(value, int) else 0

    @property
    def bytes(self) -> int:
        return sum(int(f.get("bytes") or 0) for f in self.files)

    @property
    def files(self) -> list[dict[str, Any]]:
        return [f for f in self.manifest.get("files") or [] if isinstance(f, dict)]

    @property
    def tables(self) -> dict[str, str]:
        tables = self.manifest.get("tables") or {}
        return {str(k): str(v) for k, v in tables.items()} if isinstance(tables, dict) else {}

    @property
    def modality(self) -> str:
        """Imaging when the release carries DICOM files, tabular otherwise."""
        if any(str(f.get("path", "")).endswith(".dcm") for f in self.files):
            return IMAGING
        fmt = sheet.list_value(self.blocks, "Format: ") or ""
        return IMAGING if "DICOM" in fmt else TABULAR

    @property
    def source_tables(self) -> list[str]:
        raw = (self.croissant or {}).get("rai:dataCollectionRawData")
        if not isinstance(raw, str) or not raw.strip():
            raw = sheet.list_value(self.blocks, "Lake tables read: ") or ""
        return [t.strip() for t in raw.split(",") if t.strip()]

    @property
    def registries(self) -> list[str]:
        """The federal registries the rows come from (from the lake tables the cohort read)."""
        found = []
        for table in self.source_tables:
            name = next((r for p, r in REGISTRIES.items() if table.startswith(p)), table)
            if name not in found:
                found.append(name)
        collection = str((self.croissant or {}).get("rai:dataCollection") or "")
        cohort = sheet.list_value(self.blocks, "Cohort: ") or ""
        if ("NSI " in collection or "NSI " in cohort) and NSI not in found:
            found.append(NSI)
        return found

    @property
    def labels(self) -> list[str]:
        table = sheet.table_after(self.blocks, "Labels and where they come from")
        if table:
            return [row[0] for row in table[1] if row]
        keywords = (self.croissant or {}).get("keywords") or []
        return [str(k) for k in keywords]

    @property
    def access(self) -> str:
        """The access level (``restricted``, ...) the datasheet states, else ``unknown``."""
        text = sheet.list_value(self.blocks, "Access: ")
        return (text.split(" — ", 1)[0].strip() or "unknown") if text else "unknown"

    @property
    def access_conditions(self) -> str:
        text = sheet.list_value(self.blocks, "Access: ") or ""
        return text.split(" — ", 1)[1].strip() if " — " in text else ""

    @property
    def licence(self) -> str:
        return sheet.list_value(self.blocks, "Licence: ") or str(
            (self.croissant or {}).get("license") or "unknown"
        )


@dataclass
class Skipped:
    dataset: str
    version: str
    reason: str


def _text(dataset: str, version: str, name: str) -> bytes | None:
    uri = store.release_uri(dataset, version, name)
    return objects.get(uri) if objects.exists(uri) else None


def read_release(dataset: str, version: str) -> Release:
    """A release's files (ValueError names the file that cannot be read)."""
    try:
        manifest = store.read_manifest(dataset, version)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"{store.MANIFEST_FILE} is not JSON ({type(exc).__name__})") from None
    if not isinstance(manifest, dict):
        raise ValueError(f"{store.MANIFEST_FILE} is missing or not a JSON object")
    release = Release(dataset, version, manifest)
    markdown = _text(dataset, version, store.DATASHEET_MD)
    if markdown is not None:
        release.datasheet_md_bytes = markdown
        release.datasheet_md = markdown.decode("utf-8", errors="replace")
        release.blocks = sheet.parse(release.datasheet_md)
    release.datasheet_html = _text(dataset, version, store.DATASHEET_HTML)
    release.croissant_bytes = _text(dataset, version, store.CROISSANT_FILE)
    if release.croissant_bytes is not None:
        try:
            document = json.loads(release.croissant_bytes)
            release.croissant = document if isinstance(document, dict) else None
        except ValueError:
            release.croissant = None
    return release


def read_all() -> tuple[dict[str, list[Release]], list[Skipped]]:
    """Every served release by dataset (versions oldest first), and what was skipped. A
    release an erasure withdrew is not served, so the catalog does not offer it."""
    found: dict[str, list[Release]] = {}
    skipped = []
    for dataset in store.release_datasets():
        for version in store.release_versions(dataset):
            if store.read_withdrawal(dataset, version) is not None:
                skipped.append(Skipped(dataset, version, "withdrawn by an erasure"))
                continue
            try:
                found.setdefault(dataset, []).append(read_release(dataset, version))
            except ValueError as exc:
                skipped.append(Skipped(dataset, version, str(exc)))
        if not found.get(dataset):
            found.pop(dataset, None)
    return found, skipped
