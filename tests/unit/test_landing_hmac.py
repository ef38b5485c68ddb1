"""The keyed hashes' Python side (stop 38): `hmac_hex` now takes OpenSSL's one-shot HMAC
(`hmac.digest` by the digest's name) and the plan's Arrow UDF hashes the same way. Every
pseudonym, date shift and known-identifier hash already in a lake must come out the same:
the expected values below were made with `hmac.new(secret, message, hashlib.sha256)`, the
code before."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from ozero.deid.dates import date_shift_days
from ozero.deid.keys import PseudonymKey
from ozero.deid.known import token, token_hash
from ozero.deid.pseudonym import hmac_hex, pseudonymise

KEY = PseudonymKey(key_id="hmac-38", secret=bytes(range(7, 39)))

MESSAGES = ["", "enp:1234567890123456", "person-name:пётр иванов", "x" * 5000, "\u00e9\U0001f600"]


@pytest.mark.parametrize("message", MESSAGES)
def test_hmac_hex_is_hmac_sha256(message: str) -> None:
    expected = hmac.new(KEY.secret, message.encode("utf-8"), hashlib.sha256).hexdigest()
    assert hmac_hex(KEY, message) == expected


def test_known_values_unchanged() -> None:
    """Golden values of the code before (`hmac.new`): pseudonym, shift, known hash."""
    pid = pseudonymise("1234 5678 9012 3456", KEY, "enp")
    assert pid == "P88824f30f57794cd8ad009ebd4fa1f75"
    assert date_shift_days(pid, KEY) == 110
    assert token_hash(KEY, "surname", token("surname", "Петрова") or "") == (
        "530e11b4cc6fbbdfd5e2a1cdc02b36d76448f3741cbe72365a3144aed7652df5"
    )
