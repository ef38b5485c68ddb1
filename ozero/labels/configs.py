"""The label configuration of each task kind, and the version of that schema.

One place decides what readers can answer, so the pull mapping, agreement and every stored
annotation agree on it: `LABEL_SCHEMA_VERSION` is stored with each annotation and changes
when a config below changes meaning (a new class, a renamed control), never for cosmetics.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from ozero.errors import OzeroError

LABEL_SCHEMA_VERSION = "1"
TASK_KINDS = ("classify", "bbox", "segment", "text-entities")
IMAGE_KINDS = ("classify", "bbox", "segment")

CLASSES = ("normal", "pathology")  # the protocol-derived `pathology` label, as readers see it
BOX_LABELS = ("finding",)  # a region the reader outlines (what the finding is stays in classes)
MASK_LABELS = ("finding",)  # a region the reader paints (segment): the same meaning as a box
ENTITY_LABELS = ("finding", "anatomy", "diagnosis")

# control names: the pull mapping reads answers by them
CLASS_CONTROL = "pathology"
BOX_CONTROL = "finding"
MASK_CONTROL = "mask"
ENTITY_CONTROL = "entities"
IMAGE_OBJECT = "image"
TEXT_OBJECT = "text"


class UnknownTaskKind(OzeroError, ValueError):
    fix = f"use --task {'|'.join(TASK_KINDS)}"


def _choices() -> str:
    choices = "".join(f"<Choice value={quoteattr(c)}/>" for c in CLASSES)
    return (
        f'<Choices name="{CLASS_CONTROL}" toName="{IMAGE_OBJECT}" choice="single" '
        f'required="true">{choices}</Choices>'
    )


def _labels(values: tuple[str, ...]) -> str:
    return "".join(f"<Label value={quoteattr(v)}/>" for v in values)


def _regions(tag: str, control: str, values: tuple[str, ...]) -> str:
    """The image, a region control on it (rectangles or brush) and the class choices."""
    return (
        f'<Image name="{IMAGE_OBJECT}" value="$image" zoom="true"/>'
        f'<{tag} name="{control}" toName="{IMAGE_OBJECT}">{_labels(values)}</{tag}>{_choices()}'
    )


def label_config(kind: str) -> str:
    """Label Studio's XML for one task kind (task data: `image` or `text`, plus `item_id`).

    `segment` paints masks with the brush (`BrushLabels`, exported as the tool's RLE,
    decoded by `masks.py`) and keeps the class choice, as `bbox` does."""
    header = '<Header value="$item_id"/>'
    if kind == "classify":
        body = f'<Image name="{IMAGE_OBJECT}" value="$image"/>{_choices()}'
    elif kind == "bbox":
        body = _regions("RectangleLabels", BOX_CONTROL, BOX_LABELS)
    elif kind == "segment":
        body = _regions("BrushLabels", MASK_CONTROL, MASK_LABELS)
    elif kind == "text-entities":
        body = (
            f'<Labels name="{ENTITY_CONTROL}" toName="{TEXT_OBJECT}">{_labels(ENTITY_LABELS)}'
            f'</Labels><Text name="{TEXT_OBJECT}" value="$text"/>'
        )
    else:
        raise UnknownTaskKind(f"unknown task kind {kind!r}; one of {', '.join(TASK_KINDS)}")
    return f"<View>{header}{body}</View>"
