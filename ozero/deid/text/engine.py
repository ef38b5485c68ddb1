"""``TextScrubber``: Presidio analysis of Russian clinical text, then typed placeholders.

Built once per process (``get_scrubber``) because loading natasha and compiling the
recognizers costs ~1 s, while a short protocol then takes milliseconds. Errors raised while
analysing are re-raised without their message: Presidio puts matched text into some of its
exception messages, and text here is PHI.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex as re
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.nlp_engine import EntitySpan, NatashaNlpEngine, ner_chunks, ner_spans_many
from ozero.deid.text.ocr import digits_read
from ozero.deid.text.recognizers import (
    KnownIdentifiers,
    KnownIdentifiersRecognizer,
    NatashaRecognizer,
    lexicon,
    rule_recognizers,
)
from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.after_people import case_numbers_after_people
from ozero.deid.text.recognizers.dicom_dump import dump_measure
from ozero.deid.text.recognizers.regions import address_end, address_start, region_alone
from ozero.deid.text.recognizers.repeats import repeated_surnames
from ozero.deid.text.recognizers.series import series_start
from ozero.deid.text.recognizers.system_ids import machine_id
from ozero.deid.text.spacing import close_up, span_back
from ozero.deid.text.surrogates import SurrogateGenerator
from ozero.deid.text.tails import head_start, tail_end
from ozero.deid.text.typography import plain_typography
from ozero.identifiers import is_valid_snils

log = logging.getLogger(__name__)

DEFAULT_PLACEHOLDERS: dict[str, str] = {
    E.PERSON: "[ФИО]",
    E.SNILS: "[СНИЛС]",
    E.ENP: "[ПОЛИС]",
    E.INN: "[ИНН]",
    E.PASSPORT: "[ПАСПОРТ]",
    E.PHONE: "[ТЕЛЕФОН]",
    E.EMAIL: "[EMAIL]",
    E.DATE: "[ДАТА]",
    E.BIRTH_DATE: "[ДАТА]",
    E.ADDRESS: "[АДРЕС]",
    E.LOCATION: "[АДРЕС]",
    E.OTHER_ID: "[НОМЕР]",
    E.RECORD_ID: "[НОМЕР]",
    E.BIRTH_CERT: "[СВИДЕТЕЛЬСТВО]",
}
FALLBACK_PLACEHOLDER = "[СКРЫТО]"
CACHE_SIZE = 8192  # analysed texts kept per process: OMS claim comments repeat a lot
CACHE_MAX_CHARS = 4000  # long protocols are unique; do not let them evict short comments
# Texts whose NER chunks are tagged together: enough chunks to sort out most padding, few
# enough texts that holding their tokens and rule results between the passes costs little.
NER_WINDOW = 256
# PERSON spans separated only by these characters are one name («Петровой» «Анной Сергеевной»).
_NAME_GLUE = frozenset(" \t-")
# ADDRESS/LOCATION spans separated only by these are one address («г. Казань», «ул. Баумана»).
_ADDRESS_GLUE = frozenset(" \t,")
_PLACES = frozenset({E.ADDRESS, E.LOCATION})


class ScrubError(RuntimeError):
    """Analysis failed; the original exception's text is withheld because it may hold PHI."""


@dataclass(frozen=True)
class Finding:
    """One detected span in the original text (``text[start:end]``)."""

    type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class ScrubResult:
    text: str
    findings: list[Finding]

    def __repr__(self) -> str:  # scrubbed text may still hold a miss: keep it out of logs
        return f"ScrubResult(chars={len(self.text)}, findings={len(self.findings)})"


