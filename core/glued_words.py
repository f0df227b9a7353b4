"""Casualty verbs glued to the word before them by a lost space (مدنيينوجرح آخرين، الحراستشهد):
the tokenizer cuts them off, as it does a glued number or weekday, so the toll reads as written apart."""
from __future__ import annotations

import re
from functools import lru_cache

from core.arabic import norm
from core.lexicon import load

_ALONE = 6
"""Letters a verb needs to be cut off with no conjunction (استشهد، أصيبوا): shorter ones end
ordinary words (the قتل of المقتل)."""


@lru_cache(maxsize=1)
def glued_casualty_re() -> re.Pattern:
    """A casualty verb of casualties.csv right after three letters of the same word, after و
    (مدنيينوجرح) or, long enough to end no other word, bare (الحراستشهد)."""
    verbs = [norm(r.phrase) for r in load("ar")["casualties"] if r.values.get("verb") == "yes"]
    alt = "|".join(map(re.escape, verbs))
    bare = "|".join(re.escape(v) for v in verbs if len(v) >= _ALONE)
    return re.compile(rf"(?<=[^\W\d_]{{3}})(?:و(?:{alt})|{bare})(?!\w)")
