"""The shared shape of Ozero's rule-based recognizers: one entity type, no model to load,
results tagged with the recognizer that found them (Presidio's decision process reads it)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import ClassVar, Protocol

import regex as re
from presidio_analyzer import (
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS

from ozero.deid.text.recognizers import entities as E

# Between a field's key and its value in machine text and forms: a quote, «=», «:» or an
# element's «>», and a quote (JSON's «"street": "…"», XML's «<flat>12», «house=5», «Дом: 5»)
KEY_GIVES_VALUE = r"[\"']?\s*(?:[:=]|>)\s*[\"']?"


class SingleEntityRecognizer(LocalRecognizer):
    name: str  # set by presidio's EntityRecognizer.__init__; mypy cannot infer it there
    ENTITY: str = ""
    SCORE: float = 0.7

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=E.LANGUAGE)

    def load(self) -> None:
        pass

    def result(self, start: int, end: int, score: float) -> RecognizerResult:
        return result_of(self, self.ENTITY, start, end, score)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """``spans`` as results, when this recognizer's entity is asked for (a recognizer
        that needs more than spans overrides this)."""
        if self.ENTITY not in entities:
            return []
        return [self.result(start, end, self.SCORE) for start, end in self.spans(text)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        raise NotImplementedError


class GroupRecognizer(SingleEntityRecognizer):
    """The spans of one named group of one pattern: a number after the words that say whose
    it is («бронь URLKZK», «таб. 51002»)."""

    PATTERN: ClassVar[re.Pattern[str]]
    GROUP: ClassVar[str] = "num"

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span(self.GROUP) for m in self.PATTERN.finditer(text)]


log = logging.getLogger(__name__)


class GatedPatternRecognizer(PatternRecognizer):
    """Presidio's pattern recognizer, except that a pattern named in ``GATES`` is tried only
    in a text holding one of its words (compared case-folded).

    A pattern that needs «паспорт» or «ИНН» before its number scans every offset of every
    text for it; most texts hold neither word, and a substring test is far cheaper than the
    scan. The results are Presidio's own (``PatternRecognizer.analyze``): same spans, scores,
    explanations, validation and duplicates removed. Every gate word must be one the pattern
    itself names (checked when the recognizer is built), so a pattern that matched in a
    text always had its word there."""

    GATES: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    # set by Presidio's constructors; mypy cannot infer them there
    name: str
    patterns: list[Pattern]
    global_regex_flags: int

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        patterns = {pattern.name: pattern for pattern in self.patterns}
        for name, words in self.GATES.items():
            written = patterns[name].regex.replace("\\", "").casefold()  # KeyError: a stale gate
            missing = [word for word in words if word not in written]
            if missing or not words:
                raise ValueError(f"gate of {name} names words its pattern lacks: {missing}")

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        flags: int = regex_flags if regex_flags else self.global_regex_flags
        folded: str | None = None
        results: list[RecognizerResult] = []
        for pattern in self.patterns:
            words = self.GATES.get(pattern.name)
            if words:
                folded = text.casefold() if folded is None else folded
                if not any(word in folded for word in words):
                    continue
            results += self._pattern_results(text, pattern, flags)
        return EntityRecognizer.remove_duplicates(results)

    def _pattern_results(self, text: str, pattern: Pattern, flags: int) -> list[RecognizerResult]:
        """One pattern's results, built as Presidio's ``__analyze_patterns`` builds them."""
        compiled = pattern.compiled_regex
        if not compiled or pattern.compiled_with_flags != flags:
            compiled = re.compile(pattern.regex, flags=flags)
            pattern.compiled_with_flags = flags  # type: ignore[assignment]  # Presidio's None
            pattern.compiled_regex = compiled
        results: list[RecognizerResult] = []
        try:
            for match in compiled.finditer(text, timeout=REGEX_TIMEOUT_SECONDS):
                start, end = match.span()
                if start == end:
                    continue
                found = text[start:end]
                validation = self.validate_result(found)
                explanation = self.build_regex_explanation(
                    self.name,
                    pattern.name,
                    pattern.regex,
                    pattern.score,
                    validation,  # type: ignore[arg-type]  # None (no validator), as Presidio passes
                    flags,
                )
                result = RecognizerResult(
                    entity_type=self.supported_entities[0],
                    start=start,
                    end=end,
                    score=pattern.score,
                    analysis_explanation=explanation,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
                if validation is not None:
                    result.score = (
                        EntityRecognizer.MAX_SCORE if validation else EntityRecognizer.MIN_SCORE
                    )
                if self.invalidate_result(found):
                    result.score = EntityRecognizer.MIN_SCORE
                if result.score > EntityRecognizer.MIN_SCORE:
                    results.append(result)
                explanation.score = result.score
        except TimeoutError:  # Presidio's behaviour: the pattern is skipped, the rest go on
            log.warning(
                "pattern %s timed out after %s s, skipped", pattern.name, REGEX_TIMEOUT_SECONDS
            )
        return results


class Named(Protocol):
    """What a result records of the recognizer that found it."""

    @property
    def name(self) -> str: ...

    @property
    def id(self) -> str: ...


def result_of(
    recognizer: Named, entity: str, start: int, end: int, score: float
) -> RecognizerResult:
    """A result that names the recognizer that found it (Presidio's context step groups
    results by that id)."""
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )


class Alternation:
    """A pattern ``A|B|…`` kept as its top-level alternatives compiled one by one and
    scanned as the whole pattern would be: ``finditer`` gives the very matches of the joined
    pattern's. (The regex module scans fast for the first character of a pattern, but not
    for an alternation of branches with different openings: each branch is then tried at
    every offset. Searched alone, each keeps its fast scan.)"""

    def __init__(self, pattern: str, required: Iterable[str] = ()) -> None:
        """``required``: pieces of the pattern; a branch that holds one whole at its top
        level cannot match in a text where the piece alone finds nothing, and is not
        searched there (``required_piece``)."""
        self.pattern = pattern
        flags = re.compile(pattern).flags
        self.branches = tuple(re.compile(b) for b in top_level_alternatives(pattern))
        if any(b.flags != flags for b in self.branches):
            raise ValueError("a branch sets a global inline flag: scan the pattern whole")
        pieces = [required_piece(b.pattern, required) for b in self.branches]
        self.gates = tuple(None if p is None else re.compile(p) for p in pieces)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The joined pattern's ``finditer``: its leftmost match is the leftmost of the
        branches' (the first branch wins a tie, as alternation tries branches in order),
        and the scan goes on after it. (No branch matches the empty string here; if one
        did, the scan would step over it.)"""
        found = [
            None if gate is not None and gate.search(text) is None else branch.search(text)
            for branch, gate in zip(self.branches, self.gates)
        ]
        if len(found) == 1:
            if found[0] is not None:
                yield from self.branches[0].finditer(text)
            return
        pos = 0
        while True:
            best: re.Match[str] | None = None
            for i, m in enumerate(found):
                if m is not None and m.start() < pos:
                    m = found[i] = self.branches[i].search(text, pos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = max(best.end(), best.start() + 1)


def required_piece(branch: str, pieces: Iterable[str]) -> str | None:
    """The first of ``pieces`` written whole at the top level of ``branch`` (outside any
    group, set or alternation, and not repeated): every match of the branch holds a match
    of that piece, so a text where the piece alone finds nothing has no match of it."""
    levels = _levels(branch)
    if any(c == "|" and depth == 0 for c, depth in zip(branch, levels)):
        return None  # an alternation: no piece is every branch's
    for piece in pieces:
        inside = _levels(piece)
        if inside[-1] != 0 or any(
            depth is not None and (depth < 0 or (depth == 0 and c == "|"))
            for c, depth in zip(piece, inside)
        ):
            continue  # unbalanced, or an alternation: no run of items of a sequence
        at = branch.find(piece)
        while at != -1:
            end = at + len(piece)
            if levels[at] == 0 and levels[end] == 0 and branch[end : end + 1] not in _REPEATS:
                return piece
            at = branch.find(piece, at + 1)
    return None


_REPEATS = ("?", "*", "+", "{")


def _levels(pattern: str) -> list[int | None]:
    """For each offset of ``pattern`` (and its end), the depth of groups it stands at when
    an item may begin there; None inside a set or an escape."""
    levels: list[int | None] = [None] * (len(pattern) + 1)
    depth = 0
    for i, c in _structure(pattern):
        levels[i] = depth
        depth += (c == "(") - (c == ")")
    levels[len(pattern)] = depth
    return levels


def top_level_alternatives(pattern: str) -> list[str]:
    """The branches of ``pattern``'s top-level alternation: ``A|B`` gives ``A``, ``B``; a
    group around all of it, ``(?:A|B)``, gives the same; a group with what must follow every
    branch, ``(?:A|B)S``, gives ``(?:A)S``, ``(?:B)S`` (tried in the same order)."""
    branches, start, depth = [], 0, 0
    for i, c in _structure(pattern):
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    if branches or not pattern.startswith("(?:"):
        return [*branches, pattern[start:]]
    close = _closing(pattern)
    suffix = pattern[close + 1 :]
    if suffix[:1] in _REPEATS:
        return [pattern]  # a repeated group: no branch stands alone
    inner = top_level_alternatives(pattern[3:close])
    return [f"(?:{b}){suffix}" if suffix else b for b in inner] if len(inner) > 1 else [pattern]


def _closing(pattern: str) -> int:
    """The offset of the parenthesis closing the one ``pattern`` opens with."""
    depth = 0
    for i, c in _structure(pattern):
        depth += (c == "(") - (c == ")")
        if depth == 0:
            return i
    return -1


def _structure(pattern: str) -> Iterator[tuple[int, str]]:
    """Offsets and characters of ``pattern`` where an item may begin: every character
    outside escapes, sets and counted repeats, and the «\\» of an escape and the «[» of a
    set (whose insides are skipped, as a repeat's «{m,n}» is)."""
    i, in_set = 0, False
    while i < len(pattern):
        c = pattern[i]
        if in_set:
            if c == "\\":
                i += 1
            in_set = c != "]"
            i += 1
            continue
        repeat = _COUNTED.match(pattern, i) if c == "{" else None
        if repeat is not None:
            i = repeat.end()
            continue
        yield i, c
        if c == "\\":
            i += 2
        elif c == "[":
            in_set = True
            i += 1 + pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i)  # a «]» first in a set is one of its characters
        else:
            i += 1


_COUNTED = re.compile(r"\{\d*(?:,\d*)?\}")
