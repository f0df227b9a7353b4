"""Stage 6b, retold: sentences that tell again an event of an earlier day (English): "Back on 23 May 2016, 184 civilians
were killed in Tartus and Jableh"; "Human Rights Watch previously drew attention to the use of cluster
bombs". A retelling word (function_words.csv role `retelling`) among the first words of a sentence
makes the whole sentence background: its places, kinds, sides and counts are no incident of the report.
A month a few words after "since" (منذ الـ 18 من شباط / فبراير، منذ منتصف كانون الأول; the date tables'
background cues) opens a toll or campaign counted since then: the rest of its sentence, from its clause, is
background. So is the rest of a sentence from "after <span of time> من/على <event>" (بعد يوم على اجتماع،
بعد ثلاثة أيام من وصول البعثة; function_words roles `after`, `elapsed`) when the event names no attack or toll:
a meeting or an arrival of an earlier day.
Arabic frames: "ويأتي ذلك في استمرار للهجمات الصاروخية والمدفعية": a clause that opens with a frame word
(role `frame`) tells other attacks the incident belongs with (`clear_frames`); so does a placeless clause naming
a campaign after a place of its sentence (role `campaign`: وذلك في اليوم الخامس لحملة بدأها النظام, `clear_campaigns`).
Reads `doc.tokens`, `doc.clauses` (places, cue words); clears those clauses' places and facts."""
from __future__ import annotations

from core.date_tables import month_names, since_words
from core.dates import BACKGROUND_WINDOW

OPENING = 5
"""How many words from a sentence's start a retelling word may begin at (Human Rights Watch previously)."""
SPAN_WORDS = 3
"""How many words after "after" the span of time may end at (بعد ثلاثة أيام)."""
EVENT_WORDS = 2
"""How many words after من/على an attack or toll word may begin at to make the event an attack (سقوط ضحايا)."""
LONGEST = 3
"""The most words a retelling phrase has (earlier this month)."""


def run(doc) -> None:
    """Clears the clauses of retold sentences and of the background parts of sentences."""
    if not doc.clauses:
        return
    clear_frames(doc)
    clear_campaigns(doc)
    words = doc.eng.retelling
    if words:
        retold = {c.sentence for c in doc.clauses if _opens_sentence(doc, c) and _retells(doc, c, words)}
        for c in doc.clauses:
            if c.sentence in retold:
                clear(c)
    for first in _since_month_clauses(doc):
        _clear_since(doc, first)
    for first in _after_quiet_event_clauses(doc):
        _clear_since(doc, first, keep_before=True)


def _clear_since(doc, first: int, keep_before: bool = False) -> None:
    """Clear clause `first` to its sentence's end, and (unless `keep_before`) the placeless clauses just
    before it whose facts (the offensive ... ongoing since June) would fall to its places."""
    clauses, sentence = doc.clauses, doc.clauses[first].sentence
    start = first
    while not keep_before and start > 0 and clauses[start - 1].sentence == sentence \
            and not clauses[start - 1].places:
        start -= 1
    for c in clauses[start:]:
        if c.sentence != sentence:
            break
        clear(c)


def clear(c) -> None:
    """Empties a clause of its places and facts: it tells no incident of the report."""
    c.places, c.types, c.weapons, c.actors, c.counts = [], set(), set(), [], []
    c.massacre = c.unmapped = c.targeted = False


def _since_month_clauses(doc) -> list[int]:
    """Indexes of the clauses where a month name follows a since word by at most BACKGROUND_WINDOW words."""
    tokens, since, months = doc.tokens, since_words(), month_names()
    out, opened = [], None
    for k, t in enumerate(tokens):
        ci = doc.tok_clause[k]
        if t.text in since or t.text[:1] == "و" and t.text[1:] in since:
            opened = k
        elif opened is not None and k - opened <= BACKGROUND_WINDOW and doc.tok_clause[opened] == ci and (
                t.text in months or k > 0 and f"{tokens[k - 1].text} {t.text}" in months):
            if not out or out[-1] != ci:
                out.append(ci)
            opened = None
    return out


