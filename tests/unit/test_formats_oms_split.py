"""A register cut into parts at <ZAP> starts: the parts yield exactly the whole-file parse's
rows, or one of them fails (and the caller parses the register whole) — never other rows."""

from __future__ import annotations

import io

import pytest

from ozero.formats import FormatError
from ozero.formats.oms_stream import WINDOW, Chunk, iter_cases, iter_chunk_cases, plan_chunks
from ozero.simulator.oms import render_register
from ozero.simulator.world import build_world

HEAD = (
    '<?xml version="1.0" encoding="windows-1251"?>\n<ZL_LIST>\n<ZGLV><VERSION>3.2</VERSION>'
    "<FILENAME>HM770112T77_26011</FILENAME></ZGLV>\n<SCHET><CODE_MO>770112</CODE_MO>"
    "<YEAR>2026</YEAR></SCHET>\n"
)


def zap(n: int, comment: str = "Пациент повторно, жалоб нет", idcase: bool = True) -> str:
    case = f"<IDCASE>{n}</IDCASE>" if idcase else ""
    return (
        f"<ZAP><N_ZAP>{n}</N_ZAP><PACIENT><ID_PAC>P{n}</ID_PAC><ENP>{n:016d}</ENP></PACIENT>"
        f"<Z_SL>{case}<DATE_Z_1>2026-01-03</DATE_Z_1><SUMV>10.50</SUMV><SL><SL_ID>S{n}</SL_ID><DS1>I10</DS1>"
        f"<COMENTSL>{comment}</COMENTSL><USL><IDSERV>1</IDSERV><CODE_USL>B01</CODE_USL></USL>"
        "</SL></Z_SL></ZAP>\n"
    )


def register(*zaps: str, head: str = HEAD, tail: str = "</ZL_LIST>\n") -> bytes:
    return (head + "".join(zaps) + tail).encode("cp1251")


def many(count: int = 800, **kw) -> list[str]:
    return [zap(i, **kw) for i in range(1, count + 1)]


def read_at(data: bytes):
    return lambda offset, length: data[offset : offset + length]


def in_parts(data: bytes, chunk_bytes: int) -> tuple[list[Chunk], list[dict]]:
    """Plan the parts, then parse each from a stream of only its own window range."""
    chunks = plan_chunks(read_at(data), len(data), chunk_bytes)
    rows = []
    for c in chunks:
        source = io.BytesIO(data[c.window_start : c.window_end])
        last = c.index == len(chunks) - 1
        rows += list(iter_chunk_cases(source, c, data[: c.header_end], last))
    return chunks, rows


def test_parts_are_cut_exactly_at_zap_starts_and_cover_the_file():
    data = register(*many())
    chunks = plan_chunks(read_at(data), len(data), 20_000)
    assert len(chunks) > 5
    first = data.index(b"<ZAP>")
    assert chunks[0].start == 0 and chunks[-1].end is None
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert before.end == after.start
        assert data[after.start : after.start + 5] == b"<ZAP>"
        assert after.header_end == first
    assert all(c.end is None or c.end - c.start < 20_000 + 2_000 for c in chunks)


@pytest.mark.parametrize("chunk_bytes", [1, 5_000, 70_000, 10**9])
def test_parts_yield_the_whole_file_rows_with_the_header_carried(chunk_bytes):
    data = register(*many())  # > 3 encoding windows, so cuts fall inside them
    assert len(data) > 3 * WINDOW
    chunks, rows = in_parts(data, chunk_bytes)
    assert rows == list(iter_cases(io.BytesIO(data)))
    assert len(rows) == 800
    assert {r["register_filename"] for r in rows} == {"HM770112T77_26011"}
    assert len(chunks) == (800 if chunk_bytes == 1 else 1 if chunk_bytes == 10**9 else len(chunks))


def test_simulator_registers_split_the_same():
    world = build_world()
    for reg in world.registers:
        data = render_register(reg, world)
        chunks, rows = in_parts(data, 2_000)
        assert len(chunks) > 1
        assert rows == list(iter_cases(io.BytesIO(data)))


def test_a_bad_case_in_a_later_part_is_the_same_row():
    zaps = many(300)
    zaps[250] = zap(251, idcase=False)  # no IDCASE: a case check_case refuses, not a bad file
    data = register(*zaps)
    chunks, rows = in_parts(data, 8_000)
    assert chunks[1].start < data.index(b"<N_ZAP>251<")
    assert rows == list(iter_cases(io.BytesIO(data)))
    assert rows[250]["idcase"] is None


