"""Pairwise dHash distances between the simulated studies' images (docs/quality.md).

Renders every ordinary instance of the demo world's PACS (seed 42, 150 patients) and prints
the distribution of Hamming distances between images of different studies, and of images of
one study (CT slices, mammography views). Run:

    .venv/bin/python bench/image_hash_distances.py
"""

from __future__ import annotations

import time

import numpy as np

from ozero.quality.near_duplicates import DEFAULT_MAX_DISTANCE, dhash
from ozero.simulator import pacs
from ozero.simulator.world import build_world


def main() -> None:
    started = time.monotonic()
    world = build_world()
    archive = pacs.build_archive(world)
    studies, hashes = [], []
    for study in archive.studies:
        for series in study.series:
            for inst in series.instances:
                if not inst.burned_in:
                    pixels = pacs._dataset(world, study, series, inst).pixel_array  # noqa: SLF001
                    studies.append(study.study_uid)
                    hashes.append(dhash(pixels))
    values = np.array(hashes, dtype=np.uint64)
    owner = np.array(studies)
    across, within = [], []
    for i in range(len(values)):
        bits = np.array([int(v).bit_count() for v in values[i] ^ values[i + 1 :]])
        other = owner[i + 1 :] != owner[i]
        across.append(bits[other])
        within.append(bits[~other])
    a, w = np.concatenate(across), np.concatenate(within)
    print(f"{len(values)} images of {len(archive.studies)} studies "
          f"({time.monotonic() - started:.1f} s)")  # fmt: skip
    print(f"different studies: {len(a)} pairs, min {a.min()}, 0.01% {np.percentile(a, 0.01):g}, "
          f"1% {np.percentile(a, 1):g}, median {np.median(a):g}, "
          f"≤ {DEFAULT_MAX_DISTANCE}: {(a <= DEFAULT_MAX_DISTANCE).sum()}")  # fmt: skip
    print(f"one study: {len(w)} pairs, min {w.min()}, median {np.median(w):g}")


if __name__ == "__main__":
    main()
