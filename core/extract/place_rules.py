"""Rules the place stages ask about one mention: its cue word, whether it opens a clause, names a
dateline, says where the place before it is, or stands where a place may stand (whether it goes on a
list: `lists.continues_list`). Read-only questions about `doc` (tokens, hits, normalised text);
`rechoose` may list a name as unresolved."""
from __future__ import annotations

import re
from bisect import bisect_right

from core.extract.doc import Clause, PlaceMention
from core.arabic import name_key
from core.extract.lookup import ARTICLE_PREFIX as _ARTICLE_PREFIX, lone_article
from core.matcher import Hit
from core.places import choose, contains, fits_cue, is_coarse, near, same_governorate

PAIR_CUES = frozenset({"حيي", "بلدتي", "قريتي", "مدينتي", "حيا", "بلدتا", "قريتا", "مدينتا", "ريفي"})
"""Dual cues (حيي الجورة والقصور، ريفي حماة وإدلب): the names of both places follow them, so the
first alone does not say where the places before it are."""


def licensed(doc, first: int, cut: int, c: Clause, hit_ends: set[int]) -> bool:
    """A town or quarter named without a cue word must stand where places stand: after a
    preposition (في، على، بـ، لـ), after an attack, actor or count word, or opening a clause
    bare (دوما تتعرض...). This keeps verbs and nouns that spell a village name out; a person
    noun does not license one, as the word after it is that person's name (وزوجته سلمى، الطفلة نور)."""
    if first in hit_ends:
        return True
    if cut > 0:
        return any(ch in "بل" for ch in doc.tokens[first].text[:cut])
    return first == c.first


def article_differs(tok, cut: int, entries: list) -> bool:
    """على باب منزله، قصير المدى، حارة البدو، بالجملة، تاريخ الحدث: a one-word name the gazetteer
    writes with ال (الباب) met without it, or one it writes bare (جملة) met with it, is the common
    noun of that spelling (a noun in construct, an adjective), not the place, unless a cue names it.
    The entry's own name decides; aliases (some spelt bare by the gazetteer build) only when none matches."""
    written = "ال" in tok.text[:cut + 2] or tok.text[:cut].endswith("لل")
    key = name_key(tok.text[cut:])
    spellings = [e.name_ar for e in entries if name_key(e.name_ar) == key] \
        or [n for e in entries for n in e.aliases_ar if name_key(n) == key]
    return bool(spellings) and all(n.startswith("ال") != written for n in spellings)


def opens_clause(doc, start: int, cut: int, c: Clause) -> bool:
    """وفي درعا ... / In Aleppo, ... / إدلب – ...: the mention names the area a clause speaks about."""
    if start == c.first:
        return True
    return start - 1 == c.first and doc.tokens[start - 1].key in doc.eng.scope_openers


_DATELINE_END = re.compile(r"\s*(?:[-–—−/_]|\)|,[^\n]{0,30}[-–—−_]|(?:\([^()\n]{1,30}\)\s*){1,2}[-–—−_])")
"""After a dateline's place: a dash or slash (دمشق / سوا /), a closing bracket ((Damascus) Syrian
helicopters ...), a comma and a few words before the dash, or bracketed words before it
(Qamishli (Syria) (AFP) -, اللاذقية (الحل) –)."""


def dateline(doc, pm: PlaceMention, c: Clause) -> bool:
    """إدلب – قصف روسي ... / ALEPPO, Nov 3 (Reuters) -: a place that opens a paragraph and is
    followed by a dash names where the report was filed, not an incident, nor the area in scope."""
    if pm.first != c.first or (c.first > 0 and "\n" not in doc.gap(c.first)):
        return False
    after = doc.norm.text[doc.tokens[pm.last - 1].end:doc.tokens[pm.last - 1].end + 40]
    return bool(_DATELINE_END.match(after))


def surrounds(doc, area, entry) -> bool:
    """`area` holds `entry` (core.places.contains), or is the city or governorate whose countryside
    governorate (ريف دمشق for دمشق) holds it: Saqba, Damascus; داريا بدمشق; Ghouta of Damascus."""
    if contains(area, entry):
        return True
    if area.level not in ("city", "governorate"):
        return False
    rural = doc.eng.governorates.get(name_key("ريف " + area.name_ar))
    return rural is not None and rural.governorate == entry.governorate


