"""Masks of `segment` tasks: Label Studio's brush RLE (decoded against a stream assembled by
hand from the format's description, and round-tripped through Ozero's encoder), Ozero's
COCO-style RLE, the pull mapping of a brush region and the Dice / IoU of a round."""

from __future__ import annotations

import json
from datetime import datetime

import numpy as np
import pytest

from ozero.labels import configs, masks, rounds
from ozero.labels.pull import normalise

WHITE, CLEAR = [255] * 4, [0] * 4


def _stream(*chunks: str, count: int) -> list[int]:
    """A brush RLE assembled bit by bit: header (values, word size 8, field sizes 3, 4, 8,
    16), the chunks, zero padding to whole bytes."""
    bits = f"{count:032b}" + "00111" + "0010" + "0011" + "0111" + "1111" + "".join(chunks)
    bits += "0" * (-len(bits) % 8)
    return [int(bits[i : i + 8], 2) for i in range(0, len(bits), 8)]


# a 2x2 image whose top-right pixel is painted, as the tool could write it: one repeat
# chunk of 4 zeros (field 0, length 4 → '011'), a literal chunk of the painted pixel's 4
# values in a reddish colour (field 0, length 4), one repeat chunk of 8 zeros
# (field 1 of 4 bits, length 8 → '0111')
HAND_MADE = _stream(
    "1" + "00" + "011" + "00000000",
    "0" + "00" + "011" + "11111111" + "00000000" + "00000001" + "11111111",
    "1" + "01" + "0111" + "00000000",
    count=16,
)


def test_decoder_reads_a_stream_built_by_hand() -> None:
    values = masks.decode_ls_rle(HAND_MADE)
    assert values.tolist() == [*CLEAR, 255, 0, 1, 255, *CLEAR, *CLEAR]
    assert masks.ls_mask(HAND_MADE, width=2, height=2).tolist() == [[False, True], [False, False]]


# label-studio-converter's own test vector (tests/test_brush.py, test_rle_encoding): its
# encoder's bytes for these values (lone values as literal chunks, runs as repeat chunks)
CONVERTER_VALUES = [1, 1, 1, 1, 2, 3, 5, 6, 7, 8, 4, 4, 4, 4, 4, 4, 4, 4]
CONVERTER_RLE = [0, 0, 0, 18, 57, 27, 252, 96, 32, 1, 0, 6, 0, 40, 0, 192, 3, 128, 17, 56, 32]


def test_decoder_and_encoder_agree_with_the_converters_vector() -> None:
    assert masks.decode_ls_rle(CONVERTER_RLE).tolist() == CONVERTER_VALUES
    assert masks.encode_ls_rle(np.array(CONVERTER_VALUES)) == CONVERTER_RLE


def test_encoder_writes_the_stream_the_format_describes() -> None:
    plain = [*CLEAR, *WHITE, *CLEAR, *CLEAR]  # repeat chunks only: 4 zeros, 4 x 255, 8 zeros
    expected = _stream(  # each run in the smallest field it fits (8 = 1 + 0b111: field 0)
        "1" + "00" + "011" + "00000000",
        "1" + "00" + "011" + "11111111",
        "1" + "00" + "111" + "00000000",
        count=16,
    )
    assert masks.encode_ls_rle(np.array(plain)) == expected
    assert masks.ls_rle_of(np.array([[False, True], [False, False]])) == expected


