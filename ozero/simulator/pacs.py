"""A simulated PACS behind DICOMweb: the imaging studies of the world's SEMD 174 protocols.

Every instrumental study protocol in the world has its images here: the same patient (ENP as
PatientID, SNILS in OtherPatientIDsSequence), the same study date and time, the accession
number and Study Instance UID the protocol names, and modality by kind: CR/DX chest X-ray in
the projections the protocol describes (ViewPosition PA, plus RL/LL when it names a lateral
view), DX fluorography (PA), a CT chest series of 8-12 axial slices (InstanceNumber,
ImagePositionPatient and SliceLocation agree), a short head CT series, and mammography in
four views (R-CC, L-CC, R-MLO, L-MLO: ImageLaterality + ViewPosition). Headers
carry what real archives carry — names, birth dates, addresses, physicians, stations, a
private block — and some studies add a secondary-capture "screenshot" with the patient's
name burned into the pixels. A few instances are truncated at the source (a broken file
stays broken). Everything derives from the world's seed; pixels are tiny (64×64) to stay fast,
and each study draws its own anatomy (``anatomy``), so unrelated films do not look alike.

``OZERO_SIM_IMAGE_SIZE=realistic`` (read when an archive is built) gives the matrices real
archives hold instead — CT 512×512 (0.5 MB) in thin-slice chest series of 250-350 slices,
CR/DX 2000×2500 (10 MB), MG 3328×4096 (27 MB) — the same drawing blown up by repeating
pixels (``anatomy.upscale``), for volume benches; ``small`` (the default) keeps tests fast.

Served over DICOMweb by ``dicomweb``.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import threading
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import UID, ExplicitVRLittleEndian, generate_uid

from ozero.simulator import anatomy
from ozero.simulator.httpkit import NotFound
from ozero.simulator.imaging_catalogue import PACS_UID_ROOT as UID_ROOT
from ozero.simulator.model import Person, StudyDocument, World

DICOM_JSON = "application/dicom+json"
MULTIPART = 'multipart/related; type="application/dicom"; boundary={boundary}'
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PRIVATE_CREATOR = "OZERO SIM PACS 1.0"
MAX_LIMIT = 1000

CR = "1.2.840.10008.5.1.4.1.1.1"
DX = "1.2.840.10008.5.1.4.1.1.1.1"
MG = "1.2.840.10008.5.1.4.1.1.1.2"
CT = "1.2.840.10008.5.1.4.1.1.2"
SC = "1.2.840.10008.5.1.4.1.1.7"

# study kind (world.py) → (modality, body part, series description, instance views); the
# X-ray views are the protocol's (StudyDocument.views), CT series get their slice count here.
_KINDS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "chest_xray": ("CR", "CHEST", "ОГК", ("PA",)),
    "fluorography": ("DX", "CHEST", "Флюорография ОГК", ("PA",)),
    "chest_ct": ("CT", "CHEST", "ОГК 10 мм", ("AX",)),
    "head_ct": ("CT", "HEAD", "Головной мозг 5 мм", ("AX",) * 3),
    "mammography": ("MG", "BREAST", "Маммография", ("R-CC", "L-CC", "R-MLO", "L-MLO")),
}
CHEST_CT_SLICES = (8, 12)  # axial slices per chest CT series (64×64: the demo stays fast)
# CT geometry (mm): first slice position, spacing = thickness, by body part
_CT_GEOMETRY = {"CHEST": (-20.0, 10.0), "HEAD": (120.0, 5.0)}

SIZE_ENV = "OZERO_SIM_IMAGE_SIZE"
IMAGE_SIZES = ("small", "realistic")
# realistic: (Rows, Columns) by modality as archives store them, 16 bits allocated
REALISTIC_MATRIX = {"CT": (512, 512), "CR": (2500, 2000), "DX": (2500, 2000), "MG": (4096, 3328)}
REALISTIC_CHEST_CT = (250, 350), 1.25  # thin slices: count, spacing (mm) over ~35-44 cm
CT_FIELD_OF_VIEW_MM = 448.0
_SOP_CLASS = {"CR": CR, "DX": DX, "CT": CT, "MG": MG}
_STATIONS = {"CR": "RG-KAB-12", "DX": "FLG-02", "CT": "CT-ROOM-3", "MG": "MAMMO-1"}
_MODELS = {
    "CR": ("Электрон", "КРТ-Электрон"),
    "DX": ("Рентгенпром", "ПроГраф-5000"),
    "CT": ("GE MEDICAL SYSTEMS", "Revolution EVO"),
    "MG": ("Амико", "Маммо-4МТ"),
}
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_LATIN = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"
_TRANSLIT = dict(zip(_CYRILLIC, _LATIN.split(), strict=True))


@dataclass(frozen=True)
class PacsInstance:
    sop_uid: str
    sop_class: str
    number: int
    view: str
    burned_in: bool = False  # a secondary capture with the patient's name in the pixels
    truncated: bool = False  # served cut short: the archive's copy is broken
    position: float | None = None  # CT: z of the slice (ImagePositionPatient[2], mm)


@dataclass(frozen=True)
class PacsSeries:
    series_uid: str
    number: int
    modality: str
    body_part: str
    description: str
    instances: tuple[PacsInstance, ...]


@dataclass(frozen=True)
class PacsStudy:
    study_uid: str
    accession: str
    study_id: str
    document: StudyDocument
    series: tuple[PacsSeries, ...]

    @property
    def study_date(self) -> str:
        return self.document.study_at.strftime("%Y%m%d")

    @property
    def study_time(self) -> str:
        return self.document.study_at.strftime("%H%M%S")

    @property
    def modalities(self) -> list[str]:
        return sorted({s.modality for s in self.series})

    @property
    def instance_count(self) -> int:
        return sum(len(s.instances) for s in self.series)


def _uid(seed: int, *parts: object) -> str:
    return generate_uid(prefix=UID_ROOT, entropy_srcs=[str(seed), *map(str, parts)])


def image_size_setting() -> str:
    """``OZERO_SIM_IMAGE_SIZE``: small (default) or realistic; anything else is an error, not
    a silent fallback (a bench on small files would report rates that say little)."""
    size = os.environ.get(SIZE_ENV, "").strip().lower() or "small"
    if size not in IMAGE_SIZES:
        raise ValueError(f"{SIZE_ENV}={size!r}: expected one of {IMAGE_SIZES}")
    return size


class Archive:
    """The world's studies, indexed by UID; instances rendered on request (deterministic)."""

    def __init__(self, world: World, studies: list[PacsStudy], image_size: str = "small") -> None:
        self.world = world
        self.image_size = image_size
        self.studies = sorted(studies, key=lambda s: (s.study_date, s.study_time, s.study_uid))
        self._by_uid = {s.study_uid: s for s in self.studies}

    def study(self, study_uid: str) -> PacsStudy:
        study = self._by_uid.get(study_uid)
        if study is None:
            raise NotFound("study not found")
        return study

    def series(self, study_uid: str, series_uid: str) -> tuple[PacsStudy, PacsSeries]:
        study = self.study(study_uid)
        for series in study.series:
            if series.series_uid == series_uid:
                return study, series
        raise NotFound("series not found")

    def instance(
        self, study_uid: str, series_uid: str, sop_uid: str
    ) -> tuple[PacsStudy, PacsSeries, PacsInstance]:
        study, series = self.series(study_uid, series_uid)
        for inst in series.instances:
            if inst.sop_uid == sop_uid:
                return study, series, inst
        raise NotFound("instance not found")

    def in_range(self, low: str | None, high: str | None) -> list[PacsStudy]:
        return [
            s
            for s in self.studies
            if (low is None or s.study_date >= low) and (high is None or s.study_date <= high)
        ]

    @property
    def instance_count(self) -> int:
        return sum(s.instance_count for s in self.studies)

    def render(self, study: PacsStudy, series: PacsSeries, inst: PacsInstance) -> bytes:
        """The instance as a DICOM Part 10 file (truncated ones cut inside the pixel data)."""
        body = _part10(_dataset(self.world, study, series, inst, self.image_size))
        return body[: len(body) * 3 // 4] if inst.truncated else body


def build_archive(world: World, image_size: str | None = None) -> Archive:
    """One study per SEMD 174 protocol of a patient with an OMS policy, under the protocol's
    accession number and Study Instance UID; ~5% get a burned-in screenshot, ~1% a broken
    file. `image_size` defaults to ``OZERO_SIM_IMAGE_SIZE``."""
    size = image_size or image_size_setting()
    if size not in IMAGE_SIZES:
        raise ValueError(f"image_size {size!r}: expected one of {IMAGE_SIZES}")
    realistic = size == "realistic"
    rng = random.Random(f"pacs:{world.seed}")
    studies: list[PacsStudy] = []
    for doc in sorted(world.documents, key=lambda d: d.document_id):
        if doc.kind not in _KINDS:
            continue  # not an imaging study (no images in the PACS)
        modality, body_part, description, views = _KINDS[doc.kind]
        if doc.kind == "chest_xray" and rng.random() < 0.4:
            modality = "DX"
        if doc.kind in ("chest_xray", "fluorography"):
            views = doc.views or views
        if doc.kind == "chest_ct":
            slices = REALISTIC_CHEST_CT[0] if realistic else CHEST_CT_SLICES
            views = ("AX",) * rng.randint(*slices)
            if realistic:
                description = f"ОГК {REALISTIC_CHEST_CT[1]:g} мм"
        series_uid = _uid(world.seed, doc.document_id, "series", 1)
        first, spacing = _ct_geometry(body_part, realistic)
        instances = tuple(
            PacsInstance(
                _uid(world.seed, doc.document_id, "sop", 1, i),
                _SOP_CLASS[modality],
                i + 1,
                view,
                position=first - spacing * i if modality == "CT" else None,
            )
            for i, view in enumerate(views)
        )
        series = [PacsSeries(series_uid, 1, modality, body_part, description, instances)]
        if rng.random() < 0.05 or not studies:  # the first archived study always has one
            sc = PacsInstance(
                _uid(world.seed, doc.document_id, "sop", 99, 0), SC, 1, "", burned_in=True
            )
            sc_series = _uid(world.seed, doc.document_id, "series", 99)
            series.append(PacsSeries(sc_series, 99, "OT", body_part, "Снимок экрана", (sc,)))
        study_id = f"{rng.randint(1, 99_999)}"
        if not world.person(doc.patient_id).insured:
            # Images are filed under the ENP; how to file a patient without one is open (the
            # archive is drawn as if they were there, so every other study stays the same).
            continue
        studies.append(PacsStudy(doc.study_uid, doc.accession, study_id, doc, tuple(series)))
    _mark_truncated(rng, studies)
    return Archive(world, studies, size)


def _ct_geometry(body_part: str, realistic: bool) -> tuple[float, float]:
    """First slice position and spacing (mm); realistic chest series are thin-sliced."""
    first, spacing = _CT_GEOMETRY.get(body_part, (0.0, 0.0))
    if realistic and body_part == "CHEST":
        spacing = REALISTIC_CHEST_CT[1]
    return first, spacing


def _mark_truncated(rng: random.Random, studies: list[PacsStudy]) -> None:
    """Flag ~1% of ordinary instances (at least one) as broken at the source."""
    slots = [
        (i, j, k)
        for i, st in enumerate(studies)
        for j, se in enumerate(st.series)
        for k, inst in enumerate(se.instances)
        if not inst.burned_in
    ]
    if not slots:
        return
    for i, j, k in rng.sample(slots, max(1, round(len(slots) * 0.01))):
        st = studies[i]
        se = st.series[j]
        insts = list(se.instances)
        insts[k] = replace(insts[k], truncated=True)
        series = list(st.series)
        series[j] = replace(se, instances=tuple(insts))
        studies[i] = replace(st, series=tuple(series))


# --- instances -----------------------------------------------------------------------------


def _pn(surname: str, given: str, patronymic: str) -> str:
    return f"{surname}^{given}^{patronymic}"


def translit(text: str) -> str:
    """Russian → Latin (simplified passport style), as many Western-made consoles print it."""
    out = []
    for ch in text:
        low = ch.lower()
        lat = _TRANSLIT.get(low, ch).replace("-", "")
        out.append(lat.upper() if ch != low else lat)
    return "".join(out)


def _dataset(
    world: World,
    study: PacsStudy,
    series: PacsSeries,
    inst: PacsInstance,
    image_size: str = "small",
) -> Dataset:
    doc = study.document
    patient = world.person(doc.patient_id)
    author = world.doctor(doc.author_id)
    org = world.organisation(doc.org_oid)
    rng = random.Random(f"pacs-header:{world.seed}:{inst.sop_uid}")
    referring = rng.choice(world.staff)
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = UID(inst.sop_class)
    ds.file_meta.MediaStorageSOPInstanceUID = UID(inst.sop_uid)
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.ImageType = ["DERIVED", "SECONDARY"] if inst.burned_in else ["ORIGINAL", "PRIMARY"]
    ds.SOPClassUID = inst.sop_class
    ds.SOPInstanceUID = inst.sop_uid
    ds.StudyDate = ds.SeriesDate = ds.ContentDate = study.study_date
    ds.StudyTime = ds.SeriesTime = ds.ContentTime = study.study_time
    ds.AccessionNumber = study.accession
    ds.Modality = series.modality
    ds.Manufacturer, ds.ManufacturerModelName = _MODELS.get(series.modality, ("Ozero", "SC"))
    ds.InstitutionName = org.name
    ds.InstitutionAddress = org.address.text
    ds.ReferringPhysicianName = _pn(referring.surname, referring.given_name, referring.patronymic)
    ds.StationName = _STATIONS.get(series.modality, "WS-1")
    ds.StudyDescription = doc.service_name[:64]
    ds.SeriesDescription = series.description
    ds.PerformingPhysicianName = _pn(author.surname, author.given_name, author.patronymic)
    ds.OperatorsName = _pn(referring.surname, referring.given_name[:1], "")
    ds.PatientName = _pn(patient.surname, patient.given_name, patient.patronymic)
    ds.PatientID = patient.enp
    ds.IssuerOfPatientID = "ФОМС ЕНП"
    ds.PatientBirthDate = patient.birth_date.strftime("%Y%m%d")
    ds.PatientSex = "M" if patient.sex == "1" else "F"
    ds.PatientAge = f"{_age(patient.birth_date, doc.study_at.date()):03d}Y"
    ds.PatientAddress = patient.address.text[:64]
    ds.PatientTelephoneNumbers = "".join(c for c in patient.phone if c.isdigit() or c == "+")
    other = Dataset()
    other.PatientID = patient.snils
    other.IssuerOfPatientID = "СНИЛС"
    other.TypeOfPatientID = "TEXT"
    ds.OtherPatientIDsSequence = Sequence([other])
    ds.BodyPartExamined = series.body_part
    ds.DeviceSerialNumber = f"SN{int(hashlib.sha1(org.oid.encode()).hexdigest()[:6], 16):08d}"
    ds.SoftwareVersions = "3.2.1"
    ds.StudyInstanceUID = study.study_uid
    ds.SeriesInstanceUID = series.series_uid
    ds.StudyID = study.study_id
    ds.SeriesNumber = series.number
    ds.InstanceNumber = inst.number
    ds.RequestedProcedureDescription = doc.service_name[:64]
    block = ds.private_block(0x0029, PRIVATE_CREATOR, create=True)
    block.add_new(0x10, "LO", patient.snils)  # vendors stash identifiers in private tags
    block.add_new(0x11, "LO", f"{patient.surname} {patient.given_name}")
    if inst.burned_in:
        _burned_in(ds, patient, series, study)
    else:
        _image(ds, study, series, inst, rng, world.seed, image_size)
    return ds


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def study_anatomy(seed: int, study: PacsStudy) -> anatomy.Study:
    """The study's own anatomy, drawn from the world's seed and its document (stable across
    processes: not Python's salted `hash`)."""
    digest = hashlib.sha256(f"anatomy:{seed}:{study.document.document_id}".encode()).digest()
    return anatomy.Study(int.from_bytes(digest[:8], "big"))


def pixels_of(seed: int, study: PacsStudy, series: PacsSeries, inst: PacsInstance) -> np.ndarray:
    """The instance's pixels before noise: its study's anatomy seen by its modality and view."""
    body = study_anatomy(seed, study)
    if series.modality == "CT":
        depth = (inst.number - 1) / max(1, len(series.instances) - 1)
        hu = body.ct_head(depth) if series.body_part == "HEAD" else body.ct_chest(depth)
        return anatomy.ct_stored(hu)
    if series.modality == "MG":
        side, view = inst.view.split("-")
        return body.mammogram(side, view)
    return body.radiograph(inst.view)


def _image(
    ds: Dataset,
    study: PacsStudy,
    series: PacsSeries,
    inst: PacsInstance,
    rng: random.Random,
    seed: int,
    image_size: str = "small",
) -> None:
    gen = np.random.default_rng(rng.randrange(2**32))
    values = pixels_of(seed, study, series, inst)
    if image_size == "realistic":
        rows, columns = REALISTIC_MATRIX[series.modality]
        pixels = anatomy.to_pixels_large(values, gen, 12.0, rows, columns)
    else:
        pixels = anatomy.to_pixels(values, gen, noise=12.0)
    ds.set_pixel_data(pixels, "MONOCHROME2", 12, generate_instance_uid=False)
    ds.BurnedInAnnotation = "NO"
    if series.modality == "CT":
        spacing = _ct_geometry(series.body_part, image_size == "realistic")[1]
        ds.SliceThickness = ds.SpacingBetweenSlices = f"{spacing:g}"
        ds.ImagePositionPatient = [-224.0, -224.0, inst.position]
        ds.SliceLocation = inst.position
        ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
        mm = CT_FIELD_OF_VIEW_MM / pixels.shape[0]  # 64 × 7 mm or 512 × 0.875 mm
        ds.PixelSpacing = [mm, mm]
        ds.RescaleIntercept, ds.RescaleSlope = "-1024", "1"
        if inst.number > 1:  # slices reference the first one, as localizer references do
            ref = Dataset()
            ref.ReferencedSOPClassUID = inst.sop_class
            ref.ReferencedSOPInstanceUID = series.instances[0].sop_uid
            ds.ReferencedImageSequence = Sequence([ref])
    elif series.modality == "MG":
        side, view = inst.view.split("-")
        ds.ImageLaterality = side
        ds.ViewPosition = view
    else:
        ds.ViewPosition = inst.view


def _burned_in(ds: Dataset, patient: Person, series: PacsSeries, study: PacsStudy) -> None:
    """A console screenshot: the patient's name (Cyrillic and Latin) and birth date in pixels."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (640, 160), 0)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 30)
    draw.text((16, 20), f"{patient.surname} {patient.given_name}", fill=255, font=font)
    latin = translit(f"{patient.surname} {patient.given_name}").upper()
    draw.text((16, 90), f"{latin} {patient.birth_date:%d.%m.%Y}", fill=255, font=font)
    ds.set_pixel_data(
        np.asarray(image, dtype=np.uint8), "MONOCHROME2", 8, generate_instance_uid=False
    )
    ds.ConversionType = "WSD"
    ds.BurnedInAnnotation = "YES"
    source = Dataset()
    first = study.series[0].instances[0]
    source.ReferencedSOPClassUID = first.sop_class
    source.ReferencedSOPInstanceUID = first.sop_uid
    ds.ReferencedSOPSequence = Sequence([source])


def _part10(ds: Dataset) -> bytes:
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    return buffer.getvalue()


# --- DICOM JSON (PS3.18 F.2) -----------------------------------------------------------------


def _attr(vr: str, *values: Any) -> dict[str, Any]:
    return {"vr": vr, "Value": list(values)} if values else {"vr": vr}


def study_json(study: PacsStudy, world: World, base: str = "/dicomweb") -> dict[str, Any]:
    patient = world.person(study.document.patient_id)
    return {
        "00080020": _attr("DA", study.study_date),
        "00080030": _attr("TM", study.study_time),
        "00080050": _attr("SH", study.accession),
        "00080061": _attr("CS", *study.modalities),
        "00081030": _attr("LO", study.document.service_name[:64]),
        "00081190": _attr("UR", f"{base}/studies/{study.study_uid}"),
        "00100010": _attr(
            "PN", {"Alphabetic": _pn(patient.surname, patient.given_name, patient.patronymic)}
        ),
        "00100020": _attr("LO", patient.enp),
        "00100030": _attr("DA", patient.birth_date.strftime("%Y%m%d")),
        "0020000D": _attr("UI", study.study_uid),
        "00200010": _attr("SH", study.study_id),
        "00201206": _attr("IS", len(study.series)),
        "00201208": _attr("IS", study.instance_count),
    }


def series_json(study: PacsStudy, series: PacsSeries, base: str = "/dicomweb") -> dict[str, Any]:
    return {
        "00080060": _attr("CS", series.modality),
        "0008103E": _attr("LO", series.description),
        "00081190": _attr("UR", f"{base}/studies/{study.study_uid}/series/{series.series_uid}"),
        "00180015": _attr("CS", series.body_part),
        "0020000D": _attr("UI", study.study_uid),
        "0020000E": _attr("UI", series.series_uid),
        "00200011": _attr("IS", series.number),
        "00201209": _attr("IS", len(series.instances)),
    }


def instance_json(
    study: PacsStudy, series: PacsSeries, inst: PacsInstance, base: str = "/dicomweb"
) -> dict[str, Any]:
    url = f"{base}/studies/{study.study_uid}/series/{series.series_uid}/instances/{inst.sop_uid}"
    return {
        "00080016": _attr("UI", inst.sop_class),
        "00080018": _attr("UI", inst.sop_uid),
        "00081190": _attr("UR", url),
        "0020000D": _attr("UI", study.study_uid),
        "0020000E": _attr("UI", series.series_uid),
        "00200013": _attr("IS", inst.number),
    }


def multipart(parts: list[bytes], boundary: str) -> bytes:
    """``multipart/related`` body (RFC 2387) with one application/dicom part per instance."""
    out = io.BytesIO()
    for part in parts:
        out.write(f"--{boundary}\r\nContent-Type: application/dicom\r\n".encode())
        out.write(f"Content-Length: {len(part)}\r\n\r\n".encode())
        out.write(part)
        out.write(b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue()


# --- one archive per world ----------------------------------------------------------------

_ARCHIVES: dict[int, Archive] = {}
_LOCK = threading.Lock()


def archive_for(world: World) -> Archive:
    """The world's archive, built once per world (the server shares one world per process)."""
    with _LOCK:
        archive = _ARCHIVES.get(id(world))
        if archive is None or archive.world is not world:  # ids are reused after GC
            if len(_ARCHIVES) >= 4:  # a test process builds many small worlds
                _ARCHIVES.pop(next(iter(_ARCHIVES)))
            archive = _ARCHIVES[id(world)] = build_archive(world)
        return archive
