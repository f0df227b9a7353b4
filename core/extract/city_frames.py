"""English: a city named only to say where the place of an attack lies (issue 12, place precision), asked by
the place stage (`mentions`) once its walk has placed the mentions: the city a suburb belongs to (the Damascus
suburb of Darayya; a southern suburb of the capital Damascus), and a city named bare after "near" when the
report places the attack at a place close to it (barrel bombs near Damascus ... the town of Wadi Barada)."""
from __future__ import annotations

from core.extract import wide_areas
from core.extract.state import NEAR_KM, km


def drop(doc) -> None:
    """Every rule of this module; the title's city the body then names only so gives way to the body's
    places (`wide_areas.drop_title_frames`, run after this)."""
    if doc.eng.lang == "ar":
        return
    for c in doc.clauses:
        wide_areas.drop_from(c, [pm for pm in c.places if pm.entry.level == "city" and suburb_owner(doc, pm)])
    drop_bare_near(doc)


def suburb_owner(doc, pm) -> bool:
    """on Damascus suburb, in the Damascus suburb of Darayya, the Aleppo suburb of Qabasin; a southern suburb of
    the capital Damascus: a city right before a suburb word (`suburb` in function_words.csv), or after it and
    "of" (the city's cue word between), is the city the suburb belongs to; the suburb is another place (the
    Qabasin suburb, a town, is the town)."""
    tokens, suburbs = doc.tokens, doc.eng.suburbs
    if pm.cue_first == pm.last and tokens[pm.last].key in suburbs and tokens[pm.last].joined:
        return True
    start = pm.first if pm.cue_first is None else min(pm.first, pm.cue_first)
    return start > 1 and tokens[start - 1].key == "of" and tokens[start - 2].key in suburbs \
        and tokens[start - 1].joined and tokens[start].joined


def drop_bare_near(doc) -> None:
    """Civilians killed by barrel bombs near Damascus ... targeted the town of Wadi Barada: a city named right
    after "near" with no place before it (alone, the best point there is) only says where the attack was when
    the report places another place within `NEAR_KM` of it; it is no incident place of its own."""
    near = doc.near_last
    bare = [(c, pm) for c in doc.clauses for pm in c.places if pm.entry.level == "city" and _after_near(doc, pm)]
    if not bare:
        return
    others = {pm.entry.id: pm.entry for c in doc.clauses for pm in c.places if pm.entry.level != "city"}
    for c, pm in bare:
        if any(km(pm.entry, e) <= NEAR_KM for e in others.values()):
            wide_areas.drop_from(c, [pm])


def _after_near(doc, pm) -> bool:
    """A near word ends right before the mention, its cue word or the article opening it (near the capital)."""
    start = pm.first if pm.cue_first is None else min(pm.first, pm.cue_first)
    return start in doc.near_last or start + 1 <= pm.first and start + 1 in doc.near_last
