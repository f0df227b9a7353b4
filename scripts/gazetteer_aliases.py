"""Aliases of the gazetteer build: Arabic spelling variants, tidying, aliases that name another
place, hand curation (data/gazetteer_curation.csv) and names that are words (data/ambiguous_names.csv)."""
from __future__ import annotations

from collections import defaultdict

from gazetteer_osm import osm_only
from gazetteer_records import (CUE_LEVELS, DATA, JOIN_PREFIXES, SPLIT_PREFIXES, Rec, en_key, is_latin_name,
                               level_of, name_key, norm, read_csv)


def arabic_variants(name: str) -> list[str]:
    """Spellings reports use for one name: with/without ال, joined/split compounds, ة/ه, ى/ي."""
    out = {name}
    words = name.split()
    if words and words[0].startswith("ال") and len(words[0]) > 3:
        out.add(" ".join([words[0][2:], *words[1:]]))
    if len(words) >= 2 and words[0] in JOIN_PREFIXES:
        out.add(words[0] + "".join(words[1:2]) + (" " + " ".join(words[2:]) if words[2:] else ""))
    if len(words) == 1:
        w = words[0].removeprefix("ال")
        for p in SPLIT_PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= 3:
                out.add(p + " " + w[len(p):])
                break
    for v in list(out):
        if "ة" in v:
            out.add(v.replace("ة", "ه"))
        if "ى" in v:
            out.add(v.replace("ى", "ي"))
    return sorted(out - {name})


def names_another_level(alias: str, level: str) -> bool:
    """مدينة إدلب as an alias of Idlib District: the cue names a level the entry is not, and the
    extractor reads the cue itself, so the alias would send "the city of Idlib" to the district.
    ضاحية (a suburb: a quarter or a town) names no level of its own (ضاحية الأسد, Dahiyat Harasta)."""
    cue, _, rest = alias.partition(" ")
    implied = CUE_LEVELS.get(norm(cue))
    return bool(rest) and implied is not None and implied not in (level, "suburb")


def tidy_aliases(rec: Rec, words: set[str]) -> None:
    own = name_key(rec.name_ar)
    ar, seen = [], {rec.name_ar}
    for a in rec.aliases_ar:
        a = " ".join(a.split())
        if a and a not in seen and (name_key(a) == own or name_key(a) not in words) \
                and not names_another_level(a, level_of(rec)):
            seen.add(a)
            ar.append(a)
    for a in arabic_variants(rec.name_ar):
        if a not in seen:
            seen.add(a)
            ar.append(a)
    rec.aliases_ar = ar
    en, seen_en = [], {rec.name_en}
    for a in rec.aliases_en:
        a = " ".join(a.split())
        if a and a not in seen_en and is_latin_name(a):
            seen_en.add(a)
            en.append(a)
    rec.aliases_en = en


def drop_aliases_naming_others(recs: list[Rec]) -> None:
    """A source alias that is another place's own name (GeoNames gives Kafr Laha the alternate
    name 'Houla', which is al-Houla's name) would send reports to the wrong place: drop it. The name
    of an OSM-only village drops no older entry's alias: the extractor weighs the two by scope. A
    curated spelling (reports' own, with its source in the curation file) whose namesakes all lie in
    other governorates stays too: homonyms of two governorates are what scope and nearness choose
    between (Sabqa, Saqba of Eastern Ghouta, beside Raqqa's as-Sabkha)."""
    places = [r for r in recs if r.level not in ("district", "subdistrict")]
    own_ar = defaultdict(set)
    own_en = defaultdict(set)
    for r in places:
        own_ar[name_key(r.name_ar)].add(id(r))
        own_en[en_key(r.name_en)].add(id(r))
    newcomers = {id(r) for r in places if osm_only(r)}
    gov = {id(r): r.governorate for r in places}
    for r in recs:
        spare = {id(r)} | (set() if id(r) in newcomers else newcomers)  # an OSM village name evicts no older alias
        r.aliases_ar = [a for a in r.aliases_ar if not (own_ar.get(name_key(a), set()) - spare)]
        r.aliases_en = [a for a in r.aliases_en if not (others := own_en.get(en_key(a), set()) - spare)
                        or _curated_elsewhere(r, a, others, gov)]


def _curated_elsewhere(r: Rec, alias: str, others: set[int], gov: dict[int, str]) -> bool:
    """`alias` was curated for `r` (data/gazetteer_curation.csv) and every place it also names lies in
    another governorate than `r`."""
    return f"curated alias_en {alias}" in r.sources and r.governorate and \
        all(gov.get(o) and gov[o] != r.governorate for o in others)


def load_ambiguous() -> dict[str, str]:
    return {name_key(r["name_ar"]): r["kind"] for r in read_csv(DATA / "ambiguous_names.csv")}


def apply_curation(recs: list[Rec], rows: list[dict]) -> None:
    gov_of = {r.id: r.name_en for r in recs if r.level == "governorate"}
    for c in rows:
        if c["action"] in ("drop_row", "drop_osm"):
            continue
        key = name_key(c["name_ar"])
        named = [r for r in recs if name_key(r.name_ar) == key
                 and (not c["governorate"] or gov_of.get(r.governorate) == c["governorate"])]
        hits = [r for r in named if r.level not in ("district", "subdistrict")]
        if not (named if c["action"] == "drop_alias" else hits):
            raise SystemExit(f"data/gazetteer_curation.csv: no entry for {c['name_ar']} ({c['governorate']})")
        if c["action"] == "drop_alias":
            _drop_alias(named, c["value"])
            continue
        r = min(hits, key=lambda r: ["city", "town", "neighbourhood", "village", "camp", "region",
                                     "governorate", "country"].index(r.level))
        if c["action"] == "alias_en":
            r.aliases_en.append(c["value"])
        elif c["action"] == "alias_ar":
            r.aliases_ar.append(c["value"])
        elif c["action"] == "name_en":
            r.aliases_en.insert(0, r.name_en)
            r.name_en = c["value"]
        r.sources.append(f"curated {c['action']} {c['value']}")


def _drop_alias(named: list[Rec], value: str) -> None:
    """Remove `value` from every entry of the curated name, the units named after a place too
    (OpenSyria gives the Kherbet Tin Noor subdistrict the alias Tarin, read for 'terrain')."""
    for r in named:
        if any(en_key(a) == en_key(value) for a in r.aliases_en) or any(name_key(a) == name_key(value) for a in r.aliases_ar):
            r.aliases_ar = [a for a in r.aliases_ar if name_key(a) != name_key(value)]
            r.aliases_en = [a for a in r.aliases_en if en_key(a) != en_key(value)]
            r.sources.append(f"curated drop_alias {value}")
