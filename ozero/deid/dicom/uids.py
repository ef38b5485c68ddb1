"""Deterministic UID replacement under the ``2.25.`` root (PS3.5 B.2, a UUID as an integer).

The new UID is a keyed hash of the old one, so the same original UID maps to the same new
UID in every file, run and machine holding the key: references between instances, series
and studies stay intact across the whole lake without a lookup table. Without the key the
mapping cannot be inverted or recomputed from guessed UIDs.
"""

from __future__ import annotations

import hmac

from pydicom.uid import UID_dictionary

from ozero.deid.keys import PseudonymKey

UID_DOMAIN = "dicom-uid"
UID_ROOT = "2.25."
STANDARD_ROOT = "1.2.840.10008."

# UI attributes that name a class, syntax or coding scheme, never an instance: kept as-is.
KEEP_UID_KEYWORDS = frozenset(
    {
        "SOPClassUID",
        "MediaStorageSOPClassUID",
        "TransferSyntaxUID",
        "ReferencedSOPClassUID",
        "ReferencedSOPClassUIDInFile",
        "ReferencedTransferSyntaxUIDInFile",
        "ReferencedRelatedGeneralSOPClassUIDInFile",
        "AffectedSOPClassUID",
        "RequestedSOPClassUID",
        "SOPClassesInStudy",
        "RelatedGeneralSOPClassUID",
        "OriginalSpecializedSOPClassUID",
        "CodingSchemeUID",
        "ContextUID",
        "MappingResourceUID",
        "ImplementationClassUID",
        "PrivateInformationCreatorUID",
    }
)


def is_well_known(uid: str) -> bool:
    """A UID defined by the standard (SOP classes, transfer syntaxes, ...): not identifying."""
    return uid.startswith(STANDARD_ROOT) or uid in UID_dictionary


def uid_from_hmac(key: PseudonymKey, uid: str) -> str:
    """``2.25.<n>`` where n is an RFC 9562 version-8 UUID made of HMAC-SHA256 bits."""
    message = f"{UID_DOMAIN}:{uid}".encode("ascii", "replace")
    digest = bytearray(hmac.digest(key.secret, message, "sha256")[:16])  # one-shot HMAC
    digest[6] = (digest[6] & 0x0F) | 0x80  # version 8 (custom)
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122/9562 variant
    return UID_ROOT + str(int.from_bytes(digest, "big"))


class UidMapper:
    """Old UID → new UID with the key, memoised (a study repeats the same UIDs a lot)."""

    def __init__(self, key: PseudonymKey) -> None:
        self._key = key
        self._cache: dict[str, str] = {}

    def __call__(self, uid: str) -> str:
        """New UID for ``uid``; well-known UIDs and empty values pass through unchanged."""
        uid = str(uid).strip("\x00 ")
        if not uid or is_well_known(uid):
            return uid
        new = self._cache.get(uid)
        if new is None:
            new = self._cache[uid] = uid_from_hmac(self._key, uid)
        return new
