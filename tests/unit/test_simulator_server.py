"""The HTTP simulator: every endpoint, paging totals, time filters, 404/400 errors."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest

from ozero.formats.fnsi import parse_data_page, parse_passport
from ozero.formats.oms import parse_zl_list
from ozero.formats.semd import parse_semd174
from ozero.simulator.server import make_server

MKB = "1.2.643.5.1.13.13.11.1005"
KEY = "userKey=test-key"


@pytest.fixture(scope="module")
def base_url():
    server = make_server(port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read()


def get_json(url: str) -> dict:
    status, ctype, body = get(url)
    assert status == 200, body
    assert ctype == "application/json; charset=utf-8"
    return json.loads(body)


def test_health(base_url):
    assert get_json(f"{base_url}/health") == {"status": "ok", "seed": 42}


def test_fnsi_catalogue_versions_passport(base_url):
    cat = get_json(f"{base_url}/port/rest/searchDictionary?{KEY}")
    assert cat["result"] == "OK" and cat["total"] == len(cat["list"]) == 18
    assert {"oid", "version", "fullName", "shortName", "rowsCount"} <= set(cat["list"][0])
    versions = get_json(f"{base_url}/port/rest/versions?identifier={MKB}&{KEY}")
    assert [v["version"] for v in versions["list"]] == ["2.21", "2.24"]
    status, _, body = get(f"{base_url}/port/rest/passport?identifier={MKB}&{KEY}")
    assert status == 200 and parse_passport(body)["version"] == "2.24"
    status, _, body = get(f"{base_url}/port/rest/passport?identifier={MKB}&version=2.21&{KEY}")
    assert parse_passport(body)["version"] == "2.21"


def test_fnsi_answers_nothing_without_a_user_key(base_url):
    for path in (
        "/port/rest/searchDictionary",
        "/port/rest/searchDictionary?userKey=",
        f"/port/rest/passport?identifier={MKB}",
        f"/port/rest/data?identifier={MKB}&userKey=%20",
    ):
        status, ctype, body = get(base_url + path)
        assert status == 401 and ctype == "application/json; charset=utf-8", path
        answer = json.loads(body)
        assert answer["result"] == "ERROR" and "userKey" in answer["resultText"]
        assert answer["resultCode"] == "USER_KEY_REQUIRED"


def test_fnsi_serves_fsli_and_units(base_url):
    for oid, version, rows in (
        ("1.2.643.5.1.13.13.11.1080", "3.50", 19876),
        ("1.2.643.5.1.13.13.11.1358", "3.23", 564),
    ):
        status, _, body = get(f"{base_url}/port/rest/passport?identifier={oid}&{KEY}")
        passport = parse_passport(body)
        assert (passport["version"], passport["rowsCount"]) == (version, rows)
    status, _, body = get(
        f"{base_url}/port/rest/data?identifier=1.2.643.5.1.13.13.11.1080&size=1000&page=20&{KEY}"
    )
    total, page = parse_data_page(body)
    assert total == 19876 and len(page) == 876
    assert {"ID", "LOINC", "FULLNAME", "UNIT", "SPECIMEN", "TESTSTATUS"} <= set(page[0])


def test_fnsi_publishes_two_versions_on_one_day(base_url):
    regions = "1.2.643.5.1.13.13.99.2.206"
    listed = get_json(f"{base_url}/port/rest/versions?identifier={regions}&{KEY}")["list"]
    assert [(v["version"], v["publishDate"]) for v in listed] == [
        ("6.4", "04.07.2023 09:14"),
        ("6.5", "04.07.2023 11:06"),  # the real passport's
    ]
    rows = {}
    for version in ("6.4", "6.5"):
        url = f"{base_url}/port/rest/data?identifier={regions}&version={version}&size=100&{KEY}"
        rows[version] = {r["ID"]: r for r in parse_data_page(get(url)[2])[1]}
    assert rows["6.4"].keys() == rows["6.5"].keys() and len(rows["6.5"]) == 90
    changed = [i for i in rows["6.5"] if rows["6.4"][i] != rows["6.5"][i]]
    assert changed == ["94"] and rows["6.5"]["94"]["SYNONYM"] == "ЛНР"


def test_fnsi_data_paging(base_url):
    oid = "1.2.643.5.1.13.13.11.1002"
    seen, page, total = [], 1, None
    while True:
        status, _, body = get(
            f"{base_url}/port/rest/data?identifier={oid}&page={page}&size=100&{KEY}"
        )
        assert status == 200
        total, rows = parse_data_page(body)
        if not rows:
            break
        seen.extend(r["ID"] for r in rows)
        page += 1
    assert total == 553 == len(seen) == len(set(seen))
    default = json.loads(get(f"{base_url}/port/rest/data?identifier={oid}&{KEY}")[2])
    assert len(default["list"]) == 200 and default["resultText"] is None


def test_fnsi_errors(base_url):
    status, ctype, body = get(f"{base_url}/port/rest/passport?identifier=1.2.3&{KEY}")
    assert status == 404 and ctype.startswith("application/json")
    assert json.loads(body)["result"] == "ERROR"
    assert get(f"{base_url}/port/rest/data?identifier={MKB}&version=9.9&{KEY}")[0] == 404
    for bad in ("page=0", "size=1001", "page=x"):
        status, _, body = get(f"{base_url}/port/rest/data?identifier={MKB}&{bad}&{KEY}")
        assert status == 400 and json.loads(body)["resultText"]
    assert get(f"{base_url}/port/rest/data?{KEY}")[0] == 400


def _all_documents(base_url: str, query: str = "", size: int = 37) -> tuple[int, list[dict]]:
    items, page = [], 1
    while True:
        body = get_json(f"{base_url}/remd/api/v1/documents?page={page}&size={size}{query}")
        if not body["items"]:
            return body["total"], items
        items.extend(body["items"])
        page += 1


def test_remd_listing_paging_and_filters(base_url):
    total, items = _all_documents(base_url)
    # 300 studies (174), 90 lab protocols (186), 12 corrections (version 2 of either)
    assert total == 402 == len(items) == len({(i["document_id"], i["version"]) for i in items})
    assert {i["kind"] for i in items} == {"174", "186"}
    assert sum(i["version"] == 2 for i in items) == 12
    keys = [(i["registered_at"], i["document_id"]) for i in items]
    assert keys == sorted(keys)
    since, until = "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z"
    f_total, f_items = _all_documents(base_url, f"&since={since}&until={until}")
    expected = [i for i in items if since <= i["registered_at"] < until]
    assert f_total == len(f_items) == len(expected) and f_items == expected
    first = get_json(f"{base_url}/remd/api/v1/documents")
    assert first["page"] == 1 and first["size"] == 100 and len(first["items"]) == 100
    assert first["items"] == items[:100]  # the default page is the listing's first 100


def test_remd_document_fetch(base_url):
    page = get_json(f"{base_url}/remd/api/v1/documents?size=20")["items"]
    item = next(i for i in page if i["kind"] == "174")  # a protocol (186: lab results)
    status, ctype, body = get(base_url + item["href"])
    assert status == 200 and ctype == "application/xml; charset=utf-8"
    assert parse_semd174(body)["document_id"] == item["document_id"]
    assert get(base_url + item["href"])[2] == body  # cached, identical
    assert get(f"{base_url}/remd/api/v1/documents/nope/versions/1")[0] == 404
    assert get(f"{base_url}/remd/api/v1/documents/{item['document_id']}/versions/2")[0] == 404


def test_remd_errors(base_url):
    for bad in ("since=yesterday", "size=501", "page=-1"):
        status, _, body = get(f"{base_url}/remd/api/v1/documents?{bad}")
        assert status == 400 and "parameter" in json.loads(body)["resultText"]
    status, _, body = get(f"{base_url}/no/such/path")
    assert status == 404 and json.loads(body)


def test_oms_registers(base_url):
    listing = get_json(f"{base_url}/oms/api/v1/registers")
    assert listing["total"] == 4
    assert [i["period"] for i in listing["items"]] == ["2026-01", "2026-02", "2026-03", "2026-04"]
    assert listing["items"][0]["registered_at"] == "2026-02-05T09:00:00Z"
    status, ctype, body = get(base_url + listing["items"][0]["href"])
    assert status == 200 and ctype == "application/xml; charset=windows-1251"
    assert parse_zl_list(body)["header"]["filename"] == listing["items"][0]["register_id"]
    filtered = get_json(
        f"{base_url}/oms/api/v1/registers?since=2026-03-01T00:00:00Z&until=2026-04-05T09:00:00Z"
    )
    assert [i["period"] for i in filtered["items"]] == ["2026-02"]
    assert get(f"{base_url}/oms/api/v1/registers/unknown")[0] == 404
    assert get(f"{base_url}/oms/api/v1/registers?since=bad")[0] == 400
