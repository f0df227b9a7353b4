"""Names on the map: basemap labels (countries, the Golan, governorates, water from
data/basemap/labels.csv; towns from the gazetteer by level and population; quarters at city zoom)
and incident labels beside their markers, placed without overlap by core/static/labels.js.

A row for the script is [lat, lon, name_en, name_ar, kind, min zoom, max zoom, priority, marker px];
lower priority numbers are placed first, so the largest incidents keep their labels at low zoom.
"""
from __future__ import annotations

import csv
import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import folium
from branca.element import MacroElement

from core import DATA
from core.arabic import is_arabic
from core.model import Incident

LABELS = DATA / "basemap" / "labels.csv"
GAZETTEER = DATA / "gazetteer.csv"
SCRIPT = Path(__file__).resolve().parent / "static" / "labels.js"
# kind -> (max zoom, priority) of the area labels in labels.csv
AREA = {"country": (9, 10), "disputed": (18, 20), "governorate": (10, 300), "river": (18, 350), "lake": (18, 350)}
SETTLEMENTS = ("city", "town", "village", "camp")


def town_zoom(level: str, population: int | None) -> int:
    """The zoom from which a settlement is named: the larger, the earlier; unknown sizes late."""
    if population is None:
        return 9 if level == "city" else 12
    for floor, zoom in ((1_000_000, 6), (200_000, 7), (50_000, 8), (20_000, 9), (5_000, 10)):
        if population >= floor:
            return zoom
    return 11


@lru_cache(maxsize=1)
def base_rows() -> tuple[tuple, ...]:
    """Every basemap label row: areas and water, settlements and quarters (read once)."""
    rows = []
    with LABELS.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            top, pr = AREA[r["layer"]]
            rows.append((float(r["lat"]), float(r["lon"]), r["name_en"], r["name_ar"], r["layer"],
                         int(r["min_zoom"]), top, pr + int(r["rank"]), 0))
    places = []
    # the bundled file as it is (checked by its own tests): read plainly, in a few milliseconds
    with GAZETTEER.open(encoding="utf-8") as f:
        for e in csv.DictReader(f):
            level = e["level"]
            if level not in (*SETTLEMENTS, "neighbourhood"):
                continue
            lat, lon = round(float(e["lat"]), 4), round(float(e["lon"]), 4)
            if level == "neighbourhood":
                places.append((lat, lon, e["name_en"], e["name_ar"], "quarter", 12, 18, 950, 0))
                continue
            pop = int(e["population"]) if e["population"].isdigit() else None
            kind = "city" if level == "city" or (pop or 0) >= 100_000 else "town"
            pr = 900 if pop is None else 100 + round((8 - math.log10(max(pop, 10))) * 100)
            places.append((lat, lon, e["name_en"], e["name_ar"], kind, town_zoom(level, pop), 18,
                           pr - (200 if level == "city" else 0), 0))
    # one label per name and place: of entries of one name (Arabic or English) within about 5 km,
    # the one named earliest (دوما and دومة are one Douma)
    kept: dict[str, list[tuple]] = {}
    for row in sorted(places, key=lambda r: (r[5], r[7])):
        names = ("en:" + row[2], "ar:" + row[3])
        if all(abs(row[0] - k[0]) + abs(row[1] - k[1]) > 0.05 for n in names for k in kept.get(n, ())):
            for n in names:
                kept.setdefault(n, []).append(row)
            rows.append(row)
    return tuple(rows)


def incident_rows(incidents: Sequence[Incident], size) -> list[tuple]:
    """One label per incident place, beside its largest marker; heavier incidents first."""
    from core.style import weight
    best: dict[str, Incident] = {}
    for i in incidents:
        if i.place.id not in best or weight(i) > weight(best[i.place.id]):
            best[i.place.id] = i
    return [(i.place.lat, i.place.lon, i.place.name_en, i.place.name_ar, "incident", 0, 99,
             -1_000_000 - weight(i), size(i)) for i in best.values()]


def report_lang(incidents: Sequence[Incident]) -> str:
    """'ar' when the incidents were read from Arabic text (or have no text), else 'en'."""
    text = " ".join(i.evidence.text for i in incidents[:20] if i.evidence)
    return "ar" if not text or is_arabic(text) else "en"


