"""GIS OMS claims register (ZL_LIST) parser: streaming, one flat dict per SL.

Values stay strings (None when absent) — this is the raw landing shape; typing and
validation (dates, sums, code lists) happen downstream where bad rows can be quarantined.
"""

from __future__ import annotations

import io
import re

from lxml import etree

from ozero.formats import FormatError

_HEADER_FIELDS = {
    "FILENAME": "filename",
    "CODE_MO": "code_mo",
    "YEAR": "year",
    "MONTH": "month",
    "NSCHET": "nschet",
    "DSCHET": "dschet",
    "SUMMAV": "summav",
}


_DECLARED_1251 = re.compile(rb"^\s*<\?xml[^>]*encoding=[\"'](?:windows-1251|cp1251)[\"']", re.I)
_UTF8_CYRILLIC = re.compile(rb"[\xd0\xd1][\x80-\xbf]")


def check_encoding(data: bytes) -> None:
    """Refuse a file that declares windows-1251 but holds UTF-8 Cyrillic.

    Such a file parses without error into mojibake; the sender has to re-export it.
    """
    if not _DECLARED_1251.match(data[:200]) or not _UTF8_CYRILLIC.search(data):
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return  # genuine windows-1251 (its Cyrillic is never valid UTF-8 for long)
    raise FormatError("declared windows-1251 but the bytes are UTF-8")


def _t(el: etree._Element | None, tag: str) -> str | None:
    if el is None:
        return None
    child = el.find(tag)
    if child is None or child.text is None:
        return None
    return child.text.strip() or None


def _cases_of_zap(zap: etree._Element, filename: str | None) -> list[dict[str, object]]:
    pac = zap.find("PACIENT")
    z_sl = zap.find("Z_SL")
    if z_sl is None:
        raise FormatError("ZAP without Z_SL")
    base = {
        "register_filename": filename,
        "n_zap": _t(zap, "N_ZAP"),
        "idcase": _t(z_sl, "IDCASE"),
        "id_pac": _t(pac, "ID_PAC"),
        "enp": _t(pac, "ENP") or _t(pac, "NPOLIS"),
        "usl_ok": _t(z_sl, "USL_OK"),
        "vidpom": _t(z_sl, "VIDPOM"),
        "lpu": _t(z_sl, "LPU"),
        "date_z_1": _t(z_sl, "DATE_Z_1"),
        "date_z_2": _t(z_sl, "DATE_Z_2"),
        "rslt": _t(z_sl, "RSLT"),
        "ishod": _t(z_sl, "ISHOD"),
        "sumv": _t(z_sl, "SUMV"),
    }
    out = []
    for sl in z_sl.findall("SL"):
        row = dict(base)
        row.update(
            {
                "sl_id": _t(sl, "SL_ID"),
                "date_1": _t(sl, "DATE_1"),
                "date_2": _t(sl, "DATE_2"),
                "ds1": _t(sl, "DS1"),
                "sum_m": _t(sl, "SUM_M"),
                "service_codes": [
                    u.findtext("CODE_USL").strip()
                    for u in sl.findall("USL")
                    if (u.findtext("CODE_USL") or "").strip()
                ],
                "comment": _t(sl, "COMENTSL"),
            }
        )
        out.append(row)
    return out


def parse_zl_list(data: bytes) -> dict[str, object]:
    """``{"header": {...}, "cases": [...]}``; decodes per the XML declaration (windows-1251)."""
    header: dict[str, str | None] = dict.fromkeys(_HEADER_FIELDS.values())
    cases: list[dict[str, object]] = []
    seen_root = False
    check_encoding(data)
    context = etree.iterparse(
        io.BytesIO(data),
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
    )
    try:
        for event, el in context:
            if event == "start":
                if not seen_root:
                    if el.tag != "ZL_LIST":
                        raise FormatError("root element is not ZL_LIST")
                    seen_root = True
                continue
            if el.tag in ("ZGLV", "SCHET"):
                for tag, key in _HEADER_FIELDS.items():
                    value = _t(el, tag)
                    if value is not None:
                        header[key] = value
                el.clear()
            elif el.tag == "ZAP":
                cases.extend(_cases_of_zap(el, header["filename"]))
                el.clear()
                parent = el.getparent()
                while parent is not None and el.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"not well-formed XML (line {exc.lineno})") from None
    if not seen_root:
        raise FormatError("empty document")
    return {"header": header, "cases": cases}
