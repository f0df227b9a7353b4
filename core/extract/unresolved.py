"""Stage 7, unresolved names. Reads: `doc.hits` (cue), `doc.place_hits`, `doc.blocked`,
`doc.mentions`, `doc.locatives`. Adds: names the gazetteer lacks (after a cue word, a preposition
of place, at the end of a list, the English list members after one) to the report's unresolved list, and marks their clauses
`unmapped`, which then keep their facts from the places before them; reference points next to
such a name are dropped from their clause's places."""
from __future__ import annotations

from core.arabic import name_key
from core.dates import calendar_words
from core.extract import place_rules
from core.extract.lookup import ARTICLE_PREFIX as _ARTICLE_PREFIX
from core.extract.lookup import after_article, lone_article, name_opener
from core.extract.place_rules import PAIR_CUES as _PAIR_CUES
from core.matcher import Hit


def run(doc) -> None:
    ends = unresolved(doc, doc.hits["cue"], doc.place_hits, doc.blocked, doc.clauses, doc.tok_clause, doc.mentions)
    ends |= doc.foreign_ends
    near_unmapped = {e + k for e in ends for k in range(3)}
    near_last = doc.near_last
    for c in doc.clauses:
        if c.unmapped:
            c.places = [pm for pm in c.places if near_last.get(min(pm.first, pm.cue_first if pm.cue_first is not None
                                                                   else pm.first)) not in near_unmapped]


def unresolved(doc, cues: list[Hit], place_hits, blocked_spans, clauses, tok_clause, mentions=()) -> set[int]:
    """A cue word followed by a name the gazetteer lacks (بلدة عين ترما, the town of Ein Tarma):
    the name is listed as not mapped, and its clause keeps its facts from other places.
    Returns the token ends of those names."""
    ends: set[int] = set()
    covered = set()
    for first, last, *_ in place_hits:
        covered.update(range(first, last))
    tokens, n, english = doc.tokens, len(doc.tokens), doc.eng.lang != "ar"
    cue_words = {h.first for h in cues}
    prepositions = {h.first for h in doc.locatives}
    first_town: dict[int, int] = {}
    for m in mentions:
        if m.entry.level in ("city", "town"):
            sentence = clauses[tok_clause[m.first]].sentence
            first_town[sentence] = min(first_town.get(sentence, m.first), m.first)
    for cue in cues:
        i = cue.last
        if english and i < n and tokens[i].key == "of" and tokens[i].joined:
            i += 1
        if i >= n or not place_rules.cue_introduces(doc, cue) or not tokens[i].joined or not doc.same_line(i):
            continue
        head = not english and i + 1 < n and tokens[i + 1].joined and (
            tokens[i].key in doc.eng.compound_heads and i + 1 not in prepositions or tokens[i + 1].key in doc.eng.name_tails or
            _construct_name(doc, i, covered, blocked_spans) or _name_second_word(doc, i + 1, covered, blocked_spans))
        if i in covered or i in cue_words or (blocked_spans.get(i) and not head and not (english and lone_article(tokens, i))) \
                or tokens[i].text.isdigit():
            continue
        if not english and (cue.value == "any" or cue.kind == "cue" and cue.phrase.startswith("ال")):
            continue  # منطقة, العاصمة: cues that only label a name the gazetteer knows
        last = _english_name_end(tokens, i, covered, blocked_spans) if english else i + 1 + bool(head)
        if last is None:
            continue
        s, e = doc.span(i, last)
        if tokens[cue.first].text[cue.cut:] in doc.eng.compound_heads:
            s = doc.span(cue.first, i)[0] + cue.cut  # حارة البدو: the cue word heads the name
        doc.state.note_unresolved(doc.full, s, e)
        if cue.phrase in _PAIR_CUES and last < n and tokens[last].joined \
                and tokens[last].text.startswith("و") and len(tokens[last].text) > 2 \
                and last not in covered and not blocked_spans.get(last):
            s, e = doc.span(last, last + 1)  # حيي الجورة والقصور: the pair's second name
            doc.state.note_unresolved(doc.full, s + 1, e, same_start=True)
        c = clauses[tok_clause[i]]
        town_before = cue.value == "neighbourhood" and first_town.get(c.sentence, i) < i
        if not town_before:
            c.unmapped = True  # أما في قامشلو، ... في حي الهلالية: the quarter is the town's
        ends.add(last)
    if english:
        _unresolved_before_cues(doc, cues, covered, cue_words, blocked_spans)
        _unknown_after_locatives(doc, covered, cue_words, blocked_spans, clauses, tok_clause, mentions)
    else:
        _unknown_last_members(doc, place_hits, covered, blocked_spans)
        _unknown_headed_names(doc, cues, covered, blocked_spans)
        _numbered_units(doc)
    _known_gaps(doc, place_hits, cue_words, blocked_spans)
    if english:
        _english_list_goes_on(doc, covered, cue_words, blocked_spans)
    return ends


