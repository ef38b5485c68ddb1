"""ZL_LIST schema drift: unknown elements kept, badly typed or missing fields named, and the
Spark-side register parser batching rows and failing whole registers cleanly."""

from __future__ import annotations

import io
from collections import namedtuple

import pytest

from ozero.curate.oms import field_types
from ozero.formats import FormatError
from ozero.formats.oms import check_case, parse_zl_list
from ozero.formats.oms_stream import _CheckedReader, _trim_partial_utf8, iter_cases

TYPES = field_types()  # from the OMS contracts: the one place value types are declared

HEAD = (
    '<?xml version="1.0" encoding="windows-1251"?>\n'
    "<ZL_LIST><ZGLV><FILENAME>HM770112T77_26011</FILENAME></ZGLV>"
)
USL = "<USL><IDSERV>1</IDSERV><CODE_USL>B01</CODE_USL><DATE_IN>2026-01-03</DATE_IN>{u}</USL>"


def zap(n: int = 1, *, pac: str = "", z: str = "", sl: str = "", usl: str = "", **over) -> str:
    f = {"ENP": "1234567890123456", "IDCASE": str(n), "SUMV": "10.50", "DATE_Z_1": "2026-01-03"}
    f.update(over)
    el = lambda t: "" if f[t] is None else f"<{t}>{f[t]}</{t}>"  # noqa: E731
    return (
        f"<ZAP><N_ZAP>{n}</N_ZAP><PACIENT><ID_PAC>P{n}</ID_PAC>{el('ENP')}{pac}</PACIENT>"
        f"<Z_SL>{el('IDCASE')}{el('DATE_Z_1')}{el('SUMV')}{z}<SL><SL_ID>S{n}</SL_ID>"
        f"<IDDOKT>99988877766</IDDOKT>{sl}{USL.format(u=usl)}</SL></Z_SL></ZAP>"
    )


def register(*zaps: str) -> bytes:
    return (HEAD + "".join(zaps) + "</ZL_LIST>").encode("cp1251")


def test_unknown_elements_are_kept_known_ones_are_not():
    data = register(
        zap(pac="<NEWPAC>x</NEWPAC>", z="<NEW_Z>2</NEW_Z>", sl="<DOP>Новое  поле</DOP>",
            usl="<TELEMED>1</TELEMED><COMENTU>known</COMENTU>")
    )  # fmt: skip
    (row,) = parse_zl_list(data)["cases"]
    assert row["extra"] == "PACIENT/NEWPAC=x\nZ_SL/NEW_Z=2\nSL/DOP=Новое поле"
    assert row["services"][0]["extra"] == "USL/TELEMED=1"  # COMENTU is known: not "new"
    assert row["doctor_snils"] == "99988877766"  # IDDOKT: yielded; the contracts drop it
    assert check_case(row, TYPES) is None
    assert list(iter_cases(io.BytesIO(data))) == [row]


@pytest.mark.parametrize(
    ("over", "usl", "reason"),
    [
        ({"SUMV": "12,5a"}, "", "Z_SL/SUMV: expected a decimal amount like 1234.50"),
        ({"DATE_Z_1": "31.02.2026"}, "", "Z_SL/DATE_Z_1: expected a date YYYY-MM-DD"),
        ({"DATE_Z_1": "2026-02-31"}, "", "Z_SL/DATE_Z_1: expected a date YYYY-MM-DD"),
        ({"ENP": None}, "", "PACIENT/ENP: required element missing or empty"),
        ({"IDCASE": None}, "", "Z_SL/IDCASE: required element missing or empty"),
        ({"IDCASE": "12a"}, "", "Z_SL/IDCASE: expected an integer"),
        ({}, "<SUMV_USL>-</SUMV_USL>", "USL/SUMV_USL (service 1): expected a decimal amount"),
    ],
)
def test_bad_types_and_missing_fields_name_the_element(over, usl, reason):
    (row,) = parse_zl_list(register(zap(usl=usl, **over)))["cases"]
    got = check_case(row, TYPES)
    assert got is not None and got.startswith(reason)
    for value in over.values():
        assert value is None or value not in got, "the reason never quotes the value"


def test_a_zap_without_z_sl_is_a_bad_case_not_a_bad_register():
    data = register(zap(1), "<ZAP><N_ZAP>2</N_ZAP><PACIENT><ENP>1</ENP></PACIENT></ZAP>")
    rows = parse_zl_list(data)["cases"]
    assert [check_case(r, TYPES) for r in rows] == [
        None,
        "Z_SL/IDCASE: required element missing or empty",
    ]


def test_streamed_encoding_check_catches_utf8_in_any_chunk():
    good = register(*(zap(i, sl="<COMENTSL>Пациент повторно</COMENTSL>") for i in range(1, 300)))
    bad = good.decode("cp1251").encode("utf-8")
    assert len(list(iter_cases(io.BytesIO(good)))) == 299
    with pytest.raises(FormatError, match="declared windows-1251 but the bytes are UTF-8"):
        list(iter_cases(io.BytesIO(bad)))
    reader = _CheckedReader(io.BytesIO(bad))
    with pytest.raises(FormatError):
        while reader.read(7):  # tiny chunks cut multi-byte characters anywhere
            pass
    assert _trim_partial_utf8("раб".encode()[1:-1]) == "а".encode()


Row = namedtuple("Row", "register_id object_uri payload sha256 batch_id")


def test_parse_register_yields_bounded_batches_then_whole_register_errors(tmp_path):
    from ozero.curate.oms import parse_register

    path = tmp_path / "r.xml"
    path.write_bytes(register(*(zap(i) for i in range(1, 8)), zap(8, SUMV="1,0")))
    frames = list(parse_register(Row("R", str(path), None, "abc", "b1"), TYPES, batch_rows=3))
    assert [len(f) for f in frames] == [3, 3, 2]
    rows = [r for f in frames for r in f.to_dict("records")]
    assert all(r["_sha256"] == "abc" and r["_item"] is None for r in rows[:-1])
    assert rows[-1]["_error"].startswith("Z_SL/SUMV") and rows[-1]["services"] == []
    assert rows[-1]["_item"] == '{"idcase": "8", "sl_id": "S8"}'  # which case, typed

    broken = register(zap(1), zap(2))[:-30]
    frames = list(parse_register(Row("R", None, broken, "def", "b1"), TYPES, batch_rows=1))
    last = frames[-1].to_dict("records")[-1]
    assert last["_item"] is None and last["_error"].startswith("ZL_LIST unparseable")
    missing = list(parse_register(Row("R", str(tmp_path / "gone.xml"), None, "x", "b"), TYPES))
    assert missing[-1]["_error"].iloc[0].startswith("register object unreadable")
