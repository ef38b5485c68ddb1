"""The simulator's imaging facts the datasets are built from: the protocol names its study
(accession number, Study Instance UID), findings are real NSI 1473 codes consistent with the
MKB-10 code and the text, mammography has four views and a BI-RADS category, a CT chest is a
series whose slices agree, and radiographs carry their projections."""

from __future__ import annotations

import io
from collections import Counter

import pydicom
import pytest

from ozero.deid.dates import age_band
from ozero.deid.kanon import AGE_20Y
from ozero.formats.semd import parse_semd174
from ozero.simulator import reference
from ozero.simulator.imaging_catalogue import (
    DATASET_KINDS,
    FINDINGS_VERSION,
    OID_FINDINGS,
    STUDIES,
)
from ozero.simulator.pacs import CHEST_CT_SLICES, build_archive
from ozero.simulator.semd174 import render_document
from ozero.simulator.studies import age_on
from ozero.simulator.world import build_world

MAMMO_VIEWS = [("R", "CC"), ("L", "CC"), ("R", "MLO"), ("L", "MLO")]


@pytest.fixture(scope="module")
def world():
    return build_world()  # the demo world: 150 patients, 300 protocols


@pytest.fixture(scope="module")
def archive(world):
    return build_archive(world)


def _studies(archive, kind: str) -> list:
    return [s for s in archive.studies if s.document.kind == kind]


def _headers(archive, study) -> list[tuple]:
    """(series, instance, parsed DICOM) of the study's image series (no screenshot)."""
    out = []
    for series in study.series:
        if series.modality == "OT":
            continue
        for inst in series.instances:
            if inst.truncated:
                continue
            ds = pydicom.dcmread(io.BytesIO(archive.render(study, series, inst)))
            out.append((series, inst, ds))
    return out


# --- the link ------------------------------------------------------------------------------


def test_every_protocol_names_its_study_and_the_study_agrees(world, archive):
    accessions = [d.accession for d in world.documents]
    assert all(accessions) and len(set(accessions)) == len(accessions)
    uids = [d.study_uid for d in world.documents]
    assert all(uids) and len(set(uids)) == len(uids)
    for study in archive.studies[::7]:
        doc = study.document
        parsed = parse_semd174(render_document(doc, world))
        assert parsed["accession_number"] == doc.accession == study.accession
        assert parsed["study_instance_uid"] == doc.study_uid == study.study_uid
        for _, _, ds in _headers(archive, study)[:2]:
            assert ds.AccessionNumber == parsed["accession_number"]
            assert ds.StudyInstanceUID == parsed["study_instance_uid"]


def test_a_correction_keeps_the_study_it_reports(world):
    by_id = {d.document_id: d for d in world.documents}
    for c in (c for c in world.corrections if c.kind != "lab"):
        v1 = by_id[c.document_id]
        assert (c.accession, c.study_uid) == (v1.accession, v1.study_uid)


# --- findings --------------------------------------------------------------------------------


def test_every_finding_code_is_a_1473_row_and_normal_means_none():
    for kind_name, kind in STUDIES.items():
        for v in kind.variants:
            for code in v.finding_codes:
                row = reference.lookup(OID_FINDINGS, "ID", code, FINDINGS_VERSION)
                assert row is not None, (kind_name, v.mkb, code)
            if kind_name not in DATASET_KINDS:
                continue
            # a normal study: an examination Z-code and no finding; a pathology: codes
            assert v.normal == v.mkb.startswith("Z"), (kind_name, v.mkb)
            if kind_name == "mammography":
                assert v.birads is not None and f"BI-RADS {v.birads}." in v.conclusion
                assert v.normal == (v.birads == "1")
            else:
                assert v.birads is None and "BI-RADS" not in v.conclusion


def test_findings_in_the_protocol_are_the_worlds_with_their_directory_names(world):
    for d in world.documents:
        if d.kind not in DATASET_KINDS or d.is_malformed:
            continue
        xml = render_document(d, world)
        parsed = parse_semd174(xml)
        assert parsed["finding_codes"] == list(d.finding_codes)
        assert parsed["assessment_category"] == d.assessment_category
        for code in d.finding_codes:
            name = reference.lookup(OID_FINDINGS, "ID", code, FINDINGS_VERSION)["FULLNAME"]
            assert f'code="{code}" codeSystem="{OID_FINDINGS}"'.encode() in xml
            assert name.encode() in xml


def test_normal_and_pathology_shares_are_realistic_per_kind(world):
    docs = [d for d in world.documents if d.kind in DATASET_KINDS]
    normal = Counter(d.kind for d in docs if not d.finding_codes)
    total = Counter(d.kind for d in docs)
    share = {k: normal[k] / total[k] for k in total}
    assert share["fluorography"] >= 0.75  # screening: mostly normal
    assert 0.35 <= share["chest_xray"] <= 0.65
    assert share["chest_ct"] <= 0.45  # CT is ordered for a reason
    assert 0.5 <= share["mammography"] <= 0.85  # BI-RADS 1
    categories = {d.assessment_category for d in docs if d.kind == "mammography"}
    assert {"1", "2"} <= categories and len(categories) >= 4


# --- mammography -----------------------------------------------------------------------------