def _english_list_goes_on(doc, covered: set[int], cue_words: set[int], blocked_spans) -> None:
    """targeted Rashid and Aayoj; the towns of Abisan, ‘Azizah, and Al-Ramleh: a capitalised name
    joined by "and" or a comma to a name listed as not mapped is the next member of that list, one
    the gazetteer lacks as well (a place ends the list: Al-Ramleh). An opening ‘ no quote closes is
    the name's ʿayn, kept with it."""
    tokens, n, months = doc.tokens, len(doc.tokens), calendar_words()
    after = cue_words | {h.first for h in doc.locatives}
    for i in range(2, n):
        j = i - 1 if tokens[i - 1].key in doc.eng.conjunctions and tokens[i].joined else i
        if doc.gap(j).strip() not in ("", ",") or j == i and doc.gap(i).strip() != "," or "\n" in doc.gap(j):
            continue
        if i in covered or i in cue_words or blocked_spans.get(i) and not lone_article(tokens, i) \
                or not _ends_listed(doc, j - 1):
            continue
        last = _english_name_end(tokens, i, covered, blocked_spans)
        if last is not None and tokens[i].key not in months and _list_tail(doc, last, after):
            s, e = doc.span(i, last)
            if doc.full[s - 1:s] in ("‘", "ʿ") and doc.full[e:e + 1] not in ("’", "'"):
                doc.state.widen_unresolved(doc.full, s - 1, e)  # in place of the recorded gap Azizah
            else:
                doc.state.note_unresolved(doc.full, s, e, same_start=True)


def _list_tail(doc, last: int, after: set[int]) -> bool:
    """What follows a list member: the sentence's end, the next member (and, a comma before a
    capital), a cue or a preposition of place (Aayoj in the countryside), not a verb (Reuters
    reported) or an apposition (Abu Mohammed, a local activist)."""
    tokens = doc.tokens
    if last >= len(tokens) or any(c in doc.gap(last) for c in ".;\n–—") or last in after:
        return True
    return tokens[last].key in doc.eng.conjunctions or doc.gap(last).strip() == "," and tokens[last].upper


def _ends_listed(doc, k: int) -> bool:
    """Whether a name listed as not mapped ends on token k."""
    s, e = doc.span(k, k + 1)
    return any(b == e for _, b in doc.state.unresolved_around(s, e))


def _unknown_last_members(doc, place_hits, covered: set[int], blocked_spans) -> None:
    """حمورية وسقبا وعين ترما لقصف: a list that ends on و + a name head + a word no lexicon
    knows ends on a name the gazetteer lacks."""
    tokens, n, heads = doc.tokens, len(doc.tokens), doc.eng.compound_heads
    for _, last, *_ in place_hits:
        if last + 1 >= n or last in covered or last + 1 in covered or blocked_spans.get(last + 1):
            continue
        tok = tokens[last]
        if not (tok.joined and tok.text.startswith("و") and tok.text[1:] in heads and tokens[last + 1].joined):
            continue
        s, e = doc.span(last, last + 2)
        doc.state.note_unresolved(doc.full, s + 1, e, same_start=True)


