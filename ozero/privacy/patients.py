"""Who is to be erased: the patient file, and finding those people in raw payloads.

An erasure request names patients by SNILS and/or ENP (the identifiers every Russian
registry carries), one patient per line, in a file: never on the command line, where
shells and process lists keep it. Raw payloads (SEMD XML, OMS registers, DICOM headers)
are matched by the same identifiers: every run of digits shaped like a SNILS or an ENP is
checked against the list, so a payload is found whatever element or attribute holds them.

The list is compared by keyed hashes (`OptOutList`), so the opt-out table in the
restricted zone holds no identifier in the clear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ozero.deid.keys import PseudonymKey
from ozero.deid.pseudonym import hmac_hex, pseudonymise
from ozero.errors import BadPathError, OzeroError
from ozero.identifiers import is_valid_enp, is_valid_snils

KINDS = ("snils", "enp")
_SEPARATORS = re.compile(r"[\s,;]*")
_WRITTEN = re.compile(r"\d{3}-\d{3}-\d{3}[ -]?\d{2}|\d+")  # a SNILS as printed, or digits
# A SNILS as printed (XXX-XXX-XXX YY) or as bare digits, an ENP as 16 digits; never a run
# inside a longer number.
_CANDIDATES = re.compile(rb"(?<!\d)(\d{3}-\d{3}-\d{3}[ -]?\d{2}|\d{16}|\d{11})(?!\d)")


class PatientFileError(OzeroError, ValueError):
    """A line of the patient file is not a patient; the message names the line, never its value."""

    fix = "each line: a patient's SNILS and/or ENP (valid check digits), separated by spaces"


@dataclass(frozen=True)
class Patient:
    """One person to erase, by every identifier the request gives for him."""

    snils: frozenset[str] = frozenset()
    enp: frozenset[str] = frozenset()

    def identifiers(self) -> Iterator[tuple[str, str]]:
        for value in sorted(self.snils):
            yield "snils", value
        for value in sorted(self.enp):
            yield "enp", value


def identifier_kind(digits: str) -> str | None:
    """`snils` or `enp` for a number with valid check digits, else None."""
    if len(digits) == 11 and is_valid_snils(digits):
        return "snils"
    if len(digits) == 16 and is_valid_enp(digits):
        return "enp"
    return None


def parse_patients(lines: Iterable[str], origin: str = "<patients>") -> list[Patient]:
    """One patient per line (SNILS and/or ENP, any order, spaces/commas between); blank lines
    and `#` comments skipped. A bad line is an error naming its number, not its text."""
    patients = []
    for number, line in enumerate(lines, start=1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        found: dict[str, set[str]] = {kind: set() for kind in KINDS}
        numbers = [re.sub(r"\D", "", token) for token in _WRITTEN.findall(text)]
        kinds = [identifier_kind(digits) for digits in numbers]
        if not _SEPARATORS.fullmatch(_WRITTEN.sub(" ", text)) or None in kinds:
            raise PatientFileError(
                f"{origin}: line {number} holds something that is not a valid SNILS or ENP"
            )
        for digits, kind in zip(numbers, kinds):
            found[str(kind)].add(digits)
        patients.append(Patient(frozenset(found["snils"]), frozenset(found["enp"])))
    if not patients:
        raise PatientFileError(f"{origin}: no patient in the file")
    return patients


def read_patient_file(path: str | Path) -> list[Patient]:
    file = Path(path)
    if not file.is_file():
        raise BadPathError(f"patient file {file} does not exist or is not a file")
    return parse_patients(file.read_text(encoding="utf-8").splitlines(), origin=str(file))


def patient_pids(patients: Iterable[Patient], key: PseudonymKey) -> set[str]:
    """The pseudonyms his rows carry: curation makes `patient_pid` of the ENP, else the SNILS
    (contracts: `params.domain`), so both are computed for every identifier given."""
    pids = set()
    for patient in patients:
        for kind, value in patient.identifiers():
            pid = pseudonymise(value, key, kind)
            if pid is not None:
                pids.add(pid)
    return pids


def identifier_hash(key: PseudonymKey, kind: str, digits: str) -> str:
    """The opt-out list's form of an identifier: its own HMAC domain, so the list never
    holds a value equal to a pseudonym found in silver or a release."""
    return hmac_hex(key, f"optout-{kind}:{digits}")


def identifiers_in(payload: bytes) -> Iterator[tuple[str, str]]:
    """(kind, digits) of every valid SNILS or ENP written in a payload (XML in UTF-8 or
    windows-1251, DICOM headers: digits are ASCII in all of them)."""
    for match in _CANDIDATES.finditer(payload):
        digits = re.sub(rb"[^0-9]", b"", match.group(1)).decode("ascii")
        kind = identifier_kind(digits)
        if kind is not None:
            yield kind, digits


@dataclass(frozen=True)
class OptOutList:
    """The opted-out identifiers as keyed hashes; answers "does this payload name one?"."""

    key: PseudonymKey
    hashes: frozenset[str]

    @classmethod
    def of(cls, key: PseudonymKey, patients: Iterable[Patient]) -> OptOutList:
        return cls(key, frozenset(hashed_identifiers(key, patients)))

    def __bool__(self) -> bool:
        return bool(self.hashes)

    def names_anyone(self, payload: bytes | None) -> bool:
        if not self.hashes or not payload:
            return False
        return any(
            identifier_hash(self.key, kind, digits) in self.hashes
            for kind, digits in identifiers_in(payload)
        )


def hashed_identifiers(key: PseudonymKey, patients: Iterable[Patient]) -> Iterator[str]:
    for patient in patients:
        for kind, value in patient.identifiers():
            yield identifier_hash(key, kind, value)


@dataclass(frozen=True)
class PatientMatcher:
    """Finds the patients in a payload by an identifier on the list, or by one whose
    pseudonym their curated rows carry: a request naming a SNILS reaches the OMS register
    that names the same person by his ENP only. `linked` tells the identifiers found the
    second way, so the opt-out list can learn them."""

    opt_outs: OptOutList
    pids: frozenset[str]

    def _theirs(self, kind: str, digits: str) -> bool:
        key = self.opt_outs.key
        return (
            identifier_hash(key, kind, digits) in self.opt_outs.hashes
            or pseudonymise(digits, key, kind) in self.pids
        )

    def names_anyone(self, payload: bytes | None) -> bool:
        if not payload:
            return False
        return any(self._theirs(kind, digits) for kind, digits in identifiers_in(payload))

    def linked(self, payload: bytes) -> set[tuple[str, str]]:
        """(kind, digits) in the payload that are theirs but not on the list yet."""
        return {
            (kind, digits)
            for kind, digits in identifiers_in(payload)
            if self._theirs(kind, digits)
            and identifier_hash(self.opt_outs.key, kind, digits) not in self.opt_outs.hashes
        }


def as_patients(identifiers: Iterable[tuple[str, str]]) -> list[Patient]:
    """Identifiers learnt during an erasure, one pseudo-patient each (for the opt-out list)."""
    return [
        Patient(
            snils=frozenset({d}) if k == "snils" else frozenset(),
            enp=frozenset({d}) if k == "enp" else frozenset(),
        )
        for k, d in sorted(set(identifiers))
    ]