def _after_quiet_event_clauses(doc) -> list[int]:
    """Clauses holding "after <span of time> من/على <event>" (بعد يوم على اجتماع) whose event names no attack
    and no toll in its first words: an earlier day's meeting or arrival, not the report's incident."""
    tokens, eng = doc.tokens, doc.eng
    if not eng.afters or not eng.elapsed:
        return []
    joins = eng.links & eng.preposition_words
    out = []
    for k, t in enumerate(tokens):
        if t.key not in eng.afters:
            continue
        span = next((j for j in range(k + 1, min(k + 1 + SPAN_WORDS, len(tokens))) if tokens[j].key in eng.elapsed), None)
        if span is None or span + 2 >= len(tokens) or tokens[span + 1].key not in joins:
            continue
        event = span + 2
        cues = doc.clauses[doc.tok_clause[event]].cue_tokens
        if not any(event <= f <= event + EVENT_WORDS and kind != "actor" for f, _, kind in cues):
            out.append(doc.tok_clause[k])
    return out


def clear_frames(doc) -> None:
    """ويأتي ذلك في استمرار للهجمات الصاروخية والمدفعية التي تستهدف ريف حلب الشمالي / ويأتي هذا الترقب مع تجدد
    لعمليات القصف المدفعي والجوي ...، في حين ...: a clause opening with a frame word, and the clauses after it
    in its sentence up to one that names a place or opens another event (فيما، في حين), tell the attacks the
    incident comes among: their kinds, sides and counts are none of the places told before."""
    words, clauses = doc.eng.frames, doc.clauses
    if not words:
        return
    for i, c in enumerate(clauses):
        if c.places or not any(k in words for _, k in doc.tokens[c.first].variants):
            continue
        for d in clauses[i:]:
            if d.sentence != c.sentence or d.places or d.unmapped or d is not c and d.first in doc.actor_marks.story_openers:
                break
            clear(d)


def clear_campaigns(doc) -> None:
    """...وسط غارات جوية استهدفت بلدة تيرمعلة ...، وذلك في اليوم الخامس لحملة بدأها النظام ... بمساندة غطاء جوي روسي / كما
    أن مدن وبلدات الغوطة الشرقية بشكل عام تتعرض لحملة شرسة من قبل قوات الأسد: a clause with no place and no kind of
    attack that names a campaign (role `campaign`) after a place of its sentence (not حملة قصف جوي وبري على الحي, the
    place's own attack), and the placeless clauses after it up to a place or
    another event's opener, tell the campaign the incident comes in: their kinds and sides are none of that place's
    (their counts stay: a toll over the campaign is read as such by the count stages)."""
    words, clauses = doc.eng.campaigns, doc.clauses
    if not words:
        return
    placed, cleared = None, -1
    for i, c in enumerate(clauses):
        if c.places or c.unmapped:
            placed = c.sentence
        elif i > cleared and c.sentence == placed and not c.types and _names(doc, c, words):
            for j in range(i, len(clauses)):
                d = clauses[j]
                if d.sentence != c.sentence or d.places or d.unmapped or j > i and d.first in doc.actor_marks.story_openers:
                    break
                d.types, d.weapons, d.actors, cleared = set(), set(), [], j


def _names(doc, c, words: frozenset[str]) -> bool:
    """Whether a word of clause `c` (or one without its proclitics) is among `words`."""
    return any(k in words for t in range(c.first, c.last) for _, k in doc.tokens[t].variants)


def _opens_sentence(doc, c) -> bool:
    return c.first == 0 or doc.clauses[doc.tok_clause[c.first - 1]].sentence != c.sentence


def _retells(doc, c, words: frozenset[str]) -> bool:
    tokens = doc.tokens
    for i in range(c.first, min(c.first + OPENING, len(tokens))):
        key = ""
        for j in range(i, min(i + LONGEST, len(tokens))):
            if j > i and not tokens[j].joined:
                break
            key += tokens[j].key
            if key in words:
                return True
    return False
