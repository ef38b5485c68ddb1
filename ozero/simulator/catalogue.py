"""The clinical catalogue: what the world's doctors do, find and bill, as real directory codes.

Study kinds (re-exported from ``imaging_catalogue``, with their services, diagnoses,
narratives and finding codes); the claims' visit templates and prices; the
organisations and the regions patients live in. Codes are checked against the bundled
FNSI directories when a world is built.
"""

from __future__ import annotations

from ozero.simulator import imaging_catalogue as _imaging

OID_SEX = "1.2.643.5.1.13.13.11.1040"
OID_POSITIONS = "1.2.643.5.1.13.13.11.1002"
OID_MKB10 = "1.2.643.5.1.13.13.11.1005"
MKB10_VERSION = "2.24"
OID_SERVICES = "1.2.643.5.1.13.13.11.1070"
OID_REGIONS = "1.2.643.5.1.13.13.99.2.206"
OID_SPECIALTIES = "1.2.643.5.1.13.13.11.1066"
OID_IDENTITY_DOCS = "1.2.643.5.1.13.13.99.2.48"

# Identity documents patients carry (Person.identity_doc), names as in 99.2.48 v7.2.
IDENTITY_DOCS = {
    "1": "Паспорт гражданина Российской Федерации",
    "6": "Свидетельство о рождении",
    "10": "Паспорт иностранного гражданина либо иной документ, установленный федеральным "
    "законом или признаваемый в соответствии с международным договором Российской "
    "Федерации в качестве документа, удостоверяющего личность иностранного гражданина",
}


# Study kinds, protocol variants and their codes live in `imaging_catalogue`.
STUDIES, STUDY_KINDS = _imaging.STUDIES, _imaging.STUDY_KINDS

# DS1 -> (visit service, specialty name in 1066, optional imaging service, stationary allowed)
CASE_TEMPLATES: dict[str, tuple[str, str, str | None, bool]] = {
    "J18.9": ("B01.047.001", "Терапия", "A06.09.007", True),
    "J15.9": ("B01.047.001", "Терапия", "A06.09.007", True),
    "J12.9": ("B01.047.001", "Терапия", "A06.09.005", True),
    "J44.9": ("B01.037.001", "Пульмонология", None, False),
    "J20.9": ("B01.047.001", "Терапия", None, False),
    "I10": ("B01.015.001", "Кардиология", None, False),
    "I50.0": ("B01.015.001", "Кардиология", None, True),
    "G45.9": ("B01.023.001", "Неврология", "A06.23.004", False),
    "I63.9": ("B01.023.001", "Неврология", "A06.23.004", True),
    "C34.1": ("B01.027.001", "Онкология", "A06.09.005", False),
    "Z00.0": ("B04.047.002", "Терапия", "A06.09.006", False),
    "N63": ("B01.057.001", "Хирургия", "A06.20.004", False),
    "R91": ("B01.037.001", "Пульмонология", "A06.09.005", False),
}
CASE_FALLBACK = {
    "Z01.6": "Z00.0", "J84.1": "J44.9", "S06.0": "G45.9", "D24": "N63", "N60.0": "N63",
    "R92": "N63", "C50.4": "N63", "C50.9": "N63", "Z12.3": "Z00.0", "A16.2": "R91",
}  # fmt: skip
SERVICE_SUMS = {"B": (900, 2400), "A06.09.007": (700, 1500), "A06.09.006": (400, 900)}
ORG_SPECS = (
    ("7712", "ГБУЗ «Городская поликлиника № 12 ДЗМ»", "770112"),
    ("7752", "ГБУЗ «Городская клиническая больница № 52 ДЗМ»", "770152"),
    ("7803", "ГБУЗ «Диагностический центр № 3 ДЗМ»", "770203"),
    ("7821", "ГБУЗ «Консультативно-диагностическая поликлиника № 121 ДЗМ»", "770321"),
)
REGION_WEIGHTS = {
    "77": 60,
    "50": 20,
    "78": 4,
    "47": 3,
    "16": 3,
    "66": 3,
    "52": 3,
    "54": 2,
    "23": 2,
}

