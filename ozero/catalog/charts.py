"""Inline SVG bar charts (no JavaScript, no library): one horizontal bar per category,
stacked by series (splits, or sexes), with the exact counts as text and tooltips."""

from __future__ import annotations

from html import escape

PALETTE = ("#3b6ea5", "#e08a2c", "#5aa469", "#b5485d", "#7d5ba6", "#8a8a8a")
BAR_HEIGHT, GAP, LABEL_WIDTH, BAR_WIDTH, COUNT_WIDTH = 18, 6, 170, 420, 60
LEGEND_HEIGHT = 24
MAX_LABEL = 26  # characters of a category shown (the full text is in the tooltip)


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def stacked_bars(
    title: str, series: list[str], rows: list[tuple[str, list[int]]], unit: str = "rows"
) -> str:
    """An SVG chart: `rows` are (category, one count per series); bars scale to the largest
    total. Every text is escaped (categories come from data)."""
    totals = [sum(max(0, n) for n in counts) for _, counts in rows]
    top = max(totals, default=0) or 1
    height = LEGEND_HEIGHT + len(rows) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH
    parts = [
        f'<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f"<title>{escape(title)}</title>",
    ]
    x = LABEL_WIDTH
    for index, name in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        parts.append(
            f'<rect x="{x}" y="4" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 16}" y="14" class="legend">{escape(name)}</text>'
        )
        x += 22 + 8 * len(name)
    for row_index, ((category, counts), total) in enumerate(zip(rows, totals)):
        y = LEGEND_HEIGHT + row_index * (BAR_HEIGHT + GAP)
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + BAR_HEIGHT - 5}" text-anchor="end">'
            f"<title>{escape(category)}</title>{escape(_short(category))}</text>"
        )
        x_bar = float(LABEL_WIDTH)
        for index, count in enumerate(counts):
            if count <= 0:
                continue
            width_bar = BAR_WIDTH * count / top
            colour = PALETTE[index % len(PALETTE)]
            name = series[index] if index < len(series) else str(index)
            parts.append(
                f'<rect class="bar" x="{x_bar:.1f}" y="{y}" width="{width_bar:.1f}" '
                f'height="{BAR_HEIGHT}" fill="{colour}" data-count="{count}">'
                f"<title>{escape(category)} — {escape(name)}: {count} {escape(unit)}</title></rect>"
            )
            x_bar += width_bar
        parts.append(
            f'<text x="{LABEL_WIDTH + BAR_WIDTH + 6}" y="{y + BAR_HEIGHT - 5}">{total}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
