"""Connectors fetch and count a twice-listed item once, across pages of one run."""

from ozero.sources.bronze import first_seen


def test_keeps_first_occurrence_in_order_across_calls():
    seen: set = set()
    page1 = [{"id": "a", "v": 1}, {"id": "b", "v": 1}, {"id": "a", "v": 1}, {"id": "a", "v": 2}]
    key = lambda item: (item["id"], item["v"])  # noqa: E731
    assert first_seen(page1, key, seen) == [page1[0], page1[1], page1[3]]
    page2 = [{"id": "b", "v": 1}, {"id": "c", "v": 1}]
    assert first_seen(page2, key, seen) == [page2[1]]
    assert seen == {("a", 1), ("b", 1), ("a", 2), ("c", 1)}
