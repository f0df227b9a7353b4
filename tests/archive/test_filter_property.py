"""Property: for any dashboard filter, the archive's SQL keeps exactly what core.filters keeps."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.archive import Archive, query
from core.filters import Filter, apply
from core.model import ACTORS, TYPES
from tests.archive import corpus

GOVERNORATES = ("Aleppo", "Idlib", "Homs", "Hama", "Rif Dimashq", "Damascus", "Raqqa", "Daraa", "Deir ez-Zor")


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    a = Archive(f"sqlite:///{tmp_path_factory.mktemp('prop')}/a.sqlite")
    for f in corpus.files()[::3]:
        t = f.read_text(encoding="utf-8")
        a.add(t, corpus.reading(f"{f.parent.name}/{f.stem}"))
    with a.engine.connect() as con:
        every = [x.incident for x in query.incidents(con)]
    yield a, every
    a.close()


filters = st.builds(
    Filter,
    types=st.frozensets(st.sampled_from((*TYPES, "unknown")), max_size=3),
    actors=st.frozensets(st.sampled_from(ACTORS), max_size=2),
    governorates=st.frozensets(st.sampled_from(GOVERNORATES), max_size=2),
    min_killed=st.integers(0, 30),
    precise_only=st.booleans())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(f=filters)
def test_sql_filter_keeps_what_core_filters_keeps(filled, f):
    archive, every = filled
    with archive.engine.connect() as con:
        assert [x.incident for x in query.incidents(con, f=f)] == apply(every, f)
