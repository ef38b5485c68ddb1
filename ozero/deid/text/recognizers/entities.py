"""Entity type names shared by recognizers, the engine and its placeholders."""

PERSON = "PERSON"
LOCATION = "LOCATION"
ADDRESS = "ADDRESS"
SNILS = "SNILS"
ENP = "ENP"
INN = "INN"
PASSPORT = "PASSPORT"
PHONE = "PHONE_NUMBER"
EMAIL = "EMAIL_ADDRESS"
DATE = "DATE"
BIRTH_DATE = "BIRTH_DATE"
OTHER_ID = "OTHER_ID"
BIRTH_CERT = "BIRTH_CERT"
RECORD_ID = "RECORD_ID"  # case history, outpatient card, accession numbers

LANGUAGE = "ru"