def qualifies(doc, prev: PlaceMention, pm: PlaceMention, start: int) -> bool:
    """حرستا في الغوطة الشرقية، الشيخ مقصود بحلب، الغوطة الغربية للعاصمة دمشق, Douma in Eastern Ghouta,
    Jarjanaz in the eastern suburbs of Idlib: a larger area right after a place only says where that place is."""
    if not is_coarse(pm.entry) or not surrounds(doc, pm.entry, prev.entry):
        return False
    between = doc.tokens[name_end(prev):start]
    head = doc.tokens[start]
    proclitic = head.text[0] in "بفل" and len(head.variants) > 1
    compass = [t for t in between if t.key in doc.eng.compass]
    rest = [t for t in between if t.key not in doc.eng.compass and t.key != "the"]
    return len(rest) <= 1 and len(compass) <= 1 and all(t.key in doc.eng.links for t in rest) and (
        bool(between) or proclitic or doc.gap(start).strip() in ("،", ","))


AREA_CUES = frozenset({"منطقة", "area", "areas", "subdistrict", "subdistricts", "sub-district", "ناحية"})
"""وفي منطقة الحولة, the Atarib area, Jisr al-Shughur subdistricts: a town named as the area around it (opening
a clause, it scopes the places after it)."""


def area_around(doc, prev: PlaceMention, pm: PlaceMention, start: int, cue) -> bool:
    """قرية كفرعمّة في منطقة الأتارب، بلدة كفرناها التابعة لمدينة الأتارب, villages in Jisr al-Shughur
    subdistricts: a town of the same governorate named as an area (an area cue) or as what the place
    belongs to (التابعة لـ), right after a place, says where that place lies; it is no second incident."""
    if is_coarse(pm.entry) or not same_governorate(pm.entry.governorate, prev.entry.governorate):
        return False
    between = [t for t in doc.tokens[name_end(prev):start] if t.key not in doc.eng.compass]
    owner = [t for t in between if any(k in doc.eng.belonging for _, k in t.variants)]
    if not (owner or cue is not None and cue.phrase in AREA_CUES):
        return False
    return len(between) - len(owner) <= 1 and len(owner) <= 1 and all(
        t.key in doc.eng.links for t in between if t not in owner)


def attributive(doc, pm: PlaceMention) -> bool:
    """an attack on an Idlib town, a Damascus suburb, the Idlib villages of Kefraya and Foua: a place
    name between an article and the place noun it describes (a cue word after it, plural before
    'of') says where that noun is; it is no incident place."""
    tokens, n = doc.tokens, len(doc.tokens)
    if doc.eng.lang == "ar" or pm.first == 0 or pm.cue_first != pm.last or not tokens[pm.first].joined:
        return False
    noun = tokens[pm.last]
    if not noun.joined or noun.upper or tokens[pm.last - 1].text.endswith("'s"):
        return False
    before = tokens[pm.first - 1].key
    return before in ("a", "an") or before == "the" and noun.key.endswith("s") \
        and pm.last + 1 < n and tokens[pm.last + 1].key == "of"


def reference_ahead(doc, ends: set[int], cue, pm: PlaceMention) -> int | None:
    """Where a reference word (north of, near) ends when it stands up to two words before the cue word
    that names `pm` (North of ISIL's stronghold city of Raqqa, near the Syrian city of Palmyra); else None."""
    if cue is None or cue.first >= pm.first or doc.eng.lang == "ar":
        return None
    tokens = doc.tokens
    return next((cue.first - k for k in range(3) if cue.first - k in ends
                 and all(tokens[t].joined for t in range(cue.first - k, cue.first + 1))), None)


def name_end(pm: PlaceMention) -> int:
    """Where a mention ends with the cue word written after its name (Tal Ref'at city, Kafr Zita town)."""
    return pm.cue_first + 1 if pm.cue_first is not None and pm.cue_first >= pm.last else pm.last


