"""Leak check: does any value the Basic Profile removes, empties or replaces survive?

Independent of the walker on purpose: it reads both datasets whole (``iterall``, every
sequence item at any depth) and compares values, so a wrong action map, a sequence the walker
skipped or a UID reference it missed shows up as a leak. Findings are tags, never values.

Held to the Basic Profile: an attribute may keep its value only where the options in force
retain it (K) or clean it (C, which may leave a harmless value unchanged).
"""

from __future__ import annotations

from dataclasses import dataclass

from pydicom.dataset import Dataset

from ozero.deid.dicom.profile import ProfileOptions, action_table, basic_actions
from ozero.deid.dicom.uids import KEEP_UID_KEYWORDS, is_well_known


@dataclass(frozen=True)
class Originals:
    """What one source instance must not leak: (tag, value) pairs and its instance UIDs."""

    pairs: frozenset[tuple[int, str]]
    uids: frozenset[str]


def originals(ds: Dataset) -> Originals:
    """Non-empty values of every element the Basic Profile does not keep, at any depth.

    Person names outside the table count too (the walker empties them), and every UID that
    is not a class, syntax or standard UID must be replaced wherever it appears.
    """
    basic = basic_actions()
    pairs: set[tuple[int, str]] = set()
    uids: set[str] = set()
    for elem in ds.iterall():
        if elem.VR == "SQ" or elem.tag.is_private or elem.value in (None, "", b""):
            continue
        action = basic.get(elem.tag)
        if action is None:
            if elem.VR == "UI" and elem.keyword not in KEEP_UID_KEYWORDS:
                action = "U"
            elif elem.VR == "PN":
                action = "Z"
        if action in (None, "K"):
            continue
        value = str(elem.value).strip()
        if not value:
            continue
        pairs.add((int(elem.tag), value))
        if elem.VR == "UI" and action == "U":
            values = elem.value if elem.VM > 1 else [elem.value]
            uids.update(str(v) for v in values if _identifying_uid(str(v)))
    return Originals(frozenset(pairs), frozenset(uids))


def find_leaks(before: Originals, after: Dataset, options: ProfileOptions) -> list[str]:
    """Labels of leaks in ``after``: tags whose original value survived, ``uid`` for an
    original instance UID anywhere, ``private`` for a private element nobody safelisted."""
    allowed = {t for t, a in action_table(options).items() if a in ("K", "C")}
    leaks: list[str] = []
    seen_pairs, seen_values = set(), set()
    for elem in after.iterall():
        if elem.VR == "SQ":
            continue
        if elem.tag.is_private and not options.safe_private:
            leaks.append("private")
        value = str(elem.value).strip() if elem.value is not None else ""
        seen_pairs.add((int(elem.tag), value))
        seen_values.add(value)
        if elem.VM > 1 and elem.VR == "UI":
            seen_values.update(str(v) for v in elem.value)
    leaks += [f"{t:08X}" for t, v in before.pairs & seen_pairs if t not in allowed]
    leaks += ["uid" for uid in before.uids if uid in seen_values]
    return sorted(set(leaks))


def _identifying_uid(uid: str) -> bool:
    """A UID that could single out an instance: not standard, and not a stub like ``0``
    (real test files use "0" as both a class and an instance UID)."""
    return "." in uid and not is_well_known(uid)
