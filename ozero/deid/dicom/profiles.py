"""Named Annex E option sets, chosen per dataset: one name in a config or on the command line.

A profile is a :class:`ProfileOptions`; explicit flags can only add options to it (never take
one away), so ``--profile strict --retain-dates`` reads as "strict, plus modified dates".
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from ozero.deid.dicom.profile import ProfileOptions

PROFILES: dict[str, ProfileOptions] = {
    # The Basic Profile alone: what leaves for anyone outside the research agreement.
    "strict": ProfileOptions(),
    # Cohort imaging research: follow-up intervals, age/sex/size/weight, cleaned descriptions.
    "research-imaging": ProfileOptions(
        retain_modified_dates=True,
        retain_patient_characteristics=True,
        clean_descriptors=True,
    ),
    # Structured reports and presentation states: their text is cleaned instead of removed.
    "research-reports": ProfileOptions(
        retain_modified_dates=True,
        retain_patient_characteristics=True,
        clean_descriptors=True,
        clean_structured_content=True,
        clean_graphics=True,
    ),
    # Scanner QA and dose audits: which device, when (shifted); nothing about the patient.
    "device-qa": ProfileOptions(
        retain_modified_dates=True,
        retain_device_identity=True,
        clean_descriptors=True,
    ),
}

DESCRIPTIONS: dict[str, str] = {
    "strict": "Basic Application Level Confidentiality Profile only",
    "research-imaging": "modified dates + patient characteristics + clean descriptors",
    "research-reports": "research-imaging + clean structured content + clean graphics",
    "device-qa": "modified dates + device identity + clean descriptors",
}


def profile_names() -> list[str]:
    """Registered profile names, sorted (for CLI choices and error messages)."""
    return sorted(PROFILES)


def profile_options(name: str) -> ProfileOptions:
    """The options of a named profile; ``ValueError`` names the valid ones."""
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(
            f"unknown DICOM de-identification profile {name!r}; known: {', '.join(profile_names())}"
        ) from None


# The on/off options (``safe_private`` is a list, not a flag).
FLAGS = frozenset(f.name for f in fields(ProfileOptions) if f.type in ("bool", bool))


def with_flags(base: ProfileOptions, **flags: bool) -> ProfileOptions:
    """``base`` plus every option flag that is true (flags never switch an option off)."""
    unknown = set(flags) - FLAGS
    if unknown:
        raise ValueError(f"unknown profile option(s): {', '.join(sorted(unknown))}")
    switched_on: dict[str, Any] = {name: True for name, on in flags.items() if on}
    return replace(base, **switched_on)
