"""Agreement figures against values computed by hand or published with the method."""

from __future__ import annotations

import numpy as np
import pytest

from ozero.labels.agreement import (
    AgreementError,
    box_iou,
    cohen_kappa,
    disagreements,
    fleiss_kappa,
    mask_dice,
    mask_iou,
    span_f1,
)

# Fleiss (1971) as tabulated on Wikipedia's "Fleiss' kappa" page: 10 items, 14 readers,
# categories 1-5 (counts per category); P-bar 0.378, P-bar-e 0.213, kappa 0.210.
FLEISS_COUNTS = [
    (0, 0, 0, 0, 14), (0, 2, 6, 4, 2), (0, 0, 3, 5, 6), (0, 3, 9, 2, 0), (2, 2, 8, 1, 1),
    (7, 7, 0, 0, 0), (3, 2, 6, 3, 0), (2, 5, 3, 2, 2), (6, 5, 2, 1, 0), (0, 2, 2, 3, 7),
]  # fmt: skip


def test_fleiss_kappa_reproduces_the_published_example():
    ratings = [[c for c, n in enumerate(row, 1) for _ in range(n)] for row in FLEISS_COUNTS]
    assert fleiss_kappa(ratings) == pytest.approx(0.2099, abs=5e-4)


def test_cohen_kappa_by_hand():
    # 10 items: agree on 7 (4 "pneumonia", 3 "normal"); A says pneumonia 6x, B 5x
    a = ["p", "p", "p", "p", "n", "n", "n", "p", "p", "n"]
    b = ["p", "p", "p", "p", "n", "n", "n", "n", "n", "p"]
    # po = 0.7; pe = 0.6*0.5 + 0.4*0.5 = 0.5; kappa = 0.2 / 0.5
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert cohen_kappa(a, a) == 1.0
    assert cohen_kappa(["n"] * 4, ["n"] * 4) == 1.0  # one class everywhere: full agreement


def test_two_readers_fleiss_and_cohen_differ_only_in_chance_model():
    a, b = ["x", "y", "x", "x"], ["x", "y", "y", "x"]
    assert fleiss_kappa(list(zip(a, b, strict=True))) < cohen_kappa(a, b)


def test_boxes_and_masks():
    assert box_iou((0, 0, 2, 2), (1, 1, 3, 3)) == pytest.approx(1 / 7)
    assert box_iou((0, 0, 1, 1), (2, 2, 3, 3)) == 0.0
    a = np.zeros((4, 4), bool)
    b = np.zeros((4, 4), bool)
    a[:2, :2] = True  # 4 pixels
    b[:2, :3] = True  # 6 pixels, 4 shared
    assert mask_dice(a, b) == pytest.approx(0.8)
    assert mask_iou(a, b) == pytest.approx(4 / 6)
    empty = np.zeros((4, 4), bool)
    assert mask_dice(empty, empty) == 1.0 and mask_dice(a, empty) == 0.0


def test_span_f1_needs_exact_boundaries_and_label():
    ref = [(0, 7, "FINDING"), (20, 31, "ORGAN")]
    assert span_f1(ref, ref) == 1.0
    assert span_f1(ref, [(0, 7, "FINDING"), (20, 30, "ORGAN")]) == pytest.approx(0.5)
    assert span_f1(ref, [(0, 7, "ORGAN")]) == 0.0
    assert span_f1([], []) == 1.0


def test_disagreements_are_the_expert_queue():
    answers = {"t3": ["n", "n"], "t1": ["p", "n"], "t2": ["p", "p", "n"]}
    assert disagreements(answers) == ["t1", "t2"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: cohen_kappa(["a"], ["a", "b"]), "same items"),
        (lambda: fleiss_kappa([["a", "b"], ["a"]]), "same number of readers"),
        (lambda: fleiss_kappa([["a"], ["b"]]), "at least two readers"),
        (lambda: box_iou((2, 0, 1, 1), (0, 0, 1, 1)), "x1 > x0"),
        (lambda: mask_dice(np.zeros((2, 2)), np.zeros((3, 3))), "different shapes"),
    ],
)
def test_answers_that_cannot_be_compared_say_why(call, message):
    with pytest.raises(AgreementError, match=message):
        call()