def _unknown_after_locatives(doc, covered, cue_words, blocked_spans, clauses, tok_clause, mentions=()) -> None:
    """More barrel bombs hit Latamneh / In al-Lajat, ...: a capitalised name no lexicon or
    gazetteer knows, right after a preposition of place or an attack verb, is listed as not
    mapped, and its clause stops lending its facts to the place before, unless a town opens
    the sentence (Al-Hasakah city: fighting around Ghweran prison): the name is inside it."""
    tokens, n, months = doc.tokens, len(doc.tokens), calendar_words()
    town_opened = {clauses[tok_clause[m.first]].sentence: m.first for m in reversed(mentions)
                   if m.opener and m.entry.level in ("city", "town")}
    regions_at = {m.first for m in mentions if m.entry.level == "region"}
    for h in doc.locatives:
        i = h.last
        if i >= n or not tokens[i].joined or i in covered or i in cue_words \
                or blocked_spans.get(i) and not lone_article(tokens, i) or not doc.same_line(i) \
                or not name_opener(tokens, i):
            continue
        last = i
        while last < min(n, i + 4) and last not in covered and last not in cue_words \
                and (not blocked_spans.get(last) or lone_article(tokens, last) or last > i and after_article(tokens, last)) \
                and (tokens[last].upper or name_opener(tokens, last) and (last == i or lone_article(tokens, last)
                                                                     or tokens[i].key in doc.eng.compound_heads)) \
                and tokens[last].key not in months and (last == i or tokens[last].joined):
            last += 1
        if last == i:
            continue
        last = _without_trailing_article(tokens, i, last)
        if last == i + 1 and lone_article(tokens, i) or _compass_of_region(doc, i, last, regions_at):
            continue
        s, e = doc.span(i, last)
        doc.state.note_unresolved(doc.full, s, e)
        c = clauses[tok_clause[i]]
        if town_opened.get(c.sentence, i) >= i:
            c.unmapped = True


def _compass_of_region(doc, i: int, last: int, regions_at: set[int]) -> bool:
    """in Eastern al-Suwayda: compass words right before a governorate's name that the mentions stage
    read as its region (`regions.countryside_of`) are part of that region's name, no name of their own."""
    t = last + (last < len(doc.tokens) and lone_article(doc.tokens, last))
    return t in regions_at and all(doc.tokens[k].key in doc.eng.compass for k in range(i, last))


def _english_name_end(tokens, i: int, covered: set[int], blocked_spans) -> int | None:
    """The end of the capitalised name after a cue at token i (up to four words, through a lone
    article: Dahiyat al- Assad), or None when no name begins there."""
    if not name_opener(tokens, i):
        return None
    last, n = i + 1, len(tokens)
    while last < min(n, i + 4) and tokens[last].joined and (tokens[last].upper or lone_article(tokens, last)) \
            and last not in covered and (not blocked_spans.get(last) or lone_article(tokens, last)
                                         or after_article(tokens, last)):
        last += 1
    last = _without_trailing_article(tokens, i, last)
    return None if last == i + 1 and lone_article(tokens, i) else last


def _without_trailing_article(tokens, first: int, last: int) -> int:
    """The end of a Latin name run without a lone al/el it ended on (Nabd al- before a known word)."""
    while last - first > 1 and tokens[last - 1].key in ("al", "el"):
        last -= 1
    return last


def _adjective_or_possessed(word: str) -> bool:
    """سوق شعبي، سوق شعبية، باب منزله: an indefinite relative adjective or a noun with a pronoun
    ending after a name head, which make it an ordinary phrase, not a name (ك of كبير is no proclitic
    of بير either)."""
    return not word.startswith("ال") and word.endswith(("ي", "ية", "ه", "ها", "هم"))


def _name_second_word(doc, k: int, covered: set[int], blocked_spans) -> bool:
    """بلدة جباتا الخشب: a definite word no lexicon knows goes on with an unknown name, unless it
    has an adjective's shape (feminine or relative ending, participle prefix: حضر الخاضعة،
    غويران الشعبي، ملوك المجاورة)."""
    word = doc.tokens[k].text
    return word.startswith("ال") and not word.startswith("الم") and not word.endswith(("ة", "ه", "ي", "ى")) \
        and k not in covered and not blocked_spans.get(k)


def _construct_name(doc, i: int, covered: set[int], blocked_spans) -> bool:
    """حي طريق السد: after a cue, an ordinary noun followed by a definite word no lexicon knows
    is a two-word name (noun + genitive), not the ordinary word; a preposition is no such noun
    (حي قرب المطار، بلدة على المشارف)."""
    nxt = doc.tokens[i + 1]
    return bool(blocked_spans.get(i)) and nxt.text.startswith("ال") and i + 1 not in covered \
        and not blocked_spans.get(i + 1) and not any(h.first == i for h in doc.locatives)