def test_a_file_broken_in_a_later_part_fails_there_as_whole():
    data = register(*many())[:-500]  # truncated: the last part has no end
    with pytest.raises(FormatError, match="not well-formed"):
        list(iter_cases(io.BytesIO(data)))
    chunks = plan_chunks(read_at(data), len(data), 20_000)
    last = chunks[-1]
    source = io.BytesIO(data[last.window_start :])
    with pytest.raises(FormatError, match="not well-formed"):
        list(iter_chunk_cases(source, last, data[: last.header_end], last=True))
    for c in chunks[:-1]:  # the others are fine on their own: the caller re-parses whole
        source = io.BytesIO(data[c.window_start : c.window_end])
        assert list(iter_chunk_cases(source, c, data[: c.header_end], last=False))


def test_utf8_in_a_later_window_fails_the_part_that_holds_it_and_the_whole_file():
    ascii_zaps = many(comment="no comment")
    recoded = zap(801, comment="Пациент Иванов").encode("utf-8")  # re-encoded fragment
    data = register(*ascii_zaps).replace(b"</ZL_LIST>", recoded + b"</ZL_LIST>")
    assert data.index(recoded) > 3 * WINDOW
    with pytest.raises(FormatError, match="declared windows-1251 but the bytes are UTF-8"):
        list(iter_cases(io.BytesIO(data)))
    chunks = plan_chunks(read_at(data), len(data), 20_000)
    failing = []
    for c in chunks:
        source = io.BytesIO(data[c.window_start : c.window_end])
        try:
            list(iter_chunk_cases(source, c, data[: c.header_end], c is chunks[-1]))
        except FormatError as exc:
            assert "UTF-8" in exc.reason
            failing.append(c.index)
    assert failing and failing[-1] == chunks[-1].index and 0 not in failing


def test_a_utf8_stretch_after_genuine_1251_fails_the_whole_file_too():
    genuine = register(*many(300))  # genuine windows-1251 Cyrillic in every case
    recoded = "".join(many(500)).encode("utf-8")  # longer than a window: one is all UTF-8
    data = genuine.replace(b"</ZL_LIST>", recoded + b"</ZL_LIST>")
    with pytest.raises(FormatError, match="UTF-8"):
        list(iter_cases(io.BytesIO(data)))
    assert len(list(iter_cases(io.BytesIO(genuine)))) == 300


@pytest.mark.parametrize(
    "hidden",
    [
        "<!-- withdrawn: {z}{z}-->\n",  # a cut inside a comment
        "<PR><![CDATA[{z}{z}]]></PR>\n",  # inside a CDATA section of an element
    ],
)
def test_a_cut_inside_a_comment_or_cdata_fails_a_part_never_yields_other_rows(hidden):
    zaps = many(300)
    zaps[150:150] = [hidden.format(z=zap(9999).strip())]
    data = register(*zaps)
    whole = list(iter_cases(io.BytesIO(data)))
    assert len(whole) == 300  # the hidden ZAPs are not cases
    at = data.index(b"<ZAP><N_ZAP>9999")
    first = data.index(b"<ZAP>")
    chunks = plan_chunks(read_at(data), len(data), at - first - 10)  # second cut: hidden ZAP
    assert any(c.start == at for c in chunks)
    with pytest.raises(FormatError):
        in_parts(data, at - first - 10)


def test_a_header_element_after_a_case_fails_the_part():
    zaps = many(300)
    zaps[200:200] = ["<ZGLV><FILENAME>OTHER</FILENAME></ZGLV>\n"]
    data = register(*zaps)
    whole = list(iter_cases(io.BytesIO(data)))
    assert whole[-1]["register_filename"] == "OTHER"  # the whole file: later keys change
    with pytest.raises(FormatError, match="ZGLV after a ZAP"):
        in_parts(data, 10_000)


def test_a_header_that_does_not_close_cleanly_is_not_split():
    head = HEAD.replace("<ZGLV>", "<!-- <ZAP> is described below --><ZGLV>")
    data = register(*many(), head=head)
    assert plan_chunks(read_at(data), len(data), 5_000) == [Chunk(0, 0, None, 0)]
    unclosed = HEAD.replace("<ZGLV>", "<!-- <ZAP> ")  # the header ends in a comment
    data = register(*many(), head=unclosed)
    assert plan_chunks(read_at(data), len(data), 5_000) == [Chunk(0, 0, None, 0)]


def test_small_or_zapless_files_are_one_part():
    data = register(*many(3))
    assert plan_chunks(read_at(data), len(data), len(data)) == [Chunk(0, 0, None, 0)]
    empty = register()
    assert plan_chunks(read_at(empty), len(empty), 10) == [Chunk(0, 0, None, 0)]


def test_a_part_window_range_is_whole_windows():
    c = Chunk(3, WINDOW + 10, 3 * WINDOW + 1, 100)
    assert (c.window_start, c.window_end) == (WINDOW, 4 * WINDOW)
    assert Chunk(1, 2 * WINDOW, None, 100).window_end is None
