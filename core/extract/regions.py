"""English areas, asked by the place mentions stage: which region a governorate's name stands for (the
countryside of Hama, western Idlib province: the region around the capital that the gazetteer's
aliases spell, not the city), and the governorate a heading line (Rif Dimashq Province:) puts the
paragraphs under it in."""
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


def heading(doc, pm) -> bool:
    """Rif Dimashq Province: / Hama Province: a governorate named alone on a line ending in a colon heads
    the paragraphs after it (SOHR's daily reports): a town of another governorate there is a namesake
    (al-Marj of the Ghouta is no Aleppo village), until another place opens a clause."""
    if doc.eng.lang == "ar" or pm.entry.level != "governorate":
        return False
    text, tok = doc.norm.text, doc.tokens[pm.first]
    start = text.rfind("\n", 0, tok.start) + 1
    end = text.find("\n", tok.start)
    line = text[start:end if end >= 0 else len(text)].strip()
    return line.endswith(":") and len(line.split()) <= 4 and not text[start:tok.start].strip()
