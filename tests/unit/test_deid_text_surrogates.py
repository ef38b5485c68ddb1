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


def test_one_person_in_any_form_gets_one_surrogate_in_that_form() -> None:
    gen = SurrogateGenerator(KEY)
    full = gen.surrogate("PERSON", "Петровой Анной Сергеевной")
    short = gen.surrogate("PERSON", "Петрова А.С.")
    caps = gen.surrogate("PERSON", "ПЕТРОВА АННА СЕРГЕЕВНА")
    surname, given, patronymic = full.split()
    assert surname.endswith("ой") and patronymic.endswith("ной")  # instrumental kept
    assert short == f"{surname[:-2]}а {given[0]}.{patronymic[0]}."
    assert caps.isupper() and caps.split()[0] == surname[:-2].upper() + "А"
    assert "Петров" not in full + short and "ПЕТРОВ" not in caps


def test_surrogates_are_stable_across_scrubbers_with_one_key() -> None:
    text = "Со слов Иванова И.И., тел. +7 (916) 123-45-67."
    a = TextScrubber(surrogates=SurrogateGenerator(KEY)).scrub(text).text
    b = TextScrubber(surrogates=SurrogateGenerator(KEY)).scrub(text).text
    assert a == b and "Иванов" not in a and "123-45-67" not in a and "+7 (" in a
