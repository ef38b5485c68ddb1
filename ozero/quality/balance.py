"""Class balance per split: a label whose classes are shared very differently between train
and test makes the test score measure the split, not the model.

Pure (pandas in, JSON out) so the figures can be checked on hand-counted frames. A list
label (e.g. the findings of a protocol) counts each class once per row that has it; a
missing label counts as its own class, "(missing)".
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

MISSING = "(missing)"


def _classes(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return [MISSING]
    if isinstance(value, list | tuple) or hasattr(value, "tolist"):
        items = list(value.tolist() if hasattr(value, "tolist") else value)
        return sorted({str(v) for v in items}) or ["(none)"]
    return [str(value)]


def class_shares(frame: pd.DataFrame, column: str, split_column: str = "split") -> dict[str, Any]:
    """Per split, the share of rows of each class; and the largest gap between splits.

    Returns `{"splits": {split: {"rows": n, "shares": {class: share}}}, "max_gap": g,
    "worst_class": c}`; the gap of a class is its highest share in a split minus its lowest.
    """
    splits: dict[str, dict[str, Any]] = {}
    for split, part in frame.groupby(split_column, sort=True):
        counts: Counter[str] = Counter()
        for value in part[column]:
            counts.update(_classes(value))
        rows = len(part)
        splits[str(split)] = {
            "rows": rows,
            "shares": {k: round(v / rows, 6) for k, v in sorted(counts.items())},
        }
    classes = sorted({c for s in splits.values() for c in s["shares"]})
    gaps = {
        c: max(s["shares"].get(c, 0.0) for s in splits.values())
        - min(s["shares"].get(c, 0.0) for s in splits.values())
        for c in classes
    }
    worst = max(gaps, key=lambda c: (gaps[c], c)) if gaps and len(splits) > 1 else None
    return {
        "splits": splits,
        "max_gap": round(gaps[worst], 6) if worst is not None else 0.0,
        "worst_class": worst,
    }
