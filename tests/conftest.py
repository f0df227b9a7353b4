"""Shared by every test: a browser test (a real Streamlit server driven in headless Chromium) that
fails is run once more before it counts as failed, because a shared 2-core machine can starve a
rerun of the app for seconds; pytest reports each rerun ("R"), so a test that only passes the second
time is still seen."""
import sys

import pytest

sys.dont_write_bytecode = False
"""Test modules (rewritten by pytest) and core/ are cached as bytecode even where
PYTHONDONTWRITEBYTECODE is set (as on the shared machine): otherwise each xdist worker rewrites
and compiles every module, and each `python -m core` process compiles core/ again (about 3 s of CPU
per worker and 0.3 s per process); a process the tests start reads the cache the workers wrote."""


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    """A run without `-n` blocks pytest-xdist, as `-p no:xdist` would: where xdist is registered,
    pytest-rerunfailures starts a socket-server thread for workers that such a run never has, and a
    live thread keeps long reports from being read in forked workers (core.extract.sections.workers:
    no fork while another thread lives). Runs first, so rerunfailures then finds no xdist; a worker
    of an `-n` run (it has `workerinput`) keeps xdist. test_two_workers_give_exactly_what_one_gives
    fails if a thread survives. An `-n` run without `--dist` spreads tests by work stealing: a worker
    that runs out takes tests still queued on the other, so both end together (the default `load`
    keeps what it gave a worker, and the archive tests' minutes ended on one)."""
    if not config.getoption("numprocesses", None) and not hasattr(config, "workerinput"):
        config.pluginmanager.set_blocked("xdist")
    elif config.getoption("dist", None) == "load" and not _named(config, "--dist", "-d"):
        config.option.dist = "worksteal"


def _named(config, *options: str) -> bool:
    return any(a.split("=")[0] in options for a in config.invocation_params.args)


def pytest_ignore_collect(collection_path, config):
    """Under `-m "not browser"` (the fast suite) tests/browser, whose every test is a browser test,
    is not imported at all: each worker would load Playwright and its modules only to deselect them."""
    if collection_path.name == "browser" and collection_path.parent.name == "tests":
        return True if config.getoption("markexpr", "") == "not browser" else None
    return None


@pytest.fixture(scope="session")
def read():
    """`read(text, lang=None, date=None)`: extract() on the default gazetteer, once per session for
    each text, language, date and gazetteer (the result is frozen, so tests can share it); for tests
    that read the same corpus files again. A session fixture, not a module cache: a mutmut run starts
    a new session per mutant, which must read with the mutated code."""
    from core.extract import extract
    from core.gazetteer import load_default
    done = {}

    def read(text: str, lang: str | None = None, date: str | None = None):
        gz = load_default()
        key = (text, lang, date, id(gz))
        if key not in done:
            done[key] = (gz, extract(text, lang=lang, date=date, gazetteer=gz))
        return done[key][1]
    return read


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("browser") and not item.get_closest_marker("flaky"):
            item.add_marker(pytest.mark.flaky(reruns=1))
