"""Keyed, stable pseudonyms: the same person gets the same token in every source.

Format: ``"P"`` + the first 16 bytes of HMAC-SHA256(secret, ``domain:normalised``) as 32
lowercase hex characters. Hex rather than base32 because Spark can produce hex with
built-ins only (``sha2`` returns hex), so the Python and Spark twins agree byte for byte
without a Python UDF. 128 bits keep collisions negligible for national-scale registries.

The domain is part of the message so that a SNILS and an ENP that happen to share digits
never collide, and so a pseudonym from one domain is useless in another.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import TYPE_CHECKING

from ozero.deid.keys import PseudonymKey

if TYPE_CHECKING:
    from pyspark.sql import Column

PREFIX = "P"
HEX_CHARS = 32
DIGIT_DOMAINS = frozenset({"snils", "enp", "inn"})
_BLOCK_SIZE = 64  # SHA-256 block size in bytes

# Java's \s and Python's ASCII whitespace agree on exactly this set; spelling it out keeps
# the Python and Spark normalisations identical (Python's \s also matches Unicode spaces).
_WS = "[ \\t\\n\\x0B\\f\\r]"
_NON_ASCII_DIGITS = re.compile("[^0-9]")
_EDGE_WS = re.compile(f"^{_WS}+|{_WS}+$")
_INNER_WS = re.compile(f"{_WS}+")


def normalise(value: str, domain: str) -> str:
    """Canonical form before hashing, so formatting differences between sources vanish.

    Identifier domains keep ASCII digits only; other domains are trimmed, whitespace runs
    collapsed, lower-cased (``str.lower``, which Spark's ``lower`` matches; ``casefold``
    would not) and «ё» folded to «е», which Russian sources use interchangeably.
    """
    if domain in DIGIT_DOMAINS:
        return _NON_ASCII_DIGITS.sub("", value)
    text = _INNER_WS.sub(" ", _EDGE_WS.sub("", value))
    return text.lower().replace("ё", "е")


def hmac_hex(key: PseudonymKey, message: str) -> str:
    return hmac.new(key.secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


def pseudonymise(value: str | None, key: PseudonymKey, domain: str) -> str | None:
    """Stable pseudonym of ``value`` in ``domain``; ``None`` for missing or blank values."""
    if value is None:
        return None
    canonical = normalise(value, domain)
    if not canonical:
        return None
    return PREFIX + hmac_hex(key, f"{domain}:{canonical}")[:HEX_CHARS]


# --- Spark twins (built-ins only: no Python UDF, so they run at JVM speed) -------------


def _pads_hex(key: PseudonymKey) -> tuple[str, str]:
    """RFC 2104 inner/outer padded keys, as hex literals for Spark."""
    block = key.secret
    if len(block) > _BLOCK_SIZE:
        block = hashlib.sha256(block).digest()
    block = block.ljust(_BLOCK_SIZE, b"\x00")
    ipad = bytes(b ^ 0x36 for b in block)
    opad = bytes(b ^ 0x5C for b in block)
    return ipad.hex(), opad.hex()


def hmac_sha256_hex_column(message: Column, key: PseudonymKey) -> Column:
    """HMAC-SHA256 of a string column as lowercase hex: H(K^opad || H(K^ipad || m)).

    The padded keys appear in the query plan as literals; plans are not logged by Ozero,
    but treat Spark UI/event logs of de-identification jobs as key-bearing.
    """
    from pyspark.sql import functions as F

    ipad_hex, opad_hex = _pads_hex(key)
    inner = F.sha2(F.concat(F.unhex(F.lit(ipad_hex)), F.encode(message, "UTF-8")), 256)
    return F.sha2(F.concat(F.unhex(F.lit(opad_hex)), F.unhex(inner)), 256)


def normalise_column(col: Column, domain: str) -> Column:
    """Spark twin of :func:`normalise`."""
    from pyspark.sql import functions as F

    if domain in DIGIT_DOMAINS:
        return F.regexp_replace(col, "[^0-9]", "")
    trimmed = F.regexp_replace(col, f"^{_WS}+|{_WS}+$", "")
    collapsed = F.regexp_replace(trimmed, f"{_WS}+", " ")
    return F.translate(F.lower(collapsed), "ё", "е")


def pseudonymise_column(col: Column | str, key: PseudonymKey, domain: str) -> Column:
    """Spark twin of :func:`pseudonymise` (null for null or blank input)."""
    from pyspark.sql import functions as F

    column = F.col(col) if isinstance(col, str) else col
    canonical = normalise_column(column, domain)
    digest = hmac_sha256_hex_column(F.concat(F.lit(f"{domain}:"), canonical), key)
    token = F.concat(F.lit(PREFIX), F.substring(digest, 1, HEX_CHARS))
    return F.when(canonical != "", token)
