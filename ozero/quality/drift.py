"""Drift against the previous release: what a model trained on version N meets in N+1.

Each release keeps a small profile of its columns (in guard.json, `qc.profile`): for a
numeric column its decile edges and the share of rows between them, for a categorical one
(labels included; a list counts each element) the share of each value. The next candidate
is measured against that profile — the population stability index (PSI) of a numeric column
over the previous edges, and the largest change in a value's share for a categorical one —
so no earlier data has to be read. Pure (pandas in, JSON out).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np
import pandas as pd

from ozero.quality.balance import _classes

TOP_VALUES = 50  # a categorical profile keeps this many values; the rest are "(other)"
OTHER = "(other)"
EPSILON = 1e-4  # a share of zero in PSI's logarithm counts as this


def profile_column(values: pd.Series, numeric: bool) -> dict[str, Any]:
    """The profile a later release is compared with."""
    if numeric:
        data = pd.to_numeric(values, errors="coerce").dropna().to_numpy(dtype=float)
        if not len(data):
            return {"kind": "numeric", "rows": 0, "edges": [], "shares": []}
        edges = sorted(set(np.quantile(data, np.linspace(0.1, 0.9, 9)).round(9).tolist()))
        return {
            "kind": "numeric",
            "rows": int(len(data)),
            "edges": edges,
            "shares": _binned(data, edges),
        }
    counts: Counter[str] = Counter()
    for value in values:
        counts.update(_classes(value))
    rows = max(1, len(values))
    ranked = counts.most_common()
    shares = {k: round(v / rows, 6) for k, v in ranked[:TOP_VALUES]}
    if len(ranked) > TOP_VALUES:
        shares[OTHER] = round(sum(v for _, v in ranked[TOP_VALUES:]) / rows, 6)
    return {"kind": "categorical", "rows": len(values), "shares": shares}


def _binned(data: np.ndarray, edges: list[float]) -> list[float]:
    """Shares of `data` in the bins (-inf, e1], (e1, e2], …, (ek, inf)."""
    bins = np.searchsorted(np.asarray(edges), data, side="left")
    counts = np.bincount(bins, minlength=len(edges) + 1)
    return [round(float(c) / len(data), 6) for c in counts]


def psi(expected: list[float], actual: list[float]) -> float:
    """Population stability index: Σ (a − e) · ln(a / e); < 0.1 stable, > 0.25 shifted."""
    total = 0.0
    for e, a in zip(expected, actual, strict=True):
        e, a = max(e, EPSILON), max(a, EPSILON)
        total += (a - e) * math.log(a / e)
    return round(total, 6)


def compare(previous: dict[str, Any], values: pd.Series) -> dict[str, Any]:
    """One column now against its profile in the previous release."""
    if previous["kind"] == "numeric":
        data = pd.to_numeric(values, errors="coerce").dropna().to_numpy(dtype=float)
        if not len(data) or not previous["rows"]:
            return {"kind": "numeric", "psi": None, "reason": "no values to compare"}
        now = _binned(data, previous["edges"])
        return {"kind": "numeric", "psi": psi(previous["shares"], now)}
    now = profile_column(values, numeric=False)["shares"]
    keys = set(previous["shares"]) | set(now)
    changes = {k: round(now.get(k, 0.0) - previous["shares"].get(k, 0.0), 6) for k in keys}
    worst = max(changes, key=lambda k: (abs(changes[k]), k)) if changes else None
    return {
        "kind": "categorical",
        "max_share_change": abs(changes[worst]) if worst is not None else 0.0,
        "value": worst,
        "new_values": len(set(now) - set(previous["shares"])),
        "gone_values": len(set(previous["shares"]) - set(now)),
    }
