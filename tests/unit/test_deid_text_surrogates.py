"""Surrogate mode: consistent, keyed, format-keeping and checksum-valid replacements."""

from __future__ import annotations

import pytest

from ozero.deid.keys import PseudonymKey
from ozero.deid.text import SurrogateGenerator, TextScrubber
from ozero.identifiers import is_valid_enp, is_valid_inn, is_valid_snils

KEY = PseudonymKey("test", b"k" * 32)
OTHER_KEY = PseudonymKey("other", b"o" * 32)


@pytest.fixture(scope="module")
def scrubber() -> TextScrubber:
    return TextScrubber(surrogates=SurrogateGenerator(KEY))


def test_same_original_same_surrogate_across_documents(scrubber: TextScrubber) -> None:
    a = scrubber.scrub("Осмотрен врачом Петровой Анной Сергеевной.").text
    b = scrubber.scrub("Осмотрен врачом Петровой Анной Сергеевной.").text
    assert a == b and "Петров" not in a


def test_checksums_and_shapes_kept() -> None:
    gen = SurrogateGenerator(KEY)
    snils = gen.surrogate("SNILS", "112-233-445 95")
    assert is_valid_snils(snils) and snils[3] == "-" and snils != "112-233-445 95"
    assert is_valid_enp(gen.surrogate("ENP", "7700 0000 0000 0017"))
    assert is_valid_inn(gen.surrogate("INN", "500100732259"))
    assert is_valid_inn(gen.surrogate("INN", "7707083893"))
    phone = gen.surrogate("PHONE_NUMBER", "+7 (916) 123-45-67")
    assert len(phone) == len("+7 (916) 123-45-67") and phone[3] == "("


def test_key_changes_surrogate() -> None:
    assert SurrogateGenerator(KEY).surrogate("SNILS", "11223344595") != SurrogateGenerator(
        OTHER_KEY
    ).surrogate("SNILS", "11223344595")


def test_surrogates_only_for_chosen_types() -> None:
    scrubber = TextScrubber(surrogates=SurrogateGenerator(KEY), surrogate_types={"SNILS"})
    out = scrubber.scrub("Сидорчук Ольга Петровна, СНИЛС 112-233-445 95.").text
    assert "[ФИО]" in out and "[СНИЛС]" not in out and "112-233-445 95" not in out
