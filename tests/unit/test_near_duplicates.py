"""Near-duplicate images across splits: a re-exported copy is caught, different images are not."""

from __future__ import annotations

import numpy as np
import pytest

from ozero.quality.near_duplicates import (
    DEFAULT_MAX_DISTANCE,
    HashedImage,
    cross_split_pairs,
    dhash,
    hamming,
)


def _film(seed: int, size: int = 256) -> np.ndarray:
    """A synthetic radiograph-like image: smooth structure at several scales, 12-bit range."""
    rng = np.random.default_rng(seed)
    coarse = rng.random((8, 8))
    image = np.kron(coarse, np.ones((size // 8, size // 8)))
    image += 0.3 * np.kron(rng.random((32, 32)), np.ones((size // 32, size // 32)))
    return image * 3000


def _reexported(image: np.ndarray, seed: int) -> np.ndarray:
    """The same film brighter, contrast-stretched, noisy and cropped by two pixels."""
    rng = np.random.default_rng(seed)
    noisy = image * 1.15 + 200 + rng.normal(0, 40, image.shape)
    return noisy[2:-2, 2:-2]


def test_a_reexported_copy_is_close_and_other_films_are_far():
    films = [_film(s) for s in range(20)]
    copies = [hamming(dhash(f), dhash(_reexported(f, i))) for i, f in enumerate(films)]
    # measured: copies 0-4 bits apart, different films 18 or more (of 64)
    assert max(copies) <= DEFAULT_MAX_DISTANCE, copies
    others = [hamming(dhash(films[i]), dhash(films[j])) for i in range(20) for j in range(i)]
    assert min(others) > 2 * DEFAULT_MAX_DISTANCE, sorted(others)[:5]


def test_a_colour_image_hashes_as_its_grey():
    grey = _film(1)
    colour = np.stack([grey, grey, grey], axis=2)
    assert dhash(colour) == dhash(grey)


def test_a_copy_planted_across_train_and_test_is_the_one_pair_found():
    images = [
        HashedImage(f"img-{s}", "train" if s % 3 else "test", dhash(_film(s))) for s in range(30)
    ]
    planted = HashedImage("img-planted", "test", dhash(_reexported(_film(4), 99)))  # 4 is train
    same_split = HashedImage("img-again", "train", dhash(_reexported(_film(5), 98)))  # 5 is train
    (pair,) = cross_split_pairs([*images, planted, same_split])
    assert {pair.first.image_id, pair.second.image_id} == {"img-4", "img-planted"}
    assert pair.distance <= DEFAULT_MAX_DISTANCE


def test_banding_finds_every_pair_a_full_comparison_finds():
    rng = np.random.default_rng(7)
    base = [int(rng.integers(0, 2**63)) for _ in range(40)]
    images = [HashedImage(f"a{i}", "train", h) for i, h in enumerate(base)]
    for i, h in enumerate(base):  # a test copy of each with 0..8 bits flipped
        flips = rng.choice(64, size=i % 9, replace=False)
        images.append(HashedImage(f"b{i}", "test", h ^ sum(1 << int(b) for b in flips)))
    brute = {
        (a.image_id, b.image_id)
        for a in images
        for b in images
        if a.split == "train" and b.split == "test" and hamming(a.dhash, b.dhash) <= 6
    }
    found = {
        tuple(sorted((p.first.image_id, p.second.image_id))) for p in cross_split_pairs(images, 6)
    }
    assert found == brute and len(brute) >= 30


@pytest.mark.parametrize("shape", [(4, 20), (20, 4), (5,)])
def test_too_small_an_image_is_refused(shape):
    with pytest.raises(ValueError, match="at least 8×9"):
        dhash(np.zeros(shape))
