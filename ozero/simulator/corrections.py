"""Corrections: version 2 of some documents of either kind, as REMD serves them."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

from ozero.simulator.model import LabDocument, StudyDocument


def make_corrections(
    rng: random.Random, studies: list[StudyDocument], labs: list[LabDocument]
) -> list[StudyDocument | LabDocument]:
    """Version 2 of ~3 % of the valid documents of each kind, registered a few days later.

    A corrected study gets an amended conclusion; a corrected lab protocol a re-measured
    first result. One study correction is registered *before* its version 1 so that the
    pipeline sees an older version arrive late.
    """
    out: list[StudyDocument | LabDocument] = []
    valid_studies = [d for d in studies if not d.is_malformed]
    valid_labs = [d for d in labs if not d.is_malformed]
    for i, d in enumerate(
        rng.sample(valid_studies, max(1, round(len(valid_studies) * 0.03))) if valid_studies else []
    ):
        delay = timedelta(hours=-2) if i == 0 else timedelta(days=rng.randint(1, 5))
        out.append(
            replace(
                d,
                version=2,
                conclusion=d.conclusion + " Исправлено: уточнена формулировка заключения.",
                created_at=d.created_at + timedelta(days=1),
                registered_at=d.registered_at + delay,
            )
        )
    for lab in rng.sample(valid_labs, max(1, round(len(valid_labs) * 0.03))) if valid_labs else []:
        first = replace(
            lab.tests[0],
            value=lab.tests[0].value
            + lab.tests[0].value.copy_abs().scaleb(-1).quantize(lab.tests[0].value),
        )
        out.append(
            replace(
                lab,
                version=2,
                tests=(first, *lab.tests[1:]),
                created_at=lab.created_at + timedelta(days=1),
                registered_at=lab.registered_at + timedelta(days=rng.randint(1, 5)),
            )
        )
    return out
