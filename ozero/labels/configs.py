"""The label configuration of each task kind, and the version of that schema.

One place decides what readers can answer, so the pull mapping, agreement and every stored
annotation agree on it: `LABEL_SCHEMA_VERSION` is stored with each annotation and changes
when a config below changes meaning (a new class, a renamed control), never for cosmetics.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from ozero.errors import OzeroError

LABEL_SCHEMA_VERSION = "1"
TASK_KINDS = ("classify", "bbox", "text-entities")
IMAGE_KINDS = ("classify", "bbox")

CLASSES = ("normal", "pathology")  # the protocol-derived `pathology` label, as readers see it
BOX_LABELS = ("finding",)  # a region the reader outlines (what the finding is stays in classes)
ENTITY_LABELS = ("finding", "anatomy", "diagnosis")

# control names: the pull mapping reads answers by them
CLASS_CONTROL = "pathology"
BOX_CONTROL = "finding"
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


def label_config(kind: str) -> str:
    """Label Studio's XML for one task kind (task data: `image` or `text`, plus `item_id`)."""
    header = '<Header value="$item_id"/>'
    if kind == "classify":
        body = f'<Image name="{IMAGE_OBJECT}" value="$image"/>{_choices()}'
    elif kind == "bbox":
        labels = "".join(f"<Label value={quoteattr(v)}/>" for v in BOX_LABELS)
        body = (
            f'<Image name="{IMAGE_OBJECT}" value="$image"/>'
            f'<RectangleLabels name="{BOX_CONTROL}" toName="{IMAGE_OBJECT}">{labels}'
            f"</RectangleLabels>{_choices()}"
        )
    elif kind == "text-entities":
        labels = "".join(f"<Label value={quoteattr(v)}/>" for v in ENTITY_LABELS)
        body = (
            f'<Labels name="{ENTITY_CONTROL}" toName="{TEXT_OBJECT}">{labels}</Labels>'
            f'<Text name="{TEXT_OBJECT}" value="$text"/>'
        )
    else:
        raise UnknownTaskKind(f"unknown task kind {kind!r}; one of {', '.join(TASK_KINDS)}")
    return f"<View>{header}{body}</View>"
