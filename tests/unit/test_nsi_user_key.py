"""The FNSI userKey: where it comes from, that FNSI's refusals are clear, and that the key
never reaches a log line or an exception message."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ozero.simulator.faults import FaultPlan
from ozero.simulator.server import make_server
from ozero.sources import nsi
from ozero.sources.http import RegistryError, RetryPolicy

SECRET = "ORG-SECRET-KEY-0042"
SEX = "1.2.643.5.1.13.13.11.1040"


@pytest.fixture(autouse=True)
def no_configured_key(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (nsi.ENV_USER_KEY, nsi.ENV_USER_KEY_CONN, "OZERO_NSI_URL"):
        monkeypatch.delenv(name, raising=False)


@contextmanager
def simulator(spec: str = "") -> Iterator[str]:
    faults = FaultPlan.parse(spec) if spec else None
    server = make_server(port=0, seed=3, patients=5, documents=5, faults=faults)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def stub_fnsi(status: int, body: dict) -> Iterator[str]:
    """A stand-in FNSI that refuses every request (a mock: only the answer matters)."""

    class Refusing(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            data = json.dumps(body, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Refusing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --- where the key comes from ------------------------------------------------------------


def test_a_real_url_without_a_key_fails_in_one_line_naming_the_setting(monkeypatch):
    monkeypatch.setenv("OZERO_NSI_URL", "https://ozero:pa55@nsi.rosminzdrav.ru")
    with pytest.raises(nsi.NsiUserKeyError) as err:
        nsi.user_key()
    message = str(err.value)
    assert nsi.ENV_USER_KEY in message and "\n" not in message
    assert "https://nsi.rosminzdrav.ru" in message and "pa55" not in message
    with pytest.raises(nsi.NsiUserKeyError):
        nsi.ingest_nsi(None, [SEX])  # type: ignore[arg-type]  # fails before Spark is needed


def test_the_bundled_simulator_gets_a_development_key(monkeypatch):
    assert nsi.user_key() == nsi.DEV_USER_KEY
    monkeypatch.setenv("OZERO_SIMULATOR_URL", "http://127.0.0.1:18999")
    monkeypatch.setenv("OZERO_NSI_URL", "http://127.0.0.1:18999/")
    assert nsi.user_key() == nsi.DEV_USER_KEY  # the same simulator, named explicitly


def test_the_key_from_the_environment_wins(monkeypatch):
    monkeypatch.setenv("OZERO_NSI_URL", "https://nsi.rosminzdrav.ru")
    monkeypatch.setenv(nsi.ENV_USER_KEY, f"  {SECRET} ")
    monkeypatch.setenv(nsi.ENV_USER_KEY_CONN, "missing_connection")
    assert nsi.user_key() == SECRET


def test_the_key_from_an_airflow_connection(monkeypatch, tmp_path):
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path))
    monkeypatch.setenv("OZERO_NSI_URL", "https://nsi.rosminzdrav.ru")
    conn = {"conn_type": "http", "host": "nsi.rosminzdrav.ru", "password": SECRET}
    monkeypatch.setenv("AIRFLOW_CONN_FNSI_USER_KEY", json.dumps(conn))
    monkeypatch.setenv(nsi.ENV_USER_KEY_CONN, "fnsi_user_key")
    assert nsi.user_key() == SECRET


def test_an_unusable_connection_is_named_not_echoed(monkeypatch, tmp_path):
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path))
    monkeypatch.setenv(nsi.ENV_USER_KEY_CONN, "no_such_connection")
    with pytest.raises(nsi.NsiUserKeyError, match="no_such_connection") as err:
        nsi.user_key()
    assert nsi.ENV_USER_KEY in str(err.value)
    monkeypatch.setenv("AIRFLOW_CONN_EMPTY_KEY", json.dumps({"conn_type": "http"}))
    monkeypatch.setenv(nsi.ENV_USER_KEY_CONN, "empty_key")
    with pytest.raises(nsi.NsiUserKeyError, match="has no password"):
        nsi.user_key()


# --- the key on the wire, in logs and in errors ---------------------------------------------


def test_the_simulator_gets_the_key_and_the_logs_do_not(monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv(nsi.ENV_USER_KEY, SECRET)
    with simulator() as url:
        client = nsi.fnsi_client(url)
        assert client.default_params == {"userKey": SECRET}
        assert nsi.published_versions(client, SEX) == ["2.1"]
    assert "userKey=***" in caplog.text  # urllib3 logged the URL, redacted
    assert SECRET not in caplog.text


def test_failures_name_no_key(monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv(nsi.ENV_USER_KEY, SECRET)
    with simulator("error=1") as url:
        client = nsi.fnsi_client(url)
        client.retry = RetryPolicy(attempts=2, base_delay=0.01)
        with pytest.raises(RegistryError) as err:
            nsi.published_versions(client, SEX)
    assert SECRET not in str(err.value) and SECRET not in caplog.text
    assert "/port/rest/versions" in str(err.value)


def test_a_refused_key_is_a_clear_one_line_error(monkeypatch):
    monkeypatch.setenv(nsi.ENV_USER_KEY, SECRET)
    refusal = {"result": "ERROR", "resultText": "Неверный ключ", "resultCode": "401"}
    with stub_fnsi(401, refusal) as url:
        monkeypatch.setenv("OZERO_NSI_URL", url)
        with pytest.raises(nsi.NsiUserKeyError) as err:
            nsi.ingest_nsi(None, [SEX])  # type: ignore[arg-type]  # refused before Spark
    assert "HTTP 401" in str(err.value) and nsi.ENV_USER_KEY in str(err.value)
    assert SECRET not in str(err.value) and "\n" not in str(err.value)


def test_an_error_envelope_is_not_an_empty_directory_and_echoes_no_key(monkeypatch):
    """FNSI may refuse with HTTP 200 and result ERROR: never read as 'no versions'."""
    monkeypatch.setenv(nsi.ENV_USER_KEY, SECRET)
    refusal = {"result": "ERROR", "resultText": f"Ключ {SECRET} не найден", "resultCode": "1"}
    with stub_fnsi(200, refusal) as url, pytest.raises(nsi.NsiServiceError) as err:
        nsi.published_versions(nsi.fnsi_client(url), SEX)
    assert "не найден" in str(err.value) and SECRET not in str(err.value)


def test_an_error_envelope_as_a_data_page_is_refused():
    client = nsi.RegistryClient("http://unused", params={"userKey": SECRET})
    page = json.dumps({"result": "ERROR", "resultText": f"{SECRET}?"}).encode()
    with pytest.raises(nsi.NsiServiceError) as err:
        nsi._checked_bytes(page, "data", client)
    assert SECRET not in str(err.value)
    ok = b'{"result": "OK", "total": 1, "list": []}'
    assert nsi._checked_bytes(ok, "data", client) == ok
