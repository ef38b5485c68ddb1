"""Consistent fake-but-plausible replacements ("surrogates") for scrubbed spans.

Each surrogate is chosen by HMAC-SHA256 of the normalised original under the pseudonym key,
so the same original gets the same surrogate in every document processed under one key,
and nobody without the key can map a surrogate back. Identifiers keep their written shape
(separators, length) and stay valid: a fake SNILS/ENP/INN passes its checksum, so
downstream validators and readers see realistic text.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable

import regex as re

from ozero.deid.keys import PseudonymKey
from ozero.deid.text.recognizers import entities as E
from ozero.identifiers import enp_check_digit, inn_check_digits, snils_check_number

_MALE = (
    ("Александров", "Алексей", "Викторович"),
    ("Белов", "Сергей", "Павлович"),
    ("Горелов", "Дмитрий", "Олегович"),
    ("Журавлев", "Максим", "Андреевич"),
    ("Лаптев", "Игорь", "Юрьевич"),
    ("Ростов", "Николай", "Петрович"),
)
_FEMALE = (
    ("Александрова", "Ольга", "Викторовна"),
    ("Белова", "Марина", "Павловна"),
    ("Горелова", "Елена", "Олеговна"),
    ("Журавлева", "Анна", "Андреевна"),
    ("Лаптева", "Ирина", "Юрьевна"),
    ("Ростова", "Наталья", "Петровна"),
)
_ADDRESSES = (
    "г. Энск, ул. Вымышленная, д. 1",
    "г. Энск, ул. Условная, д. 7, кв. 3",
    "г. Новоград, пр-т Примерный, д. 12",
    "г. Новоград, ул. Тестовая, д. 5, кв. 40",
)
_FEMALE_END = re.compile(r"(?:ова|ева|ина|ая|ой|овна|евна|ична|на|ну|ной|не)$", re.IGNORECASE)


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

    @staticmethod
    def _person(original: str, h: bytes) -> str:
        pool = _FEMALE if _FEMALE_END.search(original.split()[0].rstrip(".")) else _MALE
        surname, given, patronymic = pool[h[0] % len(pool)]
        written = (
            f"{surname} {given[0]}.{patronymic[0]}."
            if "." in original
            else (f"{surname} {given} {patronymic}" if len(original.split()) > 2 else surname)
        )
        return written.upper() if original.isupper() else written


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
