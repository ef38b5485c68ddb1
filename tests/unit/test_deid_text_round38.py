"""Stop 38 (dev halves of corpora 28, 34 and 35, and a review of the record numbers read
where nothing was labelled): a phone dialled in a letter's signature, an ATC code of group
N, a DICOM dump's multi-valued identifiers, its length column, age and issuer, a PACS audit
log's objects, a patient's allergy passport, an ECG's measures, contrast agents and an
antibiogram's drugs, the code columns of a lab export, lots in the plural, a column of
names under its header. Sentences written for these tests, none taken from a corpus."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber
from ozero.identifiers import enp_check_digit, snils_check_number
from tests.unit.text_findings import found, of_type

RECORDS = ("RECORD_ID", "OTHER_ID")
_SNILS = "104567890" + snils_check_number("104567890")  # 10456789066
_ENP = "780012345678901" + enp_check_digit("780012345678901")


def test_a_phone_dialled_after_a_signature_is_a_phone(scrubber: TextScrubber) -> None:
    text = (
        "По рецепту пациента Орлова И.А. препарат не поставлен. Нужно решение ВК.\n"
        "Региональный оператор ДЛО, Сафин Б.С., 83426083975\n"
        "> Ответ: ВК № 380-л от 14.03.2026 — замену согласовали."
    )
    assert ("PHONE_NUMBER", "83426083975") in found(scrubber, text)
    assert "83426083975" not in of_type(scrubber, text, *RECORDS)


def test_a_snils_or_another_shape_stays_what_it_was(scrubber: TextScrubber) -> None:
    assert ("SNILS", _SNILS) in found(scrubber, f"СНИЛС {_SNILS}, пациент Орлов И.А.")
    text = "Пациент Орлов И.А., история болезни № 5541207, отделение хирургии."
    assert "5541207" in of_type(scrubber, text, *RECORDS)


@pytest.mark.parametrize(
    "text", ["Назначен бисопролол 5 мг № 30 (АТХ N07BA02).", "карбамазепин; ATX N03AF01"]
)
def test_an_atc_code_of_group_n_is_no_number(scrubber: TextScrubber, text: str) -> None:
    assert not of_type(scrubber, text, *RECORDS)


_DUMP = (
    "(0010,0010) PN [ORLOV^IGOR^A]                       #  12, 1 PatientName\n"
    "(0010,0020) LO [KZN6260127]                         #  10, 1 PatientID\n"
    "(0010,0021) LO [1.2.643.5.1.13.13.12.2.63.6317]     #  30, 1 IssuerOfPatientID\n"
    f"(0010,1000) LO [{_SNILS}\\{_ENP}]                  #  28, 2 OtherPatientIDs\n"
    "(0010,1010) AS [065Y]                               #   4, 1 PatientAge\n"
)


def test_each_value_of_a_multi_valued_dicom_element_is_typed_on_its_own(
    scrubber: TextScrubber,
) -> None:
    spans = found(scrubber, _DUMP)
    assert ("SNILS", _SNILS) in spans
    assert ("ENP", _ENP) in spans
    assert ("RECORD_ID", "KZN6260127") in spans


def test_a_dicom_dumps_lengths_age_and_issuer_are_no_records(scrubber: TextScrubber) -> None:
    records = of_type(scrubber, _DUMP, *RECORDS)
    assert not {"30", "28", "12", "065Y", "1.2.643.5.1.13.13.12.2.63.6317"} & records


def test_a_pacs_audit_logs_patient_and_series_are_records(
    scrubber: TextScrubber,
) -> None:
    text = (
        "2026-04-17T08:37:08  radiologist  VIEW         Patient 63P904605\n"
        "2026-04-17T08:41:20  radiologist  VIEW/EXPORT  "
        "Series 1.2.643.5.1.13.13.12.2.59.5940.3.20260416151346.4895.5 → USB\n"
    )
    records = of_type(scrubber, text, *RECORDS)
    assert "63P904605" in records
    assert "1.2.643.5.1.13.13.12.2.59.5940.3.20260416151346.4895.5" in records
    assert not of_type(scrubber, "КТ ОГК: серия 3 из 7, Series 4 of 7, 120 изображений.", *RECORDS)


def test_a_patients_allergy_passport_is_his_paper(scrubber: TextScrubber) -> None:
    text = "Выдан паспорт больного аллергическим заболеванием: № АП-9081 (аллерголог Ким С.Р.)."
    assert "АП-9081" in of_type(scrubber, text, *RECORDS)
    # the patient's identity passport stays a passport
    text = "Мать предъявила паспорт пациента 9424 № 191372 и полис."
    assert ("PASSPORT", "9424 № 191372") in found(scrubber, text)


def test_an_ecgs_measures_are_no_records(scrubber: TextScrubber) -> None:
    text = (
        "Patient ID: E8145058    Name: IVANOVA^NINA\n"
        "Vent. rate 93 bpm; PR 0,17 s; QRS 0,17 s; QT/QTc 430/460 ms; P-R-T axes 98 29 29\n"
        "SAECG: fQRS 532 ms, RMS40 57 µV"
    )
    records = of_type(scrubber, text, *RECORDS)
    assert "E8145058" in records
    assert not {"430/460", "98 29 29", "532"} & records


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        ("Контраст: Юнигексол 350, 70 мл; креатинин 83 мкмоль/л.", "Юнигексол"),
        ("Пометка на полях: контраст Визипак 320 70 мл, серия 47M622.", "Визипак"),
        ("Антибиотик | МПК | S/I/R\nЦефтриаксон | 16 | R\nЦефиксим | ≤ 0,25 | S", "Цефиксим"),
    ],
)
def test_a_contrast_agent_or_a_tested_antibiotic_is_no_person(
    scrubber: TextScrubber, text: str, drug: str
) -> None:
    assert drug not in of_type(scrubber, text, "PERSON")


def test_a_lab_exports_code_columns_and_lots_are_public(scrubber: TextScrubber) -> None:
    text = (
        "regnum;fio;dob;sample_id;test_code;loinc;value;unit\n"
        "ВГ862202;Орлова Нина Сергеевна;1954-09-04;1322311590;1126168;29615-2;2,4E+03;копий/мл\n"
        "РВГ-97-19968;Ким Туяна Евгеньевна;1987-05-25;86164486;1126168;29615-2;0;копий/мл\n"
        "Повтор в двух тест-системах (лоты 283-22, 6556441)."
    )
    records = of_type(scrubber, text, *RECORDS)
    assert {"ВГ862202", "1322311590", "86164486"} <= records
    assert not {"1126168", "29615-2", "283-22", "6556441"} & records


def test_a_column_of_names_under_its_header_is_people(scrubber: TextScrubber) -> None:
    text = (
        "ISOLATE_ID;PATIENT_ID;NAME;SEX;DOB;ORGANISM;CIP_SIR\n"
        "26-2412;P1045151;USHAKOV ARTEM;M;1967-10-06;eco;R\n"
        "26-7207;PN523795;SAMBUU SESEG;F;1978-04-14;kpn;I\n"
        "26-7208;PN523796;ТЕСТОВЫЙ ПАЦИЕНТ;F;1978-04-14;kpn;I\n"
    )
    people = of_type(scrubber, text, "PERSON")
    assert {"USHAKOV ARTEM", "SAMBUU SESEG"} <= people
    assert "ТЕСТОВЫЙ ПАЦИЕНТ" not in people  # an integration's test record


def test_a_name_column_holds_only_what_is_written_as_a_name(scrubber: TextScrubber) -> None:
    text = "code;name;unit\n1011832;Glucose;mmol/L\n1011833;HbA1c;%\n"
    assert not of_type(scrubber, text, "PERSON")


def test_a_latin_name_after_a_machines_label_is_a_person(scrubber: TextScrubber) -> None:
    text = (
        "AMR-EXPORT; lab=LAB015; created_by=Khabarov Shukhrat\n"
        "09:14 SEQ. 0775   ID 88922431 NAME USHAKOVA NADEZHDA LEU   neg NIT   neg\n"
    )
    people = of_type(scrubber, text, "PERSON")
    assert {"Khabarov Shukhrat", "USHAKOVA NADEZHDA"} <= people
    assert not any("LEU" in p for p in people)  # the analyser's next field