def locates(doc, prev: PlaceMention, start: int) -> bool:
    """Only links, a compass word, a comma or a proclitic ب stand between a place and the next
    mention, which may then say where it is (Hazzeh in Eastern Ghouta; al-Khalidiya, Aleppo;
    حي الخالدية بمدينة حمص; Tal Ref'at city in Aleppo)."""
    between = doc.tokens[name_end(prev):start]
    rest = [t for t in between if t.key not in doc.eng.compass]
    head = doc.tokens[start]
    proclitic = head.text[0] in "بف" and len(head.variants) > 1
    gap = doc.gap(start).strip()
    return len(rest) <= 1 and all(t.key in doc.eng.links for t in rest) and (
        bool(between) or proclitic or gap in ("،", ","))


def rechoose(doc, prev: PlaceMention, area, clause: Clause, scope) -> None:
    """The area named right after a place decides between its homonyms; when it holds none of them
    (Hazzeh, a Homs village, 'in Eastern Ghouta') the place is one the gazetteer lacks (clause unmapped)."""
    inside = [e for e in prev.candidates if contains(area, e)]
    if inside:
        prev.entry = choose(inside, scope, prev.cue)
    elif area.level in ("region", "governorate", "city") and not is_coarse(prev.entry) \
            and not any(e.governorate == area.governorate for e in prev.candidates) and prev in clause.places:
        clause.places.remove(prev)
        clause.unmapped = clause.unmapped or not clause.places
        s, e = doc.span(prev.first, prev.last)
        doc.state.note_unresolved(doc.full, s + prev.cut, e)  # والسيد علي: the name without its و


def apposition(doc, prev: PlaceMention, pm: PlaceMention, tok_clause: list[int], event_starts: list[int]) -> bool:
    """Masaken Hanano, the largest district of eastern Aleppo, ... / دوما، كبرى مدن الغوطة الشرقية، ...:
    a larger area in the clause right after a place, with no attack, actor or count between
    them, describes where that place is."""
    if not any(surrounds(doc, e, prev.entry) for e in _wider(doc, pm)) or pm.first - prev.last > 10:
        return False
    if tok_clause[pm.first] != tok_clause[prev.first] + 1:
        return False
    gap = doc.gap(prev.last)
    if not any(ch in gap for ch in ",،"):
        return False
    k = bisect_right(event_starts, prev.last - 1)
    return k >= len(event_starts) or event_starts[k] >= pm.first


def _wider(doc, pm: PlaceMention) -> list:
    """The areas a mention may name: its coarse readings, and for a city the governorate of its
    name (Termanin, a town in northern Idlib; Basira, in eastern Deir Ezzor)."""
    out = [e for e in (pm.entry, *pm.candidates) if is_coarse(e)]
    govs = [doc.eng.governorates.get(name_key(e.name_ar)) for e in out if e.level == "city"]
    return out + [g for g in govs if g is not None]


QUARTERS_OF = frozenset({"أحياء", "neighbourhoods", "neighborhoods"})
"""Plural quarter cues: before a city's name, the quarters of that city (أحياء حمص); before a
word no gazetteer knows, an unnamed kind of quarter (أحياء سكنية, residential neighbourhoods)."""


def places_index(doc) -> tuple[dict[int, str], set[int], set[str], set[str], list[int]]:
    """What the container rules ask of a whole run, read once when assembly starts: the names the
    gazetteer lacks by where they end (none after a plural cue), the tokens of place mentions, the
    known places' names as written, the governorates named with a cue, and where the words for the
    killed and wounded stand."""
    if doc.places_index is None:
        spans = {(m.start, m.end) for m in doc.state.unresolved}
        ends = {m.end: m.text for m in doc.state.unresolved if not _after_plural_cue(doc, m.start)}
        covered = {t for x in doc.mentions for t in range(x.first, x.last)}
        known = {name_key(doc.full[slice(*sp)]) for x in doc.mentions
                 if (sp := doc.span(x.first, x.last)) not in spans}
        cued = {x.entry.id for x in doc.mentions if x.cue and x.entry.level == "governorate"}
        tolls = sorted(h.first for h in doc.hits["casualty"] if h.value[0] in ("killed", "wounded"))
        doc.places_index = (ends, covered, known, cued, tolls)
    return doc.places_index


