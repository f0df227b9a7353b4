"""Reading time of texts of one repeated shape (long lists, names the gazetteer lacks, counts,
quotes) at two sizes, beside the mixed report corpus at the same sizes (issue 13: time grows
linearly with input, whatever its shape).

Run: python bench/shape_speed.py [--kb 60] [--shape NAME ...]
Each line prints the seconds at the small and the four-times-larger size and the growth ratio
t(4x) / (4 t(x)): about 1 is linear, 2 would mean the time doubles with every doubling on top of
the size. The reference line (mixed report paragraphs) is measured in the same run. One worker, in
this process, so a rule that reads a whole section per name shows here. A report is read in sections
of `sections.CHUNK_CHARS` (50,000) characters, so at the default size a rule quadratic within a section
shows as a slow shape rather than as growth: `--kb 12` keeps both sizes inside one section.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["INCIDENT_MAP_WORKERS"] = "1"

from extract_speed import corpus, text_of  # noqa: E402
from core.extract import extract  # noqa: E402
from core.gazetteer import load_default  # noqa: E402

_MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
           "تشرين الثاني", "كانون الأول")


def days_of_an_area_and_villages(gz, size: int) -> str:
    """Day after day a toll in one area and another in a village (a year of daily bulletins): the incidents
    outlive the sections they are read in, so a rule over every pair of them shows at any size."""
    villages = [e.name_ar for e in gz.entries if e.level == "village" and " " not in e.name_ar]
    lines, n, i = [], 0, 0
    while n < size:
        lines.append(f"في {1 + i % 28} {_MONTHS[i // 28 % 12]} {2012 + i // 336 % 8} قصفت قوات النظام ريف حلب"
                     f" الغربي ما أدى لمقتل 3 مدنيين، كما قصفت قرية {villages[i % len(villages)]} ما أدى لمقتل مدنيين.")
        n += len(lines[-1]) + 1
        i += 1
    return "\n".join(lines)[:size]


SHAPES = {
    "ar_gap_list": "قصف على درعا البلد و حي الإذاعة و ",
    "ar_known_list": "قصف على دوما وحرستا وسقبا وحمورية و",
    "ar_unknown_after_cue": "قصف بلدة كذاكذا وقرية زيززي ",
    "ar_counts": "مقتل 3 مدنيين وإصابة 5 آخرين في دوما ",
    "ar_dates": "يوم الاثنين 12 آذار قصف دوما ",
    "ar_area_far_places": "قصف على ريف حلب الغربي. قصف على دوما. ",
    "en_known_list": "Shelling hit Douma, Harasta, Saqba, Hammouriyeh and ",
    "en_unknown_names": "Shelling hit Fooville and the town of Barbaz, ",
    "en_counts": "3 civilians were killed and 5 wounded in Douma, ",
    "en_quotes": "\"Douma\" and \"Harasta\" were shelled; ",
    "en_area_far_places": "Shelling hit the Aleppo countryside. Shelling hit Douma. ",
    "en_town_no_town": "Shelling hit Idlib province. The town was hit again. ",
    "ar_days_area_villages": days_of_an_area_and_villages,
}
"""A shape is a unit repeated to the size, or a function (gazetteer, size) giving the text."""


def seconds(text: str, gz) -> float:
    t0 = time.perf_counter()
    extract(text, gazetteer=gz)
    return time.perf_counter() - t0


def growth(text_at, size: int, gz) -> tuple[float, float, float]:
    """Seconds at `size` and 4 x `size` characters, and their ratio to linear growth."""
    small, large = seconds(text_at(size), gz), seconds(text_at(4 * size), gz)
    return small, large, large / (4 * small)


def repeated(unit: str):
    return lambda size: unit * max(1, size // len(unit))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kb", type=int, default=60, help="characters of the smaller text, in thousands")
    ap.add_argument("--shape", nargs="*", choices=sorted(SHAPES), default=sorted(SHAPES))
    args = ap.parse_args()
    gz = load_default()
    extract("warm up", gazetteer=gz)
    size = args.kb * 1000
    for lang in ("ar", "en"):
        paras = corpus(lang)
        s, l, r = growth(lambda n: text_of(paras, 2 * n)[:n], size, gz)
        print(f"reference {lang} reports   {s:6.2f} s  {l:6.2f} s  growth {r:4.2f}", flush=True)
    for name in args.shape:
        shape = SHAPES[name]
        s, l, r = growth(repeated(shape) if isinstance(shape, str) else lambda n: shape(gz, n), size, gz)
        print(f"{name:22s}  {s:6.2f} s  {l:6.2f} s  growth {r:4.2f}", flush=True)


if __name__ == "__main__":
    main()
