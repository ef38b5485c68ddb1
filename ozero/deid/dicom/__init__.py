"""DICOM de-identification: PS3.15 Annex E Basic Profile with options, keyed UIDs, OCR.

Public API: :func:`deidentify` (one dataset, no I/O), :func:`deidentify_tree` and
:func:`run_dicom_cli` (a directory tree), :class:`ProfileOptions`, :class:`DeidConfig`,
:func:`profile_options` (a named option set, e.g. ``"research-imaging"``).
"""

from ozero.deid.dicom.burned_in import TesseractOcr, at_risk_reason, tesseract_ocr
from ozero.deid.dicom.deidentify import (
    DeidConfig,
    DeidResult,
    FileReport,
    deidentify,
    method_codes,
)
from ozero.deid.dicom.profile import TABLE_E1_1, ProfileOptions, action_table
from ozero.deid.dicom.profiles import PROFILES, profile_names, profile_options
from ozero.deid.dicom.tree import deidentify_tree, run_dicom_cli
from ozero.deid.dicom.uids import UidMapper

__all__ = [
    "PROFILES",
    "TABLE_E1_1",
    "DeidConfig",
    "DeidResult",
    "FileReport",
    "ProfileOptions",
    "TesseractOcr",
    "UidMapper",
    "action_table",
    "at_risk_reason",
    "deidentify",
    "deidentify_tree",
    "method_codes",
    "profile_names",
    "profile_options",
    "run_dicom_cli",
    "tesseract_ocr",
]
