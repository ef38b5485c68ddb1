"""Near-duplicate images across splits: a train image that reappears (re-exported,
re-windowed, slightly noisy) in test makes the test score a lie, so it blocks a release.

An image is reduced to a 64-bit difference hash (dHash: the image averaged down to 8×9
cells, one bit per pair of horizontal neighbours, "left brighter than right"). It ignores
brightness and contrast changes and survives resampling and mild noise; unrelated images
differ in about half their bits. Two images are near-duplicates within `max_distance`
differing bits. Candidates are found without comparing every pair: split the hash into
`max_distance + 1` bands; two hashes within that distance share at least one band exactly
(pigeonhole), so only images sharing a band are compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

HASH_ROWS, HASH_COLS = 8, 9  # 8 rows × 8 neighbour pairs = 64 bits
DEFAULT_MAX_DISTANCE = 6  # of 64 bits; the unit tests' re-exported copies: 0-4, other films ≥ 18


@dataclass(frozen=True)
class HashedImage:
    image_id: str  # pseudonymous (an instance pid or a content hash), never a UID
    split: str
    dhash: int


@dataclass(frozen=True)
class CrossSplitPair:
    first: HashedImage
    second: HashedImage
    distance: int


def dhash(pixels: np.ndarray) -> int:
    """The 64-bit difference hash of a 2-D image (a colour image is averaged to grey)."""
    grey = np.asarray(pixels, dtype=np.float64)
    if grey.ndim == 3:
        grey = grey.mean(axis=2)
    if grey.ndim != 2 or grey.shape[0] < HASH_ROWS or grey.shape[1] < HASH_COLS:
        raise ValueError(f"an image of at least {HASH_ROWS}×{HASH_COLS} pixels, got {grey.shape}")
    cells = _block_means(grey, HASH_ROWS, HASH_COLS)
    bits = (cells[:, :-1] > cells[:, 1:]).ravel()
    return int("".join("1" if b else "0" for b in bits), 2)


def _block_means(image: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Average the image down to rows × cols cells of (nearly) equal size."""
    r = (np.arange(rows) * image.shape[0]) // rows
    c = (np.arange(cols) * image.shape[1]) // cols
    sums = np.add.reduceat(np.add.reduceat(image, r, axis=0), c, axis=1)
    heights = np.diff(np.append(r, image.shape[0]))
    widths = np.diff(np.append(c, image.shape[1]))
    return sums / np.outer(heights, widths)


def hamming(first: int, second: int) -> int:
    return (first ^ second).bit_count()


def cross_split_pairs(
    images: Iterable[HashedImage], max_distance: int = DEFAULT_MAX_DISTANCE
) -> list[CrossSplitPair]:
    """Every pair of images in different splits within `max_distance` bits, closest first."""
    if not 0 <= max_distance < 64:
        raise ValueError(f"max_distance is a number of bits in 0..63, got {max_distance}")
    bands = max_distance + 1
    edges = [(64 * i) // bands for i in range(bands + 1)]
    buckets: dict[tuple[int, int], list[HashedImage]] = defaultdict(list)
    found: dict[tuple[str, str], CrossSplitPair] = {}
    for image in images:
        for band in range(bands):
            width = edges[band + 1] - edges[band]
            value = (image.dhash >> edges[band]) & ((1 << width) - 1)
            bucket = buckets[(band, value)]
            for other in bucket:
                if other.split == image.split:
                    continue
                low, high = sorted((other.image_id, image.image_id))
                distance = hamming(other.dhash, image.dhash)
                if distance <= max_distance and (low, high) not in found:
                    found[(low, high)] = CrossSplitPair(other, image, distance)
            bucket.append(image)
    return sorted(found.values(), key=lambda p: (p.distance, p.first.image_id, p.second.image_id))