def test_mammography_is_women_of_screening_age_four_views_each(world, archive):
    studies = _studies(archive, "mammography")
    assert studies
    for study in studies:
        p = world.person(study.document.patient_id)
        assert p.sex == "2" and 40 <= age_on(p.birth_date, study.document.study_at.date()) <= 79
        images = [se for se in study.series if se.modality == "MG"]
        assert len(images) == 1 and [i.view for i in images[0].instances] == [
            f"{side}-{view}" for side, view in MAMMO_VIEWS
        ]
    for study in studies[:6]:
        headers = _headers(archive, study)
        seen = [(ds.ImageLaterality, ds.ViewPosition) for _, _, ds in headers]
        assert sorted(seen) == sorted(
            (i.view.split("-")[0], i.view.split("-")[1]) for _, i, _ in headers
        )
        assert all(ds.Modality == "MG" and ds.BodyPartExamined == "BREAST" for _, _, ds in headers)


def test_the_demo_has_enough_mammography_for_k_5_on_sex_and_age_band(world, archive):
    """What a mammography dataset would hold: linked studies (valid protocol, images filed).
    k = 5 on sex × age band holds on the 20-year bands, the first step of the contracts'
    age ladder (the 150-patient world has only three insured women in their sixties)."""
    linked = [s.document for s in _studies(archive, "mammography") if not s.document.is_malformed]
    assert len(linked) >= 40
    bands = Counter(
        ("2", age_band(world.person(d.patient_id).birth_date, d.study_at.date())) for d in linked
    )
    coarse = Counter()
    for (sex, band), n in bands.items():
        coarse[(sex, AGE_20Y[band])] += n
    assert min(coarse.values()) >= 5, coarse


# --- CT and radiographs -----------------------------------------------------------------------


def test_chest_ct_is_a_series_of_consistent_slices(archive):
    studies = _studies(archive, "chest_ct")
    low, high = CHEST_CT_SLICES
    for study in studies:
        (series,) = [se for se in study.series if se.modality == "CT"]
        numbers = [i.number for i in series.instances]
        assert low <= len(numbers) <= high and numbers == list(range(1, len(numbers) + 1))
        positions = [i.position for i in series.instances]
        steps = {round(a - b, 3) for a, b in zip(positions, positions[1:], strict=False)}
        assert len(steps) == 1 and steps.pop() > 0  # evenly spaced, head to feet
    assert len({len(s.series[0].instances) for s in studies}) > 1  # sizes vary
    for study in studies[:3]:
        headers = _headers(archive, study)
        for _series, inst, ds in headers:
            assert ds.InstanceNumber == inst.number
            assert float(ds.ImagePositionPatient[2]) == float(ds.SliceLocation) == inst.position
            assert float(ds.SliceThickness) > 0 and ds.BodyPartExamined == "CHEST"


def test_radiographs_carry_the_protocols_projections(world, archive):
    for kind in ("chest_xray", "fluorography"):
        studies = _studies(archive, kind)
        assert studies
        for study in studies:
            views = [i.view for se in study.series if se.modality != "OT" for i in se.instances]
            assert views == list(study.document.views) and views[0] == "PA"
    lateral = [s for s in _studies(archive, "chest_xray") if len(s.document.views) == 2]
    assert lateral and all(s.document.views[1] in ("LL", "RL") for s in lateral)
    for study in lateral[:3] + _studies(archive, "fluorography")[:2]:
        headers = _headers(archive, study)
        assert [ds.ViewPosition for _, _, ds in headers] == [i.view for _, i, _ in headers]
    side = {"LL": "левой боковой", "RL": "правой боковой"}
    for study in lateral:
        assert side[study.document.views[1]] in study.document.findings


def test_the_findings_directory_is_served_and_loaded_by_default():
    from ozero.sources.nsi import DEFAULT_DIRECTORIES

    assert (OID_FINDINGS, FINDINGS_VERSION) in reference.available()
    assert OID_FINDINGS in DEFAULT_DIRECTORIES


def test_the_study_uid_is_a_valid_dicom_uid_the_way_pydicom_makes_them(world):
    from pydicom.uid import UID, generate_uid

    from ozero.simulator.imaging_catalogue import PACS_UID_ROOT

    for d in world.documents[:20]:
        assert d.study_uid == generate_uid(PACS_UID_ROOT, [d.document_id, "study"])
        assert UID(d.study_uid).is_valid


def test_a_redacted_screenshot_keeps_its_keyed_uid(archive, tmp_path):
    """The file and its silver row agree: redaction must not give the instance a new random
    SOP Instance UID (the row maps the original one with the key)."""
    from ozero.curate.imaging import deidentify_file, profile_options
    from ozero.deid.dicom import tesseract_ocr
    from ozero.deid.dicom.uids import UidMapper
    from ozero.deid.keys import PseudonymKey

    ocr = tesseract_ocr()
    if ocr is None:
        pytest.skip("Tesseract is not installed")
    key = PseudonymKey(key_id="t", secret=b"s" * 32)
    study, series, inst = next(
        (st, se, i) for st in archive.studies for se in st.series for i in se.instances
        if i.burned_in
    )  # fmt: skip
    out = deidentify_file(archive.render(study, series, inst), key, profile_options(), ocr,
                          str(tmp_path))  # fmt: skip
    assert out["burned_in"] == "redacted"
    written = pydicom.dcmread(out["object_uri"])
    assert written.SOPInstanceUID == UidMapper(key)(inst.sop_uid)
