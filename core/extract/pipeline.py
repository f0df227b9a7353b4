"""The order of the stages, written once. Each stage is a module of `core.extract` whose `run(doc)`
reads what the stages before it added to the `Doc` and adds its own (see each module's docstring,
and docs/ARCHITECTURE.md)."""
from __future__ import annotations

from core.extract import (anaphora, assemble, clauses, counts, deprivation, facts, lookup, mentions, quarters, retold,
                          unresolved)
from core.extract.doc import Doc

STAGES = (
    lookup.run,       # normalised text, tokens, dates, lexicon and gazetteer hits
    clauses.run,      # clauses, asides, English list members, headlines
    facts.run,        # attack types, weapons, actors, flags per clause
    counts.run,       # casualty counts per clause
    mentions.run,     # place mentions, lists, cues, reference points, scope; framing areas (wide_areas),
                      # homonyms of places the gazetteer lacks (far_homonyms)
    anaphora.run,     # "the town" -> the last town named
    retold.run,       # sentences that tell again an earlier day's event: no incident
    deprivation.run,  # deaths from hunger, lack of medicine, the siege: no incident
    unresolved.run,   # names the gazetteer lacks
    quarters.run,     # a recorded quarter the gazetteer lacks: its city carries a clause naming no place
    assemble.run,     # contributions -> incidents merged into the state
)


def read(eng, text: str, offset: int, full: str, report_date: str | None, state) -> Doc:
    """One run of `full` (text = full[offset:offset + len(text)]) in one language into `state`."""
    doc = Doc(eng, text, offset, full, report_date, state)
    for stage in STAGES:
        stage(doc)
        if not doc.tokens:
            break
    return doc
