"""GIS OMS claims register (ZL_LIST) parser: one flat dict per SL, with its services.

Values stay strings (None when absent) — this is the raw landing shape; `check_case` then
types each case (dates, amounts, required fields) against the types the caller's table
contracts declare, so a bad case is quarantined on its own while the rest of the register
lands. Elements the parser does not know (a newer format version adding an optional tag) are
kept in the row's ``extra`` lines, never dropped. Identifying elements (names, SNILS, the
chart number, the doctor's SNILS) are yielded like any other field: what happens to them is
decided by the contracts, not here.
"""

from __future__ import annotations

import io
import re
from datetime import date
from typing import TypedDict

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

# Parsed fields per element (tag → row key). Every key is declared in a silver contract.
PACIENT_FIELDS = {
    "ID_PAC": "id_pac", "VPOLIS": "vpolis", "ST_OKATO": "st_okato", "SMO": "smo",
    "W": "sex", "DR": "birth_date", "NOVOR": "novor", "FAM": "family", "IM": "given",
    "OT": "patronymic", "SNILS": "snils",
}  # fmt: skip
Z_SL_FIELDS = {
    "IDCASE": "idcase", "USL_OK": "usl_ok", "VIDPOM": "vidpom", "FOR_POM": "for_pom",
    "LPU": "lpu", "DATE_Z_1": "date_z_1", "DATE_Z_2": "date_z_2", "RSLT": "rslt",
    "ISHOD": "ishod", "IDSP": "idsp", "SUMV": "sumv",
}  # fmt: skip
SL_FIELDS = {
    "SL_ID": "sl_id", "DATE_1": "date_1", "DATE_2": "date_2", "DS1": "ds1", "PRVS": "prvs",
    "SUM_M": "sum_m", "COMENTSL": "comment", "NHISTORY": "history_no", "IDDOKT": "doctor_snils",
}  # fmt: skip
USL_FIELDS = {
    "IDSERV": "idserv", "LPU": "lpu", "DATE_IN": "date_in", "DATE_OUT": "date_out",
    "CODE_USL": "code_usl", "PRVS": "prvs", "KOL_USL": "kol_usl", "TARIF": "tarif",
    "SUMV_USL": "sumv_usl",
}  # fmt: skip
SERVICE_KEYS = (*USL_FIELDS.values(), "extra")

# Tags of the published structure that are read on purpose as nothing (NPOLIS/ENP are read
# apart, as the patient's policy number; the rest carry no fact a dataset uses): known, so
# not "new", and not yielded.
_KNOWN = {
    "ZAP": {"N_ZAP", "PR_NOV", "PACIENT", "Z_SL"},
    "PACIENT": {
        *PACIENT_FIELDS, "SPOLIS", "NPOLIS", "ENP", "SMO_OGRN", "SMO_OK", "SMO_NAM", "INV",
        "MSE", "VNOV_D",
    },
    "Z_SL": {
        *Z_SL_FIELDS, "NPR_MO", "NPR_DATE", "LPU_1", "KD_Z", "VNOV_M", "OS_SLUCH", "VB_P",
        "SL", "OPLATA", "SUMP", "SANK", "SANK_IT", "MEK", "MEE", "EKMP",
    },
    "SL": {
        *SL_FIELDS, "LPU_1", "PODR", "PROFIL", "PROFIL_K", "DET", "P_CEL", "NHISTORY", "P_PER",
        "KD", "DS0", "DS2", "DS3", "C_ZAB", "DS_ONK", "DN", "CODE_MES1", "CODE_MES2", "NAPR",
        "CONS", "ONK_SL", "KSG_KPG", "REAB", "VERS_SPEC", "ED_COL", "TARIF",
        "LEK_PR", "USL",
    },
    "USL": {
        *USL_FIELDS, "LPU_1", "PODR", "PROFIL", "VID_VME", "DET", "DS", "MED_DEV", "MR_USL_N",
        "NAPR", "ONK_USL", "NPL", "COMENTU", "CODE_MD",
    },
}  # fmt: skip
_EXTRA_MAX = 500  # characters kept of one unknown element's text


