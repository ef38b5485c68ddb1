"""Near-duplicate images across the splits of a release: each de-identified DICOM of the
image index decoded with pydicom, reduced to its dHash (`near_duplicates`), and every pair in
different splits within the distance named. A pair is named by pseudonymous ids only: the
first 16 hex digits of the file's SHA-256 (its name in the release, `images/ab/<sha>.dcm`)
and the row key it belongs to — never a UID, path or date.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Any

import numpy as np

from ozero import objects
from ozero.quality.near_duplicates import (
    DEFAULT_MAX_DISTANCE,
    CrossSplitPair,
    HashedImage,
    cross_split_pairs,
    dhash,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LeakCheck:
    images: int  # hashed
    unreadable: int  # files pydicom could not decode (counted, not hashed)
    max_distance: int
    pairs: list[CrossSplitPair]

    def to_dict(self) -> dict[str, Any]:
        return {
            "images_hashed": self.images,
            "unreadable": self.unreadable,
            "max_distance": self.max_distance,
            "pairs": [
                {
                    "first": {"image": p.first.image_id, "split": p.first.split},
                    "second": {"image": p.second.image_id, "split": p.second.split},
                    "distance": p.distance,
                }
                for p in self.pairs
            ],
        }


def image_id(sha256: str, row_key: Any) -> str:
    """`<sha256[:16]> (row <key>)`: the released file and its (pseudonymous) row."""
    return f"{sha256[:16]} (row {row_key})" if row_key else sha256[:16]


def pixels(data: bytes) -> np.ndarray:
    """The image of a DICOM file as a 2-D array (the middle frame of a multi-frame one)."""
    import pydicom

    array = np.asarray(pydicom.dcmread(io.BytesIO(data)).pixel_array, dtype=np.float64)
    if array.ndim == 3 and array.shape[-1] not in (3, 4):
        array = array[array.shape[0] // 2]
    return array


def check_index(
    rows: list[dict[str, Any]],
    key_column: str | None,
    max_distance: int = DEFAULT_MAX_DISTANCE,
) -> LeakCheck:
    """Hash every image of the index (`object_uri`, `deid_sha256`, `split`, and the row key)
    and find the pairs across splits."""
    hashed: list[HashedImage] = []
    seen: set[tuple[str, str]] = set()
    unreadable = 0
    for row in rows:
        sha = str(row.get("deid_sha256") or "")
        ident = image_id(sha, row.get(key_column) if key_column else None)
        if (ident, row["split"]) in seen:
            continue  # the same file of the same row listed twice: one image
        seen.add((ident, row["split"]))
        try:
            value = dhash(pixels(objects.get(row["object_uri"])))
        except Exception as exc:  # noqa: BLE001 - a broken file is counted, never fatal here
            unreadable += 1
            log.warning(
                "near-duplicate check: an image could not be decoded (%s)", type(exc).__name__
            )
            continue
        hashed.append(HashedImage(ident, str(row["split"]), value))
    return LeakCheck(len(hashed), unreadable, max_distance, cross_split_pairs(hashed, max_distance))
