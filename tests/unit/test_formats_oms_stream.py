"""Streaming ZL_LIST reader: same rows as `parse_zl_list`, same errors, any source kind."""

from __future__ import annotations

import io

import pytest

from ozero.formats import FormatError
from ozero.formats.oms import parse_zl_list
from ozero.formats.oms_stream import iter_cases
from ozero.simulator.oms import render_register
from ozero.simulator.world import build_world


@pytest.fixture(scope="module")
def registers() -> list[bytes]:
    world = build_world()
    return [render_register(reg, world) for reg in world.registers]


def test_same_rows_as_parse_zl_list(registers):
    for data in registers:
        expected = parse_zl_list(data)["cases"]
        assert expected
        assert list(iter_cases(io.BytesIO(data))) == expected


def test_reads_from_path(registers, tmp_path):
    path = tmp_path / "register.xml"
    path.write_bytes(registers[0])
    assert list(iter_cases(path)) == parse_zl_list(registers[0])["cases"]
    assert list(iter_cases(str(path))) == parse_zl_list(registers[0])["cases"]


def test_is_lazy(registers):
    cases = iter_cases(io.BytesIO(registers[0]))
    first = next(cases)
    assert first == parse_zl_list(registers[0])["cases"][0]


def test_cyrillic_comment_decoded(registers):
    comments = [c["comment"] for data in registers for c in iter_cases(io.BytesIO(data))]
    assert any(c and any("а" <= ch <= "я" for ch in c) for c in comments)


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"", "not well-formed"),
        (b"<FOO><ZAP/></FOO>", "root element is not ZL_LIST"),
        (b"<FOO/>", "root element is not ZL_LIST"),
        (b"<ZL_LIST><ZAP>", "not well-formed"),
    ],
)
def test_errors_match_parse_zl_list(payload, reason):
    with pytest.raises(FormatError, match=reason):
        parse_zl_list(payload)
    with pytest.raises(FormatError, match=reason):
        list(iter_cases(io.BytesIO(payload)))


def test_empty_register_has_no_cases():
    assert list(iter_cases(io.BytesIO(b"<ZL_LIST></ZL_LIST>"))) == []
