"""Content fingerprints decide whether a curated table is rewritten (an unchanged table keeps
its Delta version, so the release step proposes nothing): they must ignore row order and the
order of map entries, and must see any changed value, added or missing row."""

from __future__ import annotations

import pytest

from ozero.frames import content_fingerprint

pytestmark = pytest.mark.spark

SCHEMA = "pid string, n int, lineage map<string,string>"
ROWS = [("a", 1, {"x": "1", "y": "2"}), ("b", 2, {"x": "3"}), ("b", 2, {"x": "3"})]


def test_same_rows_in_any_order_and_map_order_match(spark) -> None:
    shuffled = [ROWS[2], ("a", 1, {"y": "2", "x": "1"}), ROWS[1]]
    assert content_fingerprint(spark.createDataFrame(ROWS, SCHEMA)) == content_fingerprint(
        spark.createDataFrame(shuffled, SCHEMA)
    )


@pytest.mark.parametrize(
    "other",
    [
        [ROWS[0], ROWS[1]],  # a duplicate row dropped
        [*ROWS, ("c", 3, {})],  # a row added
        [("a", 1, {"x": "1", "y": "9"}), ROWS[1], ROWS[2]],  # a map value changed
        [("a", None, {"x": "1", "y": "2"}), ROWS[1], ROWS[2]],  # a value became null
    ],
)
def test_any_change_shows(spark, other) -> None:
    assert content_fingerprint(spark.createDataFrame(ROWS, SCHEMA)) != content_fingerprint(
        spark.createDataFrame(other, SCHEMA)
    )