def after_unknown_part(doc, pm: PlaceMention) -> bool:
    """The Old City of Damascus, Daraa al-Balad in the city of Daraa, حي الوعر القديم بمدينة حمص: a name
    the gazetteer lacks that ends right before the mention (its cue), or with only links, compass words
    (in the northern western countryside of) and one other word between, is a part of that place the
    mention stands for (unless the report names it as a known place elsewhere)."""
    ends, covered, known, *_ = places_index(doc)
    if not ends:
        return False
    t = start = pm.first if pm.cue_first is None else min(pm.first, pm.cue_first)
    other = 0
    while t > 0 and start - t < 5 and doc.tokens[t].joined:
        name = ends.get(doc.span(t - 1, t)[1])
        if name is not None:
            return name_key(name) not in known
        link = doc.tokens[t - 1].key in doc.eng.links or doc.tokens[t - 1].key in doc.eng.compass
        if not link and (other or doc.blocked.get(t - 1)) or t - 1 in covered:
            return False
        other += not link
        t -= 1
    return False


def tells_toll(doc, clauses) -> bool:
    """A word for the killed or wounded stands in one of the clauses (most of the dead were killed by
    bombardment of Albuqamal; القتلى الذين سقطوا في دوما)."""
    tolls = places_index(doc)[4]
    return any(bisect_right(tolls, c.last - 1) > bisect_right(tolls, c.first - 1) for c in clauses)


def _city_part_after(doc, t: int) -> bool:
    """درعا البلد, Daraa al- Balad: a word after the name that makes it a part of the city."""
    tokens, parts = doc.tokens, doc.eng.city_parts
    if t < len(tokens) and tokens[t].joined and tokens[t].key == "al":
        t += 1
    return t < len(tokens) and tokens[t].joined and tokens[t].key in parts


def province_named(doc, pm: PlaceMention):
    """في حلب, in Aleppo: the governorate a city's name also names, when the city is named bare (no
    city cue, no cue word in the name matched: مدينة حمص, no part of it: درعا البلد) and the report does not name that
    governorate with its own cue (Aleppo province ... an attack in Aleppo: the city); else None."""
    if pm.cue and not _countryside_of(doc, pm) or any(k in doc.eng.links for _, k in doc.tokens[pm.first].variants) \
            or _city_part_after(doc, pm.last):
        return None
    g = doc.eng.governorates.get(name_key(pm.entry.name_ar))
    return None if g is None or g.id in places_index(doc)[3] else g


def _countryside_of(doc, pm: PlaceMention) -> bool:
    """بلدات وقرى بريف مدينة درعا: a city cue after ريف names the city's countryside, its governorate's."""
    t = pm.cue_first
    return pm.cue == "city" and t is not None and t > 0 and t < pm.first \
        and any(k in doc.eng.countrysides for _, k in doc.tokens[t - 1].variants)


def _after_plural_cue(doc, start: int) -> bool:
    """أحياء سكنية: the word after a plural quarter cue is no quarter's name."""
    words = doc.full[max(0, start - 12):start].split()
    return bool(words) and words[-1] in QUARTERS_OF


def cue_for(doc, first: int, last: int, cue_by_last, cue_by_first) -> Hit | None:
    """The cue word that names this mention's level: حي الفردوس, the town of Douma,
    al-Ferdous neighbourhood. Punctuation between them parts them (Hama province, Syrian media). A
    lone article before the name is the name's (the countryside of al- Suwaydaa)."""
    first -= first > 0 and lone_article(doc.tokens, first - 1)
    cue = cue_by_last.get(first) if doc.tokens[first].joined and doc.same_line(first) else None
    if cue is None and first > 0 and doc.tokens[first - 1].key in ("of", "the") and doc.tokens[first - 1].joined:
        cue = cue_by_last.get(first - 1)
        if cue is not None and cue.first > 0 and doc.tokens[cue.first].joined \
                and doc.tokens[cue.first - 1].key != "the" and not doc.blocked.get(cue.first - 1) \
                and (doc.tokens[cue.first - 1].upper or _ARTICLE_PREFIX.match(doc.tokens[cue.first - 1].text)):
            cue = None  # the al-Badu neighbourhood of Raqqa: the cue is al-Badu's
    if cue is None and doc.eng.lang != "ar":
        after = cue_by_first.get(last)
        if after is not None and doc.tokens[last].joined:
            cue = after
    return cue if cue is not None and cue_introduces(doc, cue) else None


