"""Each simulated study draws its own anatomy: unrelated films are far apart in the
perceptual hash the release guard uses, so the guard sees no leaks that are not there."""

from __future__ import annotations

import numpy as np
import pytest

from ozero.quality.near_duplicates import DEFAULT_MAX_DISTANCE, dhash, hamming
from ozero.simulator import pacs
from ozero.simulator.world import build_world


@pytest.fixture(scope="module")
def hashed():
    """(study uid, modality, instance number, dHash) of every image of a small world."""
    world = build_world(seed=11, patients=60, documents=90)
    archive = pacs.build_archive(world)
    out = []
    for study in archive.studies:
        for series in study.series:
            for inst in series.instances:
                if inst.burned_in:
                    continue
                pixels = pacs._dataset(world, study, series, inst).pixel_array
                out.append((study.study_uid, series.modality, inst.number, dhash(pixels)))
    return out


def test_unrelated_studies_are_far_apart(hashed):
    distances = [
        hamming(a[3], b[3]) for i, a in enumerate(hashed) for b in hashed[i + 1 :] if a[0] != b[0]
    ]
    assert len({h[1] for h in hashed}) >= 3 and len(distances) > 10_000
    # measured on this world: min 9, 1st percentile 18, median 30 (one phantom for all: min 5)
    assert min(distances) > DEFAULT_MAX_DISTANCE + 2, sorted(distances)[:5]
    assert np.percentile(distances, 1) >= 2 * DEFAULT_MAX_DISTANCE
    assert np.median(distances) >= 24


def test_neighbouring_slices_of_a_series_look_alike(hashed):
    """Slices of one CT series change slowly (one study: one split, so this is no leak)."""
    ct = [h for h in hashed if h[1] == "CT"]
    by_study: dict[str, list] = {}
    for uid, _, number, value in ct:
        by_study.setdefault(uid, []).append((number, value))
    steps = [
        hamming(a[1], b[1])
        for slices in by_study.values()
        for a, b in zip(sorted(slices), sorted(slices)[1:], strict=False)
    ]
    assert steps and np.median(steps) <= DEFAULT_MAX_DISTANCE


def test_a_study_draws_the_same_images_every_time():
    world = build_world(seed=11, patients=10, documents=12)
    one, two = pacs.build_archive(world), pacs.build_archive(build_world(11, 10, 12))
    for a, b in zip(one.studies, two.studies, strict=True):
        se_a, se_b = a.series[0], b.series[0]
        first = pacs.pixels_of(world.seed, a, se_a, se_a.instances[0])
        assert np.array_equal(first, pacs.pixels_of(world.seed, b, se_b, se_b.instances[0]))
