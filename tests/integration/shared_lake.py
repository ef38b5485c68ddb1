"""The shared curated lake's world and settings (the fixture is in conftest.py)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

SEED, PATIENTS, DOCUMENTS = 7, 40, 60
INTERVAL = ("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z")
NSI_DIRECTORIES = "1.2.643.5.1.13.13.11.1005,1.2.643.5.1.13.13.11.1040"
KEY_SECRET, KEY_ID = "ab" * 32, "it-key"


@dataclass(frozen=True)
class CuratedLake:
    root: Path
    simulator_url: str
    reports: dict

    def env(self, root: Path | None = None) -> dict[str, str]:
        """What a module sets to work on this lake (or on a copy of it at `root`)."""
        return {
            "OZERO_LAKE_URI": str(root or self.root),
            "OZERO_SIMULATOR_URL": self.simulator_url,
            "OZERO_NSI_DIRECTORIES": NSI_DIRECTORIES,
            "OZERO_PSEUDONYM_KEY": KEY_SECRET,
            "OZERO_PSEUDONYM_KEY_ID": KEY_ID,
        }

    def copy_to(self, target: Path) -> Path:
        """An independent copy of the lake's tables (bronze object files are shared)."""
        shutil.copytree(self.root, target)
        return target


# The imaging world: REMD protocols and the PACS studies they describe, ingested and curated
# once for the modules that check imaging (test_imaging_link, test_imaging_datasets).
IMAGING_SEED, IMAGING_PATIENTS, IMAGING_DOCUMENTS = 7, 30, 24
IMAGING_WINDOW = ("2025-12-01T00:00:00Z", "2026-06-02T00:00:00Z")
IMAGING_KEY_HEX, IMAGING_KEY_ID = "5a" * 32, "it-imaging"


@dataclass(frozen=True)
class ImagingLake:
    root: Path
    simulator_url: str
    reports: dict

    def env(self) -> dict[str, str]:
        return {
            "OZERO_LAKE_URI": str(self.root),
            "OZERO_SIMULATOR_URL": self.simulator_url,
            "OZERO_PSEUDONYM_KEY": IMAGING_KEY_HEX,
            "OZERO_PSEUDONYM_KEY_ID": IMAGING_KEY_ID,
        }