def cue_introduces(doc, cue: Hit) -> bool:
    """An indefinite cue (حي الفردوس) introduces a name; a definite one (الأحياء المحررة) does not,
    unless the lexicon writes it definite (العاصمة دمشق)."""
    tok = doc.tokens[cue.first]
    word = tok.text[cue.cut:]
    if doc.eng.lang == "ar" and not (cue.kind == "cue" and cue.phrase.startswith("ال")):
        article_in_clitic = cue.cut > 0 and word.startswith("ل") and tok.text[cue.cut - 1] == "ل"
        return not (word.startswith("ال") or article_in_clitic)
    return True


def mark_coordinated_targets(doc) -> None:
    """مناطق دير سنبل ... في ريفي إدلب الجنوبي والشرقي، ومناطق كفر عمة وكفر تعال في ريف حلب الغربي: a
    clause that opens on و and a place cue after a comma, in the sentence of the clause before it,
    goes on naming the targets of that sentence's attack; its places take the attack (as a target
    word would give it) when they have none of their own."""
    if doc.eng.lang != "ar":
        return
    tokens, clauses, tok_clause = doc.tokens, doc.clauses, doc.tok_clause
    for h in doc.hits["cue"]:
        ci = tok_clause[h.first]
        c = clauses[ci]
        if h.first == c.first and ci > 0 and h.cut and tokens[h.first].text.startswith("و") and c.places \
                and clauses[ci - 1].sentence == c.sentence and doc.gap(h.first).strip() in ("،", ","):
            c.targeted = True


_LOCATING_LEVELS = frozenset({"governorate", "city", "region", "district"})
"""Places that, named right after another name, say where it is."""


def located_by_next(doc, place_at: dict, last: int, entry) -> bool:
    """حي القدم بدمشق، قرية “بانص”، جنوبي حلب: a name followed by ب + a city, or by a compass word or
    preposition and a city, region or governorate, of its own governorate, is placed by it, whatever
    governorate the sentence or the report opened with. `place_at`: {first token: place hit}."""
    tokens, n = doc.tokens, len(doc.tokens)
    for first in range(last, min(n, last + 3)):
        hit = place_at.get(first)
        if hit is None:
            if doc.blocked.get(first) or tokens[first].key in doc.eng.links:
                continue  # جنوبي، في
            return False
        cut = hit[2]
        if first == last and not (cut and tokens[first].text[cut - 1] == "ب"):
            return False
        return any(e.level in _LOCATING_LEVELS and same_governorate(e.governorate, entry.governorate) for e in hit[3])
    return False


def quarter_of_another_city(entry, scope, cue_level, before, own, list_level=None) -> bool:
    """وفي مدينة منبج ... في سوق المدينة: with another town in scope (or named before it in the
    sentence), a quarter name of a different city with no cue of its own (a list's cue is the town's:
    مدينة دارة عزة ... وسوق المدينة، مدينتي حرستا والقابون) is an ordinary phrase there; not one written ending
    in its own governorate's name (`own`: جامعة حلب in a report on Idlib, the name says whose it is), nor one
    near the town named before it in a list whose cue, if any, fits a quarter (Ain Tarma, Zamalka and Jobar:
    Damascus' Jobar beside Zamalka)."""
    if entry.level != "neighbourhood" or cue_level or own is not None and own.governorate == entry.governorate:
        return False
    area = before if before is not None and before.level in ("city", "town") else scope.area
    return area is not None and area.level in ("city", "town") and entry.parent_id != area.id \
        and not (near(entry, before) and fits_cue(entry, list_level))
