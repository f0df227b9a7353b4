"""Which region an English mention of a governorate's name stands for, asked by the place mentions
stage (`mentions._entry`): the countryside of Hama, western Idlib province name the region around the
capital that the gazetteer's aliases spell, not the city."""
from __future__ import annotations

from core.arabic import name_key
from core.extract.lookup import lone_article
from core.translit import en_key


def countryside_of(doc, first: int, cue, entries: list):
    """the (northern) countryside of Hama, the countryside of Damascus, southern Aleppo, western Idlib
    province: a governorate's name after a countryside word, or after a compass word (no city or quarter
    cue), names the region around its capital (Northern Hama countryside, Rif Dimashq), as the
    gazetteer's aliases spell it, not the city; else None."""
    tokens, k = doc.tokens, first - 1
    k -= k > 0 and lone_article(tokens, k)
    k -= k > 0 and tokens[k].key == "of" and tokens[k].joined
    if doc.eng.lang == "ar" or k < 0 or not (tokens[k + 1].joined and doc.same_line(k + 1)):
        return None
    word, compass = tokens[k].key, doc.eng.compass
    if word in doc.eng.countrysides:
        direction = tokens[k - 1].key if k > 0 and tokens[k - 1].key in compass and tokens[k].joined else None
    elif word in compass and tokens[k + 1].key != "of" and not (cue is not None and cue.value in ("city", "neighbourhood")):
        direction = word
    else:
        return None
    govs = [g for e in entries if (g := doc.eng.governorates.get(name_key(e.name_ar))) is not None]
    if not govs:
        return None
    names = [f"{direction} countryside of {govs[0].name_en}"] * bool(direction) \
        + [f"{govs[0].name_en} countryside"] * (word in doc.eng.countrysides)
    found = [e for n in names for e in doc.eng.en_places.get(en_key(n), ()) if e.level in ("region", "governorate")]
    return found[0] if found else None