def resolve_overlaps(text: str, findings: list[Finding]) -> list[Finding]:
    """Non-overlapping findings: the longer span wins, then the higher score.

    A loser of another type than every winner over it keeps what they leave of it (where it
    has a letter or a digit): a phone that wins over part of a record number must not unmask
    the record's other digits. (A loser of the same type is one kind read twice — a name by
    the rules and by NER — and the winner's reading stands.)"""
    kept: list[Finding] = []
    lost: list[Finding] = []
    for f in sorted(findings, key=lambda f: (-(f.end - f.start), -f.score, f.start)):
        (lost if any(_overlap(f, k) for k in kept) else kept).append(f)
    for f in lost:
        over = _overlapping(f, kept)
        if all(k.type != f.type for k in over):
            kept.extend(_uncovered_parts(text, f, over))
        elif f.type == E.PERSON:
            parts = _uncovered_parts(text, f, over)
            shared = _shares_initials(text, f, over) and f.score >= max(k.score for k in over)
            # «Врач Медведев» (NER) over «Медведев С.А.»: keep «С.А.»; «Канев Е.М. Креатинин»
            # read by the rules both ways, «Е.М. Креатинин» over «Канев Е.М.»: the initials
            # stand between two words either may be the surname of, and both are masked (a
            # weaker reading's word is not: NER's «Ж.Г. Служебная» beside the rules' name)
            kept.extend(p for p in parts if shared or _INITIALS.fullmatch(text, p.start, p.end))
    return sorted(kept, key=lambda f: f.start)


# what a name read twice may leave outside the longer reading: its initials (their last
# period trimmed off with the rest of a part's punctuation)
_INITIALS = re.compile(r"[А-ЯЁ](?:\.\s?[А-ЯЁ])?")


def _shares_initials(text: str, finding: Finding, over: list[Finding]) -> bool:
    """``finding`` and a longer reading over it overlap on initials alone («Е.М.»)."""
    return any(
        _INITIALS.fullmatch(text[max(f.start, finding.start) : min(f.end, finding.end)].strip(". "))
        is not None
        for f in over
    )


def _overlap(a: Finding, b: Finding) -> bool:
    return a.start < b.end and b.start < a.end


def _free(start: int, end: int, findings: list[Finding]) -> bool:
    """No finding overlaps text[start:end]."""
    return all(end <= f.start or start >= f.end for f in findings)


def _overlapping(finding: Finding, kept: list[Finding]) -> list[Finding]:
    return sorted((k for k in kept if _overlap(finding, k)), key=lambda k: k.start)


def _uncovered_parts(text: str, finding: Finding, over: list[Finding]) -> list[Finding]:
    """The pieces of ``finding`` outside the findings ``over`` it, trimmed to letters and
    digits (none when nothing of either is left)."""
    pieces, at = [], finding.start
    for k in over:
        if k.start > at:
            pieces.append((at, k.start))
        at = max(at, k.end)
    if at < finding.end:
        pieces.append((at, finding.end))
    parts = []
    for start, end in pieces:
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if start < end:
            parts.append(Finding(finding.type, start, end, finding.score))
    return parts


def merge_adjacent_names(text: str, findings: list[Finding]) -> list[Finding]:
    """Join PERSON spans split by NER or by part-wise matching into one name span."""
    merged: list[Finding] = []
    for f in findings:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.type == f.type == E.PERSON
            and set(text[prev.end : f.start]) <= _NAME_GLUE
        ):
            merged[-1] = Finding(E.PERSON, prev.start, f.end, max(prev.score, f.score))
        else:
            merged.append(f)
    return merged


def merge_adjacent_places(text: str, findings: list[Finding]) -> list[Finding]:
    """Join ADDRESS and LOCATION spans split only by commas or spaces into one ADDRESS
    (NER's «Казань» beside a rule's «ул. Баумана, д. 19»): one placeholder, one surrogate."""
    merged: list[Finding] = []
    for f in findings:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.type in _PLACES
            and f.type in _PLACES
            and set(text[prev.end : f.start]) <= _ADDRESS_GLUE
        ):
            end = max(prev.end, f.end)  # (a place may lie inside one widened by its region)
            merged[-1] = Finding(E.ADDRESS, prev.start, end, max(prev.score, f.score))
        else:
            merged.append(f)
    return merged


def with_regions(text: str, findings: list[Finding]) -> list[Finding]:
    """Each place with the region (and postcode) written against it (``regions``): «ЯО, г.
    Рыбинск, …», «…, г. Ижевск, УР, 426000». Run before ``merge_adjacent_places``, which then
    joins a town and its street across the region between («Нальчик (КБР), ул. …»)."""
    ordered = sorted(findings, key=lambda f: (f.start, f.end))
    out: list[Finding] = []
    floor = 0  # the furthest end of the other findings before (places overlapping it merge)
    for i, f in enumerate(ordered):
        if f.type not in _PLACES:
            floor = max(floor, f.end)
        else:
            ceiling = next((g.start for g in ordered[i + 1 :] if g.type not in _PLACES), len(text))
            start = address_start(text, f.start, min(floor, f.start))
            end = address_end(text, f.end, max(ceiling, f.end))
            if (start, end) != (f.start, f.end):
                f = Finding(f.type, start, end, f.score)
        out.append(f)
    return sorted(out, key=lambda f: (f.start, f.end))


