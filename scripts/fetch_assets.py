"""Fetch Leaflet and its plugins from the npm registry into core/static/vendor/ (not committed).

The map must work with no internet, so its JavaScript and CSS are served from this folder
instead of a CDN. Run once after installing: `.venv/bin/python scripts/fetch_assets.py`.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parent.parent / "core" / "static" / "vendor"
PACKAGES = {
    "leaflet@1.9.4": ["dist/leaflet.js", "dist/leaflet.css", "dist/images/layers.png", "dist/images/layers-2x.png",
                      "dist/images/marker-icon.png", "dist/images/marker-icon-2x.png", "dist/images/marker-shadow.png"],
    "leaflet.markercluster@1.5.3": ["dist/leaflet.markercluster.js", "dist/MarkerCluster.css",
                                    "dist/MarkerCluster.Default.css"],
    "leaflet.heat@0.2.0": ["dist/leaflet-heat.js"],
    "jquery@3.7.1": ["dist/jquery.min.js"],
}


def target(f: str) -> Path:
    """Where a package's `dist/...` file goes: the same path under VENDOR, so CSS finds its images."""
    return VENDOR / Path(f).relative_to("dist")


def main() -> int:
    if all(target(f).exists() for files in PACKAGES.values() for f in files):
        print(f"assets already in {VENDOR}")
        return 0
    npm = shutil.which("npm")
    if not npm:
        print("npm is needed once to fetch the map's JavaScript (apt-get install npm)", file=sys.stderr)
        return 2
    VENDOR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([npm, "pack", "--silent", *PACKAGES], cwd=tmp, check=True, capture_output=True)
        for spec, files in PACKAGES.items():
            name, version = spec.rsplit("@", 1)
            with tarfile.open(Path(tmp) / f"{name}-{version}.tgz") as tar:
                for f in files:
                    target(f).parent.mkdir(parents=True, exist_ok=True)
                    target(f).write_bytes(tar.extractfile(f"package/{f}").read())
                for member in tar.getmembers():
                    if Path(member.name).name.upper().startswith(("LICENSE", "MIT-LICENSE", "LICENCE")):
                        (VENDOR / f"{name}.LICENSE.txt").write_bytes(tar.extractfile(member).read())
    print(f"fetched {', '.join(PACKAGES)} into {VENDOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
