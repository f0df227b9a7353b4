"""Coverage of the real corpus (tests/reports/real/{ar,en}) against issue 12's targets.

Run: python bench/real_coverage.py [--lang ar|en]
Prints per language: passages (target 120 Arabic, 80 English), publishers (15 each, grouped as the
scoreboard groups them), the years 2012-2024 the provenance `date` column names (the first year written;
a passage whose date names none is counted apart), the governorates where its coded incidents are (every
one of the 14), and the share of passages with a coded incident in Aleppo or Rif Dimashq (at least half).
Optional incidents (a containing city or region) do not count. Exit status 1 when a target is missed.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.real_scoreboard import REAL, provenance, publisher_of  # noqa: E402
from core.gazetteer_rows import GOVERNORATES  # noqa: E402

PASSAGES = {"ar": 120, "en": 80}
PUBLISHERS = 15
YEARS = range(2012, 2025)
CORE = ("Aleppo", "Rif Dimashq")
CORE_SHARE = 0.5


@dataclass
class Coverage:
    """One language's figures, each against its target."""
    passages: int
    publishers: Counter
    years: Counter
    governorates: Counter
    core: int

    def missed(self, lang: str) -> list[str]:
        """The targets this language misses, in words."""
        out = [f"passages {self.passages} < {PASSAGES[lang]}"] if self.passages < PASSAGES[lang] else []
        out += [f"publishers {len(self.publishers)} < {PUBLISHERS}"] if len(self.publishers) < PUBLISHERS else []
        out += [f"no passage of {y}" for y in YEARS if not self.years[y]]
        out += [f"no incident in {g}" for g in GOVERNORATES if not self.governorates[g]]
        if self.core < CORE_SHARE * self.passages:
            out.append(f"Aleppo or Rif Dimashq {self.core}/{self.passages} < {CORE_SHARE:.0%}")
        return out


def year_of(date: str) -> int | None:
    """The first year a provenance `date` cell writes ("c. 2016-11", "n.d. ... (2012)"), if any."""
    m = re.search(r"\b(20[0-3]\d)\b", date)
    return int(m.group(1)) if m else None


def incident_governorates(expected: dict) -> set[str]:
    return {g["governorate"] for g in expected["incidents"] if g.get("governorate") and not g.get("optional")}


def coverage(lang: str) -> Coverage:
    lang_dir = REAL / lang
    prov = provenance(lang_dir)
    stems = sorted(p.stem for p in lang_dir.glob("*.txt"))
    places = [incident_governorates(json.loads((lang_dir / f"{s}.expected.json").read_text(encoding="utf-8")))
              for s in stems]
    return Coverage(
        passages=len(stems),
        publishers=Counter(publisher_of(prov.get(s, {})) for s in stems),
        years=Counter(year_of(prov.get(s, {}).get("date", "")) for s in stems),
        governorates=Counter(g for gs in places for g in gs),
        core=sum(bool(gs & set(CORE)) for gs in places),
    )


def report(lang: str, c: Coverage) -> str:
    years = " ".join(f"{y}:{c.years[y]}" for y in YEARS)
    others = sum(n for y, n in c.years.items() if y not in YEARS)
    govs = ", ".join(f"{g} {c.governorates[g]}" for g in sorted(GOVERNORATES, key=lambda g: -c.governorates[g]))
    missed = c.missed(lang)
    return "\n".join([
        f"== {lang} ==",
        f"passages {c.passages} (target {PASSAGES[lang]})",
        f"publishers {len(c.publishers)} (target {PUBLISHERS}); most passages: "
        + ", ".join(f"{p} {n}" for p, n in c.publishers.most_common(5)),
        f"years {years}; no year or outside {YEARS[0]}-{YEARS[-1]}: {others}",
        f"passages with a coded incident per governorate: {govs}",
        f"with a coded incident in Aleppo or Rif Dimashq: {c.core}/{c.passages} = {c.core / c.passages:.0%}"
        f" (target {CORE_SHARE:.0%})",
        "targets missed: " + ("; ".join(missed) if missed else "none"),
        "",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=("ar", "en"), help="one language (default: both)")
    a = ap.parse_args(argv)
    missed = False
    for lang in (a.lang,) if a.lang else ("ar", "en"):
        c = coverage(lang)
        print(report(lang, c))
        missed |= bool(c.missed(lang))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
