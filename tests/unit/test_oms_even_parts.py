"""A large register is cut into parts of even size, as many as a multiple of the cores
(stop 36): 205 MB in 64 MB parts on 2 cores was 64 + 64 + 64 + 4 MB, one core parsing two
full parts while the other waited."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest

from ozero.curate.oms import even_part_bytes, plan_parts
from ozero.formats.oms_stream import Chunk, iter_cases, iter_chunk_cases
from tests.unit.test_formats_oms_split import HEAD, many, register

MB = 1 << 20


@pytest.mark.parametrize(
    ("size", "chunk", "slots", "parts"),
    [
        (205 * MB, 64 * MB, 2, 4),  # 4 parts of 51.25 MB, not 64 + 64 + 64 + 13
        (130 * MB, 64 * MB, 2, 4),  # 3 parts would leave a core idle for a third
        (100 * MB, 64 * MB, 2, 2),
        (100 * MB, 64 * MB, 4, 4),
        (100 * MB, 64 * MB, 1, 2),  # one core: as before
    ],
)
def test_parts_are_even_and_a_multiple_of_the_cores(size, chunk, slots, parts):
    part = even_part_bytes(size, chunk, slots)
    assert part <= chunk
    assert -(-size // part) == parts


def test_a_file_of_one_part_or_one_core_keeps_the_setting():
    assert even_part_bytes(10 * MB, 64 * MB, 2) == 64 * MB
    assert even_part_bytes(100 * MB, 64 * MB, 1) == 64 * MB


def test_planned_parts_of_a_register_are_even_and_give_the_whole_file_rows(tmp_path):
    data = register(*many(400))
    path = tmp_path / "r.xml"
    path.write_bytes(data)
    row = SimpleNamespace(register_id="r", object_uri=str(path), sha256="", batch_id="")
    chunk = len(data) // 3 + 1  # three parts of the setting's size; on 2 cores: four
    assert len(plan_parts([row], chunk)) == 3
    plan = plan_parts([row], chunk, slots=2)
    assert len(plan) == 4
    sizes = [(p[9] or len(data)) - p[8] for p in plan]
    one_zap = len(many(1)[0].encode("cp1251"))
    assert max(sizes) - min(sizes) < 4 * one_zap + len(HEAD)  # even, but for the cut points
    rows = []
    for p in plan:
        part = Chunk(p[6], p[8], p[9], p[10])
        source = io.BytesIO(data[part.window_start : part.window_end])
        rows += list(iter_chunk_cases(source, part, data[: part.header_end], p[6] == 3))
    assert rows == list(iter_cases(str(path)))