def _unresolved_before_cues(doc, cues: list[Hit], covered: set[int], cue_words: set[int], blocked_spans) -> None:
    """the Abbasiyyin area of Damascus, the al-Waer neighbourhood, on Bab Touma and al-Qassaa
    neighbourhoods: capitalised names the gazetteer lacks, between "the" (or a preposition, for
    a list before a plural cue) and an English cue that follows them, are listed as not mapped."""
    tokens = doc.tokens
    openers = {h.last for h in doc.locatives}

    def name_end_before(k: int) -> int:
        """First token of the name that ends at token k-1 (k when there is none)."""
        first = k
        while first - 1 >= 0 and k - first < 3 and first - 1 not in covered and first - 1 not in cue_words \
                and not blocked_spans.get(first - 1) and (first == k or tokens[first].joined) \
                and (tokens[first - 1].upper or _ARTICLE_PREFIX.match(tokens[first - 1].text)):
            first -= 1
        return first

    for cue in cues:
        if not tokens[cue.first].joined:
            continue
        names, last = [], cue.first
        while True:
            first = name_end_before(last)
            if first == last or not tokens[first].joined and not names:
                break
            names.append((first, last))
            if not cue.phrase.endswith("s") or first < 2:
                break
            gap = doc.gap(first).strip()
            if tokens[first - 1].key in doc.eng.conjunctions:
                last = first - 1
            elif gap == ",":
                last = first
            else:
                break
        if not names:
            continue
        first = names[-1][0]
        if first == 0 or not (tokens[first - 1].key == "the" or len(names) > 1 and first in openers):
            continue
        for f, l in reversed(names):
            s, e = doc.span(f, l)
            doc.state.note_unresolved(doc.full, s, e)


def _unknown_headed_names(doc, cues: list[Hit], covered: set[int], blocked_spans) -> None:
    """على شارع الفيلات، حي حارة البدو، قرب دوار الأزهري: a name head (compound_heads.csv) after a
    preposition of place, a cue, an attack (قصفت بالمدفعية شارع الحافظ) or a proclitic (بشارع), followed by a word no lexicon knows, names a
    place the gazetteer lacks: the head and that word are listed (a head that is a cue word is
    listed with its name by the cue rule)."""
    tokens, heads = doc.tokens, doc.eng.compound_heads
    opened = {h.last for h in doc.locatives} | {h.last for h in cues} | {h.last for h in doc.hits["type"]}
    cue_words = {h.first for h in cues}
    named_after = _places_starting(doc.place_hits, {m.entry.id for m in doc.mentions})
    for i, tok in enumerate(tokens[:-1]):
        text, cut = tok.text, None
        for c, _ in tok.variants:  # a plain loop: this runs for every token
            if text[c:] in heads and "ك" not in text[:c]:
                cut = c
                break
        if cut is None or i in covered or i in cue_words or not (i in opened or cut > 0):
            continue
        k = i + 1
        end = named_after.get(k, k + 1)
        if not tokens[k].joined or k in covered and k not in named_after or blocked_spans.get(k) and end == k + 1 \
                or not doc.same_line(k) or tokens[k].text.isdigit() or _adjective_or_possessed(tokens[k].text) \
                or _quote_opens(doc, k):
            continue
        s, e = doc.span(i, end)
        doc.state.note_unresolved(doc.full, s + cut, e)


def _places_starting(place_hits, mentioned: set[str]) -> dict[int, int]:
    """{first token: end} of the gazetteer names no longer name holds and whose places the reading
    mapped nowhere in the report (a far namesake, a word): after a name head such a name is the
    genitive of a site named after it (شارع الجلاء، جبل الإشارة: a street, a hill, not the Deir
    ez-Zor town) that the gazetteer lacks; a mapped one is the town the site is in (سوق الأتارب)."""
    ends: dict[int, int] = {}
    for first, last, _, entries, _ in place_hits:
        if not any(e.id in mentioned for e in entries):
            ends[first] = max(ends.get(first, last), last)
    held = {t for first, last, *_ in place_hits for t in range(first + 1, last)}
    return {first: last for first, last in ends.items() if first not in held}


def _quote_opens(doc, k: int) -> bool:
    """مشفى “نبض الحياة”: a quote opens before token k and does not close right after it, so the
    name goes on past the one word a head takes."""
    before = doc.norm.text[doc.tokens[k - 1].end:doc.tokens[k].start]
    after = doc.norm.text[doc.tokens[k].end:doc.tokens[k + 1].start] if k + 1 < len(doc.tokens) else "»"
    return any(q in before for q in "\"“«”'") and not any(q in after for q in "\"”»“'")


def _numbered_units(doc) -> None:
    """محيط الفرقة 17، واللواء 137، من داخل "الفوج 46": a military unit with its number names a base
    no gazetteer holds; the unit word (without its و or ب) and the number are listed as not mapped."""
    tokens, units = doc.tokens, doc.eng.units
    for i, tok in enumerate(tokens[:-1]):
        if not tokens[i + 1].text.isdigit() or not tokens[i + 1].joined:
            continue
        cut = next((c for c, stem in tok.variants if name_key(stem) in units), None)
        if cut is None:
            continue
        s, e = doc.span(i, i + 2)
        doc.state.note_unresolved(doc.full, s + cut, e)


