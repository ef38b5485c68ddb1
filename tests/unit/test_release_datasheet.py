"""The datasheet says what the facts say: spec, counts per split, labels, demographics, k / l,
pinned versions and validation, in Markdown and self-contained HTML."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from ozero.release.candidate import Candidate
from ozero.release.croissant import croissant
from ozero.release.datasets import get_dataset
from ozero.release.datasheet import (
    OTHER,
    TOP_LABEL_VALUES,
    _top,
    datasheet_facts,
    render_html,
    render_markdown,
    summary_markdown,
)

GOLD = "gold.chest_imaging_protocols"
STATS = {
    "splits": {
        "train": {"rows": 70, "patients": 30},
        "validation": {"rows": 16, "patients": 7},
        "test": {"rows": 14, "patients": 6},
    },
    "labels": {
        "mkb10_code": {
            "J18.9": {"train": 40, "validation": 9, "test": 8},
            "Z00.0": {"train": 30, "validation": 7, "test": 6},
        },  # fmt: skip
        "followup_90d": {
            "true": {"train": 20},
            "false": {"train": 50, "validation": 16, "test": 14},
        },  # fmt: skip
    },
    "demographics": {"40-49": {"1": 60, "2": 40}},
}
GUARD = {
    "k_required": 5,
    "l_required": 2,
    "sensitive": ["mkb10_code"],
    "passed": True,
    "warnings": [],
    "tables": {
        GOLD: {
            "risk": {
                "quasi_identifiers": ["patient_sex", "patient_age_band"],
                "before": {"k_min": 3},
                "after": {
                    "k_min": 6,
                    "l_min": {"mkb10_code": 2},
                    "sample_unique_share": 0.0,
                    "prosecutor_risk_max": 1 / 6,
                    "prosecutor_risk_avg": 0.09,
                    "journalist": {
                        "available": True,
                        "population": "people.csv (1000 people)",
                        "reason": None,
                        "risk_max": 0.025,
                        "risk_avg": 0.0125,
                    },
                },
                "rows_suppressed": 4,
            },
            "phi_scan": {"scanned_rows": 104, "scanned_columns": ["a"], "hits": []},
        }
    },
}


@pytest.fixture
def candidate() -> Candidate:
    return Candidate(
        dataset="chest-imaging-protocols",
        version="1.0.0",
        created_at="2026-06-01T00:00:00+00:00",
        source_versions={GOLD: 7},
        row_counts={GOLD: 104},
        schema={},
        schema_fingerprint="x",
        validation={"tables": {GOLD: {"expectations": 21, "failed": 0, "validated_at": "t"}}},
        key_ids=["key-2026"],
        publish_row_counts={GOLD: 100},
    )


def test_markdown_has_every_section_and_the_facts(candidate: Candidate) -> None:
    facts = datasheet_facts(get_dataset(candidate.dataset), candidate, GUARD, STATS)
    md = render_markdown(facts)
    sections = re.findall(r"^## (\d)\. (.+)$", md, flags=re.M)
    assert [s[1] for s in sections] == [
        "Motivation", "Composition", "Collection process",
        "Preprocessing, cleaning, de-identification", "Uses", "Distribution", "Maintenance",
    ]  # fmt: skip
    assert "| train | 70 | 30 |" in md and "| total | 100 | 43 |" in md
    assert "| J18.9 | 40 | 9 | 8 | 57 |" in md  # label distribution per split
    assert "| false | 50 | 16 | 14 | 80 |" in md
    assert "| 40-49 | 60 | 40 | 100 |" in md and "female / жен." in md  # sex × age band
    assert f"| {GOLD} | 7 | 100 |" in md  # pinned Delta version, rows published
    assert "| 3 → 6 |" in md and "k = 5, l-diversity l = 2" in md and "| 4 |" in md
    assert "| 21 | 0 |" in md  # validation
    # sample uniques, prosecutor risk max and average, journalist risk max and average
    assert "| 0.000 | 0.167 | 0.090 | 0.025 | 0.013 |" in md
    assert f"Journalist risk of {GOLD} against: people.csv (1000 people)." in md
    assert "key-2026" in md
    assert "Source table versions: not recorded" in md  # a candidate from before the record


def test_an_absent_journalist_figure_shows_its_reason(candidate: Candidate) -> None:
    import copy

    guard = copy.deepcopy(GUARD)
    after = guard["tables"][GOLD]["risk"]["after"]
    after["journalist"] = {"available": False, "reason": "quasi-identifier x has none",
                           "risk_max": None, "risk_avg": None}  # fmt: skip
    md = render_markdown(datasheet_facts(get_dataset(candidate.dataset), candidate, guard, STATS))
    assert "| 0.000 | 0.167 | 0.090 | — | — |" in md
    assert f"Journalist risk of {GOLD}: not measured (quasi-identifier x has none)." in md
    del after["journalist"]  # a guard from before the journalist figures: no line, dashes
    md = render_markdown(datasheet_facts(get_dataset(candidate.dataset), candidate, guard, STATS))
    assert "| 0.000 | 0.167 | 0.090 | — | — |" in md and "Journalist risk of" not in md


def test_the_silver_versions_behind_each_pin_are_listed(candidate: Candidate) -> None:
    built = replace(candidate, lake_sources={GOLD: {"silver.remd_protocols": "12", "nsi.x": "3"}})
    md = render_markdown(datasheet_facts(get_dataset(built.dataset), built, GUARD, STATS))
    assert f"| {GOLD} | nsi.x | 3 |" in md and f"| {GOLD} | silver.remd_protocols | 12 |" in md
    assert "not recorded" not in md
    assert "Ozero research data licence" in md and "152-FZ" in md
    assert "Dates are shifted by a secret per-patient offset" in md  # a spec limitation
    assert "protocol_mkb10" in md and "MKB-10 code of the instrumental study protocol" in md
    assert "silver.remd_protocols" in md and "One row per study_pid" in md  # the cohort
    assert "first release" in md.lower()


def test_html_is_self_contained_and_escaped(candidate: Candidate) -> None:
    facts = datasheet_facts(get_dataset(candidate.dataset), candidate, GUARD, STATS)
    facts["limitations"] = ["<script>alert(1)</script> & co"]
    page = render_html(facts)
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "http://" not in page and "https://" not in page  # no CDN, no remote asset
    assert "<h2>2. Composition</h2>" in page and "<td>J18.9</td>" in page


def test_summary_for_the_curator_and_release_approval(candidate: Candidate) -> None:
    facts = datasheet_facts(
        get_dataset(candidate.dataset), candidate, GUARD, STATS, version="1.1.0",
        approval={"approver": "ivanova", "approved_at": "2026-06-02T10:00:00+00:00"},
    )  # fmt: skip
    summary = summary_markdown(facts)
    assert "| validation | 16 | 7 |" in summary
    assert "label `mkb10_code`: J18.9: 57, Z00.0: 43" in summary
    md = render_markdown(facts)
    assert "1.1.0" in md.splitlines()[0] and "Approved by ivanova" in md


def test_rare_label_values_are_grouped() -> None:
    counts = {f"C{i:02d}": {"train": 100 - i} for i in range(TOP_LABEL_VALUES + 3)}
    top = _top(counts)
    assert len(top) == TOP_LABEL_VALUES + 1
    assert top[OTHER] == {
        "train": sum(100 - i for i in range(TOP_LABEL_VALUES, TOP_LABEL_VALUES + 3))
    }


def test_croissant_types_fields_from_the_contract_and_hashes_files(candidate: Candidate) -> None:
    facts = datasheet_facts(get_dataset(candidate.dataset), candidate, GUARD, STATS)
    files = [{"path": "data/chest_imaging_protocols/part-00000-ab.parquet", "bytes": 10,
              "sha256": "ab" * 32}]  # fmt: skip
    doc = croissant(facts, files, {GOLD: "data/chest_imaging_protocols"},
                    {GOLD: ("study_pid",)}, "2026-06-02T10:00:00+00:00")  # fmt: skip
    assert doc["conformsTo"] == "http://mlcommons.org/croissant/1.1"
    assert doc["distribution"][0]["sha256"] == "ab" * 32
    assert doc["distribution"][1]["includes"] == "data/chest_imaging_protocols/*.parquet"
    fields = {f["name"]: f["dataType"] for f in doc["recordSet"][0]["field"]}
    assert fields["study_date"] == "sc:Date" and fields["followup_90d"] == "sc:Boolean"
    assert fields["split"] == "sc:Text" and "lineage" not in fields
    assert doc["recordSet"][0]["key"] == [{"@id": "chest_imaging_protocols/study_pid"}]
    assert (
        "min group after enforcement: gold.chest_imaging_protocols: 6"
        in doc["rai:dataPreprocessingProtocol"]
    )
