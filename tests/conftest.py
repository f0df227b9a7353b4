"""Shared by every test: a browser test (a real Streamlit server driven in headless Chromium) that
fails is run once more before it counts as failed, because a shared 2-core machine can starve a
rerun of the app for seconds; pytest reports each rerun ("R"), so a test that only passes the second
time is still seen."""
import pytest


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    """Where pytest-xdist is installed, pytest-rerunfailures starts a socket-server thread in every
    run, though only an `-n` run has workers to serve; that thread keeps long reports from being read
    in forked workers (core.extract.sections.workers: no fork while another thread lives), so the
    pool's tests would read in one process. Without `-n` it is told xdist's crash hook is absent."""
    if config.pluginmanager.hasplugin("xdist") and not config.getoption("numprocesses", None):
        import pytest_rerunfailures
        pytest_rerunfailures.HAS_PYTEST_HANDLECRASHITEM = False


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("browser") and not item.get_closest_marker("flaky"):
            item.add_marker(pytest.mark.flaky(reruns=1))
