"""Consistent fake-but-plausible replacements ("surrogates") for scrubbed spans.

Each surrogate is chosen by HMAC-SHA256 of the normalised original under the pseudonym key,
so the same original gets the same surrogate in every document processed under one key,
and nobody without the key can map a surrogate back. People are keyed part by part
(surname lemma, initials), so «Петровой Анне Сергеевне», «Петрова А.С.» and «ПЕТРОВА»
become the same surrogate person, written in the original's case and style. Identifiers keep their written shape
(separators, length) and stay valid: a fake SNILS/ENP/INN passes its checksum, so
downstream validators and readers see realistic text.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable

import regex as re

from ozero.deid.keys import PseudonymKey
from ozero.deid.text.person_surrogate import person_surrogate
from ozero.deid.text.recognizers import entities as E
from ozero.identifiers import enp_check_digit, inn_check_digits, snils_check_number

_ADDRESSES = (
    "г. Энск, ул. Вымышленная, д. 1",
    "г. Энск, ул. Условная, д. 7, кв. 3",
    "г. Новоград, пр-т Примерный, д. 12",
    "г. Новоград, ул. Тестовая, д. 5, кв. 40",
)


class SurrogateGenerator:
    """``surrogate(entity_type, original)`` → deterministic replacement, or None if unsupported."""

    def __init__(self, key: PseudonymKey) -> None:
        self._key = key
        self._makers: dict[str, Callable[[str, bytes], str]] = {
            E.PERSON: self._person,
            E.SNILS: lambda o, h: _reshape(o, _snils_digits(h)),
            E.ENP: lambda o, h: _reshape(o, _enp_digits(h)),
            E.INN: lambda o, h: _reshape(o, _inn_digits(h, len(re.sub(r"\D", "", o)))),
            E.ADDRESS: lambda o, h: _ADDRESSES[h[0] % len(_ADDRESSES)],
            E.LOCATION: lambda o, h: _ADDRESSES[h[0] % len(_ADDRESSES)],
            E.EMAIL: lambda o, h: f"user{h[:4].hex()}@example.ru",
            E.PHONE: _phone,
        }

    def digest(self, entity_type: str, original: str) -> bytes:
        canonical = " ".join(original.split()).lower().replace("ё", "е")
        message = f"text-surrogate:{entity_type}:{canonical}".encode()
        return hmac.new(self._key.secret, message, hashlib.sha256).digest()

    def surrogate(self, entity_type: str, original: str) -> str:
        h = self.digest(entity_type, original)
        maker = self._makers.get(entity_type)
        if maker is not None:
            return maker(original, h)
        return _reshape(original, _digit_stream(h))  # phones, passports, dates, numbers

    def _person(self, original: str, h: bytes) -> str:
        return person_surrogate(original, self._pick)

    def _pick(self, part: str, value: str, size: int) -> int:
        """A keyed choice among ``size`` options for one name part (surname lemma, initial)."""
        message = f"text-surrogate:PERSON:{part}:{value}".encode()
        return hmac.new(self._key.secret, message, hashlib.sha256).digest()[0] % size


_PHONE_PREFIX = re.compile(r"^\s*(?:\+7|8)")


def _phone(original: str, h: bytes) -> str:
    """Same layout, same trunk prefix (+7 / 8), fake subscriber digits."""
    prefix = _PHONE_PREFIX.match(original)
    head = prefix.group() if prefix else ""
    return head + _reshape(original[len(head) :], _digit_stream(h))


def _digit_stream(h: bytes) -> str:
    return "".join(str(b % 10) for b in h)


def _reshape(original: str, digits: str) -> str:
    """Original's characters with each digit replaced in order (format kept exactly)."""
    stream = iter(digits * 4)
    return "".join(next(stream) if ch.isdigit() else ch for ch in original)


def _snils_digits(h: bytes) -> str:
    body = str(int.from_bytes(h[:8], "big") % 900_000_000 + 100_000_000)
    return body + snils_check_number(body)


def _enp_digits(h: bytes) -> str:
    body = _digit_stream(h)[:15]
    return body + enp_check_digit(body)


def _inn_digits(h: bytes, length: int) -> str:
    body = "7" + _digit_stream(h)[: (9 if length == 10 else 10) - 1]
    return body + inn_check_digits(body)
