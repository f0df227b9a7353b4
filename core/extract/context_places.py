"""Constructions that name a place only as context for another (issue 12, place precision), asked by the
place stage (`mentions`). English: where people came from, a word that qualifies the places after it, a
region that only locates the place before it, a name inside a longer name. Arabic: whose fighters a
faction word names (`drop_fighters_homes`), a part of a city named after its district (`city_parts_of_districts`).
English too: a city that speaks, the capital for its government (`drop_speakers`)."""
from __future__ import annotations

from core.extract.lookup import ARTICLE_PREFIX
from core.places import contains, is_coarse


BEFORE_NAME = frozenset({"the", "nearby", "neighbouring", "neighboring"})
"""Words between 'fired from' / 'positioned in' and the place they point at (positioned in nearby Kafr Zita)."""


def source_ahead(doc, source_last: set[int], cue_words: set[int], start: int, last: int) -> bool:
    """escaped from the ISIL-held town of Hazimeh: a source phrase (where fire or people came from,
    `directions.csv` value `source`) reaches its place over a held-by word, "of" and the place word,
    as it does over "the"; so does "to" or "from" over a named facility (`facility_ahead`), or before the
    facility the place names (`facility_named`)."""
    tokens = doc.tokens
    if facility_ahead(doc, start) or facility_named(doc, start, last):
        return True
    for k in range(1, 4):
        t = start - k
        if t < 0 or not tokens[t + 1].joined or not (t in cue_words or "-" in tokens[t].text or tokens[t].key == "of"):
            return False
        if t in source_last:
            return True
    return False


def facility_ahead(doc, start: int) -> bool:
    """taken to the French Hospital in the nearby Qassa area; took off late Tuesday from the Khmeimim Air Base
    in Latakia: the place after "in" a facility named after "to" or "from" (function_words roles `facility`,
    `motion`) is where the hospital or the air base lies, not where the attack was."""
    tokens, eng = doc.tokens, doc.eng
    t = start - 1
    while t > 0 and tokens[t].key in BEFORE_NAME and tokens[t].joined:
        t -= 1
    t -= 1
    if t < 1 or tokens[t + 1].key not in eng.links or not tokens[t + 1].joined \
            or not (tokens[t].upper and tokens[t].key in eng.facilities):
        return False
    first = t
    while first > 0 and first > t - 4 and tokens[first].joined and tokens[first - 1].upper:
        first -= 1
    if first > 0 and tokens[first - 1].key == "the" and tokens[first].joined:
        first -= 1
    return first > 0 and tokens[first].joined and tokens[first - 1].key in eng.motions


def facility_named(doc, start: int, last: int) -> bool:
    """took off from Russia's Hmeimim air base; took off late Tuesday from the Khmeimim Air Base in Latakia: a
    place whose name, after "to" or "from" (role `motion`; "the" or an owner's name between), names the facility
    after it (role `facility`, one word such as "air" between) is where the aircraft left or the wounded reached,
    not where the attack was."""
    tokens, eng, n = doc.tokens, doc.eng, len(doc.tokens)
    end = next((t for t in (last, last + 1) if t < n and tokens[t].key in eng.facilities), None)
    if end is None or not all(tokens[t].joined for t in range(last, end + 1)):
        return False
    t = start - 1
    if t > 0 and tokens[t].key in BEFORE_NAME and tokens[t + 1].joined:
        t -= 1
    if t > 0 and tokens[t].text.endswith(("'s", "’s")) and tokens[t + 1].joined:
        t -= 1
    return t >= 0 and tokens[t].key in eng.motions and tokens[t + 1].joined


def drop_facility_areas(doc) -> None:
    """took off from Russia's Hmeimim air base in the northwestern Syrian province of Latakia: an area named in the
    clause right after a place that names a facility (`facility_named`), holding that place, only says where the
    facility lies; it is no incident place either."""
    for prev, pm in zip(doc.mentions, doc.mentions[1:]):
        c = doc.clauses[doc.tok_clause[pm.first]]
        if doc.tok_clause[prev.first] == doc.tok_clause[pm.first] and is_coarse(pm.entry) \
                and facility_named(doc, prev.first, prev.last) and contains(pm.entry, prev.entry) \
                and pm in c.places and prev not in c.places:
            c.places.remove(pm)


def plural_after(doc, cue, last: int) -> bool:
    """Shiite villages: the place word right after a name is plural, so the word before it (a common
    word that spells a village, common_words.csv) qualifies the places, and names none of them."""
    return cue is not None and cue.first == last and doc.tokens[last].key.endswith("s")


def region_after_comma(doc, prev, pm, cue, start: int) -> bool:
    """in the town of Taldou, in the Houla Region of Syria: a clause that opens with the region named
    with its cue word, right after a comma that ends the clause naming a place, only says where that
    place is."""
    if doc.eng.lang == "ar" or prev is None or cue is None or cue.value != "region":
        return False
    tok_clause, clauses = doc.tok_clause, doc.clauses
    ci = tok_clause[pm.first]
    if tok_clause[prev.first] != ci - 1 or clauses[ci - 1].sentence != clauses[ci].sentence:
        return False
    end = max(prev.last, (prev.cue_first or 0) + 1)
    between = doc.tokens[end:start]
    return doc.gap(end).strip() == "," and 0 < len(between) <= 2 and all(t.key in doc.eng.links for t in between)


