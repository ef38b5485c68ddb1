"""The batch API: NER over a whole batch's chunks finds what it finds text by text."""

from __future__ import annotations

import pytest

from ozero.deid.text import TextScrubber, engine
from ozero.deid.text.nlp_engine import _NatashaModels, ner_chunks, ner_spans_many
from ozero.deid.text.recognizers.known import KnownIdentifiers

# Short and long texts mixed (the batch sorts their chunks by length), names only NER finds
# among them, a letter-spaced name (analysed closed up, mapped back) and repeats.
TEXTS = [
    "Вчера приезжал Тимур Бекмамбетов из Казани, передал выписку.",
    None,
    "",
    "ЭКГ: ритм синусовый.",
    "Пациентку вела Гюльнара Ахмедовна Сафиуллина; консультировал Отто Шмидт из Риги. "
    "Повторный осмотр назначен, рекомендации даны, Ярослав Гаврилюк уведомлён по телефону "
    "8-916-123-45-67.",
    "Со слов В о л к о в о й боли усилились после нагрузки.",
    "Вчера приезжал Тимур Бекмамбетов из Казани, передал выписку.",
    "Жалобы со слов Аминат Курбановой: слабость, одышка.",
]
KNOWN = KnownIdentifiers(names=[("Курбанова", "Аминат", "Руслановна")], phones=["8-916-123-45-67"])


@pytest.fixture(scope="module")
def uncached() -> TextScrubber:
    """A scrubber without its per-text cache, so every call analyses."""
    return TextScrubber(cache_size=0)


@pytest.mark.parametrize("window", [3, 256])
def test_a_batch_finds_what_each_text_finds_alone(
    uncached: TextScrubber, window: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether the batch is one NER window or several (a repeat in the next window)."""
    monkeypatch.setattr(engine, "NER_WINDOW", window)
    known = [KNOWN if t and "Курбанов" in t else None for t in TEXTS]
    batch = uncached.analyze_many(TEXTS, known)
    alone = [uncached.analyze(t, k) if t else [] for t, k in zip(TEXTS, known)]
    assert batch == alone
    found = {TEXTS[n][f.start : f.end] for n, spans in enumerate(batch) for f in spans}
    assert {"Тимур Бекмамбетов", "В о л к о в о й", "Аминат Курбановой"} <= found


def test_ner_over_many_texts_maps_each_span_back_to_its_text() -> None:
    texts = [t for t in TEXTS if t]
    items = [(t, ner_chunks(t)) for t in texts]
    _, tagger = _NatashaModels.get()
    expected = []
    for text, chunks in items:  # each chunk tagged alone, its spans shifted by hand
        spans = []
        for start, end in chunks:
            spans += [(start + s.start, start + s.stop) for s in tagger(text[start:end]).spans]
        expected.append(spans)
    got = [[(e.start_char, e.end_char) for e in found] for found in ner_spans_many(items)]
    assert got == expected and sum(map(len, got)) >= 4


def test_a_text_repeated_in_a_batch_is_analysed_once(
    uncached: TextScrubber, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysed: list[str] = []
    rules = uncached._rules

    def counting(text, *args):  # noqa: ANN001, ANN202 - spy
        analysed.append(text)
        return rules(text, *args)

    monkeypatch.setattr(uncached, "_rules", counting)
    first, other, again = uncached.analyze_many([TEXTS[0], TEXTS[3], TEXTS[0]])
    assert analysed == [TEXTS[0], TEXTS[3]]
    assert again == first and again is not first and first