def _safe(data) -> str:
    """Rows as JSON safe inside a <script> and inside a Jinja-read template (no braces left)."""
    from core.mapbuild import script_json
    return script_json(data).replace("{", "\\u007b").replace("}", "\\u007d")


LABEL_CSS = """<style>
.map-label-anchor{position:absolute;left:0;top:0;width:0;height:0}
.map-label-leader{position:absolute;left:0;top:0;height:1px;background:#3c3c3c;transform-origin:0 0;pointer-events:none}
.map-label{position:absolute;white-space:nowrap;font:12px/1.15 "Noto Sans","Noto Sans Arabic","DejaVu Sans",Arial,sans-serif;
 color:#2b2b2b;text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff,0 0 4px #fff;pointer-events:none}
.map-label[dir=rtl]{font-family:"Noto Sans Arabic","Noto Naskh Arabic","DejaVu Sans",sans-serif}
.map-label-dot{position:absolute;left:-3px;top:-3px;width:6px;height:6px;border-radius:50%;background:#3c3c3c;
 box-shadow:0 0 0 1.5px #fff}
.kind-city>.map-label-dot{left:-4px;top:-4px;width:8px;height:8px}
.map-label.kind-city{font-size:13.5px;font-weight:700;color:#1e1e1e}
.map-label.kind-town{font-size:11.5px}
.map-label.kind-quarter{font-size:11px;color:#5a4f47;font-style:italic}
.map-label.kind-country{font-size:16px;letter-spacing:.12em;text-transform:uppercase;color:#6b6b6b;font-weight:600}
.map-label.kind-governorate{font-size:11px;letter-spacing:.14em;text-transform:uppercase;color:#8a8178}
.map-label.kind-river,.map-label.kind-lake{font-style:italic;color:#2f6ea5;font-size:11.5px}
.map-label.kind-disputed{font-size:11.5px;font-style:italic;color:#8a3f3a;white-space:normal;width:150px;text-align:center}
.map-label.kind-incident{font-size:13px;font-weight:700;color:#111;background:rgba(255,255,255,.72);padding:0 3px;
 border-radius:3px;text-shadow:none}
.label-lang-switch a{width:auto!important;padding:0 6px;font:12px sans-serif;line-height:26px!important}
.label-lang-switch a.active{background:#e4e4e4;font-weight:700}
</style>"""


class Labels(MacroElement):
    """The labels of one map: the placing script (once per page), its stylesheet and its rows."""

    def __init__(self, m: folium.Map, incidents: Sequence[Incident], *, size, base_group=None,
                 incident_group=None, lang: str | None = None, markers: Sequence[tuple] = (), control: bool = True):
        super().__init__()
        self._name = "Labels"
        self.map = m.get_name()
        self.opts = ("{base:" + _safe(base_rows()) + ",incidents:" + _safe(incident_rows(incidents, size))
                     + ",markers:" + _safe([list(x) for x in markers])
                     + ",baseGroup:" + (base_group.get_name() if base_group else "null")
                     + ",incidentGroup:" + (incident_group.get_name() if incident_group else "null")
                     + ",lang:" + json.dumps(lang or report_lang(incidents))
                     + ",control:" + ("true" if control else "false") + "}")
        self._template = _template()

    def render(self, **kwargs) -> None:
        """Header as it is; the script verbatim (branca would re-read its data as a template)."""
        from branca.element import Element
        from core.mapbuild import _Verbatim
        root = self.get_root()
        root.header.add_child(Element(LABEL_CSS), name="label_css")
        root.script.add_child(_Verbatim(self._template.module.__dict__["script"](self, kwargs)), name=self.get_name())


@lru_cache(maxsize=1)
def _template():
    """The script holds no Jinja marks (checked), so it goes into the template as it is."""
    from branca.element import Template
    js = _script_text()
    assert not any(mark in js for mark in ("{{", "{%", "{#")), "labels.js must hold no Jinja marks"
    return Template("{% macro header(this, kwargs) %}" + LABEL_CSS + "{% endmacro %}"
                    "{% macro script(this, kwargs) %}" + js
                    + "\nincidentMapLabels({{ this.map }}, {{ this.opts }});{% endmacro %}")


@lru_cache(maxsize=1)
def _script_text() -> str:
    return SCRIPT.read_text(encoding="utf-8")
