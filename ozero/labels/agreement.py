"""Inter-reader agreement, one function per figure, on plain Python/numpy values.

Conventions (so figures from different rounds compare): a task both readers left empty
agrees fully (Dice, IoU and span F1 of two empty answers are 1.0); kappa is 1.0 when every
reader gave every item the same single class (chance agreement is then total, and the
usual formula divides by zero).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence

import numpy as np

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 (x1 > x0, y1 > y0)
Span = tuple[int, int, str]  # start, end (exclusive), entity label


class AgreementError(ValueError):
    """The readers' answers cannot be compared (different items, too few readers)."""


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float:
    """Two readers' classes for the same items, in the same order."""
    if len(first) != len(second):
        raise AgreementError(f"{len(first)} answers against {len(second)}: same items needed")
    if not first:
        raise AgreementError("no items to compare")
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    counts_a, counts_b = Counter(first), Counter(second)
    expected = sum(counts_a[c] * counts_b[c] for c in counts_a) / (n * n)
    if expected == 1.0:
        return 1.0
    return (observed - expected) / (1.0 - expected)


def fleiss_kappa(ratings: Sequence[Sequence[Hashable]]) -> float:
    """Each item's classes from its readers (the same number of readers for every item)."""
    if not ratings:
        raise AgreementError("no items to compare")
    readers = {len(item) for item in ratings}
    if len(readers) != 1:
        raise AgreementError(f"every item needs the same number of readers, got {sorted(readers)}")
    (n,) = readers
    if n < 2:
        raise AgreementError("agreement needs at least two readers per item")
    per_item = [Counter(item) for item in ratings]
    agreement = [(sum(c * c for c in counts.values()) - n) / (n * (n - 1)) for counts in per_item]
    observed = sum(agreement) / len(ratings)
    totals: Counter[Hashable] = Counter()
    for counts in per_item:
        totals.update(counts)
    expected = sum((count / (len(ratings) * n)) ** 2 for count in totals.values())
    if expected == 1.0:
        return 1.0
    return (observed - expected) / (1.0 - expected)


def box_iou(first: Box, second: Box) -> float:
    """Intersection over union of two boxes."""
    for box in (first, second):
        if box[2] <= box[0] or box[3] <= box[1]:
            raise AgreementError(f"box {box} is not (x0, y0, x1, y1) with x1 > x0, y1 > y0")
    width = min(first[2], second[2]) - max(first[0], second[0])
    height = min(first[3], second[3]) - max(first[1], second[1])
    inter = max(width, 0.0) * max(height, 0.0)
    union = _area(first) + _area(second) - inter
    return inter / union


def _area(box: Box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def mask_dice(first: np.ndarray, second: np.ndarray) -> float:
    """Dice of two masks of one image (any non-zero pixel is in the mask)."""
    if first.shape != second.shape:
        raise AgreementError(f"masks of different shapes {first.shape} and {second.shape}")
    a, b = first.astype(bool), second.astype(bool)
    total = int(a.sum()) + int(b.sum())
    return 1.0 if total == 0 else 2.0 * int((a & b).sum()) / total


def mask_iou(first: np.ndarray, second: np.ndarray) -> float:
    """Intersection over union (Jaccard) of two masks of one image; Dice = 2 IoU / (1 + IoU)."""
    if first.shape != second.shape:
        raise AgreementError(f"masks of different shapes {first.shape} and {second.shape}")
    a, b = first.astype(bool), second.astype(bool)
    union = int((a | b).sum())
    return 1.0 if union == 0 else int((a & b).sum()) / union


def span_f1(first: Iterable[Span], second: Iterable[Span]) -> float:
    """F1 of two readers' entity spans on one text, exact boundaries and label."""
    a, b = set(first), set(second)
    if not a and not b:
        return 1.0
    return 2.0 * len(a & b) / (len(a) + len(b))


def disagreements(answers: Mapping[str, Sequence[Hashable]]) -> list[str]:
    """Items (by id) whose readers did not all give the same class: the expert's queue."""
    return sorted(item for item, labels in answers.items() if len(set(labels)) > 1)