def glued_names(doc, place_hits: list[tuple], covered: set[int]) -> tuple[list[tuple], list[tuple]]:
    """Abu Omar al-Jolani, a media activist; the Rawdat al-Baraem al-Khasa neighborhoods: a place name
    joined to an al- word that spells no place (nor a part of a city, Daraa al-Balad), with no comma
    between, is part of a longer name (a person's, a quarter's the gazetteer lacks); so is an al- place
    after a capitalised word no lexicon knows, not the sentence's first (the Rijal al-Karamah factions,
    Jaysh al-Islam). Gives (places followed by one, places after one)."""
    tokens, n = doc.tokens, len(doc.tokens)

    def glue(t: int) -> bool:
        return 0 <= t < n and t not in covered and bool(ARTICLE_PREFIX.match(tokens[t].text)) and len(tokens[t].text) > 3 \
            and tokens[t].key not in doc.eng.city_parts

    known = {t for hits in doc.hits.values() for h in hits for t in range(h.first, h.last)}

    def head(t: int) -> bool:
        return t > 0 and tokens[t].upper and t not in known and tokens[t].joined and tokens[t].key not in doc.eng.compass

    after = [p for p in place_hits if p[1] < n and tokens[p[1]].joined and glue(p[1])]
    before = [p for p in place_hits if p[0] > 0 and tokens[p[0]].joined and (
        glue(p[0] - 1) or ARTICLE_PREFIX.match(tokens[p[0]].text) and head(p[0] - 1))]
    return after, before


def drop_fighters_homes(doc) -> None:
    """وأفاد مصدر من فصائل السويداء المحلية؛ خلاف بين جميع فصائل الغوطة الشرقية: a place named right after a word
    for armed men without its article (`fighters` in function_words.csv), with no cue or proclitic of its own,
    says whose fighters they are; it is no incident place, and its clause's facts go on with the text."""
    fighters, tokens = doc.eng.fighters, doc.tokens
    if not fighters:
        return
    for c in doc.clauses:
        for pm in [pm for pm in c.places if pm.cue_first is None and pm.cut == 0 and _after_fighters(doc, pm.first)]:
            c.places.remove(pm)


def _after_fighters(doc, t: int) -> bool:
    """Token `t` follows, with nothing between, a fighters word written without the article (فصائل، مقاتلي)."""
    if t == 0 or not doc.tokens[t].joined:
        return False
    word = doc.tokens[t - 1]
    return any(k in doc.eng.fighters and not word.text[cut:].startswith("ال") for cut, k in word.variants)


def city_parts_of_districts(doc, place_hits: list[tuple]) -> list[tuple]:
    """في منطقة درعا البلد: a district's name with its area word (the gazetteer's منطقة درعا) followed by a word
    that names a part of the city (`city_part` in function_words.csv: البلد، المحطة، القديمة) is that part of
    the city, as درعا البلد is: the mention is the city's name after the area word, not the district."""
    tokens, n = doc.tokens, len(doc.tokens)
    parts = [p for p in place_hits if p[1] - p[0] > 1 and p[1] < n and tokens[p[1]].joined
             and tokens[p[1]].key in doc.eng.city_parts and all(e.level == "district" for e in p[3])]
    if not parts:
        return place_hits
    cities = {(p[0] + 1, p[1]): [] for p in parts}
    for h in doc.hits["place"]:
        if (h.first, h.last) in cities and h.value.level in ("city", "town"):
            cities[(h.first, h.last)].append(h)
    out = []
    for p in place_hits:
        found = cities.get((p[0] + 1, p[1])) if p in parts else None
        out.append((p[0] + 1, p[1], found[0].cut, [h.value for h in found], found[0].phrase) if found else p)
    return out


def drop_speakers(doc) -> None:
    """Neither Syria nor its ally Russia commented on the shelling, but Damascus says strikes in the province
    target armed groups: a city named right before a verb of saying (function_words role `reporting`), with
    no preposition, article or cue of its own, is the government speaking: no incident place, and what its
    sentence tells is its word, not more of the places before (the clause is left unmapped). (A title's
    "..., says Damascus" gives no place already: a title's city gives way to the body's.)"""
    said = doc.eng.reporting
    if not said or doc.eng.lang == "ar":
        return
    for c in doc.clauses:
        for pm in [pm for pm in c.places if pm.cue_first is None and pm.entry.level == "city" and _says(doc, pm, said)]:
            c.places.remove(pm)
            c.unmapped = True


def _says(doc, pm, said) -> bool:
    """Damascus says: the verb right after the name, and no preposition, article or link right before it."""
    tokens = doc.tokens
    if pm.last >= len(tokens) or not tokens[pm.last].joined or tokens[pm.last].key not in said:
        return False
    before = tokens[pm.first - 1].key if pm.first > 0 and tokens[pm.first].joined else None
    return before is None or before not in doc.eng.preposition_words and before not in doc.eng.links and before != "the"