def _known_gaps(doc, place_hits, cue_words: set[int], blocked_spans) -> None:
    """درعا البلد، حي الإذاعة، Ein Tarma: a place data/gazetteer_missing.csv lists (no open source has
    its point) is listed as not mapped wherever it is named, unless a gazetteer name as long holds it;
    a one-word gap (often also a word or a given name: النازحين، الصورة، Rima) only right after a cue,
    a preposition of place (not من: من النازحين) or a military site word (معسكر "بريديج"), or as a list
    member after a place, or in English right before its cue (taken to al-Kalle village). In English,
    named after a preposition in a clause with no other place, its clause keeps its facts from the
    places before it (killed in the Eastern Gharya, after Alma's paragraph)."""
    tokens, english = doc.tokens, doc.eng.lang != "ar"
    opened = {h.last for h in doc.locatives if h.value == "yes" or h.last - h.first > 1
              or tokens[h.first].key not in doc.eng.links} \
        | {h.last for h in doc.hits["cue"]}
    opened |= {i + 1 for i in opened if i < len(tokens) and tokens[i].key == "the"}
    opened |= {i + 1 for i, t in enumerate(tokens) if t.key in doc.eng.sites}
    longest, mapped = {}, {m.entry.id for m in doc.mentions}
    for first, last, _, entries, _ in place_hits:
        if not any(e.id in mapped for e in entries):
            continue  # والبريج (Aleppo): a recorded gap whose only namesake the reading mapped nowhere
        for t in range(first, last):
            longest[t] = max(longest.get(t, 0), last - first)
    member_ends = {last for first, last, *_ in place_hits} | {h.last for h in doc.hits["gap"]}
    member_ends |= {first - 1 for first, *_ in place_hits} | {h.first - 1 for h in doc.hits["gap"]}
    for h in sorted(doc.hits["gap"], key=lambda h: (h.first, h.first - h.last)):
        size = h.last - h.first
        if any(longest.get(t, 0) >= size for t in range(h.first, h.last)) or size == 1 and h.first in cue_words \
                or english and not name_opener(tokens, h.first):
            continue
        if size == 1 and h.first not in opened and not _list_member(doc, h, member_ends) \
                and not (english and h.last in cue_words):
            continue
        s, e = doc.span(h.first, h.last)
        s += h.cut
        if any(a <= s and e <= b and (a, b) != (s, e) and not doc.full[e:b].lstrip().startswith("و")
               for a, b in doc.state.unresolved_around(s, e)):
            continue  # a longer name the other rules listed holds it (not a list: حرش بينين والأربيخ)
        doc.state.widen_unresolved(doc.full, s, e)
        c = doc.clauses[doc.tok_clause[h.first]]
        c.unmapped = c.unmapped or english and not c.places and _after_locative(doc, h)


def _after_locative(doc, h) -> bool:
    """in the Eastern Gharya: the gap stands right after a preposition of place (and "the"), and
    no quarter cue follows it (in the Dahr al-Jabal neighbourhood: a part of the town told of)."""
    i = h.first - (h.first > 0 and doc.tokens[h.first - 1].key == "the")
    quarter = any(c.first == h.last and c.value == "neighbourhood" for c in doc.hits["cue"])
    return not quarter and any(x.last == i for x in doc.locatives)


def _list_member(doc, h, member_ends: set[int]) -> bool:
    """A name right after a place or another such name and a joining و or comma (Arabic: قرى "الدحلة،
    الحريجي، الزباري"); in English, joined by a comma or "and"
    to a place or gap before or after it (Ain Tarma, Zamalka and Jobar; the Othman and Rawdat
    al-Baraem neighborhoods). `member_ends`: the ends of those names and the token before each."""
    tokens, i, n = doc.tokens, h.first, len(doc.tokens)
    if doc.eng.lang == "ar":
        joined = bool(h.cut) and tokens[i].text.startswith("و") or doc.gap(i).strip() in ("،", ",")
        return joined and i in member_ends
    before = i - 1 if i > 0 and tokens[i - 1].key in doc.eng.conjunctions else i
    after = h.last if h.last < n and tokens[h.last].key in doc.eng.conjunctions else None
    return before in member_ends and (before < i or doc.gap(i).strip() == ",") \
        or after is not None and after in member_ends