def with_tails(text: str, findings: list[Finding]) -> list[Finding]:
    """Each finding with what its span runs on into (``tails``: a number's part wrapped onto
    the next line or its head left on the previous one, a person's last initial), up to its
    neighbours."""
    ordered = sorted(findings, key=lambda f: (f.start, f.end))
    out: list[Finding] = []
    for i, f in enumerate(ordered):
        start, end = (
            head_start(text, f.type, f.start, f.end),
            tail_end(text, f.type, f.start, f.end),
        )
        if start < (out[-1].end if out else 0):
            start = f.start
        if end > (ordered[i + 1].start if i + 1 < len(ordered) else len(text)):
            end = f.end
        if (start, end) != (f.start, f.end):
            f = Finding(f.type, start, end, f.score)
        out.append(f)
    return out


def without_lone_regions(text: str, findings: list[Finding]) -> list[Finding]:
    """Drop a place that is one subject of the federation and nothing finer (``regions``):
    run after ``merge_adjacent_places``, so a region written with its town stays inside
    the address it belongs to."""
    return [f for f in findings if f.type not in _PLACES or not region_alone(text, f.start, f.end)]


def with_series(text: str, findings: list[Finding]) -> list[Finding]:
    """Each record number with the series written before its digits (``series_start``)."""
    out: list[Finding] = []
    for f in findings:
        if f.type == E.RECORD_ID and text[f.start : f.start + 1].isdigit():
            start = series_start(text, f.start, out[-1].end if out else 0)
            f = Finding(f.type, start, f.end, f.score) if start != f.start else f
        out.append(f)
    return out


# Eleven digits as a Russian phone is dialled: 8 or 7, then the first digit of a zone code
# (3xx and 4xx cities, 8xx cities and free lines, 9xx mobiles). In the benches' development
# halves 472 such numbers are phones, 16 SNILS (their checksum tells) and none a record.
_DIALLED = re.compile(r"[78][3489]\d{9}")


def phones_over_their_records(text: str, findings: list[Finding]) -> list[Finding]:
    """Drop a record number that a phone finding reads on exactly its span, when the digits
    are dialled as a phone and are no SNILS: a number after a person's name in a letter's
    signature («…, Байгильдин Б.С., 83426083975») is read as a record by the list rules, and
    a record wins over a phone on score."""
    phones = {(f.start, f.end) for f in findings if f.type == E.PHONE}
    if not phones:
        return findings
    return [
        f
        for f in findings
        if not (
            f.type == E.RECORD_ID
            and (f.start, f.end) in phones
            and _DIALLED.fullmatch(text, f.start, f.end)
            and not is_valid_snils(text[f.start : f.end])
        )
    ]


def _machine_record(text: str, finding: Finding) -> bool:
    """A record number that is a machine's id of one message or session (``system_ids``),
    or a DICOM dump's length column or age (``dicom_dump``)."""
    return finding.type in (E.RECORD_ID, E.OTHER_ID) and (
        machine_id(text, finding.start, finding.end)
        or dump_measure(text, finding.start, finding.end)
    )


CASE_NUMBER_SCORE = 0.7


