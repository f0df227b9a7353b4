"""Leaflet, its plugins and jQuery ship inside the package: committed, installed as package data,
each with its licence, so `pip install` alone gives a map that loads (no npm, no CDN)."""
from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import sys
import tomllib

import pytest

from core import ROOT
from core.offline import _LOCAL, VENDOR

PACKAGES = ("leaflet", "leaflet.markercluster", "leaflet.heat", "jquery")


def vendored() -> list[str]:
    return sorted(str(p.relative_to(VENDOR.parent.parent)) for p in VENDOR.rglob("*") if p.is_file())


def test_every_file_a_map_loads_is_in_the_vendor_folder():
    assert {name for name in _LOCAL.values() if not (VENDOR / name).is_file()} == set()
    assert all((VENDOR / "images" / f).is_file() for f in ("layers.png", "layers-2x.png", "marker-icon.png"))


@pytest.mark.parametrize("package", PACKAGES)
def test_each_vendored_package_carries_its_licence(package):
    text = (VENDOR / f"{package}.LICENSE.txt").read_text(encoding="utf-8")
    assert "Copyright" in text and ("Permission" in text or "Redistribution" in text)
    assert f"| {package} " in (ROOT / "data" / "SOURCES.md").read_text(encoding="utf-8")


def test_package_data_installs_every_vendored_file():
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["core"]
    files = vendored()
    assert files and [f for f in files if not any(fnmatch.fnmatch(f, p) for p in patterns)] == []


@pytest.mark.skipif(not shutil.which("git") or not (ROOT / ".git").exists(), reason="not a git checkout")
def test_every_vendored_file_is_committed():
    tracked = subprocess.run(["git", "ls-files", "core/static/vendor"], cwd=ROOT, capture_output=True, text=True).stdout
    assert {f"core/{f}" for f in vendored()} <= set(tracked.split())


def test_the_readme_and_ci_need_no_npm():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = readme.split("```bash\n", 1)[1].split("```", 1)[0]
    assert "fetch_assets" not in commands and "npm" not in commands
    assert "fetch_assets" not in (ROOT / ".ci" / "run").read_text()


def test_fetch_assets_without_npm_says_the_assets_are_already_there(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "fetch_assets.py")], capture_output=True, text=True,
                       env=env)
    assert r.returncode == 0 and "already in" in r.stdout
