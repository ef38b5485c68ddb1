"""ZL_LIST registers: windows-1251 round trip, one flat dict per SL, streaming parse."""

from __future__ import annotations

import pytest

from ozero.formats import FormatError
from ozero.formats.oms import parse_zl_list
from ozero.simulator.oms import render_register
from ozero.simulator.world import build_world


@pytest.fixture(scope="module")
def world():
    return build_world()


def test_declaration_and_encoding(world):
    data = render_register(world.registers[0], world)
    assert data.startswith(b'<?xml version="1.0" encoding="windows-1251"?>')
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # Cyrillic comments are really cp1251 bytes


def test_round_trip_all_registers(world):
    total = 0
    for reg in world.registers:
        parsed = parse_zl_list(render_register(reg, world))
        h = parsed["header"]
        assert h["filename"] == reg.filename
        assert h["code_mo"] == reg.code_mo
        assert (h["year"], h["month"]) == (reg.period[:4], str(int(reg.period[5:])))
        assert h["nschet"] == reg.nschet and h["dschet"] == reg.dschet.isoformat()
        assert h["summav"] == f"{reg.summav:.2f}"
        assert len(parsed["cases"]) == len(reg.cases)
        for row, case in zip(parsed["cases"], reg.cases, strict=True):
            p = world.person(case.patient_id)
            assert row["register_filename"] == reg.filename
            assert row["n_zap"] == str(case.n_zap) and row["idcase"] == str(case.idcase)
            assert row["id_pac"] == p.person_id and row["enp"] == p.enp
            assert row["date_z_1"] == case.date_z_1.isoformat()
            assert row["date_z_2"] == case.date_z_2.isoformat()
            assert row["date_1"] == case.date_z_1.isoformat()
            assert row["ds1"] == (case.ds1 or None)
            assert row["usl_ok"] == case.usl_ok and row["vidpom"] == case.vidpom
            assert row["lpu"] == case.lpu
            assert row["rslt"] == case.rslt and row["ishod"] == case.ishod
            assert row["sumv"] == f"{case.sumv:.2f}" == row["sum_m"]
            assert row["service_codes"] == [s.code_usl for s in case.services]
            assert row["comment"] == case.comment
            assert row["sl_id"]
        total += len(parsed["cases"])
    assert total == len(world.cases)


def test_cyrillic_comment_with_surname_decodes(world):
    found = False
    for reg in world.registers:
        parsed = parse_zl_list(render_register(reg, world))
        for row, case in zip(parsed["cases"], reg.cases, strict=True):
            surname = world.person(case.patient_id).surname
            if row["comment"] and surname in row["comment"]:
                found = True
    assert found


def test_dirty_cases_survive_parsing(world):
    dirty = [c for c in world.cases if c.is_dirty]
    assert dirty
    rows = [
        r for reg in world.registers for r in parse_zl_list(render_register(reg, world))["cases"]
    ]
    assert any(r["ds1"] is None or r["date_z_2"] < r["date_z_1"] for r in rows)


def test_large_register_streams(world):
    reg = world.registers[-1]
    data = render_register(reg, world)
    head, _, rest = data.partition(b"<ZAP>")
    zaps = b"<ZAP>" + rest.rsplit(b"</ZL_LIST>", 1)[0]
    big = head + zaps * 50 + b"</ZL_LIST>\n"
    parsed = parse_zl_list(big)
    assert len(parsed["cases"]) == 50 * len(reg.cases)


def test_errors():
    with pytest.raises(FormatError, match="not well-formed"):
        parse_zl_list(b'<?xml version="1.0" encoding="windows-1251"?><ZL_LIST><ZAP>')
    with pytest.raises(FormatError, match="ZL_LIST"):
        parse_zl_list(b"<OTHER/>")