# The name of a register file, as the FFOMS order on information exchange in OMS sets it
# (and ZGLV/FILENAME repeats it, without extension): `{kind}{Pi}{Ni}{Pp}{Np}_{YYMM}{N}`, e.g.
# HM770112T77_26011. kind: H (care other than high-tech), T (high-tech), C (oncology), DP,
# DV, DO, DS, DU, DF, DD, DR (check-ups and dispensary care), L followed by the kind's
# letter, or L alone (the personal-data file of a register); Pi/Pp: sender/recipient type
# (M medical organisation, S insurer, T territorial fund), Ni/Np their codes; YY the last
# two digits of the reporting year, MM its month; N the packet number within the period
# (from 1). An extension (.XML, .ZIP, .OMS) is allowed and ignored. The kind is taken as
# one or two letters without checking it against that list (a kind added by a later order
# must not stop the register), and YY is read as 20YY (OMS registers exist since 2011).
_REGISTER_NAME = re.compile(
    r"(?P<kind>[A-Z]{1,2}?)(?P<sender>[MST])(?P<sender_code>\d+)"
    r"(?P<recipient>[MST])(?P<recipient_code>\d+)"
    r"_(?P<yy>\d{2})(?P<mm>\d{2})(?P<packet>\d+)(?:\.[A-Z]{3})?",
    re.IGNORECASE,
)
PERIOD_NAME_RULE = (
    "the FFOMS register name {kind}{Pi}{Ni}{Pp}{Np}_{YYMM}{N}, e.g. HM770112T77_26011"
)


def register_period(filename: str | None) -> str:
    """The reporting period ('YYYY-MM') of a register, from its file name (ZGLV/FILENAME)
    alone: the same name always gives the same period, whatever the register's header
    (SCHET/YEAR, MONTH) or the registry's listing id say. Case and service keys hash the
    file name, so a key can only ever be in one period (`silver.oms_*` are partitioned by
    it). Raises `FormatError` naming the rule when the name carries no period."""
    if not filename or not filename.strip():
        raise FormatError("ZGLV/FILENAME: required element missing or empty")
    found = _REGISTER_NAME.fullmatch(filename.strip())
    if found is None:
        raise FormatError(
            f"ZGLV/FILENAME: expected {PERIOD_NAME_RULE} (the reporting period YYMM is "
            "what partitions the silver OMS tables)"
        )
    if not 1 <= int(found["mm"]) <= 12:
        raise FormatError("ZGLV/FILENAME: the period's month (MM of YYMM) must be 01-12")
    return f"20{found['yy']}-{found['mm']}"


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


def _texts(el: etree._Element | None) -> dict[object, str | None]:
    """Each child tag's value as `_t` reads it (the first child of that tag, its text
    stripped, None when empty), in one pass over the children: `find` per field scanned
    the children again for each of the ~40 fields of a case, half the parse's time."""
    out: dict[object, str | None] = {}
    if el is None:
        return out
    for child in el:
        tag = child.tag
        if tag not in out:
            text = child.text
            out[tag] = None if text is None else (text.strip() or None)
    return out


def _fields(el: etree._Element | None, mapping: dict[str, str]) -> dict[str, str | None]:
    return _mapped(_texts(el), mapping)


def _mapped(texts: dict[object, str | None], mapping: dict[str, str]) -> dict[str, str | None]:
    return {key: texts.get(tag) for tag, key in mapping.items()}


def _extra(el: etree._Element | None, path: str) -> list[str]:
    """``PATH/TAG=text`` for each child element the format version we know does not have."""
    if el is None:
        return []
    known = _KNOWN[el.tag]
    out = []
    for child in el:
        if not isinstance(child.tag, str) or child.tag in known:
            continue  # comments and processing instructions are not data
        text = " ".join("".join(child.itertext()).split())[:_EXTRA_MAX]
        out.append(f"{path}/{child.tag}={text}")
    return out


def _services(sl: etree._Element) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for usl in sl.findall("USL"):
        row: dict[str, object] = dict(_fields(usl, USL_FIELDS))
        row["extra"] = "\n".join(_extra(usl, "USL")) or None
        out.append(row)
    return out