@pytest.mark.parametrize("shape", [(1, 1), (37, 23), (300, 300)])
def test_brush_rle_round_trip(shape: tuple[int, int]) -> None:
    rng = np.random.default_rng(15)
    mask = rng.random(shape) > 0.7
    mask[shape[0] // 3 :, : shape[1] // 2] = True  # a long run too (300x300: over 2**16 values)
    rle = masks.ls_rle_of(mask)
    assert all(0 <= b <= 255 for b in rle)
    assert np.array_equal(masks.ls_mask(rle, width=shape[1], height=shape[0]), mask)
    assert masks.decode_ls_rle(rle).tolist() == np.repeat(mask.ravel() * 255, 4).tolist()


def test_bad_brush_streams_are_one_line_failures() -> None:
    with pytest.raises(masks.BadBrushMask, match="needs 64"):
        masks.ls_mask(HAND_MADE, width=4, height=4)
    with pytest.raises(masks.BadBrushMask, match="ends before"):
        masks.decode_ls_rle(HAND_MADE[:5])
    with pytest.raises(masks.BadBrushMask) as caught:
        masks.decode_ls_rle([300, 1])
    assert "pull again" in caught.value.one_line()


def test_coco_rle_is_column_major_background_first() -> None:
    mask = np.array([[False, True, True], [True, True, False]])
    # columns top to bottom: (0, 1), (1, 1), (1, 0) → 0 | 1 1 1 1 | 0
    assert masks.coco_rle(mask) == {"size": [2, 3], "counts": [1, 4, 1]}
    starts_painted = np.array([[True, False], [False, False]])
    assert masks.coco_rle(starts_painted)["counts"] == [0, 1, 3]
    for m in (mask, starts_painted, np.zeros((4, 5), bool), np.ones((3, 2), bool)):
        assert np.array_equal(masks.from_coco_rle(masks.coco_rle(m)), m)
    with pytest.raises(masks.BadBrushMask):
        masks.from_coco_rle({"size": [2, 2], "counts": [1, 2]})


def _brush(mask: np.ndarray) -> dict:
    """A brush region as Label Studio 1.23 exports it."""
    return {
        "id": "b1",
        "type": "brushlabels",
        "from_name": configs.MASK_CONTROL,
        "to_name": configs.IMAGE_OBJECT,
        "origin": "manual",
        "original_width": int(mask.shape[1]),
        "original_height": int(mask.shape[0]),
        "image_rotation": 0,
        "value": {"format": "rle", "rle": masks.ls_rle_of(mask), "brushlabels": ["finding"]},
    }


def _square(top: int, left: int, side: int, size: int = 32) -> np.ndarray:
    mask = np.zeros((size, size), dtype=bool)
    mask[top : top + side, left : left + side] = True
    return mask


def test_pull_maps_a_brush_region_to_a_compact_mask() -> None:
    mask = _square(4, 8, 10)
    choice = {"type": "choices", "from_name": configs.CLASS_CONTROL, "to_name": "image",
              "value": {"choices": ["pathology"]}}  # fmt: skip
    answer = normalise([choice, _brush(mask)])
    (stored,) = answer["masks"]
    assert answer["class"] == "pathology" and stored["label"] == "finding"
    assert stored["size"] == [32, 32] and sum(stored["counts"][1::2]) == 100
    assert stored["counts"] == [8 * 32 + 4] + [10, 22] * 9 + [10, 32 * 32 - (17 * 32 + 14)]
    assert np.array_equal(masks.from_coco_rle(stored), mask)
    assert len(json.dumps(stored)) < 200  # vs 4096 values in the tool's own stream
    other = dict(_brush(mask), value={"format": "png", "brushlabels": ["finding"]})
    with pytest.raises(masks.BadBrushMask, match="not rle"):
        normalise([other])


def _row(reader: str, answer: dict, item: str = "P1") -> dict:
    return {"round_project_id": 7, "project_id": 7, "role": "reader", "item_id": item,
            "reader": reader, "annotated_at": datetime(2026, 12, 5), "was_cancelled": False,
            "task_kind": "segment", "annotation": json.dumps(answer)}  # fmt: skip


def _answer(*regions: np.ndarray) -> dict:
    return normalise([_brush(m) for m in regions]) | {"class": "pathology"}


def test_segment_round_scores_dice_and_iou_per_item() -> None:
    a = _square(0, 0, 10)  # 100 pixels
    close = _square(0, 1, 10)  # 90 shared: Dice 0.9, IoU 90/110
    far = _square(5, 5, 10)  # 25 shared: Dice 0.25, IoU 25/175
    far_left = far.copy()
    far_left[:, 10:] = False  # reader-2 paints it as two regions
    rows = [
        _row("reader-1", _answer(a), "P1"),
        _row("reader-2", _answer(close), "P1"),
        _row("reader-1", _answer(a), "P2"),
        _row("reader-2", _answer(far_left, far & ~far_left), "P2"),
        _row("reader-1", {"class": "normal"}, "P3"),
        _row("reader-2", {"class": "normal"}, "P3"),  # nothing painted by either: agree
    ]
    found = rounds.figures(rows, 7)
    assert found["item_masks"]["P1"] == {"dice": 0.9, "iou": pytest.approx(0.8182, abs=1e-4)}
    assert found["item_masks"]["P2"] == {"dice": 0.25, "iou": pytest.approx(0.1429, abs=1e-4)}
    assert found["item_masks"]["P3"] == {"dice": 1.0, "iou": 1.0}
    assert found["mean_mask_dice"] == pytest.approx((0.9 + 0.25 + 1) / 3, abs=1e-4)
    assert found["threshold"] == rounds.THRESHOLDS["segment"] == 0.7
    assert found["disagreements"] == ["P2"]  # Dice 0.25 < 0.7
    (p1,) = [r for r in rounds.resolved(rows, 7) if r["item_id"] == "P1"]
    assert p1["source"] == "agreement" and p1["annotation"]["masks"][0]["size"] == [32, 32]
    assert rounds.masks_score([], _answer(a)["masks"]) == 0.0  # painted against nothing
