"""One palette for attack types (data/palette.csv), and how big a marker is."""
from __future__ import annotations

import csv
import math
from functools import lru_cache

from core import DATA
from core.model import TYPES, Incident

PALETTE = DATA / "palette.csv"


@lru_cache(maxsize=1)
def _palette() -> dict[str, tuple[str, str]]:
    with PALETTE.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {r["type"]: (r["color"], r["label"]) for r in rows}


def type_color(t: str) -> str:
    """'#rrggbb' of an attack type (unknown types share one colour)."""
    return _palette().get(t, _palette()["unknown"])[0]


def type_label(t: str) -> str:
    return _palette().get(t, _palette()["unknown"])[1]


ACTOR_LABELS = {
    "russia": "Russia", "government": "Government forces", "opposition": "Opposition",
    "isis": "ISIS", "hts": "HTS", "sdf": "SDF", "coalition": "US-led coalition",
    "iran_militias": "Iran-backed militias", "turkey": "Turkey", "unknown": "Unknown",
}


def actor_label(a: str) -> str:
    """An actor of the closed vocabulary as a reader names it ('iran_militias' -> 'Iran-backed militias')."""
    return ACTOR_LABELS.get(a, a)


def glyph_inline(t: str, size: int = 14) -> str:
    """A marker-like swatch for attack type `t` (its colour, its glyph drawn in white), standalone:
    for pages that carry no glyph sprite."""
    key = t if t in GLYPHS else "unknown"
    return (f'<svg class="type-swatch" width="{size}" height="{size}" viewBox="-3 -3 30 30" aria-hidden="true" '
            f'style="vertical-align:-2px"><circle cx="12" cy="12" r="15" fill="{type_color(t)}"/>'
            f'<g fill="#fff">{GLYPHS[key]}</g></svg>')


def primary_type(i: Incident) -> str:
    """The type a marker is coloured by: the first in contract order, else 'unknown'."""
    return next((t for t in TYPES if t in i.types), "unknown")


def weight(i: Incident) -> float:
    """Casualty weight for sizes and the heatmap: killed count three times, wounded once."""
    k = (i.killed.best or i.killed.low or 0) if i.killed else 0
    w = (i.wounded.best or i.wounded.low or 0) if i.wounded else 0
    return 3 * k + w


def radius(i: Incident) -> float:
    """Marker radius in pixels: 7 for no casualties, growing with the square root of the weight."""
    return min(7 + 2.2 * math.sqrt(weight(i)), 34)


# One glyph per attack type (24×24, drawn in currentColor), so a marker says its type without its
# colour (colour-blind readers, grey print-outs). Drawn for this project; no font or network needed.
GLYPHS = {
    "airstrike": '<path d="M12 2l1.6 6.4L22 13v2l-8.4-2.6-.6 5.6 3 2v1.5l-4-1-4 1V20l3-2-.6-5.6L2 15v-2l8.4-4.6z"/>',
    "barrel_bomb": '<path fill-rule="evenodd" d="M7 3h10l1.5 3v12L17 21H7l-1.5-3V6zM5.5 8.5h13V10h-13zm0 5.5h13v1.5h-13z"/>',
    "artillery": '<path d="M12 2c2.2 2.2 3.2 4.6 3.2 7.2V18H8.8V9.2C8.8 6.6 9.8 4.2 12 2zM8 19h8v3H8z"/>',
    "rocket": '<path d="M12 1.5c2.6 2.6 3.2 6 3.2 9.2v5l2.8 3.3V21h-3.6l-.9-2h-3l-.9 2H6v-2l2.8-3.3v-5c0-3.2.6-6.6 3.2-9.2z"/>',
    "mortar": '<path d="M12 22c-3.4-2.8-5-6-5-9a5 5 0 0 1 10 0c0 3-1.6 6.2-5 9zM9.5 2h5l-1 4.2h-3z"/>',
    "shelling": '<path d="M12 1.5l2.1 6.2 6.4-2-4 5.3 5.9 3-6.6.9 1.1 6.6L12 16.4l-4.9 5.1 1.1-6.6-6.6-.9 5.9-3-4-5.3 6.4 2z"/>',
    "clashes": '<path d="M3.5 5.6L5.6 3.5 20.5 18.4l-2.1 2.1zM18.4 3.5l2.1 2.1L5.6 20.5l-2.1-2.1z"/>',
    "chemical": '<path d="M12 2c4.2 5 6.3 8.7 6.3 12a6.3 6.3 0 0 1-12.6 0C5.7 10.7 7.8 7 12 2z"/>',
    "ied": '<path d="M13.5 1.5L4 14h6.5l-1.5 8.5L19 9.5h-6.5z"/>',
    "sniper": '<path fill-rule="evenodd" d="M12 3.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17zm0 2.5a6 6 0 1 1 0 12 6 6 0 0 1 0-12z"/>'
              '<path d="M11 1h2v7h-2zm0 15h2v7h-2zM1 11h7v2H1zm15 0h7v2h-7z"/>',
    "unknown": '<circle cx="12" cy="12" r="5"/>',
}


def glyph_svg(t: str, size: int, color: str | None = "#fff") -> str:
    """An inline <svg> drawing attack type `t`'s glyph at `size` px in `color` (None: the colour
    around it), a reference to the sprite the map page carries (mapbuild.MarkerStyle)."""
    key = t if t in GLYPHS else "unknown"
    paint = f' style="color:{color}"' if color else ""
    return f'<svg class="type-glyph" width="{size}" height="{size}"{paint}><use href="#glyph-{key}"/></svg>'



def glyph_sprite() -> str:
    """Every glyph as an SVG <symbol>, to put once in a page that shows `glyph_svg` references."""
    symbols = "".join(f'<symbol id="glyph-{t}" viewBox="0 0 24 24" fill="currentColor">{g}</symbol>'
                      for t, g in GLYPHS.items())
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" style="position:absolute">{symbols}</svg>'
