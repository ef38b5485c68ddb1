"""Where the pseudonymisation key comes from, and that its material never shows in errors."""

from __future__ import annotations

import json

import pytest

from ozero.deid import keys


@pytest.fixture(autouse=True)
def no_configured_key(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    for name in (keys.ENV_KEY, keys.ENV_KEY_ID, keys.ENV_KEY_FILE, keys.ENV_KEY_CONN):
        monkeypatch.delenv(name, raising=False)
    # not the checkout's default key file, which `make demo` may have created
    monkeypatch.setenv(keys.ENV_KEY_FILE, str(tmp_path / "no-such.key"))


def test_key_from_an_airflow_connection(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path))
    secret = "5a" * 32
    conn = {"conn_type": "generic", "login": "vault-2026-11", "password": secret}
    monkeypatch.setenv("AIRFLOW_CONN_OZERO_PSEUDONYM_KEY", json.dumps(conn))
    monkeypatch.setenv(keys.ENV_KEY_CONN, "ozero_pseudonym_key")
    key = keys.load_key()
    assert key.key_id == "vault-2026-11"
    assert key.secret == bytes.fromhex(secret)


def test_a_short_secret_in_the_connection_is_refused_without_echoing_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path))
    conn = {"conn_type": "generic", "password": "0badc0de0badc0de"}
    monkeypatch.setenv("AIRFLOW_CONN_OZERO_PSEUDONYM_KEY", json.dumps(conn))
    monkeypatch.setenv(keys.ENV_KEY_CONN, "ozero_pseudonym_key")
    with pytest.raises(keys.InvalidKeyError) as err:
        keys.load_key()
    assert "0badc0de" not in str(err.value)


def test_env_secret_wins_over_connection_and_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keys.ENV_KEY, "11" * 32)
    monkeypatch.setenv(keys.ENV_KEY_CONN, "missing_conn")
    monkeypatch.setenv(keys.ENV_KEY_FILE, "/nonexistent/key.json")
    assert keys.load_key().secret == bytes.fromhex("11" * 32)


def test_new_key_files_are_private_and_never_overwritten(tmp_path) -> None:
    path = tmp_path / "k.json"
    first = keys.generate_key_file(path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert keys.generate_key_file(path) == first
    assert keys.load_key_file(path) == first


def test_missing_key_says_every_way_to_configure_one() -> None:
    with pytest.raises(keys.MissingKeyError) as err:
        keys.load_key()
    for name in (keys.ENV_KEY, keys.ENV_KEY_CONN, keys.ENV_KEY_FILE):
        assert name in str(err.value)
