"""bench/real_coverage.py: the real corpus against issue 12's targets (passages, publishers, years
2012-2024, every governorate, at least half of the passages about Aleppo or Rif Dimashq)."""
from collections import Counter

import pytest

from bench.real_coverage import Coverage, coverage, year_of


@pytest.mark.parametrize("date, year", [
    ("2016-10-25", 2016),
    ("c. 2016-11", 2016),
    ("2017-05-10 / 2018-11-24", 2017),
    ("n.d. in stored copy (a Friday of protests, \"إذا كان الحكام متخاذلين فأين الشعوب\": 2012)", 2012),
    ("not stated (before an Astana round, campaign on Idlib)", None),
])
def test_a_provenance_date_counts_under_the_first_year_it_writes(date, year):
    assert year_of(date) == year


def test_a_language_short_of_a_governorate_and_of_aleppo_passages_is_told_so():
    c = coverage("en")
    thin = Coverage(c.passages, c.publishers, c.years, c.governorates - Counter(Quneitra=99), core=0)
    assert thin.missed("en") == ["no incident in Quneitra", f"Aleppo or Rif Dimashq 0/{c.passages} < 50%"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_real_corpus_meets_the_issue_targets(lang):
    assert coverage(lang).missed(lang) == []
