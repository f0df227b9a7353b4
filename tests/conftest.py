"""Shared by every test: a browser test (a real Streamlit server driven in headless Chromium) that
fails is run once more before it counts as failed, because a shared 2-core machine can starve a
rerun of the app for seconds; pytest reports each rerun ("R"), so a test that only passes the second
time is still seen."""
import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("browser") and not item.get_closest_marker("flaky"):
            item.add_marker(pytest.mark.flaky(reruns=1))