# --- laboratory catalogue (SEMD 186) ----------------------------------------------------

OID_FSLI = "1.2.643.5.1.13.13.11.1080"  # ФСЛИ. Справочник лабораторных тестов
FSLI_VERSION = "3.50"
OID_UNITS = "1.2.643.5.1.13.13.11.1358"  # Единицы измерения
UNITS_VERSION = "3.23"

# The tests the world's labs run: key → (ФСЛИ ID, unit short name in 1358, unit ID in 1358,
# adult reference low, high, decimals). Names and LOINC codes are read from the bundled
# ФСЛИ when a world is built, which also checks that the unit is one ФСЛИ lists for the
# test and measures what the test measures (``labs.lab_catalogue``).
LAB_TESTS: dict[str, tuple[str, str, str, str, str, int]] = {
    "hgb": ("1017128", "г/л", "60", "120", "160", 0),
    "rbc": ("1017375", "10^12/л", "328", "3.8", "5.5", 2),
    "hct": ("1017359", "%", "53", "35", "49", 1),
    "wbc": ("1017979", "10^9/л", "322", "4.0", "9.0", 1),
    "plt": ("1017862", "10^9/л", "322", "150", "400", 0),
    "esr": ("1017854", "мм/ч", "36", "2", "15", 0),
    "glu_blood": ("1003979", "ммоль/л", "195", "3.9", "6.1", 1),
    "glu": ("1003870", "ммоль/л", "195", "4.1", "5.9", 1),
    "cre": ("1006477", "мкмоль/л", "198", "62", "115", 0),
    "urea": ("1007210", "ммоль/л", "195", "2.8", "7.2", 1),
    "bil": ("1003698", "мкмоль/л", "198", "3.4", "20.5", 1),
    "alt": ("1003599", "МЕ/л", "150", "7", "41", 0),
    "ast": ("1003623", "МЕ/л", "150", "8", "40", 0),
    "chol": ("1009463", "ммоль/л", "195", "3.0", "5.2", 1),
    "hdl": ("1009471", "ммоль/л", "195", "1.0", "2.2", 2),
    "ldl": ("1009497", "ммоль/л", "195", "1.0", "3.0", 2),
    "tg": ("1008465", "ммоль/л", "195", "0.4", "1.7", 2),
    "crp": ("1008184", "мг/л", "61", "0.5", "5.0", 1),
    "hba1c": ("1003847", "%", "53", "4.0", "6.0", 1),
    "tsh": ("1013838", "мМЕ/л", "158", "0.4", "4.0", 2),
}
# panel: (service code in 1070, tests, specimen code in 1.2.643.5.1.13.13.99.2.1019, name);
# the specimen is one ФСЛИ lists for each of the panel's tests.
LAB_PANELS = (
    ("B03.016.002", ("hgb", "rbc", "hct", "wbc", "plt"), "1", "Кровь венозная"),
    ("A12.05.001", ("esr",), "1", "Кровь венозная"),
    ("A09.05.023", ("glu_blood",), "1", "Кровь венозная"),
    ("A09.05.083", ("hba1c",), "1", "Кровь венозная"),
    ("A09.05.020", ("cre",), "2", "Сыворотка крови"),
    ("A09.05.026", ("chol",), "2", "Сыворотка крови"),
    ("B03.016.005", ("chol", "hdl", "ldl", "tg"), "2", "Сыворотка крови"),
    ("B03.016.004", ("glu", "cre", "urea", "bil", "alt", "ast"), "2", "Сыворотка крови"),
    ("A09.05.009", ("crp",), "2", "Сыворотка крови"),
    ("A09.05.065", ("tsh",), "2", "Сыворотка крови"),
)
LAB_COMMENTS = (  # free text that sometimes names the patient or their phone
    "Образец доставлен в лабораторию своевременно.",
    "Результаты сверены с предыдущим исследованием. {name}",
    "Повторный забор не требуется. {phone}",
)