def with_case_numbers(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings, and a record for each case number written right after a person
    (``case_numbers_after_people``) that no finding covers yet."""
    spans = [(f.start, f.end, f.type) for f in findings]
    extra = [
        Finding(E.RECORD_ID, start, end, CASE_NUMBER_SCORE)
        for start, end in case_numbers_after_people(text, spans)
        if _free(start, end, findings)
    ]
    return sorted(findings + extra, key=lambda f: f.start) if extra else findings


REPEAT_SCORE = 0.7


def add_repeated_surnames(text: str, findings: list[Finding]) -> list[Finding]:
    """A surname of a full name found in the document, written again alone elsewhere in it
    («Л.Ф. Долгих, ассистент Долгих»), is that person too."""
    names = [(f.start, f.end) for f in findings if f.type == E.PERSON]
    if not names:
        return findings
    extra = [
        Finding(E.PERSON, start, end, REPEAT_SCORE)
        for start, end in repeated_surnames(text, names)
        if _free(start, end, findings)
    ]
    return sorted(findings + extra, key=lambda f: f.start) if extra else findings


KnownKey = tuple[tuple, tuple, tuple]


def _known_key(known: KnownIdentifiers | None) -> KnownKey | None:
    if not known or not (known.names or known.phones or known.identifiers):
        return None
    return (
        tuple(tuple(n) for n in known.names),
        tuple(known.phones),
        tuple(known.identifiers),
    )


class _LRU:
    """A small thread-safe LRU of analysis results (findings are immutable)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):  # noqa: ANN001, ANN201 - any hashable → stored value or None
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key, value) -> None:  # noqa: ANN001
        if self.size <= 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


class _ShallowList(list):
    """A result list whose deep copy is a shallow one (see ``_ContextEnhancer``)."""

    def __deepcopy__(self, memo: dict) -> list:
        return list(self)


class _ContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer minus its defensive deep copy of every result:
    ours are built fresh for each text, and the copy cost ~18 % of a document's time."""

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: ANN001, ANN201, E501
        return super().enhance_using_context(
            text, _ShallowList(raw_results), nlp_artifacts, recognizers, context
        )


def _rescores_own_results(recognizer: EntityRecognizer) -> bool:
    return type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context


class _Analyzer(AnalyzerEngine):
    """Presidio's analyzer, minus a loop that cost ~7 % of a document's time.

    Before the context enhancer, Presidio offers each recognizer its own results to
    re-score, filtering all results twice per recognizer (recognizers × results). None of
    ours re-scores (each keeps EntityRecognizer's no-op), so the results are only put in
    recognizer order — what that loop returns — and handed to the context enhancer. A
    recognizer that does re-score sends the text through Presidio's own loop."""

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: ANN001, ANN201, E501
        if any(_rescores_own_results(r) for r in recognizers):
            return super()._enhance_using_context(
                text, raw_results, nlp_artifacts, recognizers, context
            )
        order = {recognizer.id: n for n, recognizer in enumerate(recognizers)}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        owned = [r for r in raw_results if r.recognition_metadata[key] in order]
        owned.sort(key=lambda r: order[r.recognition_metadata[key]])
        return self.context_aware_enhancer.enhance_using_context(
            text=text,
            raw_results=owned,
            nlp_artifacts=nlp_artifacts,
            recognizers=recognizers,
            context=context,
        )


@dataclass
class _RulesDone:
    """One text between the rules and NER: what ``TextScrubber._finish`` needs."""

    text: str
    plain: str  # the text in plain typography (``plain_typography``: same length)
    closed: tuple[str, list[int]] | None  # ``close_up``'s closed text and offset map
    analysed: str  # the closed text, or the plain text
    key: KnownKey | None
    cacheable: bool
    tokens: NlpArtifacts
    results: list[RecognizerResult]
    chunks: list[tuple[int, int]]


