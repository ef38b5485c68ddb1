"""The secret behind every pseudonym and date shift.

Pseudonyms are keyed (HMAC), not plain hashes: SNILS and ENP are short, structured
numbers, so an unkeyed hash could be reversed by enumerating them. Whoever holds the
key can link records; the key therefore never lives in git, logs or data.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from ozero.errors import OzeroError

ENV_KEY = "OZERO_PSEUDONYM_KEY"
ENV_KEY_ID = "OZERO_PSEUDONYM_KEY_ID"
ENV_KEY_FILE = "OZERO_PSEUDONYM_KEY_FILE"
ENV_KEY_CONN = "OZERO_PSEUDONYM_KEY_CONN_ID"
MIN_SECRET_BYTES = 32


class MissingKeyError(OzeroError, RuntimeError):
    """No pseudonymisation key is configured, or the configured key file does not exist."""


class InvalidKeyError(OzeroError, ValueError):
    """A key is configured but unusable (never echoes the key material)."""


@dataclass(frozen=True)
class PseudonymKey:
    """A named secret; the id travels with outputs so a key rotation is traceable."""

    key_id: str
    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.secret) < MIN_SECRET_BYTES:
            raise InvalidKeyError(f"pseudonym secret must be at least {MIN_SECRET_BYTES} bytes")


def default_key_id(secret: bytes) -> str:
    """Public, non-reversible label of a secret: first 8 hex chars of its SHA-256."""
    return hashlib.sha256(secret).hexdigest()[:8]


def _decode_secret(text: str, source: str = ENV_KEY) -> bytes:
    """Hex first (unambiguous alphabet), then standard or URL-safe base64."""
    text = text.strip()
    try:
        return bytes.fromhex(text)
    except ValueError:
        pass
    for decoder in (base64.b64decode, base64.urlsafe_b64decode):
        try:
            return decoder(text + "=" * (-len(text) % 4))
        except (binascii.Error, ValueError):
            continue
    raise InvalidKeyError(f"{source} is neither hex nor base64")


def load_key_file(path: str | os.PathLike[str]) -> PseudonymKey:
    """A key from a JSON key file (as written by `generate_key_file`)."""
    return _key_from_file(Path(path))


def _key_from_airflow(conn_id: str) -> PseudonymKey:
    """A key kept as an Airflow connection: password = secret (hex/base64), login = key id.

    Airflow resolves it from its secrets backend (Vault, env `AIRFLOW_CONN_*`, metadata DB),
    so production keys never sit in files next to the code.
    """
    try:
        from airflow.sdk import BaseHook

        conn = BaseHook.get_connection(conn_id)
    except Exception as exc:  # noqa: BLE001 - report the kind of failure, never the key
        raise InvalidKeyError(
            f"Airflow connection {conn_id!r} for the pseudonym key is unavailable "
            f"({type(exc).__name__})"
        ) from None
    secret = _decode_secret(conn.password or "", f"password of Airflow connection {conn_id!r}")
    return PseudonymKey(key_id=conn.login or default_key_id(secret), secret=secret)


def _key_from_file(path: Path) -> PseudonymKey:
    if not path.is_file():
        if path.exists():
            raise MissingKeyError(f"key file {path} is a folder; pass the key file inside it")
        raise MissingKeyError(
            f"key file {path} does not exist; make one with `ozero deid new-key {path}`"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        secret = bytes.fromhex(data["secret_hex"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InvalidKeyError(
            f"key file {path} is unreadable or not JSON with 'secret_hex' ({type(exc).__name__})",
            fix="a file written by `ozero deid new-key PATH` is the expected format",
        ) from None
    key_id = data.get("key_id") or default_key_id(secret)
    return PseudonymKey(key_id=str(key_id), secret=secret)


def default_key_file() -> Path:
    """Where the key file is looked for when no variable names a key: OZERO_PSEUDONYM_KEY_FILE,
    else `.ozero/pseudonym.key` in the repository (what `make demo` creates)."""
    from ozero.config import get_settings

    return get_settings().key_file


def load_key() -> PseudonymKey:
    """The configured key: env secret first, then an Airflow connection, then the key file
    (OZERO_PSEUDONYM_KEY_FILE, or the default `.ozero/pseudonym.key` that `make demo` makes)."""
    raw = os.environ.get(ENV_KEY)
    if raw:
        secret = _decode_secret(raw)
        key_id = os.environ.get(ENV_KEY_ID) or default_key_id(secret)
        return PseudonymKey(key_id=key_id, secret=secret)
    conn_id = os.environ.get(ENV_KEY_CONN)
    if conn_id:
        return _key_from_airflow(conn_id)
    key_file = default_key_file()
    if key_file.exists():
        return _key_from_file(key_file)
    raise MissingKeyError(
        f"no pseudonymisation key: no key file at {key_file}; make one with "
        f"`ozero deid new-key {key_file}` (or set {ENV_KEY_FILE} to an existing key file, "
        f"{ENV_KEY} to a hex/base64 secret of at least {MIN_SECRET_BYTES} bytes, "
        f"or {ENV_KEY_CONN} to an Airflow connection id)"
    )


def generate_key_file(path: str | os.PathLike[str]) -> PseudonymKey:
    """Create a fresh local key file (0600) unless one exists; return the key in it."""
    target = Path(path)
    if target.exists():
        return _key_from_file(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_bytes(MIN_SECRET_BYTES)
    key = PseudonymKey(key_id=default_key_id(secret), secret=secret)
    payload = json.dumps({"key_id": key.key_id, "secret_hex": secret.hex()})
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(payload)
    os.chmod(target, 0o600)
    return key
