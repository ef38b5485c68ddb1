"""The test-side PHI scanner (`tests/phi.py`) finds a person's numbers however they are
written, and not inside a longer number whose digits hold them by chance (CI once failed on a
pseudonymised SOP Instance UID whose 39 digits held a patient's 10-digit phone)."""

from types import SimpleNamespace

import pytest

from tests.phi import find_leaks_in_text

PERSON = SimpleNamespace(
    surname="Кравцова", snils="123-456-789 64", enp="7751234567890123", phone="+7 916 123-45-67"
)
WORLD = SimpleNamespace(persons=[PERSON], staff=[])


def _labels(tmp_path, line: str) -> list[str]:
    log = tmp_path / "run.log"
    log.write_text(line + "\n", encoding="utf-8")
    return [label.split(" in ")[0] for label in find_leaks_in_text(WORLD, [log])]


@pytest.mark.parametrize(
    "line",
    [
        "тел. +7 (916) 123-45-67",
        "тел. 89161234567",
        "79161234567",
        "916 123 45 67, звонить вечером",
        "contact=9161234567;",
    ],
)
def test_a_phone_is_found_however_it_is_written(tmp_path, line: str) -> None:
    assert _labels(tmp_path, line) == ["phone"]


@pytest.mark.parametrize("line", ["СНИЛС 123-456-789 64", "snils=12345678964"])
def test_a_snils_is_found_with_or_without_separators(tmp_path, line: str) -> None:
    assert _labels(tmp_path, line) == ["snils"]


def test_an_enp_is_found_in_groups_or_whole(tmp_path) -> None:
    assert _labels(tmp_path, "полис 7751 2345 6789 0123") == ["enp"]
    assert _labels(tmp_path, "enp:7751234567890123") == ["enp"]


def test_a_surname_is_found(tmp_path) -> None:
    assert _labels(tmp_path, "пациентка Кравцова") == ["surname"]


@pytest.mark.parametrize(
    "line",
    [
        "2.25.3191612345671234567890123456789012",  # a UID whose digits hold the phone
        "silver/dicom/2.25.3191612345671234567890123456789012.dcm",
        "sha 0912345678964001",  # a long run holding the SNILS's digits
        "2.25.177512345678901230",  # a run longer than an ENP holding one
    ],
)
def test_a_longer_number_holding_the_digits_is_no_leak(tmp_path, line: str) -> None:
    assert _labels(tmp_path, line) == []