class TextScrubber:
    """Finds and replaces PHI in Russian free text (protocols, conclusions, complaints).

    Two Presidio ``AnalyzerEngine`` passes share one natasha NLP engine: the rule
    recognizers first (tokens only, no NER), then natasha's NER only over the sentences
    that still hold an unexplained capitalised word. The NER is ~2/3 of the cost of a
    document and the rules already explain most capitals, so most texts never reach it.
    """

    def __init__(
        self,
        placeholders: dict[str, str] | None = None,
        scrub_all_dates: bool = True,
        score_threshold: float = 0.5,
        surrogates: SurrogateGenerator | None = None,
        surrogate_types: Iterable[str] | None = None,
        cache_size: int = CACHE_SIZE,
        keep_room_numbers: bool = True,
        keep_regions: bool = True,
    ) -> None:
        """``surrogates`` switches replacement to consistent fakes for ``surrogate_types``
        (default: every type); other types keep their placeholders. ``keep_room_numbers``
        False reports ward and room numbers («палата № 5») as OTHER_ID. ``keep_regions``
        False masks a subject of the federation named alone too (``regions``): for a release
        that generalises or withholds the patient's region."""
        if lexicon.ABLATE_KINDS:
            log.warning(
                "OZERO_TEXT_ABLATE_KINDS=1: document words are ignored (a bench switch); "
                "record numbers will be missed — unset it outside benchmarks"
            )
        self.surrogates = surrogates
        self.surrogate_types = frozenset(surrogate_types) if surrogate_types else None
        self.placeholders = {**DEFAULT_PLACEHOLDERS, **(placeholders or {})}
        self.scrub_all_dates = scrub_all_dates
        self.score_threshold = score_threshold
        self.keep_regions = keep_regions
        self._nlp = NatashaNlpEngine()
        self._analyzer = self._engine(rule_recognizers(keep_room_numbers))
        self._ner_analyzer = self._engine([NatashaRecognizer()])
        self._cache = _LRU(cache_size)
        self._known_recognizers = _LRU(256)

    def _engine(self, recognizers: list) -> AnalyzerEngine:
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[E.LANGUAGE])
        return _Analyzer(
            nlp_engine=self._nlp,
            registry=registry,
            supported_languages=[E.LANGUAGE],
            context_aware_enhancer=_ContextEnhancer(),
        )

    def analyze(self, text: str, known: KnownIdentifiers | None = None) -> list[Finding]:
        """PHI spans in ``text``, non-overlapping, sorted by position."""
        return self.analyze_many([text], [known])[0]

    def analyze_many(
        self, texts: Sequence[str | None], known: Sequence[KnownIdentifiers | None] | None = None
    ) -> list[list[Finding]]:
        """``analyze`` over a batch (a Spark Arrow batch: `plan.py`); None → no findings.

        The rules run text by text; NER then runs once over the chunks of up to
        ``NER_WINDOW`` texts, which finds the same spans as text by text with less padding
        (``ner_spans_many``), while only a window's texts wait between the two."""
        knowns = known if known is not None else [None] * len(texts)
        found: list[list[Finding]] = []
        for w in range(0, len(texts), NER_WINDOW):
            found += self._analyze_window(texts[w : w + NER_WINDOW], knowns[w : w + NER_WINDOW])
        return found

    def _analyze_window(
        self, texts: Sequence[str | None], knowns: Sequence[KnownIdentifiers | None]
    ) -> list[list[Finding]]:
        found: list[list[Finding]] = [[] for _ in texts]
        pending: list[tuple[int, _RulesDone]] = []
        first: dict[tuple[str, KnownKey | None], int] = {}  # a text repeated in the window
        repeats: list[tuple[int, int]] = []
        for n, (text, header) in enumerate(zip(texts, knowns)):
            if not text or not text.strip():
                continue
            key = _known_key(header)
            cacheable = len(text) <= CACHE_MAX_CHARS
            hit = self._cache.get((text, key)) if cacheable else None
            if hit is not None:
                found[n] = list(hit)
            elif (text, key) in first:
                repeats.append((n, first[text, key]))
            else:
                first[text, key] = n
                pending.append((n, self._rules(text, key, header, cacheable)))
        try:
            spans = ner_spans_many([(done.analysed, done.chunks) for _, done in pending])
        except Exception as exc:  # noqa: BLE001 - rewrapped without PHI-bearing message
            raise ScrubError(f"text analysis failed ({type(exc).__name__})") from None
        for (n, done), entities in zip(pending, spans):
            found[n] = self._finish(done, entities)
        for n, same in repeats:
            found[n] = list(found[same])
        return found

    def _rules(
        self, text: str, key: KnownKey | None, known: KnownIdentifiers | None, cacheable: bool
    ) -> _RulesDone:
        """The rule recognizers' results on ``text`` and the chunks left for NER."""
        # «СНИЛС 123‑456‑789 64»: no-break spaces and hyphens as plain ones (same length)
        plain = plain_typography(text)
        closed = close_up(plain)  # «В о л к о в а»: analysed as «Волкова», mapped back
        # «тел. 8 938 91 О0 645»: OCR's letters in numbers read as digits (same length)
        analysed = digits_read(closed[0] if closed else plain)
        ad_hoc: list[EntityRecognizer] | None = (
            [self._known_recognizer(key, known)] if key and known else None
        )
        try:
            tokens = self._nlp.process_text(analysed, E.LANGUAGE, ner_chunks=[])
            results: list[RecognizerResult] = self._analyzer.analyze(
                text=analysed,
                language=E.LANGUAGE,
                ad_hoc_recognizers=ad_hoc,
                score_threshold=self.score_threshold,
                nlp_artifacts=tokens,
            )
            chunks = ner_chunks(analysed, [(r.start, r.end) for r in results])
        except Exception as exc:  # noqa: BLE001 - rewrapped without PHI-bearing message
            raise ScrubError(f"text analysis failed ({type(exc).__name__})") from None
        return _RulesDone(text, plain, closed, analysed, key, cacheable, tokens, results, chunks)

    def _finish(self, done: _RulesDone, entities: list[EntitySpan]) -> list[Finding]:
        """NER's results added to the rules', then overlaps and neighbours resolved."""
        text, closed, results = done.plain, done.closed, done.results
        if done.chunks:
            try:
                results = results + self._ner_analyzer.analyze(
                    text=done.analysed,
                    language=E.LANGUAGE,
                    score_threshold=self.score_threshold,
                    nlp_artifacts=self._nlp.with_spans(done.tokens, entities),
                )
            except Exception as exc:  # noqa: BLE001 - rewrapped without PHI-bearing message
                raise ScrubError(f"text analysis failed ({type(exc).__name__})") from None
        findings = [
            Finding(
                r.entity_type,
                *(span_back(closed[1], r.start, r.end) if closed else (r.start, r.end)),
                float(r.score),
            )
            for r in results
            if self.scrub_all_dates or r.entity_type != E.DATE
        ]
        findings = [f for f in findings if not _machine_record(text, f)]
        findings = phones_over_their_records(text, findings)
        findings = with_case_numbers(text, with_series(text, resolve_overlaps(text, findings)))
        findings = with_tails(text, add_repeated_surnames(text, findings))
        findings = merge_adjacent_places(
            text, with_regions(text, merge_adjacent_names(text, findings))
        )
        if self.keep_regions:
            findings = without_lone_regions(text, findings)
        if done.cacheable:
            self._cache.put((done.text, done.key), tuple(findings))
        return findings

    def _known_recognizer(
        self, key: KnownKey, known: KnownIdentifiers
    ) -> KnownIdentifiersRecognizer:
        """Compiled once per header: a patient's many notes share one recognizer."""
        recognizer = self._known_recognizers.get(key)
        if recognizer is None:
            recognizer = KnownIdentifiersRecognizer(known)
            self._known_recognizers.put(key, recognizer)
        return recognizer

    def scrub(self, text: str, known: KnownIdentifiers | None = None) -> ScrubResult:
        """``text`` with each finding replaced by its typed placeholder (or surrogate)."""
        return self.replace(text, self.analyze(text, known))

    def scrub_many(
        self, texts: Sequence[str | None], known: Sequence[KnownIdentifiers | None] | None = None
    ) -> list[ScrubResult | None]:
        """``scrub`` over a batch; a None text stays None."""
        findings = self.analyze_many(texts, known)
        return [None if t is None else self.replace(t, f) for t, f in zip(texts, findings)]

    def replace(self, text: str, findings: list[Finding]) -> ScrubResult:
        """``text`` with ``findings`` (from ``analyze``) replaced."""
        pieces: list[str] = []
        cursor = 0
        for f in findings:
            pieces.append(text[cursor : f.start])
            pieces.append(self.replacement(f.type, text[f.start : f.end]))
            cursor = f.end
        pieces.append(text[cursor:])
        return ScrubResult("".join(pieces), findings)

    def replacement(self, entity_type: str, original: str) -> str:
        """Surrogate when configured for this type, else the typed placeholder."""
        if self.surrogates is not None and (
            self.surrogate_types is None or entity_type in self.surrogate_types
        ):
            return self.surrogates.surrogate(entity_type, original)
        return self.placeholders.get(entity_type, FALLBACK_PLACEHOLDER)


_scrubber: TextScrubber | None = None
_scrubber_lock = threading.Lock()


def get_scrubber() -> TextScrubber:
    """The process-wide default scrubber (Spark executors call this inside UDFs)."""
    global _scrubber
    if _scrubber is None:
        with _scrubber_lock:
            if _scrubber is None:
                _scrubber = TextScrubber()
    return _scrubber