def _cases_of_zap(zap: etree._Element, filename: str | None) -> list[dict[str, object]]:
    pac = zap.find("PACIENT")
    z_sl = zap.find("Z_SL")
    patient = _texts(pac)
    base: dict[str, object] = {
        "register_filename": filename,
        "n_zap": _t(zap, "N_ZAP"),
        "enp": patient.get("ENP") or patient.get("NPOLIS"),
        **_mapped(patient, PACIENT_FIELDS),
        **_fields(z_sl, Z_SL_FIELDS),
    }
    head_extra = _extra(zap, "ZAP") + _extra(pac, "PACIENT") + _extra(z_sl, "Z_SL")
    sls = z_sl.findall("SL") if z_sl is not None else []
    out = []
    for sl in sls or [None]:  # a Z_SL without SL still yields a row, for check_case to refuse
        row = dict(base)
        row.update(_fields(sl, SL_FIELDS))
        services = _services(sl) if sl is not None else []
        row["services"] = services
        row["service_codes"] = [s["code_usl"] for s in services if s["code_usl"]]
        row["extra"] = "\n".join(head_extra + _extra(sl, "SL")) or None
        out.append(row)
    return out


# --- typing: the checks that decide whether a case can land --------------------------------

_DECIMAL = re.compile(r"^-?\d{1,15}(\.\d{1,2})?$")
_INTEGER = re.compile(r"^\d{1,11}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_REQUIRED = (("PACIENT/ENP", "enp"), ("Z_SL/IDCASE", "idcase"), ("SL/SL_ID", "sl_id"))
# The format's own keys are integers by definition; value types come from the caller.
_KEY_TYPES = (("N_ZAP", "n_zap"), ("Z_SL/IDCASE", "idcase"))
# Where each field comes from, for reasons a data engineer can find in the file.
_PATHS = {
    **{key: f"PACIENT/{tag}" for tag, key in PACIENT_FIELDS.items()},
    **{key: f"Z_SL/{tag}" for tag, key in Z_SL_FIELDS.items()},
    **{key: f"SL/{tag}" for tag, key in SL_FIELDS.items()},
}
_SERVICE_PATHS = {key: f"USL/{tag}" for tag, key in USL_FIELDS.items()}
EXPECTED = {
    "integer": "an integer (digits only)",
    "decimal": "a decimal amount like 1234.50 (dot, up to 2 decimals)",
    "date": "a date YYYY-MM-DD",
}
FieldTypes = dict[str, str]  # parsed field → "integer" | "decimal" | "date"


def _valid(kind: str, value: str) -> bool:
    if kind == "integer":
        return bool(_INTEGER.match(value))
    if kind == "decimal":
        return bool(_DECIMAL.match(value))
    if not _DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def check_case(row: dict[str, object], types: FieldTypes) -> str | None:
    """Why the case cannot be typed (naming the element and what was expected), or None.

    `types` says which parsed fields (of the case and of its services) must read as which
    kind; the caller takes them from the table contracts, the one place types are declared.
    The reason never quotes the value: it may be personal data.
    """
    for path, key in _REQUIRED:
        if not row.get(key):
            return f"{path}: required element missing or empty"
    for path, key in _KEY_TYPES:
        value = row.get(key)
        if value is not None and not _valid("integer", str(value)):
            return f"{path}: expected {EXPECTED['integer']}"
    for key, path in _PATHS.items():
        value, kind = row.get(key), types.get(key)
        if kind and value is not None and not _valid(kind, str(value)):
            return f"{path}: expected {EXPECTED[kind]}"
    services = row.get("services") or []
    assert isinstance(services, list)  # parse_zl_list gives each case a list of service dicts
    for n, service in enumerate(services, start=1):
        if not service.get("idserv"):
            return f"USL[{n}]/IDSERV: required element missing or empty"
        for key, path in _SERVICE_PATHS.items():
            value, kind = service.get(key), types.get(key)
            if kind and value is not None and not _valid(kind, str(value)):
                return f"{path} (service {n}): expected {EXPECTED[kind]}"
    return None


class ZlList(TypedDict):
    """A whole register: its header fields and one row per case (SL)."""

    header: dict[str, str | None]
    cases: list[dict[str, object]]


def parse_zl_list(data: bytes) -> ZlList:
    """``{"header": {...}, "cases": [...]}``; decodes per the XML declaration (windows-1251).

    Holds the whole register in memory: for tests and small files. Production reads files
    with `ozero.formats.oms_stream.iter_cases`, which yields the same rows in bounded memory.
    """
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
            if el.tag in ("ZGLV", "SCHET") and el.getparent() is not None:
                for tag, key in _HEADER_FIELDS.items():
                    value = _t(el, tag)
                    if value is not None:
                        header[key] = value
                el.clear()
            elif el.tag == "ZAP" and el.getparent() is not None:
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
